import { KinerjaError } from '../errors/kinerja-error';
import type { PredikatOrganisasi, Rating } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { RatingPimpinanUnitStep } from './trace';

/**
 * The rating hasil kerja of the leader of an organisation unit (camat, lurah, kepala dinas):
 * 6/2022 sets the unit's capaian kinerja organisasi as his or her rating hasil kerja (§1.5). The
 * mapping from the predikat organisasi is the pack's `ratingPimpinanUnit` (built-in, decision
 * 0004: Istimewa → di atas, Baik → sesuai, the rest → di bawah).
 *
 * @param predikatOrganisasi - the unit's predikat kinerja organisasi for the year.
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @returns the rating and the trace step that records it.
 * @throws {@link KinerjaError} `invalid_predikat_organisasi` when the argument is not a predikat
 *   organisasi at run time.
 * @example
 * ```ts
 * ratingPimpinanUnit('ISTIMEWA').rating; // 'DI_ATAS_EKSPEKTASI'
 * ratingPimpinanUnit('BUTUH_PERBAIKAN').rating; // 'DI_BAWAH_EKSPEKTASI'
 * ```
 */
export function ratingPimpinanUnit(
  predikatOrganisasi: PredikatOrganisasi,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): { readonly rating: Rating; readonly step: RatingPimpinanUnitStep } {
  const rating = pack.definition.ratingPimpinanUnit[predikatOrganisasi];
  if (typeof rating !== 'string') {
    throw new KinerjaError(
      'invalid_predikat_organisasi',
      `not a predikat organisasi: ${typeof predikatOrganisasi === 'string' ? JSON.stringify(predikatOrganisasi) : typeof predikatOrganisasi}`,
    );
  }
  return { rating, step: { kind: 'rating_pimpinan_unit', predikatOrganisasi, rating } };
}
