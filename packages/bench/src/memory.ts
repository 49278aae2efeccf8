import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Runs a full garbage collection (outside every timed section). */
export function forceGc(): void {
  gc();
}

/**
 * The bytes of V8 heap in use by this thread's isolate.
 *
 * @returns `heapUsed` of this thread.
 */
export function heapUsed(): number {
  return v8.getHeapStatistics().used_heap_size;
}

/**
 * The peak resident set size of the whole process so far (all threads), in bytes.
 *
 * @returns `process.resourceUsage().maxRSS` (KiB) × 1024.
 */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
