import { Decimal, toCanonical } from '../decimal/decimal';
import { roundDecimal } from '../decimal/rounding';
import type { IssuePath } from '../issues/issue';
import type { Polaritas } from '../model/indikator';
import type { Rating } from '../model/predikat';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { boundedCapaian, referenceText, type TargetDecimal } from './capaian-formula';
import type { TargetNumerik, Trace } from './trace';

/** @internal The capaian of one indikator, as decimals. */
export interface CapaianComputed {
  /** The exact capaian after the pack's floor and ceiling. */
  readonly capaian: Decimal;
  /** Rounded per the pack's `rounding.capaian`. */
  readonly dibulatkan: Decimal;
  readonly rating: Rating;
  /** {@link CapaianComputed.capaian} as a canonical string. */
  readonly capaianText: string;
  /** {@link CapaianComputed.dibulatkan} as a canonical string. */
  readonly dibulatkanText: string;
  /** The realisasi as a canonical string. */
  readonly realisasiText: string;
}

/**
 * @internal Rounds a capaian per the pack's `rounding.capaian`; a value with no more decimals
 * than the scale is returned as is (rounding would not change it, in any mode).
 */
export function roundCapaian(capaian: Decimal, pack: RulePack62022): Decimal {
  const rounding = pack.definition.rounding.capaian;
  return capaian.decimalPlaces() <= rounding.scale ? capaian : roundDecimal(capaian, rounding);
}

/**
 * @internal The rating of a capaian (or a mean capaian): `≥ diAtas` → di atas, `≥ sesuai` →
 * sesuai, else di bawah. The caller passes the value to compare (rounded or exact).
 */
export function ratingOfCapaian(compared: Decimal, pack: RulePack62022): Rating {
  const c = pack.compiled;
  if (compared.gte(c.diAtas)) return 'DI_ATAS_EKSPEKTASI';
  if (compared.gte(c.sesuai)) return 'SESUAI_EKSPEKTASI';
  return 'DI_BAWAH_EKSPEKTASI';
}

/**
 * @internal The capaian kernel (8/2021 formulas, decision 0007): no validation, no zod. Inputs
 * must be non-negative. Appends a `capaian` and a `rating_indikator` step (and a
 * `capaian_clamped` warning) to `trace`.
 *
 * $$C_{maks} = \frac{R \times 100}{T} \qquad C_{min} = 200 - \frac{R \times 100}{T}$$
 *
 * computed with one division so that only one rounding (40 digits) occurs.
 *
 * @param target - the target as decimals.
 * @param targetTrace - the same target, canonical strings (the trace's text).
 * @param realisasi - the realisasi, ≥ 0.
 * @param realisasiText - the same, canonical (the trace's text; no re-formatting).
 * @param polaritas - the indikator's polarity.
 * @param pack - the rule pack.
 * @param indikatorId - for the trace, if known.
 * @param trace - where steps and flags go.
 * @param path - the indikator's path, for the flags.
 * @returns the capaian, or `null` when the target value the formula needs is zero.
 */
export function computeCapaian(
  target: TargetDecimal,
  targetTrace: TargetNumerik,
  realisasi: Decimal,
  realisasiText: string,
  polaritas: Polaritas,
  pack: RulePack62022,
  indikatorId: string | undefined,
  trace: Trace,
  path: IssuePath,
): CapaianComputed | null {
  const r = boundedCapaian(target, realisasi, polaritas, pack.compiled, indikatorId, trace.flags, path);
  if (r === null) return null;
  const { capaian, rawText, capaianText } = r;

  const k = pack.definition.kuantitatif;
  const dibulatkan = roundCapaian(capaian, pack);
  const compared = k.compareRounded ? dibulatkan : capaian;
  const rating = ratingOfCapaian(compared, pack);
  const dibulatkanText = dibulatkan === capaian ? capaianText : toCanonical(dibulatkan);

  trace.steps.push(
    {
      kind: 'capaian',
      indikatorId,
      polaritas,
      target: targetTrace,
      realisasi: realisasiText,
      formula: r.formula,
      reference: referenceText(targetTrace, r.reference),
      raw: rawText,
      capaian: capaianText,
      capaianDibulatkan: dibulatkanText,
    },
    {
      kind: 'rating_indikator',
      indikatorId,
      compared: k.compareRounded ? dibulatkanText : capaianText,
      compareRounded: k.compareRounded,
      thresholds: k.ratingThresholds,
      rating,
    },
  );
  return { capaian, dibulatkan, rating, capaianText, dibulatkanText, realisasiText };
}

/**
 * @internal Parses a numeric target (canonical strings, already validated) into decimals.
 */
export function toTargetDecimal(target: TargetNumerik): TargetDecimal {
  if (target.jenis === 'TUNGGAL') {
    const v = new Decimal(target.nilai);
    return { min: v, max: v, rentang: false };
  }
  return { min: new Decimal(target.min), max: new Decimal(target.max), rentang: true };
}
