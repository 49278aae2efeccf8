import { evaluateTahunan, PERMENPANRB_6_2022 } from '@kinerja/core';
// The trusted kernel (`@internal`, not part of the public API): the input is validated once up
// front, as a batch over stored, valid SKPs would be. Imported by relative path on purpose.
import { scoreEvaluasi } from '../../../core/src/scoring/score-evaluasi';
import type { WorkItem } from '../workload';
import type { Outcome } from './outcome';

/**
 * Our engine through its public API: `evaluateTahunan` validates the input with zod, then scores
 * exactly with decimals and builds the full trace.
 *
 * @param item - the pegawai's SKP, realisasi and periodic ratings.
 * @returns the ratings and predikat, or `null` when the engine returns issues.
 */
export function evaluateKinerja(item: WorkItem): Outcome | null {
  const r = evaluateTahunan(
    {
      skp: item.skp,
      realisasi: item.realisasi,
      evaluasiPeriodik: item.evaluasiPeriodik,
      predikatOrganisasi: item.predikatOrganisasi,
    },
    PERMENPANRB_6_2022,
  );
  if (!r.ok) return null;
  const { ratingHasilKerja, ratingPerilakuKerja, predikat } = r.value;
  return { ratingHasilKerja, ratingPerilakuKerja, predikat };
}

/**
 * Our engine's trusted kernel `scoreEvaluasi` (no validation; exact decimals; with traces).
 *
 * @param item - a pegawai's evaluation input, already valid.
 * @returns the ratings and predikat, or `null` when the kernel returns issues.
 */
export function evaluateKinerjaTrusted(item: WorkItem): Outcome | null {
  const r = scoreEvaluasi(
    {
      skp: item.skp,
      realisasi: item.realisasi,
      penilaian: {},
      evaluasiPeriodik: item.evaluasiPeriodik,
      ...(item.predikatOrganisasi === undefined ? {} : { predikatOrganisasi: item.predikatOrganisasi }),
    },
    PERMENPANRB_6_2022,
  );
  if (!r.ok) return null;
  const { ratingHasilKerja, ratingPerilakuKerja, predikat } = r.value;
  return { ratingHasilKerja, ratingPerilakuKerja, predikat };
}
