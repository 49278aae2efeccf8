import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createSqlStore, type SqlKinerjaStore } from '../sql/create-sql-store';
import type { KinerjaDatabase } from '../sql/kinerja-database';
import { migrateToLatest } from '../sql/migrate';
import type { SqlBackend } from '../sql/sql-backend';
import { classifyPostgresError } from './classify-postgres-error';
import { kinerjaPgPool } from './kinerja-pg-pool';
import { POSTGRES_CODEC } from './postgres-codec';

/** Options of {@link createPostgresStore}: a connection string (the store owns its pool) or a pool. */
export type PostgresStoreOptions = (
  | {
      /** e.g. `postgres://kinerja@127.0.0.1:5432/kinerja`; the store creates and ends its pool. */
      readonly connectionString: string;
      /** The pool's size. Default 10. */
      readonly max?: number;
    }
  | {
      /** A pool the caller owns: the store never ends it and never changes its type parsers. */
      readonly pool: pg.Pool;
    }
) & {
  /** Run pending migrations on open. Default `true`. */
  readonly migrate?: boolean;
};

/** PostgreSQL's limit of bind parameters per statement. */
const POSTGRES_MAX_PARAMETERS = 65535;

/**
 * The PostgreSQL backend of the shared SQL store.
 *
 * @example
 * ```ts
 * createSqlStore(db, POSTGRES_BACKEND, () => db.destroy());
 * ```
 */
export const POSTGRES_BACKEND: SqlBackend = {
  codec: POSTGRES_CODEC,
  maxParameters: POSTGRES_MAX_PARAMETERS,
  placeholder: (index) => `$${index + 1}`,
  rowLocks: true,
  singleConnection: false,
  classifyError: classifyPostgresError,
};

/**
 * Opens a Kinerja store on PostgreSQL with pg: Kysely's PostgreSQL dialect over a pool whose
 * queries read DATE, NUMERIC and JSONB as text (decoded by the codec; nothing is set globally),
 * with the schema migrated to the latest version (Kysely's migration lock makes concurrent
 * starts safe). Tables are created in the connection's `search_path` (set `options=-c
 * search_path=…` in the connection string to use a schema).
 *
 * @param options - a connection string, or a pool the caller owns.
 * @returns the store; `close()` ends the pool when the store created it.
 * @throws `KinerjaError` `migration_failed` when the schema cannot be migrated (e.g. the server is unreachable).
 * @example
 * ```ts
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 * const units = await store.listUnitKerja('pemko-pekanbaru');
 * await store.close();
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<SqlKinerjaStore> {
  const owned = !('pool' in options);
  const pool =
    'pool' in options
      ? options.pool
      : new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  // An idle client whose connection the server ended (a restart, a dropped database) makes pg's
  // pool emit 'error'; pg already discards that client, so on a pool the store owns the event is
  // only acknowledged here instead of crashing the process.
  if (owned) pool.on('error', () => {});
  const db = new Kysely<KinerjaDatabase>({
    dialect: new PostgresDialect({ pool: kinerjaPgPool(pool, owned) }),
  });
  try {
    if (options.migrate ?? true) await migrateToLatest(db, 'postgres');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqlStore(db, POSTGRES_BACKEND, () => db.destroy());
}
