import { PREDIKATS } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { scoreEvaluasi } from '../../core/src/scoring/score-evaluasi';
import { evaluasiDataOf } from './impl/kinerja';
import type { ShardRunOptions } from './run-shard';
import { runShardsInProcess, runShardsOnWorkers, type ShardsRun } from './run-shards';
import { runSize } from './run-size';
import { planShards } from './shard-plan';
import { mergeNationalTally, type NationalTally, newNationalTally } from './tally';
import { whatIfPacks } from './what-if-pack';
import { buildWorkload } from './workload';

const SIZE = 600;
const SHARD = 200;
const shards = planShards(SIZE, 99, SHARD);
const options: ShardRunOptions = {
  impls: ['float', 'kinerja-kernel'],
  engine: 'kinerja-kernel',
  reference: 'kinerja-kernel',
  chunkSize: 100,
  edge: false,
  keep: 3,
  digest: true,
  warmUpSize: 100,
};

function merged(run: ShardsRun): NationalTally {
  const t = newNationalTally();
  for (const r of run.results) mergeNationalTally(t, r.tally);
  return t;
}

/** The aggregation computed the plain way: whole shards, one pegawai at a time, maps of arrays. */
function plainAggregation() {
  const { a, b } = whatIfPacks();
  const kurva = new Map<string, { a: number[]; b: number[] }>();
  const transisi = new Array(25).fill(0);
  const raters = new Map<string, number>();
  for (const spec of shards) {
    const { workload } = buildWorkload({ size: spec.size, seed: spec.seed });
    for (const c of workload.capaianKinerjaOrganisasi) {
      kurva.set(`${spec.ns}/${c.unitKerjaId}`, { a: [0, 0, 0, 0, 0], b: [0, 0, 0, 0, 0] });
    }
    for (const item of workload.items) {
      const ra = scoreEvaluasi(evaluasiDataOf(item), a);
      const rb = scoreEvaluasi(evaluasiDataOf(item), b);
      if (!ra.ok || !rb.ok) throw new Error('the workload scores');
      const pa = PREDIKATS.indexOf(ra.value.predikat);
      const pb = PREDIKATS.indexOf(rb.value.predikat);
      transisi[pa * 5 + pb]++;
      const unit = kurva.get(`${spec.ns}/${item.kurvaUnitId}`)!;
      unit.a[pa]!++;
      unit.b[pb]!++;
      if (item.skp.pejabatPenilaiId === null) continue;
      const rater = `${spec.ns}/${item.skp.pejabatPenilaiId}`;
      raters.set(rater, (raters.get(rater) ?? 0) + 1);
    }
  }
  return { kurva, transisi, raters };
}

describe('the national driver', () => {
  // The plain way is slow: computed once, by the first test that needs it.
  let plainOnce: ReturnType<typeof plainAggregation> | undefined;
  const plain = (): ReturnType<typeof plainAggregation> => {
    plainOnce ??= plainAggregation();
    return plainOnce;
  };

  it('aggregates the same on worker threads as shard by shard in one thread, and as the plain way', async () => {
    const onWorkers = await runShardsOnWorkers(shards, options, 2);
    const inProcess = await runShardsInProcess(shards, options);
    expect(onWorkers.threads).toBe(2);
    expect(onWorkers.results.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(new Set(onWorkers.results.map((r) => r.thread)).size).toBe(2);
    expect(onWorkers.results.map((r) => r.digest)).toEqual(inProcess.results.map((r) => r.digest));

    const w = merged(onWorkers);
    const p = merged(inProcess);
    expect(w).toEqual(p);

    const { kurva, transisi, raters: plainRaters } = plain();
    expect(w.transisi).toEqual(transisi);
    expect(w.scored).toBe(SIZE);
    expect([...w.kurva.keys()].sort()).toEqual([...kurva.keys()].sort());
    for (const [key, k] of w.kurva) {
      expect(k.a, key).toEqual(kurva.get(key)!.a);
      expect(k.b, key).toEqual(kurva.get(key)!.b);
    }
    // Rater bias, judged on each thread per instansi: every rater of the plain way, once.
    const raters = (run: ShardsRun): number => run.results.reduce((n, r) => n + r.bias.raters, 0);
    expect(raters(onWorkers)).toBe(plainRaters.size);
    expect(onWorkers.results.map((r) => r.bias)).toEqual(inProcess.results.map((r) => r.bias));
  }, 60_000);

  it('sums the parts of the work into the same totals as the plain way', async () => {
    const r = await runSize({
      size: SIZE,
      seed: 99,
      shardSize: SHARD,
      chunkSize: 100,
      only: ['float', 'kinerja-kernel'],
      workers: 0,
      warmUpSize: 100,
    });
    const { kurva, transisi, raters } = plain();
    expect(r.pegawai).toBe(SIZE);
    expect(r.shards).toBe(3);
    expect(r.engine).toEqual({ name: 'kinerja-kernel', exact: true });
    expect(r.whatIf.transisi.flat()).toEqual(transisi);
    expect(r.whatIf.changed).toBe(transisi.reduce((s, n, i) => (i % 6 === 0 ? s : s + n), 0));
    expect(r.kurva.units).toBe(kurva.size);
    expect(r.kurva.failed).toBe(0);
    expect(r.bias.raters).toBe(raters.size);
    expect(r.tally).toEqual({ scored: SIZE, notScored: 0, tanpaKurvaUnit: 0 });
    expect(r.parts.map((p) => p.part)).toEqual([
      'generate',
      'prepare',
      'score',
      'score with trace',
      'what-if',
      'what-if kurva',
      'tally',
      'merge',
      'kurva',
      'bias',
    ]);
    expect(r.implementations.map((i) => i.name)).toEqual(['float', 'kinerja-kernel']);
    expect(r.implementations[0]!.disagreements).not.toBeNull();
    expect(r.implementations[1]!.disagreements).toBeNull();
  });
});
