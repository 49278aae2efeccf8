/**
 * `@kinerja/storage` — persistence for Kinerja on Kysely: one implementation of the
 * `KinerjaStore` port over SQL (SQLite in `./sqlite`, PostgreSQL in `./postgres`), an in-memory
 * store (`./memory`), the contract suite every backend passes (`./testing`), the migrations, and
 * the hash-chained audit log's helpers.
 *
 * @packageDocumentation
 */
export { auditHash, chainAuditEvent, verifyAuditEvents } from './audit/audit-hash';
export { canonicalJson } from './audit/canonical-json';
export { type ColumnTypes, columnTypes } from './sql/column-types';
export {
  FOREIGN_KEYS,
  type ForeignKeyConstraint,
  findUniqueConstraint,
  type TableName,
  UNIQUE_CONSTRAINTS,
  type UniqueConstraint,
} from './sql/constraints';
export { createSqlStore, type SqlKinerjaStore } from './sql/create-sql-store';
export type { DriverErrorInfo } from './sql/driver-error-info';
export type * from './sql/kinerja-database';
export {
  MIGRATION_LOCK_TABLE,
  MIGRATION_TABLE,
  type MigrateReport,
  migrateDown,
  migrateToLatest,
  sqlDialectOf,
} from './sql/migrate';
export { createInitialMigration } from './sql/migrations/0001-initial';
export { kinerjaMigrationProvider, kinerjaMigrations } from './sql/migrations/kinerja-migrations';
export type { SqlBackend } from './sql/sql-backend';
export type { SqlCodec, SqlDialectName } from './sql/sql-codec';
