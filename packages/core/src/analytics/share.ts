import { Decimal, toCanonical } from '../decimal/decimal';

/**
 * A share (a fraction between 0 and 1, e.g. of bawahan who received umpan balik) as canonical
 * decimal strings: `exact` to the 40 significant digits of `Decimal`, `rounded` half-up to two
 * places for presentation (format it with `formatAngka` or `formatPersen`).
 *
 * @example
 * ```ts
 * const s: Share = { exact: '0.6666666666666666666666666666666666666667', rounded: '0.67' };
 * ```
 */
export interface Share {
  readonly exact: string;
  readonly rounded: string;
}

/**
 * @internal The share `count / total`, or `null` when `total` is 0.
 *
 * $$\text{share} = \frac{\text{count}}{\text{total}}$$
 *
 * @param count - the part, an integer ≥ 0.
 * @param total - the whole, an integer ≥ 0.
 * @returns the share, exact and rounded.
 * @example
 * ```ts
 * shareOf(2, 3)?.rounded; // '0.67'
 * ```
 */
export function shareOf(count: number, total: number): Share | null {
  if (total === 0) return null;
  const exact = new Decimal(count).div(total);
  return { exact: toCanonical(exact), rounded: toCanonical(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)) };
}
