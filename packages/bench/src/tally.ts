import {
  addToTallyBias,
  mergeTallyBias,
  newTallyBias,
  PREDIKATS,
  type PredikatOrganisasi,
  RATINGS,
  type TallyBias,
} from '@kinerja/core';
import { NOT_SCORED, type OutcomeColumns } from './outcome-columns';
import type { WorkChunk } from './workload';

/** The counts of one kurva unit: its predikat organisasi and the pegawai per predikat under packs A and B. */
export interface KurvaCounts {
  readonly predikatOrganisasi: PredikatOrganisasi;
  /** Pegawai per predikat code (index in `PREDIKATS`) under pack A. */
  readonly a: number[];
  /** The same under pack B (the what-if). */
  readonly b: number[];
}

/**
 * What the national recomputation keeps of the pegawai once scored: counts only, mergeable by
 * addition, so that shards and threads combine into the same totals in any order. Keys are
 * namespaced by the shard's instansi (`instansi-007/kec-senapelan`), since shards are independent
 * agencies whose generated ids repeat.
 *
 * The rater tally is the core's `TallyBias` of the pegawai scored under pack A (every one counts
 * toward the instansi; raters and kurva units by their ids within the shard).
 */
export interface NationalTally {
  /** Per kurva unit (`instansi/unitId`). */
  readonly kurva: Map<string, KurvaCounts>;
  /** The rater-bias counts (core `TallyBias`), under pack A; replaced by an empty one once judged. */
  bias: TallyBias;
  /** The 5 × 5 transition matrix of predikat, `transisi[a * 5 + b]`, for pegawai scored under both packs. */
  readonly transisi: number[];
  /** Pegawai per predikat under A and under B. */
  readonly distribusiA: number[];
  readonly distribusiB: number[];
  /** Pegawai scored under A; not scored under A; not scored under B. */
  scored: number;
  notScored: number;
  notScoredB: number;
  /** Pegawai with no kurva unit. */
  tanpaKurvaUnit: number;
}

/**
 * An empty tally.
 *
 * @returns a tally with no counts.
 */
export function newNationalTally(): NationalTally {
  return {
    kurva: new Map(),
    bias: newTallyBias(),
    transisi: new Array(25).fill(0),
    distribusiA: new Array(5).fill(0),
    distribusiB: new Array(5).fill(0),
    scored: 0,
    notScored: 0,
    notScoredB: 0,
    tanpaKurvaUnit: 0,
  };
}

/**
 * Adds a scored chunk to a tally: registers the chunk's kurva units (every unit with a predikat
 * organisasi for the chunk's year, even one with nobody scored), counts each pegawai's predikat in
 * its kurva unit under A and B, its ratings under its pejabat penilai, and the A → B transition.
 *
 * @param tally - the tally, changed in place.
 * @param ns - the shard's namespace (instansi id).
 * @param chunk - the chunk scored.
 * @param a - the outcomes under pack A.
 * @param b - the outcomes under pack B, or `null` when there is no what-if.
 */
export function addChunkToTally(
  tally: NationalTally,
  ns: string,
  chunk: WorkChunk,
  a: OutcomeColumns,
  b: OutcomeColumns | null,
): void {
  // The chunk's kurva units, also by their id within the shard (no key built per pegawai).
  const units = new Map<string, KurvaCounts>();
  for (const c of chunk.capaianKinerjaOrganisasi) {
    if (c.tahun !== chunk.tahun) continue;
    const key = `${ns}/${c.unitKerjaId}`;
    let k = tally.kurva.get(key);
    if (k === undefined) {
      k = { predikatOrganisasi: c.predikat, a: [0, 0, 0, 0, 0], b: [0, 0, 0, 0, 0] };
      tally.kurva.set(key, k);
    }
    units.set(c.unitKerjaId, k);
  }
  const { items } = chunk;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const pa = a.predikat[i]!;
    const pb = b === null ? NOT_SCORED : b.predikat[i]!;
    if (b !== null && pb === NOT_SCORED) tally.notScoredB++;
    if (pa === NOT_SCORED) {
      tally.notScored++;
      continue;
    }
    tally.scored++;
    tally.distribusiA[pa]!++;
    if (pb !== NOT_SCORED) {
      tally.distribusiB[pb]!++;
      tally.transisi[pa * 5 + pb]!++;
    }
    const unit = item.kurvaUnitId;
    if (unit === null) tally.tanpaKurvaUnit++;
    else {
      const k = units.get(unit) ?? tally.kurva.get(`${ns}/${unit}`);
      if (k !== undefined) {
        k.a[pa]!++;
        if (pb !== NOT_SCORED) k.b[pb]!++;
      }
    }
    addToTallyBias(tally.bias, {
      pejabatPenilaiId: item.skp.pejabatPenilaiId,
      kurvaUnitId: item.kurvaUnitId,
      pimpinanUnit: item.skp.pimpinanUnit,
      ratingHasilKerja: RATINGS[a.ratingHasilKerja[i]!]!,
      ratingPerilakuKerja: RATINGS[a.ratingPerilakuKerja[i]!]!,
      predikat: PREDIKATS[pa]!,
    });
  }
}

function addInto(into: number[], from: readonly number[]): void {
  for (let i = 0; i < from.length; i++) into[i]! += from[i]!;
}

/**
 * Merges `from` into `into` (counts add; a kurva unit known to both keeps `into`'s predikat
 * organisasi).
 *
 * @param into - the tally changed in place.
 * @param from - a tally of other pegawai.
 * @returns `into`.
 */
export function mergeNationalTally(into: NationalTally, from: NationalTally): NationalTally {
  for (const [key, k] of from.kurva) {
    const mine = into.kurva.get(key);
    if (mine === undefined)
      into.kurva.set(key, { predikatOrganisasi: k.predikatOrganisasi, a: [...k.a], b: [...k.b] });
    else {
      addInto(mine.a, k.a);
      addInto(mine.b, k.b);
    }
  }
  mergeTallyBias(into.bias, from.bias);
  addInto(into.transisi, from.transisi);
  addInto(into.distribusiA, from.distribusiA);
  addInto(into.distribusiB, from.distribusiB);
  into.scored += from.scored;
  into.notScored += from.notScored;
  into.notScoredB += from.notScoredB;
  into.tanpaKurvaUnit += from.tanpaKurvaUnit;
  return into;
}
