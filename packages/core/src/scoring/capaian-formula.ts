import { Decimal, toCanonical } from '../decimal/decimal';
import { HUNDRED } from '../decimal/rounding';
import { type Issue, type IssuePath, issue } from '../issues/issue';
import type { Polaritas } from '../model/indikator';
import type { TargetNumerik } from './trace';

const TWO_HUNDRED = new Decimal(200);

/** @internal A numeric target parsed once: `min` = `max` for a single value. */
export interface TargetDecimal {
  readonly min: Decimal;
  readonly max: Decimal;
  readonly rentang: boolean;
}

/** @internal The capaian formula's result, before the pack's floor and ceiling. */
export interface RawCapaian {
  /** `DALAM_RENTANG` for a realisasi inside a range target, else the polarity's formula. */
  readonly formula: Polaritas | 'DALAM_RENTANG';
  /** The end of the target the formula divided by (`min` for a single target), `null` inside the range. */
  readonly reference: 'min' | 'max' | null;
  /** The capaian in percent, exact. */
  readonly raw: Decimal;
}

/**
 * @internal The capaian formula of PermenPANRB 8/2021 (reused by 6/2022, decision 0007): pure,
 * no validation. Inputs must be non-negative.
 *
 * $$C_{maks} = \frac{R \times 100}{T} \qquad C_{min} = 200 - \frac{R \times 100}{T}$$
 *
 * computed with one division so that only one rounding (40 digits) occurs. A range target gives
 * 100 for a realisasi inside it; outside it, T is the end on the realisasi's side.
 *
 * @param target - the target as decimals.
 * @param realisasi - the realisasi, ≥ 0.
 * @param polaritas - the indikator's polarity.
 * @returns the raw capaian, or `null` when the target value the formula needs is zero.
 */
export function rawCapaian(
  target: TargetDecimal,
  realisasi: Decimal,
  polaritas: Polaritas,
): RawCapaian | null {
  if (target.rentang && realisasi.gte(target.min) && realisasi.lte(target.max)) {
    return { formula: 'DALAM_RENTANG', reference: null, raw: HUNDRED };
  }
  // A single target, or the end of the range on the realisasi's side.
  const upper = target.rentang && realisasi.gt(target.max);
  const t = upper ? target.max : target.min;
  if (t.isZero()) return null;
  const ratio = realisasi.times(HUNDRED).div(t);
  return {
    formula: polaritas,
    reference: upper ? 'max' : 'min',
    raw: polaritas === 'MAKSIMALISASI' ? ratio : TWO_HUNDRED.minus(ratio),
  };
}

/**
 * @internal The target value the formula divided by, as the trace writes it.
 *
 * @param target - the target, canonical strings.
 * @param reference - {@link RawCapaian.reference}.
 * @returns the canonical value, or `null` inside the range.
 */
export function referenceText(target: TargetNumerik, reference: RawCapaian['reference']): string | null {
  if (reference === null) return null;
  if (target.jenis === 'TUNGGAL') return target.nilai;
  return reference === 'max' ? target.max : target.min;
}

/** @internal A capaian after the pack's floor and ceiling. */
export interface ClampedCapaian {
  /** The clamped capaian: the very `raw` object when no bound applied. */
  readonly capaian: Decimal;
  /** The raw capaian, canonical. */
  readonly rawText: string;
  /** The clamped capaian, canonical. */
  readonly capaianText: string;
}

/**
 * @internal Raises a raw capaian to the pack's floor and lowers it to its ceiling; a changed
 * value is flagged `capaian_clamped` (a warning) in `flags`.
 *
 * @param raw - the raw capaian.
 * @param bounds - the pack's compiled `capaianFloor` and `capaianCeiling` (`null` = none).
 * @param indikatorId - for the flag, if known.
 * @param flags - where the flag goes.
 * @param path - the indikator's path, for the flag.
 * @returns the clamped capaian with both texts.
 */
export function clampCapaian(
  raw: Decimal,
  bounds: { readonly capaianFloor: Decimal | null; readonly capaianCeiling: Decimal | null },
  indikatorId: string | undefined,
  flags: Issue[],
  path: IssuePath,
): ClampedCapaian {
  let capaian = raw;
  if (bounds.capaianFloor !== null && capaian.lt(bounds.capaianFloor)) capaian = bounds.capaianFloor;
  if (bounds.capaianCeiling !== null && capaian.gt(bounds.capaianCeiling)) capaian = bounds.capaianCeiling;
  const rawText = toCanonical(raw);
  const capaianText = capaian === raw ? rawText : toCanonical(capaian);
  if (capaian !== raw) {
    flags.push(
      issue(
        'capaian_clamped',
        path,
        { indikatorId: indikatorId ?? '', raw: rawText, clamped: capaianText },
        'warning',
      ),
    );
  }
  return { capaian, rawText, capaianText };
}

/**
 * @internal {@link rawCapaian} then {@link clampCapaian}: the capaian of one indikator within the
 * pack's bounds, with the formula and reference for the caller's trace step.
 *
 * @param target - the target as decimals.
 * @param realisasi - the realisasi, ≥ 0.
 * @param polaritas - the indikator's polarity.
 * @param bounds - the pack's compiled `capaianFloor` and `capaianCeiling`.
 * @param indikatorId - for the flag, if known.
 * @param flags - where a `capaian_clamped` flag goes.
 * @param path - the indikator's path, for the flag.
 * @returns the raw and clamped capaian, or `null` when the target value the formula needs is zero.
 */
export function boundedCapaian(
  target: TargetDecimal,
  realisasi: Decimal,
  polaritas: Polaritas,
  bounds: { readonly capaianFloor: Decimal | null; readonly capaianCeiling: Decimal | null },
  indikatorId: string | undefined,
  flags: Issue[],
  path: IssuePath,
): (RawCapaian & ClampedCapaian) | null {
  const r = rawCapaian(target, realisasi, polaritas);
  return r === null ? null : { ...r, ...clampCapaian(r.raw, bounds, indikatorId, flags, path) };
}
