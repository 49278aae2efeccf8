/**
 * `@kinerja/storage/postgres` — a Kinerja store on PostgreSQL with pg, for an agency at scale or
 * many agencies in one deployment (every table is keyed by instansi).
 *
 * @example
 * ```ts
 * import { createPostgresStore } from '@kinerja/storage/postgres';
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL! });
 * ```
 *
 * @packageDocumentation
 */
export type { SqlKinerjaStore } from '../sql/create-sql-store';
export { classifyPostgresError } from './classify-postgres-error';
export { createPostgresStore, POSTGRES_BACKEND, type PostgresStoreOptions } from './create-postgres-store';
export { KINERJA_PG_TYPES } from './kinerja-pg-pool';
export { POSTGRES_CODEC } from './postgres-codec';
