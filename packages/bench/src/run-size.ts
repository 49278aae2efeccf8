import { createHash } from 'node:crypto';
import os from 'node:os';
import type { ImplEntry } from './bench-impl';
import { addBiasSummary, type BiasSummary } from './bias-statistics';
import { type Disagreements, mergeDisagreements, newDisagreements } from './disagreement';
import { type ExplainedDisagreement, explainDisagreement } from './explain-disagreement';
import { IMPLEMENTATIONS, sizeLimit } from './implementations';
import { addKurvaCheck, checkKurva, type KurvaCheck } from './kurva-check';
import { forceGc, heapUsed, peakRss } from './memory';
import type { ShardRunOptions } from './run-shard';
import { runShardsInProcess, runShardsOnWorkers, type ShardsRun, type ThreadShardResult } from './run-shards';
import { DEFAULT_SHARD_SIZE, planShards } from './shard-plan';
import { mergeNationalTally, type NationalTally, newNationalTally } from './tally';
import { whatIfPacks } from './what-if-pack';
import { DEFAULT_WORKLOAD_SEED } from './workload';

/**
 * The default pegawai per streamed chunk within a shard.
 *
 * @example
 * ```ts
 * await runSize({ size: 10_000, chunkSize: DEFAULT_CHUNK_SIZE });
 * ```
 */
export const DEFAULT_CHUNK_SIZE = 2000;

/**
 * The default old-generation heap limit of each worker, in MiB.
 *
 * @example
 * ```ts
 * await runSize({ size: 10_000, workerHeapMb: DEFAULT_WORKER_HEAP_MB });
 * ```
 */
export const DEFAULT_WORKER_HEAP_MB = 512;

/**
 * The default number of disagreement samples listed per implementation.
 *
 * @example
 * ```ts
 * await runSize({ size: 10_000, keep: DEFAULT_KEEP });
 * ```
 */
export const DEFAULT_KEEP = 10;

/** Options of one size of the national driver. */
export interface SizeOptions {
  readonly size: number;
  readonly seed?: number;
  /** Worker threads; 0 = run the shards in this thread. Default `os.availableParallelism()`. */
  readonly workers?: number;
  readonly shardSize?: number;
  /** Pegawai per chunk within a shard (default {@link DEFAULT_CHUNK_SIZE}). */
  readonly chunkSize?: number;
  /** The rounding-edge workload. */
  readonly edge?: boolean;
  /** Only these implementations (default: all of the registry). */
  readonly only?: readonly string[];
  /** Per implementation, the largest size it runs at (`null` = any), overriding the registry. */
  readonly maxSize?: Readonly<Record<string, number | null>>;
  /** The engine (default: the first exact implementation that runs at this size). */
  readonly engine?: string;
  /** Disagreement samples listed per implementation (default {@link DEFAULT_KEEP}). */
  readonly keep?: number;
  /** Digest the workload (default: at sizes up to 100 000; it costs a few µs per pegawai). */
  readonly digest?: boolean;
  /**
   * Each worker's old-generation heap limit in MiB (default {@link DEFAULT_WORKER_HEAP_MB}): V8 collects harder near it, so
   * garbage does not pile up and the RSS stays flat. 0 = V8's default.
   */
  readonly workerHeapMb?: number;
  /** Pegawai of each thread's untimed warm-up (default 1500). */
  readonly warmUpSize?: number;
}

/** Milliseconds of one part of the work: summed over threads (CPU) and the busiest thread's (wall). */
export interface PartTime {
  /** Σ over threads. */
  readonly cpuMs: number;
  /** The largest per-thread sum: the time the part takes with the threads working side by side. */
  readonly wallMs: number;
}

/** One implementation at one size. */
export interface ImplResult {
  readonly name: string;
  readonly exact: boolean;
  readonly traced: boolean;
  readonly prepare: PartTime;
  readonly score: PartTime;
  readonly total: PartTime;
  /** Pegawai per second of one thread (pegawai / CPU seconds), score only and prepare + score. */
  readonly scorePerSecondPerThread: number;
  readonly totalPerSecondPerThread: number;
  readonly scored: number;
  /** Heap of the prepared form, bytes per pegawai (sampled once per thread on its first chunk). */
  readonly preparedBytesPerPegawai: number | null;
  /** vs `float` (CPU time). */
  readonly scoreOverFloat: number | null;
  readonly totalOverFloat: number | null;
  /** Disagreements with the reference, or `null` when it is the reference or there is none. */
  readonly disagreements: { readonly count: number; readonly first: readonly ExplainedDisagreement[] } | null;
}

