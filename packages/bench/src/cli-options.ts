import os from 'node:os';
import { SLOW_MAX_SIZE } from './implementations';
import { DEFAULT_CHUNK_SIZE, DEFAULT_KEEP, DEFAULT_WORKER_HEAP_MB } from './run-size';
import { DEFAULT_SHARD_SIZE } from './shard-plan';
import { DEFAULT_WORKLOAD_SEED } from './workload';

/** The options of `pnpm bench` (see {@link USAGE}). */
export interface CliOptions {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly workers: number;
  readonly shardSize: number;
  readonly chunkSize: number;
  readonly workerHeapMb: number;
  readonly only: readonly string[] | undefined;
  readonly maxSize: Readonly<Record<string, number | null>>;
  readonly slowMax: number;
  readonly engine: string | undefined;
  readonly edgeSize: number;
  readonly keep: number;
  readonly digest: boolean | undefined;
  readonly storage: boolean;
  readonly storageSize: number;
  /** The storage backends to measure (PostgreSQL needs `DATABASE_URL`, else it is skipped with a note). */
  readonly storageBackends: readonly ('sqlite' | 'postgres')[];
  /** The implementation that scores the year read back from storage. */
  readonly storageImpl: string;
  readonly write: boolean;
}

/** The usage text. */
export const USAGE = `pnpm bench [options]
  --sizes=10000,100000,1000000,4300000  pegawai per run (default 10000)
  --workers=N          worker threads (default os.availableParallelism(); 0 = all in the main thread)
  --shard-size=N       most pegawai per independent agency (default ${DEFAULT_SHARD_SIZE})
  --chunk-size=N       pegawai per streamed chunk within a shard (default ${DEFAULT_CHUNK_SIZE})
  --worker-heap-mb=N   each worker's old-generation heap limit (default ${DEFAULT_WORKER_HEAP_MB}; 0 = V8's default)
  --seed=N             workload seed (default ${DEFAULT_WORKLOAD_SEED})
  --only=a,b           only these implementations
  --slow-max=N         the largest size of the slow per-pegawai implementations (default ${SLOW_MAX_SIZE})
  --max-size=name:N,…  per implementation (N or "none"), overriding the registry and --slow-max
  --engine=name        the engine of the national recomputation (default: the first exact one)
  --edge-size=N        pegawai of the extra rounding-edge workload (default 2000; 0 = none)
  --keep=N             disagreements listed per implementation (default ${DEFAULT_KEEP})
  --digest / --no-digest   digest the workload (default: sizes ≤ 100 000)
  --storage-size=N     pegawai of the storage measurement (default 10000); --no-storage to skip
  --storage-backends=sqlite,postgres   backends of the storage measurement (default both; postgres
                       needs DATABASE_URL, e.g. \`node .ci/postgres.mjs pnpm bench …\`, else it is skipped)
  --storage-impl=name  the implementation scoring from storage (default kinerja-batch)
  --no-write           print only; write no results`;

const int = (name: string, text: string): number => {
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name}: not a non-negative integer: ${text}`);
  return n;
};

/**
 * Parses the command line.
 *
 * @param argv - the arguments after the script.
 * @returns the options.
 * @throws Error on an unknown option or a bad number (the message names it).
 */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (const a of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (m === null) throw new Error(`unexpected argument ${a}\n${USAGE}`);
    if (m[2] === undefined) flags.add(m[1]!);
    else values.set(m[1]!, m[2]);
  }
  const known = new Set([
    'sizes',
    'seed',
    'workers',
    'shard-size',
    'chunk-size',
    'worker-heap-mb',
    'only',
    'slow-max',
    'max-size',
    'engine',
    'edge-size',
    'keep',
    'storage-size',
    'storage-backends',
    'storage-impl',
  ]);
  const knownFlags = new Set(['digest', 'no-digest', 'no-storage', 'no-write']);
  for (const k of values.keys()) if (!known.has(k)) throw new Error(`unknown option --${k}\n${USAGE}`);
  for (const f of flags) if (!knownFlags.has(f)) throw new Error(`unknown option --${f}\n${USAGE}`);
  const maxSize: Record<string, number | null> = {};
  for (const part of (values.get('max-size') ?? '').split(',').filter((p) => p !== '')) {
    const [name, n] = part.split(':');
    if (name === undefined || n === undefined) throw new Error(`--max-size: expected name:N, got ${part}`);
    maxSize[name] = n === 'none' ? null : int('max-size', n);
  }
  return {
    sizes: (values.get('sizes') ?? '10000').split(',').map((s) => int('sizes', s)),
    seed: int('seed', values.get('seed') ?? String(DEFAULT_WORKLOAD_SEED)),
    workers: int('workers', values.get('workers') ?? String(os.availableParallelism())),
    shardSize: int('shard-size', values.get('shard-size') ?? String(DEFAULT_SHARD_SIZE)),
    chunkSize: int('chunk-size', values.get('chunk-size') ?? String(DEFAULT_CHUNK_SIZE)),
    workerHeapMb: int('worker-heap-mb', values.get('worker-heap-mb') ?? String(DEFAULT_WORKER_HEAP_MB)),
    only: values.get('only')?.split(','),
    maxSize,
    slowMax: int('slow-max', values.get('slow-max') ?? String(SLOW_MAX_SIZE)),
    engine: values.get('engine'),
    edgeSize: int('edge-size', values.get('edge-size') ?? '2000'),
    keep: int('keep', values.get('keep') ?? String(DEFAULT_KEEP)),
    digest: flags.has('digest') ? true : flags.has('no-digest') ? false : undefined,
    storage: !flags.has('no-storage'),
    storageSize: int('storage-size', values.get('storage-size') ?? '10000'),
    storageBackends: (values.get('storage-backends') ?? 'sqlite,postgres').split(',').map((b) => {
      if (b !== 'sqlite' && b !== 'postgres') throw new Error(`--storage-backends: unknown backend ${b}`);
      return b;
    }),
    storageImpl: values.get('storage-impl') ?? 'kinerja-batch',
    write: !flags.has('no-write'),
  };
}
