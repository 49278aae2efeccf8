import {
  type MemorySample,
  newThreadState,
  runShard,
  type ShardResult,
  type ShardRunOptions,
  warmUp,
} from './run-shard';
import type { ShardSpec } from './shard-plan';
import { spawnTsWorker } from './spawn-ts-worker';
import type { FromWorker } from './worker-protocol';

/** A shard's result with the thread that ran it (0 … threads − 1). */
export interface ThreadShardResult extends ShardResult {
  readonly thread: number;
}

/** One thread's figures. */
export interface ThreadStats {
  readonly thread: number;
  /** The highest V8 heap in use this thread saw between chunks. */
  readonly heapPeak: number;
  readonly memory: MemorySample | null;
}

/** The results of every shard and every thread. */
export interface ShardsRun {
  readonly threads: number;
  /** In shard order. */
  readonly results: readonly ThreadShardResult[];
  readonly threadStats: readonly ThreadStats[];
}

/**
 * Receives each shard's result as it arrives (on the main thread, while the workers go on) and
 * returns what to keep of it — e.g. the result without its tally's kurva units and its
 * disagreements once folded into the totals, so that the main thread's memory does not grow with
 * the nation.
 */
export type ConsumeShard = (result: ThreadShardResult) => ThreadShardResult;

/**
 * Runs the shards one after another in this thread (tests, `--workers=0`).
 *
 * @param shards - the plan.
 * @param options - what every shard runs.
 * @param consume - called with each result as it arrives; its answer is kept (default: all).
 * @returns the results (thread 0).
 */
export async function runShardsInProcess(
  shards: readonly ShardSpec[],
  options: ShardRunOptions,
  consume: ConsumeShard = (r) => r,
): Promise<ShardsRun> {
  await warmUp(options);
  const state = newThreadState();
  const results: ThreadShardResult[] = [];
  for (const spec of shards) results.push(consume({ ...(await runShard(spec, options, state)), thread: 0 }));
  return {
    threads: 1,
    results,
    threadStats: [{ thread: 0, heapPeak: state.heapPeak, memory: state.memory }],
  };
}

/**
 * Runs the shards on `threads` worker threads (at most one per shard): each worker warms up, then
 * takes the next shard whenever it is free, so the threads stay busy until the plan runs out.
 *
 * @param shards - the plan.
 * @param options - what every shard runs.
 * @param threads - the number of workers.
 * @param heapMb - each worker's old-generation heap limit in MiB (`undefined`: V8's default).
 * @param consume - called with each result as it arrives; its answer is kept (default: all).
 * @returns the results in shard order, and each thread's figures.
 * @throws Error when a worker fails (its stack in the message).
 */
export async function runShardsOnWorkers(
  shards: readonly ShardSpec[],
  options: ShardRunOptions,
  threads: number,
  heapMb?: number,
  consume: ConsumeShard = (r) => r,
): Promise<ShardsRun> {
  const n = Math.max(1, Math.min(threads, shards.length));
  const queue = [...shards];
  const results: ThreadShardResult[] = [];
  const stats: ThreadStats[] = [];
  await Promise.all(
    Array.from(
      { length: n },
      (_, thread) =>
        new Promise<void>((resolve, reject) => {
          const worker = spawnTsWorker(new URL('./worker.ts', import.meta.url), { options }, heapMb);
          let last: Extract<FromWorker, { type: 'result' }> | null = null;
          const next = (): void => {
            const spec = queue.shift();
            if (spec !== undefined) {
              worker.postMessage({ type: 'shard', spec });
              return;
            }
            stats.push({ thread, heapPeak: last?.heapPeak ?? 0, memory: last?.memory ?? null });
            worker.postMessage({ type: 'exit' });
          };
          worker.on('message', (m: FromWorker) => {
            if (m.type === 'ready') next();
            else if (m.type === 'result') {
              results.push(consume({ ...m.result, thread }));
              last = m;
              next();
            } else {
              reject(new Error(`worker ${thread}: ${m.message}`));
              void worker.terminate();
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            code === 0 ? resolve() : reject(new Error(`worker ${thread} exited with ${code}`)),
          );
        }),
    ),
  );
  results.sort((a, b) => a.index - b.index);
  stats.sort((a, b) => a.thread - b.thread);
  return { threads: n, results, threadStats: stats };
}
