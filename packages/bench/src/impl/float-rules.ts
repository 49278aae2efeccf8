import type { Predikat, PredikatOrganisasi, Rating, RulePack62022 } from '@kinerja/core';

/**
 * The numbers of a rule pack a floating-point implementation reads, the way a peer would keep
 * them as configuration: rating thresholds, majority shares, mean thresholds, the matrix and the
 * unit-leader mapping (only the pack's MEAN annual method is supported).
 */
export interface FloatRules {
  readonly diAtas: number;
  readonly sesuai: number;
  readonly capaianFloor: number | null;
  readonly capaianCeiling: number | null;
  readonly compareRounded: boolean;
  readonly majority: number;
  readonly minority: number;
  readonly meanDiAtas: number;
  readonly meanSesuai: number;
  readonly matrix: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>>;
  readonly pimpinan: Readonly<Record<PredikatOrganisasi, Rating>>;
}

const cache = new WeakMap<RulePack62022, FloatRules>();

/**
 * The {@link FloatRules} of a pack (memoised per pack).
 *
 * @param pack - a 6/2022 rule pack.
 * @returns its numbers.
 * @throws Error when the pack's annual method is not MEAN or it rates an RHK by its lowest indikator.
 */
export function floatRulesOf(pack: RulePack62022): FloatRules {
  const known = cache.get(pack);
  if (known !== undefined) return known;
  const d = pack.definition;
  const k = d.kuantitatif;
  if (d.annual.method !== 'MEAN' || k.indikatorAggregation !== 'MEAN_CAPAIAN') {
    throw new Error(`the float implementations support the MEAN / MEAN_CAPAIAN rules only (pack ${pack.id})`);
  }
  const rules: FloatRules = {
    diAtas: Number(k.ratingThresholds.diAtasEkspektasi),
    sesuai: Number(k.ratingThresholds.sesuaiEkspektasi),
    capaianFloor: k.capaianFloor === null ? null : Number(k.capaianFloor),
    capaianCeiling: k.capaianCeiling === null ? null : Number(k.capaianCeiling),
    compareRounded: k.compareRounded,
    majority: Number(k.majority),
    minority: Number(k.minority),
    meanDiAtas: Number(d.annual.meanThresholds.diAtasEkspektasi),
    meanSesuai: Number(d.annual.meanThresholds.sesuaiEkspektasi),
    matrix: d.predikatMatrix,
    pimpinan: d.ratingPimpinanUnit,
  };
  cache.set(pack, rules);
  return rules;
}
