import type { EvaluasiPeriodik } from '../model/evaluasi';
import type { EvaluasiRecord } from './records';

/**
 * The periodic evaluations an annual evaluation takes from stored records: the final (not draft)
 * `PERIODIK` records, in window order, as `EvaluasiPeriodik` values.
 *
 * @param records - an SKP's evaluation records, in any order.
 * @returns the periodic evaluations for `evaluateTahunan` / `prepareEvaluasiBatch`.
 * @example
 * ```ts
 * const evaluasiPeriodik = evaluasiPeriodikTahunan(await store.listEvaluasi(instansiId, skp.id));
 * evaluateTahunan({ skp, realisasi, evaluasiPeriodik });
 * ```
 */
export function evaluasiPeriodikTahunan(records: readonly EvaluasiRecord[]): EvaluasiPeriodik[] {
  return records
    .filter((e) => e.jenis === 'PERIODIK' && e.status !== 'DRAFT' && e.periodeKe !== null)
    .sort((a, b) => (a.periodeKe ?? 0) - (b.periodeKe ?? 0))
    .map((e) => ({
      skpId: e.skpId,
      periodeKe: e.periodeKe!,
      ratingHasilKerja: e.ratingHasilKerja,
      ratingPerilakuKerja: e.ratingPerilakuKerja,
      ratingRhk: [...e.ratingRhk],
      predikat: e.predikat,
    }));
}
