import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import { type Issue, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { IdSchema } from './ids';

/**
 * A unit kerja (organisation unit) in the agency's tree: a kecamatan, its sekretariat and
 * seksi, a kelurahan. `indukId` is the parent unit, `null` for a root.
 *
 * @example
 * ```ts
 * UnitKerjaSchema.parse({ id: 'kel-sago', nama: 'Kelurahan Sago', indukId: 'kec-senapelan' });
 * ```
 */
export const UnitKerjaSchema = z.object({
  id: IdSchema,
  nama: z.string().trim().min(1),
  /** A short kind, e.g. `KECAMATAN`, `KELURAHAN`, `SEKSI`; free text. */
  jenis: z.string().optional(),
  indukId: IdSchema.nullable(),
});
/** A unit kerja. */
export type UnitKerja = z.output<typeof UnitKerjaSchema>;

/**
 * Checks that units form a tree (a forest): unique ids, every parent exists, no cycle.
 *
 * @param units - the units, in any order.
 * @returns the issues; empty for a valid tree.
 * @example
 * ```ts
 * validateUnitKerjaTree([{ id: 'a', nama: 'A', indukId: 'b' }, { id: 'b', nama: 'B', indukId: 'a' }]);
 * // [{ code: 'cycle', … }]
 * ```
 */
export function validateUnitKerjaTree(units: readonly UnitKerja[]): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map<string, UnitKerja>();
  units.forEach((u, i) => {
    if (byId.has(u.id)) issues.push(issue('duplicate_id', [i, 'id'], { id: u.id }));
    else byId.set(u.id, u);
  });
  units.forEach((u, i) => {
    if (u.indukId !== null && !byId.has(u.indukId)) {
      issues.push(issue('unknown_reference', [i, 'indukId'], { kind: 'unit_kerja', id: u.indukId }));
    }
  });
  // Walk up from every unit: a unit is on a cycle when its walk comes back to it. A walk that
  // enters a cycle elsewhere stops there (the units on that cycle are reported themselves).
  const reported = new Set<string>();
  units.forEach((u, i) => {
    const visited = new Set<string>([u.id]);
    let current: UnitKerja | undefined = u;
    while (current && current.indukId !== null) {
      if (current.indukId === u.id) {
        if (!reported.has(u.id)) issues.push(issue('cycle', [i, 'indukId'], { id: u.id }));
        reported.add(u.id);
        break;
      }
      if (visited.has(current.indukId)) break;
      visited.add(current.indukId);
      current = byId.get(current.indukId);
    }
  });
  return issues;
}

/**
 * Parses a list of units and checks that they form a tree.
 *
 * @param input - anything.
 * @returns the units, or every issue found.
 * @example
 * ```ts
 * parseUnitKerjaTree([{ id: 'kec', nama: 'Kecamatan Senapelan', indukId: null }]);
 * ```
 */
export function parseUnitKerjaTree(input: unknown): Result<UnitKerja[]> {
  const parsed = parseWith(z.array(UnitKerjaSchema), input);
  if (!parsed.ok) return parsed;
  const issues = validateUnitKerjaTree(parsed.value);
  return issues.length > 0 ? fail(issues) : ok(parsed.value);
}

/**
 * The ids of a unit and all units below it.
 *
 * @param units - a valid tree.
 * @param rootId - the unit to start from.
 * @returns the ids, the root first.
 * @example
 * ```ts
 * descendantUnitIds(units, 'kec-senapelan'); // ['kec-senapelan', 'kel-sago', …]
 * ```
 */
export function descendantUnitIds(units: readonly UnitKerja[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.indukId === null) continue;
    const list = children.get(u.indukId) ?? [];
    list.push(u.id);
    children.set(u.indukId, list);
  }
  const out: string[] = [];
  const stack = [rootId];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    for (const c of (children.get(id) ?? []).slice().reverse()) stack.push(c);
  }
  return out;
}
