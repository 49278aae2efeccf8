/**
 * @internal Exact capaian arithmetic in scaled integers for the batch kernel (decision 0022).
 *
 * A capaian is held in *units* of 10⁻⁶ percent ({@link UNITS_PER_PERCENT}), as a pair
 * (`P`, `inexact`): the exact value v lies in [P, P + 1) and equals P exactly when `inexact` is
 * false. Every decision the rules make about a capaian — the pack's floor and ceiling, its
 * rounding to at most {@link MAX_ROUNDING_SCALE} decimals, the rating thresholds — has its
 * breakpoints at whole units, so the pair decides each of them exactly: v ≥ T ⇔ P ≥ T for an
 * integer T. All integers stay below 2⁵³ ({@link capaianUnits} checks its denominator and
 * quotient itself and returns false past them), so `Number` arithmetic on them is exact.
 */

import type { RoundingMode } from '../decimal/rounding';

/** Units per percent: a capaian of 100 % is 10⁸ units. */
export const UNITS_PER_PERCENT = 1_000_000;
/** Units of 100 %. */
export const HUNDRED_PERCENT = 100 * UNITS_PER_PERCENT;
/** The largest rounding scale the units can decide (a step of 100 units; half-steps are whole). */
export const MAX_ROUNDING_SCALE = 4;
/** The largest denominator (realisasi divisor × target) for which `r × 10⁸` stays below 2⁵³. */
const MAX_DENOMINATOR = 90_000_000;
/** The largest whole-percent quotient kept in units below 2⁵³. */
const MAX_QUOTIENT = 90_000_000;
const RATIO_SCALE = 100 * UNITS_PER_PERCENT;

/** Scratch result of {@link capaianUnits}: written in place to avoid allocating per indikator. */
export interface UnitsValue {
  /** ⌊v⌋ in units. */
  p: number;
  /** Whether v is not a whole number of units. */
  inexact: boolean;
}

/**
 * Floor division of safe integers, exact: the float quotient's floor corrected by the remainder.
 *
 * @param a - the dividend, |a| < 2⁵³.
 * @param b - the divisor, 0 < b.
 * @returns ⌊a / b⌋.
 */
export function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q--;
  else if (r >= b) q++;
  return q;
}

/**
 * The raw capaian of one indikator in units, exactly: `r × 100 / t` (MAKSIMALISASI) or
 * `200 − r × 100 / t` (MINIMALISASI) with `r = rSum / rDiv`.
 *
 * @param rSum - the realisasi numerator (scaled integer, ≥ 0).
 * @param rDiv - the realisasi divisor (1, or the number of windows for RATA_RATA).
 * @param t - the target end the formula divides by (scaled integer, > 0).
 * @param minimalisasi - the polarity.
 * @param out - receives the value.
 * @returns false when the integers would leave the exact range (the caller falls back).
 */
export function capaianUnits(
  rSum: number,
  rDiv: number,
  t: number,
  minimalisasi: boolean,
  out: UnitsValue,
): boolean {
  const d = rDiv * t;
  if (d > MAX_DENOMINATOR) return false;
  const q1 = floorDiv(rSum, d);
  if (q1 >= MAX_QUOTIENT) return false;
  const x = (rSum - q1 * d) * RATIO_SCALE;
  const q2 = floorDiv(x, d);
  const p = q1 * RATIO_SCALE + q2;
  const inexact = x - q2 * d !== 0;
  if (minimalisasi) {
    out.p = 2 * HUNDRED_PERCENT - p - (inexact ? 1 : 0);
  } else {
    out.p = p;
  }
  out.inexact = inexact;
  return true;
}

/**
 * Rounds a value in units to `step` units (a power of ten ≥ 100) with a rounding mode, exactly.
 *
 * @param p - ⌊v⌋.
 * @param inexact - whether v ≠ p.
 * @param step - the rounding step in units.
 * @param mode - the pack's rounding mode.
 * @returns the rounded value in units (a multiple of `step`).
 */
export function roundUnits(p: number, inexact: boolean, step: number, mode: RoundingMode): number {
  const q = floorDiv(p, step);
  const r = p - q * step;
  // v = (q + (r + θ) / step) steps with θ ∈ [0, 1), θ = 0 ⇔ exact.
  const negative = p < 0;
  const fraction = r !== 0 || inexact;
  const twice = 2 * r;
  const aboveHalf = twice > step || (twice === step && inexact);
  const half = twice === step && !inexact;
  let up: boolean;
  // Every mode has its case: a new mode is a compile error (`up` unassigned).
  switch (mode) {
    case 'FLOOR':
      up = false;
      break;
    case 'CEIL':
      up = fraction;
      break;
    case 'DOWN':
      up = negative && fraction;
      break;
    case 'UP':
      up = !negative && fraction;
      break;
    case 'HALF_UP':
      up = aboveHalf || (half && !negative);
      break;
    case 'HALF_DOWN':
      up = aboveHalf || (half && negative);
      break;
    case 'HALF_EVEN':
      up = aboveHalf || (half && q % 2 !== 0);
      break;
  }
  return (up ? q + 1 : q) * step;
}
