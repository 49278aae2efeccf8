import type { RulePack62022 } from '@kinerja/core';
import { newTallyBias } from '@kinerja/core';
import type { ImplEntry } from './bench-impl';
import { type BiasSummary, biasStatistics } from './bias-statistics';
import { collectDisagreements, type Disagreements, newDisagreements } from './disagreement';
import { implEntry } from './implementations';
import { forceGc, heapUsed } from './memory';
import { newOutcomeColumns, type OutcomeColumns } from './outcome-columns';
import type { ShardSpec } from './shard-plan';
import { addChunkToTally, type NationalTally, newNationalTally } from './tally';
import { whatIfPacks } from './what-if-pack';
import { type WorkChunk, workloadParts } from './workload';
import { createWorkloadDigest } from './workload-digest';

/** What every shard of a size runs (the same in every thread). */
export interface ShardRunOptions {
  /** The implementations to measure, by name, in report order. */
  readonly impls: readonly string[];
  /** The engine (one of `impls`): scored under pack B too (what-if) and tallied (kurva, bias). */
  readonly engine: string;
  /** The exact reference the others are compared with; `null` for no comparison. */
  readonly reference: string | null;
  /** Pegawai per chunk (whole kecamatan): the unit of streaming. */
  readonly chunkSize: number;
  /** Generate the rounding-edge workload. */
  readonly edge: boolean;
  /** Disagreement samples to keep per implementation. */
  readonly keep: number;
  /** Compute the digest of the generated items (a few µs per pegawai). */
  readonly digest: boolean;
  /** Pegawai of the untimed warm-up workload each thread runs first (default 1500). */
  readonly warmUpSize?: number;
}

/** The times of one implementation on a shard. */
export interface ImplTimes {
  prepareMs: number;
  scoreMs: number;
  /** Pegawai scored (not 255). */
  scored: number;
}

/** What one shard measured and counted. */
export interface ShardResult {
  readonly index: number;
  readonly pegawai: number;
  readonly realisasi: number;
  readonly digest: string | null;
  /** Generating and reshaping the workload (not part of any recomputation). */
  readonly generateMs: number;
  readonly impls: Record<string, ImplTimes>;
  /** The engine scoring the prepared data under pack B. */
  readonly whatIfMs: number;
  /** Counting the engine's outcomes into the tally (kurva units, raters, transitions). */
  readonly tallyMs: number;
  readonly tally: NationalTally;
  /** The rater-bias statistics of the shard's raters against their instansi (on the thread). */
  readonly bias: BiasSummary;
  /** Computing {@link ShardResult.bias} from the rater tally. */
  readonly biasMs: number;
  /** Per implementation other than the reference. */
  readonly disagreements: Record<string, Disagreements>;
}

/** Memory samples a thread takes once, on its first chunk (with forced collections, untimed). */
export interface MemorySample {
  /** Heap retained by the generated items, per pegawai. */
  itemBytesPerPegawai: number;
  /** Heap retained by each implementation's prepared form, per pegawai. */
  readonly preparedBytesPerPegawai: Record<string, number>;
}

/** Per-thread state across shards: the memory sample and the peak heap seen between chunks. */
export interface ThreadState {
  memory: MemorySample | null;
  heapPeak: number;
}

/**
 * A fresh thread state.
 *
 * @returns no sample, no peak.
 */
export function newThreadState(): ThreadState {
  return { memory: null, heapPeak: 0 };
}

function countScored(out: OutcomeColumns): number {
  let n = 0;
  for (let i = 0; i < out.predikat.length; i++) if (out.predikat[i] !== 255) n++;
  return n;
}

async function scoreWith(
  entry: ImplEntry,
  p: unknown,
  out: OutcomeColumns,
  pack: RulePack62022,
): Promise<void> {
  const r = entry.impl.score(p, out, pack);
  if (r instanceof Promise) await r;
}

/**
 * Generates one shard chunk by chunk and, on each chunk, runs every implementation's prepare and
 * score (timed apart from the generation), the engine's what-if under pack B and its tally, and
 * the comparison of every implementation with the exact reference. Only one chunk is alive at a
 * time.
 *
 * @param spec - the shard.
 * @param options - what to run.
 * @param state - this thread's state (memory sample, peak heap), updated.
 * @returns the shard's times, tally and disagreements.
 */
