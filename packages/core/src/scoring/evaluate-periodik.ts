import { parseWith } from '../issues/from-zod';
import type { Result } from '../issues/result';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { EvaluasiPeriodikInputSchema } from './evaluasi-input';
import type { HasilEvaluasi } from './hasil-evaluasi';
import { scoreEvaluasi } from './score-evaluasi';

/**
 * The periodic evaluation (evaluasi periodik) of one SKP in one window (`periodeKe`, within the
 * SKP's `jenisPeriodik`, else `periode_unknown`): the same rules as {@link evaluateTahunan} for
 * that window, with these differences:
 *
 * - only the realisasi of `periodeKe` are read; each indikator's target is scaled to the window
 *   from the annual one: `JUMLAH` → target ÷ n, `TERAKHIR` → target × k ÷ n, `RATA_RATA` → the
 *   annual target (a `target_periodik` trace step);
 * - there is no aggregation of evaluations, so no suggested rating perilaku kerja: the penilai's
 *   rating perilaku kerja is required (`evaluasi_missing`);
 * - the unit leader rule applies only when `predikatOrganisasi` is given (it is set yearly).
 *
 * @param input - see {@link EvaluasiPeriodikInputSchema}; anything is accepted and validated.
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @returns the evaluation of the window with its trace, or the issues.
 * @example
 * ```ts
 * const r = evaluatePeriodik({
 *   skp, periodeKe: 1, realisasi: q1Realisasi,
 *   penilaian: { ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' },
 * });
 * if (r.ok) r.value.saran.ratingHasilKerja;
 * ```
 */
export function evaluatePeriodik(
  input: unknown,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<HasilEvaluasi> {
  const parsed = parseWith(EvaluasiPeriodikInputSchema, input);
  if (!parsed.ok) return parsed;
  return scoreEvaluasi(parsed.value, pack);
}
