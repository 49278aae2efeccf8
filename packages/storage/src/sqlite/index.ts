/**
 * `@kinerja/storage/sqlite` — the embedded default: a Kinerja store on an SQLite file (or in
 * memory for tests) with better-sqlite3.
 *
 * @example
 * ```ts
 * import { createSqliteStore } from '@kinerja/storage/sqlite';
 * const store = await createSqliteStore({ filename: 'kinerja.sqlite' });
 * ```
 *
 * @packageDocumentation
 */
export type { SqlKinerjaStore } from '../sql/create-sql-store';
export { classifySqliteError } from './classify-sqlite-error';
export { createSqliteBackend, createSqliteStore, type SqliteStoreOptions } from './create-sqlite-store';
export { KinerjaSqliteDialect } from './kinerja-sqlite-dialect';
export { SQLITE_CODEC } from './sqlite-codec';
