import type { RulePack62022 } from '@kinerja/core';
import type { OutcomeColumns } from './outcome-columns';
import type { WorkItem } from './workload';

/**
 * One implementation of the annual evaluation under benchmark, measured in two phases on the same
 * data: `prepare` turns the workload's objects (decimal strings, the shape storage returns) into
 * the implementation's working form; `score` computes the ratings and predikat of every pegawai
 * under a rule pack into {@link OutcomeColumns}. The driver times both and reports them and their
 * sum.
 *
 * @typeParam P - the prepared (working) form.
 */
export interface BenchImpl<P> {
  /** A short name, used on the command line and in the report. */
  readonly name: string;
  /** One line: what the implementation is and how it works. */
  readonly description: string;
  /**
   * Turns the workload's items into the working form.
   *
   * @param items - one chunk of the workload.
   * @returns the prepared form of the chunk.
   */
  prepare(items: readonly WorkItem[]): P;
  /**
   * Scores every pegawai of a prepared chunk under `pack`.
   *
   * @param p - the prepared chunk.
   * @param out - columns of the chunk's length, to fill (a pegawai not scored stays 255).
   * @param pack - the rule pack (the what-if scores the same prepared data with a second pack).
   */
  score(p: P, out: OutcomeColumns, pack: RulePack62022): void | Promise<void>;
}

/**
 * An entry of the implementation registry: the implementation and what the driver must know of it.
 */
export interface ImplEntry {
  // biome-ignore lint/suspicious/noExplicitAny: the registry holds implementations of any prepared form.
  readonly impl: BenchImpl<any>;
  /** Exact decimal results (the reference of the float check and a candidate engine). */
  readonly exact: boolean;
  /** Builds the full traces while scoring (its time is the "score with trace" part of the work). */
  readonly traced: boolean;
  /** Run only at sizes up to this many pegawai (slow implementations); `null` = every size. */
  readonly maxSize: number | null;
}
