import { checkDistribusi, PREDIKATS, type Predikat, type RulePack62022 } from '@kinerja/core';
import type { NationalTally } from './tally';

/** The kurva check of every unit under packs A and B. */
export interface KurvaCheck {
  readonly units: number;
  readonly conformingA: number;
  readonly conformingB: number;
  /** Units that conform under A and not under B, and the other way round. */
  readonly becameNonConforming: number;
  readonly becameConforming: number;
  /** Units `checkDistribusi` answered with issues (a bug if not 0). */
  readonly failed: number;
  /** Checking every unit under A; under B (the what-if's part). */
  readonly msA: number;
  readonly msB: number;
}

function record(counts: readonly number[]): Record<Predikat, number> {
  const r = {} as Record<Predikat, number>;
  for (let i = 0; i < PREDIKATS.length; i++) r[PREDIKATS[i]!] = counts[i]!;
  return r;
}

/**
 * Runs `checkDistribusi` on every kurva unit of the tally: its predikat counts under pack A with
 * pack A, then under pack B with pack B, and counts the units whose conformance changed.
 *
 * @param tally - the merged tally.
 * @param packA - the rules before.
 * @param packB - the rules after.
 * @returns the counts and the time of each pass.
 */
export function checkKurva(tally: NationalTally, packA: RulePack62022, packB: RulePack62022): KurvaCheck {
  const units = [...tally.kurva.values()];
  const conformsA = new Uint8Array(units.length);
  let failed = 0;
  let t = performance.now();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const r = checkDistribusi({ predikatOrganisasi: u.predikatOrganisasi, distribusi: record(u.a) }, packA);
    if (!r.ok) failed++;
    else conformsA[i] = r.value.conforms ? 1 : 0;
  }
  const msA = performance.now() - t;
  let conformingA = 0;
  let conformingB = 0;
  let becameNonConforming = 0;
  let becameConforming = 0;
  t = performance.now();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const r = checkDistribusi({ predikatOrganisasi: u.predikatOrganisasi, distribusi: record(u.b) }, packB);
    if (!r.ok) {
      failed++;
      continue;
    }
    const a = conformsA[i] === 1;
    const b = r.value.conforms;
    if (a) conformingA++;
    if (b) conformingB++;
    if (a && !b) becameNonConforming++;
    if (!a && b) becameConforming++;
  }
  const msB = performance.now() - t;
  return {
    units: units.length,
    conformingA,
    conformingB,
    becameNonConforming,
    becameConforming,
    failed,
    msA,
    msB,
  };
}

/**
 * Adds the counts and times of `from` to `into` (kurva units never span shards, so the checks of
 * the shards add up to the check of the nation).
 *
 * @param into - the totals so far, or `null` for none.
 * @param from - one shard's check.
 * @returns the new totals.
 */
export function addKurvaCheck(into: KurvaCheck | null, from: KurvaCheck): KurvaCheck {
  if (into === null) return from;
  return {
    units: into.units + from.units,
    conformingA: into.conformingA + from.conformingA,
    conformingB: into.conformingB + from.conformingB,
    becameNonConforming: into.becameNonConforming + from.becameNonConforming,
    becameConforming: into.becameConforming + from.becameConforming,
    failed: into.failed + from.failed,
    msA: into.msA + from.msA,
    msB: into.msB + from.msB,
  };
}
