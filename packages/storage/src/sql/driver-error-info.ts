/**
 * A driver error read into what the store needs to turn it into an issue:
 *
 * - `unique`: a primary key or unique constraint (SQLite `SQLITE_CONSTRAINT_UNIQUE` /
 *   `_PRIMARYKEY`, PostgreSQL 23505) → `duplicate_key`;
 * - `foreign_key`: SQLite `SQLITE_CONSTRAINT_FOREIGNKEY`, PostgreSQL 23503 → `unknown_reference`;
 * - `conflict`: a concurrent writer won (PostgreSQL 40001 serialization failure, 40P01
 *   deadlock; SQLite `SQLITE_BUSY*`) → `version_conflict`;
 * - `other`: anything else the driver reported (disk, connection, a bad statement) → `storage_error`.
 *
 * @example
 * ```ts
 * const info: DriverErrorInfo = { kind: 'unique', table: 'pegawai', columns: ['instansi_id', 'nip'] };
 * ```
 */
export interface DriverErrorInfo {
  readonly kind: 'unique' | 'foreign_key' | 'conflict' | 'other';
  /** The constraint's name, when the driver says it (PostgreSQL). */
  readonly constraint?: string;
  /** The table, when the driver says it. */
  readonly table?: string;
  /** The constrained columns, when the driver says them (SQLite's message lists them). */
  readonly columns?: readonly string[];
  /** The driver's own code, e.g. `SQLITE_CONSTRAINT_UNIQUE` or `23505`. */
  readonly code?: string;
}
