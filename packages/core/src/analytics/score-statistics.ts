import { Decimal } from '../decimal/decimal';

/**
 * @internal The sufficient statistics of a list of integer scores: count, sum and sum of squares.
 * Every statistic below is a ratio of integers built from them, so it is computed with a single
 * decimal division (or square root) and compared with thresholds exactly, in integers.
 */
export interface Moments {
  readonly n: number;
  readonly sum: number;
  readonly sumSq: number;
}

/**
 * @internal The moments of a list of integer scores.
 *
 * @param scores - small integers (1–5).
 * @returns count, sum and sum of squares.
 * @example
 * ```ts
 * momentsOf([1, 2, 3]); // { n: 3, sum: 6, sumSq: 14 }
 * ```
 */
export function momentsOf(scores: readonly number[]): Moments {
  let sum = 0;
  let sumSq = 0;
  for (const s of scores) {
    sum += s;
    sumSq += s * s;
  }
  return { n: scores.length, sum, sumSq };
}

/** n² × variance = n·Σx² − (Σx)², an integer ≥ 0. */
function scaledVariance(m: Moments): bigint {
  const s = BigInt(m.sum);
  return BigInt(m.n) * BigInt(m.sumSq) - s * s;
}

/**
 * @internal The mean, $\bar x = \frac{1}{n}\sum x$, or `null` for no scores.
 *
 * @param m - the moments.
 * @returns the mean.
 * @example
 * ```ts
 * meanOf(momentsOf([2, 3]))?.toFixed(); // '2.5'
 * ```
 */
export function meanOf(m: Moments): Decimal | null {
  return m.n === 0 ? null : new Decimal(m.sum).div(m.n);
}

/**
 * @internal The population variance,
 * $\sigma^2 = \frac{1}{n}\sum (x - \bar x)^2 = \frac{n\sum x^2 - (\sum x)^2}{n^2}$, or `null` for
 * no scores.
 *
 * @param m - the moments.
 * @returns the variance.
 * @example
 * ```ts
 * varianceOf(momentsOf([1, 3]))?.toFixed(); // '1'
 * ```
 */
export function varianceOf(m: Moments): Decimal | null {
  if (m.n === 0) return null;
  return new Decimal(scaledVariance(m).toString()).div(new Decimal(m.n).mul(m.n));
}

/**
 * @internal The population standard deviation $\sigma$ (`Decimal.sqrt`), or `null` for no scores.
 *
 * @param m - the moments.
 * @returns the standard deviation.
 * @example
 * ```ts
 * standardDeviationOf(momentsOf([1, 3]))?.toFixed(); // '1'
 * ```
 */
export function standardDeviationOf(m: Moments): Decimal | null {
  if (m.n === 0) return null;
  return new Decimal(scaledVariance(m).toString()).sqrt().div(m.n);
}

/**
 * @internal The square root of $n^2\sigma^2 = n\sum x^2 - (\sum x)^2$ of a group, the yardstick
 * of {@link standardizedDifference}: computed once when many differences share the yardstick
 * (every rater against the agency); `null` when the group is empty or has no spread.
 *
 * @param c - the yardstick group.
 * @returns $n\sigma$ (`Decimal.sqrt`), or `null`.
 * @example
 * ```ts
 * scaledSpread(momentsOf([1, 3]))?.toFixed(); // '2'
 * ```
 */
export function scaledSpread(c: Moments): Decimal | null {
  if (c.n === 0) return null;
  const v = scaledVariance(c);
  return v === 0n ? null : new Decimal(v.toString()).sqrt();
}

/**
 * @internal The difference of two means in units of a third group's standard deviation,
 * $z = (\bar a - \bar b) / \sigma_c$; `null` when a group is empty or $\sigma_c = 0$.
 *
 * @param a - the group compared (a rater's scores).
 * @param b - the reference mean (the agency's or the unit's scores).
 * @param c - the yardstick (the agency's scores).
 * @param spread - `scaledSpread(c)`, when the caller has it already (the same digits).
 * @returns $z$.
 * @example
 * ```ts
 * standardizedDifference(momentsOf([3, 3]), momentsOf([1, 3]), momentsOf([1, 3]))?.toFixed(); // '1'
 * ```
 */
export function standardizedDifference(
  a: Moments,
  b: Moments,
  c: Moments,
  spread: Decimal | null = scaledSpread(c),
): Decimal | null {
  if (a.n === 0 || b.n === 0 || c.n === 0 || spread === null) return null;
  // (Σa/na − Σb/nb) / (√v / nc) = (Σa·nb − Σb·na)·nc / (na·nb·√v)
  const d = (BigInt(a.sum) * BigInt(b.n) - BigInt(b.sum) * BigInt(a.n)) * BigInt(c.n);
  return integer(d).div(integer(BigInt(a.n) * BigInt(b.n)).mul(spread));
}

