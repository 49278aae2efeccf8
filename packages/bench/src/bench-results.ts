import type { Machine } from './machine';
import type { SizeResult } from './run-size';
import type { StorageResults } from './storage/bench-storage';
import type { WHAT_IF_OVERRIDE } from './what-if-pack';

/** Everything one `pnpm bench` run writes to `docs/performance/results-<date>.json`. */
export interface BenchResults {
  readonly date: string;
  readonly machine: Machine;
  /** The 1-minute load average before and after the run (other processes on the cores). */
  readonly loadAverage: { readonly before: number; readonly after: number };
  /** The arguments of the run. */
  readonly command: string;
  readonly seed: number;
  readonly implementations: readonly {
    readonly name: string;
    readonly description: string;
    readonly exact: boolean;
    readonly traced: boolean;
    readonly maxSize: number | null;
  }[];
  /** The override that makes pack B of the what-if. */
  readonly whatIfOverride: typeof WHAT_IF_OVERRIDE;
  readonly sizes: readonly SizeResult[];
  /** The rounding-edge workload, or `null` when skipped. */
  readonly edge: SizeResult | null;
  /** The storage measurements (see `src/storage/`), or `null` when skipped. */
  readonly storage: StorageResults | null;
}