/** A row of the parts of the work. */
export interface PartRow {
  readonly part: string;
  /** What the row includes, in words. */
  readonly what: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Pegawai (or units, for the kurva) per second of wall time; 0 where a rate means nothing (merge). */
  readonly perSecond: number;
  readonly unit: 'pegawai' | 'units';
}

/** Everything one size measured. */
export interface SizeResult {
  readonly pegawai: number;
  readonly realisasi: number;
  readonly edge: boolean;
  readonly seed: number;
  readonly shards: number;
  readonly shardSize: number;
  readonly chunkSize: number;
  readonly threads: number;
  /** SHA-256 of the shards' digests in order, or `null`. */
  readonly digest: string | null;
  readonly engine: { readonly name: string; readonly exact: boolean };
  readonly reference: string | null;
  readonly traced: string | null;
  readonly skipped: readonly { readonly name: string; readonly maxSize: number }[];
  readonly implementations: readonly ImplResult[];
  /** json-rules-engine time over each kinerja implementation's (CPU), score and prepare + score. */
  readonly jreOver: Readonly<Record<string, { readonly score: number; readonly total: number }>>;
  readonly parts: readonly PartRow[];
  /** The national recomputation: see `what`. */
  readonly recomputation: {
    readonly wallMs: number;
    readonly pegawaiPerSecond: number;
    readonly what: string;
  };
  /** Start-up to last result, all threads (generation, warm-up and worker start included) + main-thread work. */
  readonly endToEndMs: number;
  readonly kurva: KurvaCheck;
  readonly bias: BiasSummary & { readonly ms: number };
  readonly whatIf: {
    readonly transisi: readonly (readonly number[])[];
    readonly changed: number;
    readonly distribusiA: readonly number[];
    /** The column sums of `transisi`. */
    readonly distribusiB: readonly number[];
  };
  readonly tally: {
    readonly scored: number;
    readonly notScored: number;
    readonly tanpaKurvaUnit: number;
  };
  readonly memory: {
    /** `process.resourceUsage().maxRSS` after this size: the process's peak so far, all threads. */
    readonly peakRssBytes: number;
    readonly peakRssUnder2GiB: boolean;
    /** Per thread: the highest V8 heap in use between chunks. */
    readonly threadHeapPeakBytes: readonly number[];
    /** Generated items, bytes per pegawai (sampled on a thread's first chunk). */
    readonly itemBytesPerPegawai: number | null;
    /** The main thread's live heap after the run (after a forced collection). */
    readonly mainHeapBytes: number;
  };
}

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
const ratio = (a: number, b: number): number | null => (b > 0 ? round(a / b, 2) : null);

function partTime(
  results: readonly ThreadShardResult[],
  threads: number,
  ms: (r: ThreadShardResult) => number,
): PartTime {
  const per = new Array(threads).fill(0);
  for (const r of results) per[r.thread] += ms(r);
  return { cpuMs: round(per.reduce((s, x) => s + x, 0)), wallMs: round(Math.max(...per)) };
}

/** The implementations of the registry that run at a size (selection and size limits applied). */
function activeImplementations(
  size: number,
  only?: readonly string[],
  maxSize: Readonly<Record<string, number | null>> = {},
): { active: ImplEntry[]; skipped: { name: string; maxSize: number }[] } {
  const active: ImplEntry[] = [];
  const skipped: { name: string; maxSize: number }[] = [];
  for (const e of IMPLEMENTATIONS) {
    if (only !== undefined && !only.includes(e.impl.name)) continue;
    const limit = sizeLimit(e, maxSize);
    if (limit !== null && size > limit) skipped.push({ name: e.impl.name, maxSize: limit });
    else active.push(e);
  }
  return { active, skipped };
}

/**
 * Runs one size of the national driver: plans the shards, runs them on worker threads (or in this
 * thread), merges the tallies and disagreements, runs the kurva check of every unit and the
 * rater-bias statistics on the merged tally, and sums up every part of the work.
 *
 * @param options - the size and how to run it.
 * @returns the measurements.
 */
