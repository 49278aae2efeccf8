import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

/** How many prepared statements one connection keeps (the bulk import reuses a handful). */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite dialect for better-sqlite3, with two changes that matter for Kinerja:
 * transactions begin `IMMEDIATE` (they take the write lock at once, so two connections never
 * both read and then fail to upgrade; a waiting writer is queued by the busy timeout), and
 * prepared statements are cached by their text (the bulk import runs the same multi-row insert
 * thousands of times).
 *
 * @example
 * ```ts
 * const db = new Kysely<KinerjaDatabase>({ dialect: new KinerjaSqliteDialect(new Database('kinerja.sqlite')) });
 * ```
 */
export class KinerjaSqliteDialect implements Dialect {
  readonly #database: BetterSqlite3.Database;

  /** @param database - an open better-sqlite3 database; the dialect closes it on `destroy`. */
  constructor(database: BetterSqlite3.Database) {
    this.#database = database;
  }

  /** @returns the driver over the one connection. */
  createDriver(): Driver {
    return new KinerjaSqliteDriver(this.#database);
  }

  /** @returns Kysely's SQLite compiler. */
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  /** @returns Kysely's SQLite adapter. */
  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  /**
   * @param db - the Kysely instance.
   * @returns Kysely's SQLite introspector.
   */
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Dialect signature.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

class KinerjaSqliteDriver implements Driver {
  readonly #connection: KinerjaSqliteConnection;
  readonly #mutex = new ConnectionMutex();

  constructor(database: BetterSqlite3.Database) {
    this.#connection = new KinerjaSqliteConnection(database);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    // SQLite has one connection; queries and transactions wait for it in turn.
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  async destroy(): Promise<void> {
    this.#connection.close();
  }
}

class KinerjaSqliteConnection implements DatabaseConnection {
  readonly #database: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(database: BetterSqlite3.Database) {
    this.#database = database;
  }

  #prepare(text: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(text);
    if (statement === undefined) {
      statement = this.#database.prepare(text);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.clear();
      this.#statements.set(text, statement);
    }
    return statement;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#prepare(compiledQuery.sql);
    const parameters = compiledQuery.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.#database.prepare(compiledQuery.sql);
    for (const row of statement.iterate(compiledQuery.parameters as unknown[])) yield { rows: [row as R] };
  }

  close(): void {
    this.#statements.clear();
    if (this.#database.open) this.#database.close();
  }
}

class ConnectionMutex {
  #promise: Promise<void> | undefined;
  #resolve: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#promise !== undefined) await this.#promise;
    this.#promise = new Promise((resolve) => {
      this.#resolve = resolve;
    });
  }

  unlock(): void {
    const resolve = this.#resolve;
    this.#promise = undefined;
    this.#resolve = undefined;
    resolve?.();
  }
}
