/**
 * `pnpm bench` — issue 5: the national-scale driver. Per size, the workload is generated shard by
 * shard (independent agencies) on worker threads and streamed chunk by chunk; every
 * implementation of the registry (`src/implementations.ts`) prepares and scores the same chunks;
 * the engine also scores a stricter pack (what-if) and tallies kurva units and raters; the main
 * thread merges, checks the kurva of every unit and computes the rater-bias statistics. An extra
 * rounding-edge workload checks float against decimal. Then the storage measurement.
 *
 * Usage: see `src/cli-options.ts` (`pnpm bench --help`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResults } from './bench-results';
import { parseCliOptions, USAGE } from './cli-options';
import { IMPLEMENTATIONS, implEntry, sizeLimit } from './implementations';
import { loadAverage, machine } from './machine';
import { renderResults } from './render-results';
import { runSize, type SizeResult } from './run-size';
import { benchStorage, type StorageResults, storageLines } from './storage/bench-storage';
import { WHAT_IF_OVERRIDE } from './what-if-pack';
import { writeResults } from './write-results';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT_DIR = path.join(ROOT, 'docs/performance');

if (process.argv.includes('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
let cli: ReturnType<typeof parseCliOptions>;
try {
  cli = parseCliOptions(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(2);
}
const seed = cli.seed;
const storageSize = cli.storageSize;

const fmt = (n: number): string => n.toLocaleString('en-US');

function logSize(s: SizeResult): void {
  const ms = (x: number) => `${fmt(Math.round(x))} ms`;
  console.log(
    `${fmt(s.pegawai)} pegawai${s.edge ? ' (rounding edge)' : ''}: ${s.shards} shard(s) on ${s.threads} thread(s), end to end ${ms(s.endToEndMs)}`,
  );
  for (const i of s.implementations) {
    console.log(
      `  ${i.name.padEnd(20)} prepare ${ms(i.prepare.cpuMs).padStart(11)}  score ${ms(i.score.cpuMs).padStart(11)}  ` +
        `${fmt(i.scorePerSecondPerThread).padStart(9)} pegawai/s/thread  ×float ${i.scoreOverFloat ?? '—'}` +
        `${i.disagreements === null ? '' : `  disagree ${fmt(i.disagreements.count)}`}`,
    );
  }
  if (!s.edge) {
    for (const p of s.parts)
      console.log(
        `  ${p.part.padEnd(18)} wall ${ms(p.wallMs).padStart(11)}  ${fmt(p.perSecond)} ${p.unit}/s`,
      );
    console.log(`  national recomputation ${ms(s.recomputation.wallMs)}`);
    console.log(`  peak RSS ${fmt(Math.round(s.memory.peakRssBytes / 2 ** 20))} MiB`);
  }
}

async function main(): Promise<BenchResults> {
  const date = new Date().toISOString();
  const before = loadAverage();
  const maxSize: Record<string, number | null> = {};
  for (const e of IMPLEMENTATIONS) if (e.maxSize !== null) maxSize[e.impl.name] = cli.slowMax;
  Object.assign(maxSize, cli.maxSize);
  const common = {
    seed,
    workers: cli.workers,
    shardSize: cli.shardSize,
    chunkSize: cli.chunkSize,
    workerHeapMb: cli.workerHeapMb,
    maxSize,
    keep: cli.keep,
    ...(cli.only === undefined ? {} : { only: cli.only }),
    ...(cli.engine === undefined ? {} : { engine: cli.engine }),
    ...(cli.digest === undefined ? {} : { digest: cli.digest }),
  };
  const sizes: SizeResult[] = [];
  let edge: SizeResult | null = null;
  if (cli.edgeSize > 0) {
    edge = await runSize({ ...common, size: cli.edgeSize, edge: true, workers: 0 });
    logSize(edge);
  }
  for (const size of cli.sizes) {
    const s = await runSize({ ...common, size });
    logSize(s);
    sizes.push(s);
  }
  let storageResult: StorageResults | null = null;
  if (cli.storage) {
    storageResult = await benchStorage({
      backends: cli.storageBackends,
      size: storageSize,
      seed,
      impl: implEntry(cli.storageImpl).impl,
    });
  }
  return {
    date,
    machine: machine(),
    loadAverage: { before, after: loadAverage() },
    command: process.argv.slice(2).join(' '),
    seed,
    implementations: IMPLEMENTATIONS.map((e) => ({
      name: e.impl.name,
      description: e.impl.description,
      exact: e.exact,
      traced: e.traced,
      maxSize: sizeLimit(e, maxSize),
    })),
    whatIfOverride: WHAT_IF_OVERRIDE,
    sizes,
    edge,
    storage: storageResult,
  };
}

const results = await main();
if (cli.write) {
  const markdown = renderResults(results, storageLines(results.storage));
  const file = writeResults(OUT_DIR, results, markdown);
  console.log(`wrote ${path.relative(ROOT, file)} and docs/performance/README.md`);
}
