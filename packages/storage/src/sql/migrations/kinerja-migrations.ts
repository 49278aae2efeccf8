import type { Migration, MigrationProvider } from 'kysely';
import type { SqlDialectName } from '../sql-codec';
import { createInitialMigration } from './0001-initial';

/**
 * The schema's migrations, by name in the order they run. Names never change once released;
 * a schema change is a new migration with its own `up` and `down`.
 *
 * @param dialect - the dialect the migrations write for.
 * @returns the migrations keyed by name (`0001-initial`, …).
 * @example
 * ```ts
 * Object.keys(kinerjaMigrations('sqlite')); // ['0001-initial']
 * ```
 */
export function kinerjaMigrations(dialect: SqlDialectName): Record<string, Migration> {
  return {
    '0001-initial': createInitialMigration(dialect),
  };
}

/**
 * A static Kysely migration provider over {@link kinerjaMigrations} (nothing is read from disk,
 * so the migrations ship inside the bundle).
 *
 * @param dialect - the dialect the migrations write for.
 * @returns the provider for Kysely's `Migrator`.
 * @example
 * ```ts
 * new Migrator({ db, provider: kinerjaMigrationProvider('postgres') });
 * ```
 */
export function kinerjaMigrationProvider(dialect: SqlDialectName): MigrationProvider {
  return { getMigrations: async () => kinerjaMigrations(dialect) };
}
