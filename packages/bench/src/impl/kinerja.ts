import { evaluateTahunan, type RulePack62022 } from '@kinerja/core';
// The trusted kernel (`@internal`, not part of the public API): the input is validated once up
// front, as a batch over stored, valid SKPs would be. Imported by relative path on purpose.
import { type EvaluasiData, scoreEvaluasi } from '../../../core/src/scoring/score-evaluasi';
import type { BenchImpl } from '../bench-impl';
import { type OutcomeColumns, writeOutcome } from '../outcome-columns';
import type { WorkItem } from '../workload';

/**
 * The kernel's input of one pegawai (no validation: the workload is valid by construction).
 *
 * @param item - the pegawai's work.
 * @returns the `EvaluasiData` of its annual evaluation.
 */
export function evaluasiDataOf(item: WorkItem): EvaluasiData {
  return {
    skp: item.skp,
    realisasi: item.realisasi,
    penilaian: {},
    evaluasiPeriodik: item.evaluasiPeriodik,
    ...(item.predikatOrganisasi === undefined ? {} : { predikatOrganisasi: item.predikatOrganisasi }),
  };
}

/**
 * `kinerja-kernel`: our decimal kernel `scoreEvaluasi` one pegawai at a time (exact decimals, full
 * traces, no validation). Prepare: build the `EvaluasiData` objects.
 */
export const kinerjaKernelImpl: BenchImpl<EvaluasiData[]> = {
  name: 'kinerja-kernel',
  description:
    'our kernel scoreEvaluasi per pegawai: exact decimals (decimal.js), full traces, no validation',
  prepare: (items) => items.map(evaluasiDataOf),
  score(p: EvaluasiData[], out: OutcomeColumns, pack: RulePack62022): void {
    for (let i = 0; i < p.length; i++) {
      const r = scoreEvaluasi(p[i]!, pack);
      writeOutcome(out, i, r.ok ? r.value : null);
    }
  },
};

/**
 * `kinerja-public`: the public API `evaluateTahunan` (zod validation of every input, then the
 * kernel). Prepare: nothing.
 */
export const kinerjaPublicImpl: BenchImpl<readonly WorkItem[]> = {
  name: 'kinerja-public',
  description: 'the public API evaluateTahunan per pegawai: zod validation + exact decimals + traces',
  prepare: (items) => items,
  score(p: readonly WorkItem[], out: OutcomeColumns, pack: RulePack62022): void {
    for (let i = 0; i < p.length; i++) {
      const r = evaluateTahunan(evaluasiDataOf(p[i]!), pack);
      writeOutcome(out, i, r.ok ? r.value : null);
    }
  },
};
