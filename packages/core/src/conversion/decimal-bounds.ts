import { Decimal } from '../decimal/decimal';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { type Issue, issue } from '../issues/issue';
import { addIssues } from '../model/refine';

/**
 * @internal A canonical decimal string within `[min, max]` (either end optional, both inclusive
 * unless `minExclusive`): `too_small` / `too_big` issues otherwise.
 */
export function decimalBetween(min: string | null, max: string | null, minExclusive = false) {
  return DecimalStringSchema.superRefine((v, ctx) => {
    const d = new Decimal(v);
    const issues: Issue[] = [];
    if (min !== null && (minExclusive ? d.lte(min) : d.lt(min))) {
      issues.push(issue('too_small', [], { minimum: min, inclusive: !minExclusive, origin: 'number' }));
    }
    if (max !== null && d.gt(max)) {
      issues.push(issue('too_big', [], { maximum: max, inclusive: true, origin: 'number' }));
    }
    addIssues(ctx, issues);
  });
}

/** @internal A decimal ≥ 0 (an amount in rupiah, an angka kredit, a capaian, a coefficient). */
export const NonNegativeDecimalSchema = decimalBetween('0', null);

/** @internal A percentage from 0 to 100. */
export const PersenSchema = decimalBetween('0', '100');
