import type BetterSqlite3 from 'better-sqlite3';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { createSqlStore, type SqlKinerjaStore } from '../sql/create-sql-store';
import type { KinerjaDatabase } from '../sql/kinerja-database';
import { migrateToLatest } from '../sql/migrate';
import type { SqlBackend } from '../sql/sql-backend';
import { classifySqliteError } from './classify-sqlite-error';
import { KinerjaSqliteDialect } from './kinerja-sqlite-dialect';
import { SQLITE_CODEC } from './sqlite-codec';

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** The database file (created when missing), or `':memory:'` for a private in-memory database (tests). */
  readonly filename: string;
  /** How long a writer waits for another connection's write lock, in milliseconds. Default 5000. */
  readonly busyTimeoutMs?: number;
  /**
   * SQLite's page cache, in MiB. Default 64: a bulk import of a large agency touches many index
   * pages, and a small cache makes it spill and reread them.
   */
  readonly cacheSizeMiB?: number;
  /** Run pending migrations on open. Default `true`. */
  readonly migrate?: boolean;
}

/** SQLite's limit of bind parameters per statement (better-sqlite3 builds SQLite with 32766). */
const SQLITE_MAX_PARAMETERS = 32766;

/** How many prepared statements the bulk path keeps. */
const BULK_STATEMENT_CACHE_SIZE = 64;

/**
 * The SQLite backend of the shared SQL store over one better-sqlite3 database. Its bulk path
 * runs a prepared single-row statement in a synchronous loop on the same connection (inside the
 * transaction the store holds), which is faster in SQLite than multi-row statements.
 *
 * @param database - the open database the store's Kysely instance uses.
 * @returns the backend.
 * @example
 * ```ts
 * createSqlStore(db, createSqliteBackend(database), () => db.destroy());
 * ```
 */
export function createSqliteBackend(database: BetterSqlite3.Database): SqlBackend {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    codec: SQLITE_CODEC,
    maxParameters: SQLITE_MAX_PARAMETERS,
    placeholder: () => '?',
    rowLocks: false,
    singleConnection: true,
    classifyError: classifySqliteError,
    runEach(text, count, parametersAt) {
      let statement = statements.get(text);
      if (statement === undefined) {
        if (statements.size >= BULK_STATEMENT_CACHE_SIZE) statements.clear();
        statement = database.prepare(text);
        statements.set(text, statement);
      }
      const unchanged: number[] = [];
      for (let i = 0; i < count; i++) {
        if (statement.run(parametersAt(i) as unknown[]).changes === 0) unchanged.push(i);
      }
      return unchanged;
    },
  };
}

/**
 * Opens a Kinerja store on an SQLite file (the embedded default) with better-sqlite3: WAL
 * journal (readers never block the writer), foreign keys on, a busy timeout for a second
 * process, a 64 MiB page cache, transactions that take the write lock at once (`BEGIN IMMEDIATE`), and the schema
 * migrated to the latest version.
 *
 * @param options - the file and settings.
 * @returns the store; `close()` closes the database.
 * @throws `KinerjaError` `migration_failed` when the schema cannot be migrated; better-sqlite3's error when the file cannot be opened.
 * @example
 * ```ts
 * const store = await createSqliteStore({ filename: 'kinerja.sqlite' });
 * const skp = await store.getSkp('pemko-pekanbaru', 'skp-2026-1');
 * await store.close();
 * ```
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<SqlKinerjaStore> {
  const database = new Database(options.filename);
  try {
    database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    if (options.filename !== ':memory:' && options.filename !== '') database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`cache_size = -${Math.max(2, Math.trunc(options.cacheSizeMiB ?? 64)) * 1024}`);
  } catch (error) {
    database.close();
    throw error;
  }
  const db = new Kysely<KinerjaDatabase>({ dialect: new KinerjaSqliteDialect(database) });
  try {
    if (options.migrate ?? true) await migrateToLatest(db, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqlStore(db, createSqliteBackend(database), () => db.destroy());
}
