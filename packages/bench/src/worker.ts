/**
 * The worker thread of the national driver: warms up, then runs the shards the main thread sends,
 * one at a time, and answers each with its result and the thread's memory figures.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { newThreadState, runShard, type ShardRunOptions, warmUp } from './run-shard';
import type { ShardSpec } from './shard-plan';
import type { FromWorker, ToWorker } from './worker-protocol';

const port = parentPort;
if (port === null) throw new Error('worker.ts must run in a worker thread');
const { options } = workerData as { options: ShardRunOptions };
const state = newThreadState();
const post = (m: FromWorker): void => port.postMessage(m);

await warmUp(options);
port.on('message', (m: ToWorker) => {
  if (m.type === 'exit') {
    port.close();
    return;
  }
  const spec: ShardSpec = m.spec;
  runShard(spec, options, state).then(
    (result) => post({ type: 'result', result, memory: state.memory, heapPeak: state.heapPeak }),
    (e: unknown) => post({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
post({ type: 'ready' });
