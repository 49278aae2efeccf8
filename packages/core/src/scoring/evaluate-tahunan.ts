import { parseWith } from '../issues/from-zod';
import type { Result } from '../issues/result';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { EvaluasiTahunanInputSchema } from './evaluasi-input';
import type { HasilEvaluasi } from './hasil-evaluasi';
import { scoreEvaluasi } from './score-evaluasi';

/**
 * The annual evaluation (evaluasi tahunan) of one SKP under PermenPANRB 6/2022: the final
 * rating hasil kerja and rating perilaku kerja, the predikat from the matrix, what the rules
 * suggest, and a trace.
 *
 * Rating hasil kerja — the suggestion comes from the first basis that applies:
 * 1. a unit leader (`skp.pimpinanUnit`): the unit's `predikatOrganisasi` (required, else
 *    `predikat_organisasi_missing`) mapped by the pack's `ratingPimpinanUnit` is *set* as the
 *    rating (§1.5); a different penilai rating is flagged `rating_deviates` and does not win;
 * 2. the penilai's RHK ratings (`penilaian.ratingRhk`) → {@link saranRatingHasilKerja}; an RHK
 *    left unrated is flagged `rating_rhk_missing` and counts as di bawah;
 * 3. a KUANTITATIF SKP with realisasi: per indikator the realisasi of the year combined by its
 *    `akumulasi` (`JUMLAH` sum, `RATA_RATA` mean, `TERAKHIR` latest), its capaian
 *    ({@link capaianIndikator}), the RHK ratings ({@link ratingRhkFromCapaian}) and the
 *    suggestion; an indikator without realisasi is flagged `realisasi_missing` and counts as di
 *    bawah (capaian 0); a zero target is flagged `target_zero` and this basis is skipped;
 * 4. the ratings hasil kerja of the periodic evaluations → {@link aggregateRatings}.
 *
 * Rating perilaku kerja — suggested from the periodic evaluations via {@link aggregateRatings}.
 *
 * Each final rating is the penilai's (`penilaian.ratingHasilKerja` / `ratingPerilakuKerja`) when
 * given — flagged `rating_deviates` (a warning) when it differs from the suggestion, never
 * overridden (except by the unit leader rule) — else the suggestion; with neither, the result
 * fails with `evaluasi_missing`.
 *
 * Never throws on malformed input: every problem comes back as issues.
 *
 * @param input - see {@link EvaluasiTahunanInputSchema}; anything is accepted and validated.
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @returns the evaluation with its trace (review flags in `trace.flags`), or the issues.
 * @example
 * ```ts
 * const r = evaluateTahunan({
 *   skp,
 *   evaluasiPeriodik: [1, 2, 3, 4].map((periodeKe) => ({
 *     skpId: skp.id, periodeKe, ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
 *   })),
 * });
 * if (r.ok) r.value.predikat; // 'BAIK'
 * ```
 */
export function evaluateTahunan(
  input: unknown,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<HasilEvaluasi> {
  const parsed = parseWith(EvaluasiTahunanInputSchema, input);
  if (!parsed.ok) return parsed;
  return scoreEvaluasi(parsed.value, pack);
}
