import type { Rating, RulePack62022 } from '@kinerja/core';
import type { BenchImpl } from '../bench-impl';
import { type Outcome, type OutcomeColumns, writeOutcome } from '../outcome-columns';
import { type FloatRules, floatRulesOf } from './float-rules';
import { type NumericItem, type NumericRhk, toNumericForm } from './numeric-form';

/*
 * The same 6/2022 rules written the way most peers write them: `Number` everywhere, capaian as
 * `realisasi / target * 100`, `Math.round(x * 100) / 100` for the two-decimal rounding. The cost
 * floor for plain JavaScript — and the reference to list where floating point disagrees.
 */

const SCORE: Record<Rating, number> = { DI_BAWAH_EKSPEKTASI: 1, SESUAI_EKSPEKTASI: 2, DI_ATAS_EKSPEKTASI: 3 };

/**
 * The mean of periodic ratings scored 1–3, in floating point.
 *
 * @param ratings - the periodic ratings (at least one).
 * @returns their mean score.
 * @example
 * ```ts
 * meanScore(['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI']); // 2.5
 * ```
 */
export function meanScore(ratings: readonly Rating[]): number {
  let sum = 0;
  for (const r of ratings) sum += SCORE[r];
  return sum / ratings.length;
}

/** Mean of the periodic ratings (1–3) against the mean thresholds. */
function meanRating(ratings: readonly Rating[], rules: FloatRules): Rating {
  const mean = meanScore(ratings);
  return mean >= rules.meanDiAtas
    ? 'DI_ATAS_EKSPEKTASI'
    : mean >= rules.meanSesuai
      ? 'SESUAI_EKSPEKTASI'
      : 'DI_BAWAH_EKSPEKTASI';
}

/** Capaian against the thresholds (≥ 101 di atas, ≥ 100 sesuai by default). */
function ratingOf(capaian: number, rules: FloatRules): Rating {
  return capaian >= rules.diAtas
    ? 'DI_ATAS_EKSPEKTASI'
    : capaian >= rules.sesuai
      ? 'SESUAI_EKSPEKTASI'
      : 'DI_BAWAH_EKSPEKTASI';
}

/**
 * The mean capaian of one RHK in floating point, before rounding; `null` when an IKI has a
 * NARATIF or zero target.
 *
 * @param rhk - the RHK in numbers.
 * @param rules - the pack's numbers.
 * @returns the mean capaian (an IKI without realisasi counts 0).
 */
export function floatCapaianRhk(rhk: NumericRhk, rules: FloatRules): number | null {
  let sum = 0;
  for (const iki of rhk.iki) {
    if (iki.naratif) return null;
    const list = iki.realisasi;
    if (list.length === 0) continue; // counts as 0
    let realisasi: number;
    if (iki.akumulasi === 'TERAKHIR') realisasi = list[list.length - 1]!;
    else {
      let s = 0;
      for (const v of list) s += v;
      realisasi = iki.akumulasi === 'JUMLAH' ? s : s / list.length;
    }
    let capaian: number;
    if (iki.rentang && realisasi >= iki.min && realisasi <= iki.max) capaian = 100;
    else {
      const t = realisasi > iki.max ? iki.max : iki.min;
      if (t === 0) return null;
      const ratio = (realisasi / t) * 100;
      capaian = iki.polaritas === 'MAKSIMALISASI' ? ratio : 200 - ratio;
    }
    if (rules.capaianFloor !== null && capaian < rules.capaianFloor) capaian = rules.capaianFloor;
    if (rules.capaianCeiling !== null && capaian > rules.capaianCeiling) capaian = rules.capaianCeiling;
    sum += capaian;
  }
  return sum / rhk.iki.length;
}

/** The suggested rating hasil kerja from the capaian, or `null` when a target is zero or naratif. */
function fromCapaian(item: NumericItem, rules: FloatRules): Rating | null {
  if (!item.anyRealisasi) return null;
  let n = 0;
  let diAtas = 0;
  let diBawah = 0;
  let utama = 0;
  let utamaDiBawah = 0;
  for (const rhk of item.rhk) {
    const mean = floatCapaianRhk(rhk, rules);
    if (mean === null) return null;
    const rating = ratingOf(rules.compareRounded ? Math.round(mean * 100) / 100 : mean, rules);
    n++;
    if (rhk.jenis === 'UTAMA') utama++;
    if (rating === 'DI_ATAS_EKSPEKTASI') diAtas++;
    else if (rating === 'DI_BAWAH_EKSPEKTASI') {
      diBawah++;
      if (rhk.jenis === 'UTAMA') utamaDiBawah++;
    }
  }
  if (utamaDiBawah === 0 && diAtas / n > rules.majority) return 'DI_ATAS_EKSPEKTASI';
  if (diBawah / n > rules.majority) return 'DI_BAWAH_EKSPEKTASI';
  if (utamaDiBawah === 0 || utamaDiBawah / utama < rules.minority) return 'SESUAI_EKSPEKTASI';
  return 'DI_BAWAH_EKSPEKTASI';
}

/**
 * The annual evaluation of one pegawai in floating point.
 *
 * @param item - the pegawai in numbers.
 * @param rules - the pack's numbers.
 * @returns the ratings and predikat, or `null` when the rules cannot score it.
 */
export function evaluateFloat(item: NumericItem, rules: FloatRules): Outcome | null {
  let hasil: Rating | null = null;
  if (item.pimpinanUnit) {
    if (item.predikatOrganisasi === undefined) return null;
    hasil = rules.pimpinan[item.predikatOrganisasi];
  } else {
    if (item.kuantitatif) hasil = fromCapaian(item, rules);
    if (hasil === null && item.periodikHasil.length > 0) hasil = meanRating(item.periodikHasil, rules);
  }
  if (hasil === null || item.periodikPerilaku.length === 0) return null;
  const perilaku = meanRating(item.periodikPerilaku, rules);
  return { ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku, predikat: rules.matrix[hasil][perilaku] };
}

/**
 * `float`: the rules in plain `Number` (the cost floor). Prepare: parse the strings into numbers
 * grouped per IKI; score: the rules.
 */
export const floatImpl: BenchImpl<NumericItem[]> = {
  name: 'float',
  description:
    'plain Number implementation as most peers write it (Math.round(x * 100) / 100): the cost floor',
  prepare: toNumericForm,
  score(p: NumericItem[], out: OutcomeColumns, pack: RulePack62022): void {
    const rules = floatRulesOf(pack);
    for (let i = 0; i < p.length; i++) writeOutcome(out, i, evaluateFloat(p[i]!, rules));
  },
};
