import type { SqlDialectName } from './sql-codec';

/** The SQL types the schema uses, per dialect (see {@link SqlCodec} for how values cross). */
export interface ColumnTypes {
  readonly text: 'text';
  readonly integer: 'integer';
  /** Exact decimals: TEXT (canonical strings) in SQLite, NUMERIC in PostgreSQL. */
  readonly decimal: 'text' | 'numeric';
  /** TEXT in SQLite, JSONB in PostgreSQL. */
  readonly json: 'text' | 'jsonb';
  /** TEXT `YYYY-MM-DD` in SQLite, DATE in PostgreSQL. */
  readonly date: 'text' | 'date';
  /** INTEGER 0/1 in SQLite, BOOLEAN in PostgreSQL. */
  readonly boolean: 'integer' | 'boolean';
  /** A moment set by the database (`CURRENT_TIMESTAMP`): TEXT in SQLite, TIMESTAMPTZ in PostgreSQL. */
  readonly timestamp: 'text' | 'timestamptz';
}

/**
 * The column types of a dialect, for migrations.
 *
 * @param dialect - `'sqlite'` or `'postgres'`.
 * @returns the type names.
 * @example
 * ```ts
 * columnTypes('postgres').decimal; // 'numeric'
 * ```
 */
export function columnTypes(dialect: SqlDialectName): ColumnTypes {
  return dialect === 'postgres'
    ? {
        text: 'text',
        integer: 'integer',
        decimal: 'numeric',
        json: 'jsonb',
        date: 'date',
        boolean: 'boolean',
        timestamp: 'timestamptz',
      }
    : {
        text: 'text',
        integer: 'integer',
        decimal: 'text',
        json: 'text',
        date: 'text',
        boolean: 'integer',
        timestamp: 'text',
      };
}
