import type { MemorySample, ShardResult } from './run-shard';
import type { ShardSpec } from './shard-plan';

/** A message from the main thread to a worker: run a shard, or exit. */
export type ToWorker = { readonly type: 'shard'; readonly spec: ShardSpec } | { readonly type: 'exit' };

/** A message from a worker: warmed up and ready, a shard's result (with the thread's memory figures), or a failure. */
export type FromWorker =
  | { readonly type: 'ready' }
  | {
      readonly type: 'result';
      readonly result: ShardResult;
      readonly memory: MemorySample | null;
      readonly heapPeak: number;
    }
  | { readonly type: 'error'; readonly message: string };
