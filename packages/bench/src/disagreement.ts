import { type Outcome, type OutcomeColumns, readOutcome, sameOutcome } from './outcome-columns';
import type { WorkItem } from './workload';

/** One pegawai on which an implementation and the exact reference disagree. */
export interface DisagreementSample {
  /** The shard's namespace (instansi id), or the workload's name. */
  readonly ns: string;
  readonly skpId: string;
  readonly pendekatan: string;
  /** The exact reference's outcome. */
  readonly reference: Outcome | null;
  /** The implementation's outcome. */
  readonly other: Outcome | null;
  /** The pegawai's input, to explain the disagreement with the values (dropped from the JSON). */
  readonly item?: WorkItem;
}

/** The disagreements of one implementation with the reference: their count and the first few. */
export interface Disagreements {
  count: number;
  readonly first: DisagreementSample[];
}

/**
 * An empty record.
 *
 * @returns no disagreements.
 */
export function newDisagreements(): Disagreements {
  return { count: 0, first: [] };
}

/**
 * Compares an implementation's outcomes with the reference's on one chunk, counting the pegawai
 * whose ratings or predikat differ and keeping the first `keep` with their input.
 *
 * @param into - the record, changed in place.
 * @param ns - the namespace of the chunk.
 * @param items - the chunk.
 * @param reference - the exact reference's outcomes.
 * @param other - the implementation's outcomes.
 * @param keep - how many samples to keep at most.
 */
export function collectDisagreements(
  into: Disagreements,
  ns: string,
  items: readonly WorkItem[],
  reference: OutcomeColumns,
  other: OutcomeColumns,
  keep: number,
): void {
  for (let i = 0; i < items.length; i++) {
    if (sameOutcome(reference, other, i)) continue;
    into.count++;
    if (into.first.length < keep) {
      const item = items[i]!;
      into.first.push({
        ns,
        skpId: item.skp.id,
        pendekatan: item.skp.pendekatan,
        reference: readOutcome(reference, i),
        other: readOutcome(other, i),
        item,
      });
    }
  }
}

/**
 * Merges `from` into `into`, keeping the first `keep` samples (in merge order).
 *
 * @param into - the record changed in place.
 * @param from - another record.
 * @param keep - how many samples to keep at most.
 */
export function mergeDisagreements(into: Disagreements, from: Disagreements, keep: number): void {
  into.count += from.count;
  for (const s of from.first) if (into.first.length < keep) into.first.push(s);
}
