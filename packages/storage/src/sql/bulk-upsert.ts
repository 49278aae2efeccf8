import { CompiledQuery, type Kysely } from 'kysely';
import type { TableName } from './constraints';
import type { KinerjaDatabase } from './kinerja-database';
import type { SqlBackend } from './sql-backend';

/** The most rows one multi-row statement carries, whatever the parameter limit allows. */
const MAX_ROWS_PER_STATEMENT = 2000;

/** How a bulk write resolves rows that already exist. */
export interface BulkWriteSpec {
  readonly table: TableName;
  /** The columns written, in order. */
  readonly columns: readonly string[];
  /**
   * The conflict target (a primary key or unique constraint). Without it the rows are plainly
   * inserted and any existing key is an error.
   */
  readonly conflict?: readonly string[];
  /**
   * What a row whose target key exists does: `nothing` (skipped, the default) or `update` (the
   * stored row takes every column of the new one but the target's).
   */
  readonly action?: 'nothing' | 'update';
  /**
   * The columns that identify a row (e.g. `['id']`), so that the multi-row path can tell which
   * rows were skipped (`RETURNING`). Without it that path reports none.
   */
  readonly key?: readonly string[];
}

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/**
 * The SQL of a multi-row `INSERT … [ON CONFLICT … DO NOTHING | DO UPDATE]` (the same text in
 * SQLite and PostgreSQL but for the placeholders).
 *
 * @param spec - what to write.
 * @param rowCount - how many rows the statement carries.
 * @param backend - the dialect (placeholders).
 * @param returning - add `RETURNING` of the spec's key columns.
 * @returns the SQL text.
 * @example
 * ```ts
 * bulkWriteSql({ table: 'unit_kerja', columns, conflict: ['instansi_id', 'id'] }, 2, backend, false);
 * ```
 */
export function bulkWriteSql(
  spec: BulkWriteSpec,
  rowCount: number,
  backend: Pick<SqlBackend, 'placeholder'>,
  returning: boolean,
): string {
  const cols = spec.columns;
  const tuples: string[] = [];
  let p = 0;
  for (let r = 0; r < rowCount; r++) {
    const marks: string[] = [];
    for (let c = 0; c < cols.length; c++) marks.push(backend.placeholder(p++));
    tuples.push(`(${marks.join(', ')})`);
  }
  let text = `insert into ${quote(spec.table)} (${cols.map(quote).join(', ')}) values ${tuples.join(', ')}`;
  if (spec.conflict !== undefined) {
    const target = new Set(spec.conflict);
    const update = cols.filter((c) => !target.has(c));
    text += ` on conflict (${spec.conflict.map(quote).join(', ')})`;
    text +=
      spec.action === 'update' && update.length > 0
        ? ` do update set ${update.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`
        : ' do nothing';
  }
  if (returning && spec.key !== undefined) text += ` returning ${spec.key.map(quote).join(', ')}`;
  return text;
}

/**
 * How many rows one statement of a bulk write carries: as many as the dialect's parameter limit
 * allows, at most 2000.
 *
 * @param columnCount - the columns per row.
 * @param backend - the dialect.
 * @returns the rows per statement.
 * @example
 * ```ts
 * rowsPerStatement(8, { maxParameters: 32766 }); // 2000
 * ```
 */
export function rowsPerStatement(columnCount: number, backend: Pick<SqlBackend, 'maxParameters'>): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(backend.maxParameters / columnCount)));
}

/**
 * Writes rows in bulk: with the backend's `runEach` (SQLite) one prepared single-row statement
 * per row, else multi-row statements chunked by the dialect's parameter limit (every full chunk
 * has the same SQL text, so the server or driver can reuse its plan).
 *
 * @param db - a Kysely transaction (or instance).
 * @param backend - the dialect.
 * @param spec - what to write and how to resolve conflicts.
 * @param rows - the rows, as objects keyed by column.
 * @returns the rows that changed nothing (skipped by `DO NOTHING`); on the multi-row path only
 *   when the spec has a `key`.
 * @throws the driver's error when a row violates a constraint (the caller maps it).
 * @example
 * ```ts
 * const skipped = await bulkWrite(trx, backend, { table: 'unit_kerja', columns, conflict: ['instansi_id', 'id'], key: ['id'] }, rows);
 * ```
 */
export async function bulkWrite<R extends object>(
  db: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  spec: BulkWriteSpec,
  rows: readonly R[],
): Promise<R[]> {
  if (rows.length === 0) return [];
  const valuesOf = (row: R): unknown[] => {
    const record = row as Record<string, unknown>;
    return spec.columns.map((c) => record[c] ?? null);
  };
  if (backend.runEach !== undefined) {
    const unchanged = backend.runEach(bulkWriteSql(spec, 1, backend, false), rows.length, (i) =>
      valuesOf(rows[i]!),
    );
    return unchanged.map((i) => rows[i]!);
  }
  const returning = spec.key !== undefined && spec.conflict !== undefined && spec.action !== 'update';
  const skipped: R[] = [];
  const per = rowsPerStatement(spec.columns.length, backend);
  const fullSql = bulkWriteSql(spec, Math.min(per, rows.length), backend, returning);
  for (let start = 0; start < rows.length; start += per) {
    const chunk = rows.slice(start, start + per);
    const text =
      chunk.length === per || chunk.length === rows.length
        ? fullSql
        : bulkWriteSql(spec, chunk.length, backend, returning);
    const parameters: unknown[] = [];
    for (const row of chunk) for (const v of valuesOf(row)) parameters.push(v);
    const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, parameters));
    if (returning && result.rows.length < chunk.length) {
      const keyOf = (r: Record<string, unknown>) => JSON.stringify(spec.key!.map((c) => String(r[c])));
      const written = new Set(result.rows.map(keyOf));
      for (const row of chunk) if (!written.has(keyOf(row as Record<string, unknown>))) skipped.push(row);
    }
  }
  return skipped;
}
