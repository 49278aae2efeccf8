import type { Kysely } from 'kysely';
import { FOREIGN_KEYS, type TableName } from './constraints';
import { findPresentKeys, tupleKey } from './find-present-keys';
import type { KinerjaDatabase } from './kinerja-database';

/** The rows one operation wrote (or tried to), by table. */
export type WrittenRows = ReadonlyMap<TableName, readonly object[]>;

/** A reference that points at nothing: the referencing and referenced tables and the key's last column. */
export interface MissingReference {
  readonly table: TableName;
  readonly refTable: TableName;
  readonly id: string;
}

const valuesOf = (row: Record<string, unknown>, columns: readonly string[]): unknown[] | undefined => {
  const values: unknown[] = [];
  for (const c of columns) {
    const v = row[c];
    if (v === null || v === undefined) return undefined;
    values.push(v);
  }
  return values;
};

/**
 * Finds which references of some rows point at nothing, for an `unknown_reference` issue after
 * a foreign key violation (SQLite does not say which key failed). A reference is satisfied by a
 * stored row or by one of the written rows themselves. Run it after the failed write was rolled
 * back.
 *
 * @param db - a Kysely instance or transaction.
 * @param written - the rows of the failed operation.
 * @param limit - stop after this many.
 * @returns the missing references, in foreign key order.
 * @example
 * ```ts
 * await findMissingReferences(db, new Map([['skp', [row]]])); // [{ table: 'skp', refTable: 'pegawai', id: 'p-9' }]
 * ```
 */
export async function findMissingReferences(
  db: Kysely<KinerjaDatabase>,
  written: WrittenRows,
  limit = 10,
): Promise<MissingReference[]> {
  const missing: MissingReference[] = [];
  for (const fk of FOREIGN_KEYS) {
    const rows = written.get(fk.table);
    if (rows === undefined || rows.length === 0) continue;
    const provided = new Set<string>();
    for (const r of written.get(fk.refTable) ?? []) {
      const values = valuesOf(r as Record<string, unknown>, fk.refColumns);
      if (values !== undefined) provided.add(tupleKey(values));
    }
    const wanted = new Map<string, unknown[]>();
    for (const r of rows) {
      const values = valuesOf(r as Record<string, unknown>, fk.columns);
      if (values === undefined) continue;
      const k = tupleKey(values);
      if (!provided.has(k)) wanted.set(k, values);
    }
    if (wanted.size === 0) continue;
    const present = await findPresentKeys(db, fk.refTable, fk.refColumns, [...wanted.values()]);
    for (const [k, values] of wanted) {
      if (present.has(k)) continue;
      missing.push({ table: fk.table, refTable: fk.refTable, id: String(values[values.length - 1]) });
      if (missing.length >= limit) return missing;
    }
  }
  return missing;
}
