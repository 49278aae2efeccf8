import type { Predikat, PredikatOrganisasi, Rating } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';

/**
 * How the raters of a kurva unit behave: `CALIBRATED` raters spread their predikat as the unit's
 * kurva distribusi asks; `LENIENT` raters ignore it and rate (almost) everyone Baik — the
 * leniency bias the kurva exists to correct — or, in a unit whose predikat organisasi is below
 * Baik, rate as if it were Baik.
 *
 * @example
 * ```ts
 * const r: KurvaRating = 'LENIENT';
 * ```
 */
export type KurvaRating = 'CALIBRATED' | 'LENIENT';

/**
 * The plan of one unit that has a kurva distribusi (a kecamatan office or a kelurahan): its
 * predikat organisasi for the year and how its raters behave.
 *
 * @example
 * ```ts
 * const p: KurvaUnitPlan = { predikatOrganisasi: 'BAIK', rating: 'LENIENT' };
 * ```
 */
export interface KurvaUnitPlan {
  readonly predikatOrganisasi: PredikatOrganisasi;
  readonly rating: KurvaRating;
}

/**
 * How many pegawai of a kurva unit get each predikat under a plan. A `CALIBRATED` plan meets
 * the PermenPANRB 6/2022 kurva (shares rounded as the default pack rounds them) whenever the
 * headcount allows it (Istimewa and Butuh Perbaikan from 1 pegawai, Baik from 2, Kurang and
 * Sangat Kurang from 3); a `LENIENT` plan breaks it for any headcount from 2.
 *
 * @param n - the headcount, ≥ 0.
 * @param plan - the predikat organisasi and the raters' behaviour.
 * @returns the count per predikat, summing to `n`.
 * @example
 * ```ts
 * planPredikat(10, { predikatOrganisasi: 'BAIK', rating: 'CALIBRATED' });
 * // { SANGAT_BAIK: 2, BAIK: 7, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 }
 * ```
 */
export function planPredikat(n: number, plan: KurvaUnitPlan): Record<Predikat, number> {
  const c: Record<Predikat, number> = {
    SANGAT_BAIK: 0,
    BAIK: 0,
    BUTUH_PERBAIKAN: 0,
    KURANG: 0,
    SANGAT_KURANG: 0,
  };
  if (n <= 0) return c;
  const baikCalibrated = (): void => {
    c.BUTUH_PERBAIKAN = Math.max(1, Math.round(n * 0.07));
    c.KURANG = n >= 25 ? 1 : 0;
    c.SANGAT_BAIK = Math.round(n * 0.15);
    const maxBaik = Math.floor(n * 0.7);
    c.BAIK = n - c.SANGAT_BAIK - c.BUTUH_PERBAIKAN - c.KURANG;
    if (c.BAIK > maxBaik) {
      c.SANGAT_BAIK += c.BAIK - maxBaik;
      c.BAIK = maxBaik;
    }
    if (c.BAIK < 0) {
      c.BUTUH_PERBAIKAN += c.BAIK;
      c.BAIK = 0;
    }
  };
  const po = plan.predikatOrganisasi;
  if (plan.rating === 'LENIENT') {
    if (po === 'ISTIMEWA') c.SANGAT_BAIK = n;
    else if (po === 'BAIK') {
      c.SANGAT_BAIK = n >= 8 ? 1 : 0;
      c.BAIK = n - c.SANGAT_BAIK;
    } else baikCalibrated();
    return c;
  }
  switch (po) {
    case 'ISTIMEWA':
      c.SANGAT_BAIK = Math.min(Math.floor(n * 0.7), Math.max(1, Math.ceil(n * 0.6)));
      c.BUTUH_PERBAIKAN = n >= 8 ? 1 : 0;
      c.BAIK = n - c.SANGAT_BAIK - c.BUTUH_PERBAIKAN;
      break;
    case 'BAIK':
      baikCalibrated();
      break;
    case 'BUTUH_PERBAIKAN':
      c.BUTUH_PERBAIKAN = Math.ceil(n * 0.65);
      c.KURANG = n >= 10 ? 1 : 0;
      c.BAIK = n - c.BUTUH_PERBAIKAN - c.KURANG;
      break;
    case 'KURANG':
      c.KURANG = Math.ceil(n * 0.6);
      c.BUTUH_PERBAIKAN = Math.min(n - c.KURANG, Math.max(1, Math.ceil(n * 0.1)));
      c.BAIK = n - c.KURANG - c.BUTUH_PERBAIKAN;
      break;
    case 'SANGAT_KURANG':
      c.SANGAT_KURANG = Math.ceil(n * 0.6);
      c.BUTUH_PERBAIKAN = Math.min(n - c.SANGAT_KURANG, Math.max(1, Math.ceil(n * 0.1)));
      c.BAIK = n - c.SANGAT_KURANG - c.BUTUH_PERBAIKAN;
      break;
  }
  return c;
}

/**
 * The predikat a unit leader can get when the rating hasil kerja follows the unit's predikat
 * organisasi (the default pack's mapping), most likely first.
 *
 * @param po - the unit's predikat organisasi.
 * @returns the reachable predikat.
 * @example
 * ```ts
 * predikatPimpinan('BAIK'); // ['BAIK', 'KURANG']
 * ```
 */
export function predikatPimpinan(po: PredikatOrganisasi): readonly Predikat[] {
  const hasil = PERMENPANRB_6_2022.definition.ratingPimpinanUnit[po];
  if (hasil === 'DI_ATAS_EKSPEKTASI') return ['SANGAT_BAIK', 'BAIK', 'KURANG'];
  if (hasil === 'SESUAI_EKSPEKTASI') return ['BAIK', 'KURANG'];
  return ['BUTUH_PERBAIKAN', 'SANGAT_KURANG'];
}

/**
 * @internal The (hasil, perilaku) cells of the default matrix that give each predikat, with how
 * often a rater picks each.
 */
export const PREDIKAT_CELLS: Readonly<
  Record<Predikat, readonly (readonly [readonly [Rating, Rating], number])[]>
> = {
  SANGAT_BAIK: [[['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'], 1]],
  BAIK: [
    [['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'], 65],
    [['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI'], 25],
    [['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'], 10],
  ],
  BUTUH_PERBAIKAN: [
    [['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI'], 85],
    [['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'], 15],
  ],
  KURANG: [
    [['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'], 75],
    [['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'], 25],
  ],
  SANGAT_KURANG: [[['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'], 1]],
};
