import { KinerjaError } from '@kinerja/core';
import {
  type Kysely,
  type MigrationResult,
  type MigrationResultSet,
  Migrator,
  PostgresIntrospector,
  SqliteIntrospector,
} from 'kysely';
import { kinerjaMigrationProvider } from './migrations/kinerja-migrations';
import type { SqlDialectName } from './sql-codec';

/** The table where Kysely's migrator records the migrations that ran. */
export const MIGRATION_TABLE = 'kinerja_migration';
/** The table Kysely's migrator locks while migrating. */
export const MIGRATION_LOCK_TABLE = 'kinerja_migration_lock';

/** What a migration run did. */
export interface MigrateReport {
  /** The migrations that ran, in order, with their direction. */
  readonly results: readonly MigrationResult[];
}

/**
 * The dialect of a Kysely instance, read from its introspector (Kysely's SQLite and PostgreSQL
 * dialects, and dialects built on their introspectors).
 *
 * @param db - a Kysely instance.
 * @returns `'sqlite'` or `'postgres'`.
 * @throws `KinerjaError` `unsupported_dialect` for any other dialect.
 * @example
 * ```ts
 * sqlDialectOf(db); // 'sqlite'
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: any schema.
export function sqlDialectOf(db: Kysely<any>): SqlDialectName {
  const introspection = db.introspection;
  if (introspection instanceof SqliteIntrospector) return 'sqlite';
  if (introspection instanceof PostgresIntrospector) return 'postgres';
  throw new KinerjaError(
    'unsupported_dialect',
    'Kinerja storage supports the SQLite and PostgreSQL dialects',
  );
}

// biome-ignore lint/suspicious/noExplicitAny: any schema.
function migratorFor(db: Kysely<any>, dialect: SqlDialectName): Migrator {
  return new Migrator({
    db,
    provider: kinerjaMigrationProvider(dialect),
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
}

function settle(set: MigrationResultSet, what: string): MigrateReport {
  if (set.error !== undefined) {
    const failed = set.results?.find((r) => r.status === 'Error');
    throw new KinerjaError(
      'migration_failed',
      `${what} failed${failed ? ` at ${failed.migrationName}` : ''}: ${String((set.error as Error)?.message ?? set.error)}`,
      { cause: set.error },
    );
  }
  return { results: set.results ?? [] };
}

/**
 * Runs every pending migration (in one transaction where the dialect allows DDL in
 * transactions: both SQLite and PostgreSQL do). Safe to call at every start: with nothing
 * pending it does nothing; concurrent callers on PostgreSQL wait for Kysely's migration lock.
 *
 * @param db - a Kysely instance on SQLite or PostgreSQL.
 * @param dialect - the dialect; read from `db` when omitted.
 * @returns the migrations that ran.
 * @throws `KinerjaError` `migration_failed` (with the driver error as `cause`) when one fails; nothing of the run is kept.
 * @example
 * ```ts
 * const { results } = await migrateToLatest(db);
 * for (const r of results) console.log(r.migrationName, r.status);
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: any schema.
export async function migrateToLatest(db: Kysely<any>, dialect?: SqlDialectName): Promise<MigrateReport> {
  return settle(await migratorFor(db, dialect ?? sqlDialectOf(db)).migrateToLatest(), 'migrateToLatest');
}

/**
 * Reverts the last migration that ran (one step down), e.g. to roll back a release.
 *
 * @param db - a Kysely instance on SQLite or PostgreSQL.
 * @param dialect - the dialect; read from `db` when omitted.
 * @returns the migration that was reverted (none when nothing had run).
 * @throws `KinerjaError` `migration_failed` when the migration's `down` fails.
 * @example
 * ```ts
 * await migrateDown(db); // drops the tables of 0001-initial when it was the only one
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: any schema.
export async function migrateDown(db: Kysely<any>, dialect?: SqlDialectName): Promise<MigrateReport> {
  return settle(await migratorFor(db, dialect ?? sqlDialectOf(db)).migrateDown(), 'migrateDown');
}
