import {
  type EvaluasiBatch,
  prepareEvaluasiBatch,
  type RulePack62022,
  scoreEvaluasiBatch,
} from '@kinerja/core';
import type { BenchImpl } from '../bench-impl';
import type { OutcomeColumns } from '../outcome-columns';
import { evaluasiDataOf } from './kinerja';

function batchImpl(name: string, trace: boolean, description: string): BenchImpl<EvaluasiBatch> {
  return {
    name,
    description,
    // The workload is valid by construction, as stored data is: `trusted` skips zod.
    prepare: (items) => prepareEvaluasiBatch(items.map(evaluasiDataOf), { trusted: true }),
    score(batch: EvaluasiBatch, out: OutcomeColumns, pack: RulePack62022): void {
      const h = scoreEvaluasiBatch(batch, pack, { trace });
      out.ratingHasilKerja.set(h.ratingHasilKerja);
      out.ratingPerilakuKerja.set(h.ratingPerilakuKerja);
      out.predikat.set(h.predikat);
    },
  };
}

/**
 * `kinerja-batch`: the public batch API — `prepareEvaluasiBatch` parses a chunk into columns of
 * scaled integers, `scoreEvaluasiBatch` scores them exactly (decision 0022), no trace.
 */
export const kinerjaBatchImpl = batchImpl(
  'kinerja-batch',
  false,
  'our batch API: columns of scaled integers, exact (equal to decimal.js), no trace',
);

/** `kinerja-batch-trace`: the same with the compact trace recorded in columns. */
export const kinerjaBatchTraceImpl = batchImpl(
  'kinerja-batch-trace',
  true,
  'our batch API with the compact trace (the values every decision rested on)',
);