export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const seed = options.seed ?? DEFAULT_WORKLOAD_SEED;
  const shardSize = options.shardSize ?? DEFAULT_SHARD_SIZE;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const keep = options.keep ?? DEFAULT_KEEP;
  const edge = options.edge ?? false;
  const workers = options.workers ?? os.availableParallelism();
  const heapMb = options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB;
  const { active, skipped } = activeImplementations(options.size, options.only, options.maxSize);
  if (active.length === 0) throw new Error(`no implementation runs at ${options.size} pegawai`);
  const exact = active.filter((e) => e.exact);
  const engineEntry =
    options.engine === undefined
      ? (exact[0] ?? active[0]!)
      : active.find((e) => e.impl.name === options.engine);
  if (engineEntry === undefined)
    throw new Error(`the engine ${options.engine} does not run at ${options.size}`);
  const reference = exact[0]?.impl.name ?? null;
  const traced = exact.find((e) => e.traced)?.impl.name ?? null;
  const runOptions: ShardRunOptions = {
    impls: active.map((e) => e.impl.name),
    engine: engineEntry.impl.name,
    reference,
    chunkSize,
    edge,
    keep,
    digest: options.digest ?? options.size <= 100_000,
    ...(options.warmUpSize === undefined ? {} : { warmUpSize: options.warmUpSize }),
  };
  const shards = planShards(options.size, seed, shardSize);
  const { a: packA, b: packB } = whatIfPacks();

  // Main thread, as each shard arrives (while the workers go on): fold its tally into the national
  // totals — the kurva check of its units and the rater-bias statistics of its raters (kurva units
  // and raters never span shards; raters are judged against their own instansi) — and keep only
  // the counts, so that the main thread's memory does not grow with the nation.
  const tally: NationalTally = newNationalTally();
  // The shards' kurva checks and rater-bias statistics summed (`null` until the first shard).
  const checks: { kurva: KurvaCheck | null; bias: BiasSummary | null } = { kurva: null, bias: null };
  let mergeMs = 0;
  const disagreements = new Map<string, Disagreements>();
  const consume = (r: ThreadShardResult): ThreadShardResult => {
    checks.kurva = addKurvaCheck(checks.kurva, checkKurva(r.tally, packA, packB));
    checks.bias = addBiasSummary(checks.bias, r.bias);
    let t = performance.now();
    r.tally.kurva.clear();
    mergeNationalTally(tally, r.tally);
    mergeMs += performance.now() - t;
    t = performance.now();
    for (const [name, d] of Object.entries(r.disagreements)) {
      let into = disagreements.get(name);
      if (into === undefined) {
        into = newDisagreements();
        disagreements.set(name, into);
      }
      mergeDisagreements(into, d, keep);
    }
    mergeMs += performance.now() - t;
    return { ...r, disagreements: {} };
  };
  const t0 = performance.now();
  const run: ShardsRun =
    workers <= 0
      ? await runShardsInProcess(shards, runOptions, consume)
      : await runShardsOnWorkers(shards, runOptions, workers, heapMb === 0 ? undefined : heapMb, consume);
  const { results, threads } = run;
  const endToEndMs = performance.now() - t0;
  forceGc();
  const mainHeapBytes = heapUsed();
  const { kurva: kurvaCheck, bias: biasSummary } = checks;
  if (kurvaCheck === null || biasSummary === null) throw new Error('no shard ran');

  const pegawai = results.reduce((s, r) => s + r.pegawai, 0);
  const realisasi = results.reduce((s, r) => s + r.realisasi, 0);
  const memories = run.threadStats.map((s) => s.memory).filter((m) => m !== null);
  const avg = (xs: readonly number[]): number | null =>
    xs.length === 0 ? null : Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);

  const times = (name: string) => ({
    prepare: partTime(results, threads, (r) => r.impls[name]!.prepareMs),
    score: partTime(results, threads, (r) => r.impls[name]!.scoreMs),
    total: partTime(results, threads, (r) => r.impls[name]!.prepareMs + r.impls[name]!.scoreMs),
  });
  const float = active.some((e) => e.impl.name === 'float') ? times('float') : null;
  const implementations: ImplResult[] = active.map((e) => {
    const name = e.impl.name;
    const tm = times(name);
    const d = disagreements.get(name);
    return {
      name,
      exact: e.exact,
      traced: e.traced,
      ...tm,
      scorePerSecondPerThread: Math.round(pegawai / (tm.score.cpuMs / 1000)),
      totalPerSecondPerThread: Math.round(pegawai / (tm.total.cpuMs / 1000)),
      scored: results.reduce((s, r) => s + r.impls[name]!.scored, 0),
      preparedBytesPerPegawai: avg(memories.map((m) => m.preparedBytesPerPegawai[name] ?? 0)),
      scoreOverFloat: float === null ? null : ratio(tm.score.cpuMs, float.score.cpuMs),
      totalOverFloat: float === null ? null : ratio(tm.total.cpuMs, float.total.cpuMs),
      disagreements:
        d === undefined ? null : { count: d.count, first: d.first.map((s) => explainDisagreement(s, packA)) },
    };
  });
  const jre = implementations.find((i) => i.name === 'json-rules-engine');
  const jreOver: Record<string, { score: number; total: number }> = {};
  if (jre !== undefined) {
    for (const i of implementations) {
      if (!i.name.startsWith('kinerja')) continue;
      jreOver[i.name] = {
        score: ratio(jre.score.cpuMs, i.score.cpuMs)!,
        total: ratio(jre.total.cpuMs, i.total.cpuMs)!,
      };
    }
  }

  const engine = engineEntry.impl.name;
  const eng = times(engine);
  const generate = partTime(results, threads, (r) => r.generateMs);
  const whatIf = partTime(results, threads, (r) => r.whatIfMs);
  const tallyTime = partTime(results, threads, (r) => r.tallyMs);
  const recompute = partTime(
    results,
    threads,
    (r) => r.impls[engine]!.prepareMs + r.impls[engine]!.scoreMs + r.tallyMs + r.biasMs,
  );
  const biasTime = partTime(results, threads, (r) => r.biasMs);
  const perSec = (n: number, ms: number): number => (ms > 0 ? Math.round(n / (ms / 1000)) : 0);
  const row = (
    part: string,
    what: string,
    p: PartTime,
    unit: 'pegawai' | 'units' = 'pegawai',
    n = pegawai,
  ): PartRow => ({
    part,
    what,
    wallMs: p.wallMs,
    cpuMs: p.cpuMs,
    perSecond: perSec(n, p.wallMs),
    unit,
  });
  const main = (ms: number): PartTime => ({ cpuMs: round(ms), wallMs: round(ms) });
  const parts: PartRow[] = [
    row(
      'generate',
      'generateAgencyParts + reshape to 5 RHK × 2 IKI (workers; not part of any recomputation)',
      generate,
    ),
    row('prepare', `${engine}: workload objects → working form (workers)`, eng.prepare),
    row('score', `${engine}: annual evaluation under pack A (workers)`, eng.score),
  ];
  if (traced !== null)
    parts.push(
      row('score with trace', `${traced}: annual evaluation with full traces (workers)`, times(traced).score),
    );
  parts.push(
    row('what-if', `${engine}: the same prepared data under pack B (workers)`, whatIf),
    row(
      'what-if kurva',
      'checkDistribusi of every unit under pack B (main)',
      main(kurvaCheck.msB),
      'units',
      kurvaCheck.units,
    ),
    row('tally', 'counting outcomes per kurva unit, rater and transition (workers)', tallyTime),
    {
      ...row('merge', 'folding each shard’s counts and disagreements into the totals (main)', main(mergeMs)),
      perSecond: 0,
    },
    row(
      'kurva',
      'checkDistribusi of every unit under pack A (main)',
      main(kurvaCheck.msA),
      'units',
      kurvaCheck.units,
    ),
    row('bias', 'raterBiasFromTally of each shard’s raters against their instansi (workers)', biasTime),
  );
  const recomputationMs = recompute.wallMs + mergeMs + kurvaCheck.msA;
  const transisi = Array.from({ length: 5 }, (_, i) => tally.transisi.slice(i * 5, i * 5 + 5));
  let changed = 0;
  const distribusiB = [0, 0, 0, 0, 0];
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) {
      if (i !== j) changed += transisi[i]![j]!;
      distribusiB[j]! += transisi[i]![j]!;
    }
  }
  const rss = peakRss();
  return {
    pegawai,
    realisasi,
    edge,
    seed,
    shards: shards.length,
    shardSize,
    chunkSize,
    threads,
    digest: results.every((r) => r.digest !== null) ? digestOf(results.map((r) => r.digest!)) : null,
    engine: { name: engine, exact: engineEntry.exact },
    reference,
    traced,
    skipped,
    implementations,
    jreOver,
    parts,
    recomputation: {
      wallMs: round(recomputationMs),
      pegawaiPerSecond: perSec(pegawai, recomputationMs),
      what:
        `${engine} prepare + score + tally + rater-bias statistics on ${threads} thread(s) (the busiest ` +
        'thread’s sum), plus the main thread’s merge and kurva check of every unit (pack A) (done as the shards ' +
        'arrive, added here as if sequential); generation, worker start-up, warm-up and the what-if excluded',
    },
    endToEndMs: round(endToEndMs),
    kurva: kurvaCheck,
    bias: { ...biasSummary, ms: round(biasTime.wallMs) },
    whatIf: { transisi, changed, distribusiA: tally.distribusiA, distribusiB },
    tally: { scored: tally.scored, notScored: tally.notScored, tanpaKurvaUnit: tally.tanpaKurvaUnit },
    memory: {
      peakRssBytes: rss,
      peakRssUnder2GiB: rss < 2 * 2 ** 30,
      threadHeapPeakBytes: run.threadStats.map((s) => s.heapPeak),
      itemBytesPerPegawai: avg(memories.map((m) => m.itemBytesPerPegawai)),
      mainHeapBytes,
    },
  };
}

function digestOf(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : createHash('sha256').update(parts.join(':')).digest('hex');
}
