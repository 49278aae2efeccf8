import { Decimal } from '../../decimal/decimal';

/**
 * @internal The median of a list of integers (working days), exact: the middle value of the
 * sorted list, or the mean of the two middle values for an even count (so at most one half);
 * `null` for an empty list.
 *
 * $$\tilde{x} = \begin{cases} x_{((n+1)/2)} & n \text{ odd} \\ \tfrac{1}{2}\left(x_{(n/2)} + x_{(n/2+1)}\right) & n \text{ even} \end{cases}$$
 */
export function medianHari(values: readonly number[]): Decimal | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return new Decimal(sorted[mid]!);
  return new Decimal(sorted[mid - 1]!).plus(sorted[mid]!).div(2);
}

/**
 * @internal The mean of a list of integers (working days) with the Kinerja {@link Decimal}
 * (40 significant digits); `null` for an empty list.
 *
 * $$\bar{x} = \frac{1}{n} \sum_{i=1}^{n} x_i$$
 */
export function rataRataHari(values: readonly number[]): Decimal | null {
  if (values.length === 0) return null;
  let sum = new Decimal(0);
  for (const v of values) sum = sum.plus(v);
  return sum.div(values.length);
}
