import { type Kysely, sql } from 'kysely';
import type { TableName } from './constraints';
import type { KinerjaDatabase } from './kinerja-database';

/** Values per IN list: well under every dialect's parameter limit. */
const IN_LIST_SIZE = 500;

/**
 * The key of a tuple of column values, for sets and maps.
 *
 * @param values - the values.
 * @returns a string that is equal for equal tuples.
 * @example
 * ```ts
 * tupleKey(['pemko', 'skp-1']); // '["pemko","skp-1"]'
 * ```
 */
export function tupleKey(values: readonly unknown[]): string {
  return JSON.stringify(values.map(String));
}

/**
 * Which of some key tuples are stored in a table. Tuples are grouped by every column but the
 * last (the instansi, and the SKP for keys inside one) and asked for with IN lists, so a long
 * list costs few queries.
 *
 * @param db - a Kysely instance or transaction.
 * @param table - the table.
 * @param columns - the key's columns.
 * @param tuples - the key values, one array per key in the order of `columns`.
 * @returns the {@link tupleKey} of each tuple that is stored.
 * @example
 * ```ts
 * await findPresentKeys(db, 'pegawai', ['instansi_id', 'id'], [['pemko', 'p-1']]);
 * ```
 */
export async function findPresentKeys(
  db: Kysely<KinerjaDatabase>,
  table: TableName,
  columns: readonly string[],
  tuples: readonly (readonly unknown[])[],
): Promise<Set<string>> {
  const groups = new Map<string, { prefix: readonly unknown[]; last: unknown[] }>();
  for (const values of tuples) {
    const prefix = values.slice(0, -1);
    const key = tupleKey(prefix);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { prefix, last: [values[values.length - 1]] });
    else group.last.push(values[values.length - 1]);
  }
  const lastColumn = columns[columns.length - 1]!;
  const present = new Set<string>();
  const anyDb = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (const { prefix, last } of groups.values()) {
    for (let start = 0; start < last.length; start += IN_LIST_SIZE) {
      const chunk = last.slice(start, start + IN_LIST_SIZE);
      let query = anyDb
        .selectFrom(table)
        .select(sql.ref<unknown>(lastColumn).as('v'))
        .where(sql.ref(lastColumn), 'in', chunk);
      prefix.forEach((value, i) => {
        query = query.where(sql.ref(columns[i]!), '=', value);
      });
      for (const r of await query.execute()) present.add(tupleKey([...prefix, r.v]));
    }
  }
  return present;
}