export async function runShard(
  spec: ShardSpec,
  options: ShardRunOptions,
  state: ThreadState,
): Promise<ShardResult> {
  const { a: packA, b: packB } = whatIfPacks();
  const entries = options.impls.map(implEntry);
  const impls: Record<string, ImplTimes> = {};
  for (const e of entries) impls[e.impl.name] = { prepareMs: 0, scoreMs: 0, scored: 0 };
  const disagreements: Record<string, Disagreements> = {};
  if (options.reference !== null) {
    for (const e of entries)
      if (e.impl.name !== options.reference) disagreements[e.impl.name] = newDisagreements();
  }
  const tally = newNationalTally();
  // The raters of this shard (an instansi), judged here once the shard is scored.
  const biasTally = newTallyBias();
  const digest = options.digest ? createWorkloadDigest() : null;
  let generateMs = 0;
  let whatIfMs = 0;
  let tallyMs = 0;
  let pegawai = 0;
  let realisasi = 0;

  const gen = workloadParts({
    size: spec.size,
    seed: spec.seed,
    edge: options.edge,
    chunkSize: options.chunkSize,
  });
  for (;;) {
    const sample = state.memory === null;
    let heap0 = 0;
    if (sample) {
      forceGc();
      heap0 = heapUsed();
    }
    const t0 = performance.now();
    const next = gen.next();
    generateMs += performance.now() - t0;
    if (next.done) break;
    const chunk: WorkChunk = next.value;
    const n = chunk.items.length;
    let memory: MemorySample | null = null;
    if (sample && n > 0) {
      forceGc();
      memory = { itemBytesPerPegawai: Math.round((heapUsed() - heap0) / n), preparedBytesPerPegawai: {} };
    }
    pegawai += n;
    realisasi += chunk.realisasiCount;
    digest?.add(chunk.items);

    const outcomes = new Map<string, OutcomeColumns>();
    for (const entry of entries) {
      const name = entry.impl.name;
      const times = impls[name]!;
      if (memory !== null) forceGc();
      const h0 = memory === null ? 0 : heapUsed();
      let t = performance.now();
      let prepared: unknown = entry.impl.prepare(chunk.items);
      times.prepareMs += performance.now() - t;
      if (memory !== null) {
        forceGc();
        memory.preparedBytesPerPegawai[name] = Math.max(0, Math.round((heapUsed() - h0) / n));
      }
      const out = newOutcomeColumns(n);
      t = performance.now();
      await scoreWith(entry, prepared, out, packA);
      times.scoreMs += performance.now() - t;
      times.scored += countScored(out);
      outcomes.set(name, out);
      if (name === options.engine) {
        const outB = newOutcomeColumns(n);
        t = performance.now();
        await scoreWith(entry, prepared, outB, packB);
        whatIfMs += performance.now() - t;
        t = performance.now();
        addChunkToTally(tally, biasTally, spec.ns, chunk, out, outB);
        tallyMs += performance.now() - t;
      }
      // Release the prepared form before the next implementation prepares its own.
      prepared = null;
      state.heapPeak = Math.max(state.heapPeak, heapUsed());
    }
    if (options.reference !== null) {
      const ref = outcomes.get(options.reference)!;
      for (const [name, d] of Object.entries(disagreements)) {
        collectDisagreements(d, spec.ns, chunk.items, ref, outcomes.get(name)!, options.keep);
      }
    }
    if (memory !== null) state.memory = memory;
  }
  // The rater-bias statistics of this instansi, here on the thread (raters never span shards);
  // only their counts travel back.
  const t = performance.now();
  const bias = biasStatistics(biasTally);
  const biasMs = performance.now() - t;
  return {
    index: spec.index,
    pegawai,
    realisasi,
    digest: digest === null ? null : digest.hex(),
    generateMs,
    impls,
    whatIfMs,
    tallyMs,
    tally,
    bias,
    biasMs,
    disagreements,
  };
}

/**
 * Runs every implementation on a small workload under both packs so the JIT has seen every path
 * before anything is timed.
 *
 * @param options - what the shards will run.
 */
export async function warmUp(options: ShardRunOptions): Promise<void> {
  const { a, b } = whatIfPacks();
  for (const chunk of workloadParts({ size: options.warmUpSize ?? 1500, seed: 7, edge: options.edge })) {
    for (const name of options.impls) {
      const entry = implEntry(name);
      const p = entry.impl.prepare(chunk.items);
      await scoreWith(entry, p, newOutcomeColumns(chunk.items.length), a);
      await scoreWith(entry, p, newOutcomeColumns(chunk.items.length), b);
    }
  }
}
