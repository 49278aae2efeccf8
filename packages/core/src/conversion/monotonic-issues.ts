import { Decimal } from '../decimal/decimal';
import { type Issue, type IssuePath, issue } from '../issues/issue';

/** @internal One row of a percentage table, for the monotonicity check. */
export interface TableRow {
  /** How the row is named in the issue: a predikat, a capaian bound, a band of minutes. */
  readonly key: string;
  readonly persen: string;
  readonly path: IssuePath;
}

/**
 * @internal Checks that a table's percentages never decrease along `rows` (ordered from the row
 * that must have the lowest percentage to the one that must have the highest): one
 * `tabel_not_monotonic` issue per row below its predecessor.
 */
export function monotonicIssues(rows: readonly TableRow[]): Issue[] {
  const issues: Issue[] = [];
  for (let i = 1; i < rows.length; i++) {
    const lower = rows[i - 1]!;
    const higher = rows[i]!;
    if (new Decimal(higher.persen).lt(lower.persen)) {
      issues.push(
        issue('tabel_not_monotonic', higher.path, {
          higher: higher.key,
          higherPersen: higher.persen,
          lower: lower.key,
          lowerPersen: lower.persen,
        }),
      );
    }
  }
  return issues;
}
