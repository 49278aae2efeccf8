import type { SqlBoolean, SqlDate, SqlJson } from './kinerja-database';

/** The SQL dialects Kinerja's schema and queries support. */
export type SqlDialectName = 'sqlite' | 'postgres';

/**
 * What really differs between dialects when a value crosses into SQL and back. Everything else
 * (queries, migrations, transactions) is shared over Kysely.
 *
 * | value | SQLite | PostgreSQL |
 * | --- | --- | --- |
 * | decimal | TEXT, canonical | NUMERIC (returned as a string) |
 * | boolean | INTEGER 0/1 | BOOLEAN |
 * | JSON | TEXT | JSONB |
 * | date | TEXT `YYYY-MM-DD` | DATE (returned as `YYYY-MM-DD`) |
 *
 * Decoding always yields the domain's form: canonical decimal strings, `boolean`, parsed JSON,
 * `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * codec.decodeDecimal(codec.encodeDecimal('085.50')); // '85.5'
 * ```
 */
export interface SqlCodec {
  /** The dialect this codec writes for. */
  readonly dialect: SqlDialectName;
  /** A decimal string as a parameter (its canonical text). */
  encodeDecimal(value: string): string;
  /** A stored decimal back as its canonical string. */
  decodeDecimal(value: unknown): string;
  /** A boolean as a parameter. */
  encodeBoolean(value: boolean): SqlBoolean;
  /** A stored boolean back. */
  decodeBoolean(value: unknown): boolean;
  /** A JSON value as a parameter: its JSON text, or `null` for `null`/`undefined`. */
  encodeJson(value: unknown): string | null;
  /** A stored JSON value back (`null` for SQL NULL). */
  decodeJson(value: SqlJson): unknown;
  /** A calendar date `YYYY-MM-DD` as a parameter. */
  encodeDate(value: string): string;
  /** A stored date back as `YYYY-MM-DD`. */
  decodeDate(value: SqlDate | unknown): string;
}