/** An integer as a `Decimal` (exact): from a number where it is safe, which is faster. */
function integer(x: bigint): Decimal {
  return x <= MAX_SAFE && x >= -MAX_SAFE ? new Decimal(Number(x)) : new Decimal(x.toString());
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * @internal The ratio of two population variances, $\sigma_a^2 / \sigma_b^2$; `null` when a group
 * is empty or $\sigma_b = 0$.
 *
 * @param a - the group compared.
 * @param b - the reference.
 * @returns the ratio.
 * @example
 * ```ts
 * varianceRatio(momentsOf([2, 2]), momentsOf([1, 3]))?.toFixed(); // '0'
 * ```
 */
export function varianceRatio(a: Moments, b: Moments): Decimal | null {
  if (a.n === 0 || b.n === 0) return null;
  const vb = scaledVariance(b);
  if (vb === 0n) return null;
  const num = scaledVariance(a) * BigInt(b.n) * BigInt(b.n);
  const den = vb * BigInt(a.n) * BigInt(a.n);
  return integer(num).div(integer(den));
}

/** @internal A non-negative rational p / q (q > 0), e.g. a threshold. */
export interface Rational {
  readonly p: bigint;
  readonly q: bigint;
}

/**
 * @internal A non-negative canonical decimal string as an exact fraction.
 *
 * @param text - e.g. `'0.5'`.
 * @returns e.g. `{ p: 5n, q: 10n }`.
 * @example
 * ```ts
 * rationalOf('0.25'); // { p: 25n, q: 100n }
 * ```
 */
export function rationalOf(text: string): Rational {
  const [whole = '0', fraction = ''] = text.split('.');
  return { p: BigInt(whole + fraction), q: 10n ** BigInt(fraction.length) };
}

/**
 * @internal Exactly whether $(\bar a - \bar b) \ge t \cdot \sigma_c$ (`sign` 1) or
 * $(\bar b - \bar a) \ge t \cdot \sigma_c$ (`sign` −1), with $t > 0$; false when a group is empty or
 * $\sigma_c = 0$. Decided in integers: with $D = (\sum a \cdot n_b - \sum b \cdot n_a) n_c$ and
 * $V = n_c \sum c^2 - (\sum c)^2$, the test is $D q \ge 0$ and $D^2 q^2 \ge p^2 n_a^2 n_b^2 V$.
 *
 * @param a - the group compared.
 * @param b - the reference mean.
 * @param c - the yardstick.
 * @param t - the threshold, in standard deviations.
 * @param sign - 1 for "above", −1 for "below".
 * @returns the answer.
 * @example
 * ```ts
 * differenceAtLeast(momentsOf([3, 3]), momentsOf([1, 3]), momentsOf([1, 3]), rationalOf('1'), 1); // true
 * ```
 */
export function differenceAtLeast(a: Moments, b: Moments, c: Moments, t: Rational, sign: 1 | -1): boolean {
  if (a.n === 0 || b.n === 0 || c.n === 0) return false;
  const v = scaledVariance(c);
  if (v === 0n) return false;
  const d = BigInt(sign) * (BigInt(a.sum) * BigInt(b.n) - BigInt(b.sum) * BigInt(a.n)) * BigInt(c.n);
  if (d < 0n) return false;
  const nab = BigInt(a.n) * BigInt(b.n);
  return d * d * t.q * t.q >= t.p * t.p * nab * nab * v;
}

/**
 * @internal Exactly whether $\sigma_a^2 / \sigma_b^2 \le t$; false when a group is empty or
 * $\sigma_b = 0$.
 *
 * @param a - the group compared.
 * @param b - the reference.
 * @param t - the threshold.
 * @returns the answer.
 * @example
 * ```ts
 * varianceRatioAtMost(momentsOf([2, 2]), momentsOf([1, 3]), rationalOf('0.5')); // true
 * ```
 */
export function varianceRatioAtMost(a: Moments, b: Moments, t: Rational): boolean {
  if (a.n === 0 || b.n === 0) return false;
  const vb = scaledVariance(b);
  if (vb === 0n) return false;
  return scaledVariance(a) * BigInt(b.n) * BigInt(b.n) * t.q <= t.p * vb * BigInt(a.n) * BigInt(a.n);
}

/**
 * @internal Exactly whether `count / n ≥ t`; false when `n` is 0.
 *
 * @param count - the part.
 * @param n - the whole.
 * @param t - the threshold.
 * @returns the answer.
 * @example
 * ```ts
 * shareAtLeast(4, 5, rationalOf('0.8')); // true
 * ```
 */
export function shareAtLeast(count: number, n: number, t: Rational): boolean {
  if (n === 0) return false;
  return BigInt(count) * t.q >= t.p * BigInt(n);
}
