import { addToTallyBias, PREDIKATS, type PredikatOrganisasi, RATINGS, type TallyBias } from '@kinerja/core';
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
 * agencies whose generated ids repeat. The raters are counted apart, in a core `TallyBias` per
 * shard (see {@link addChunkToTally}), and judged on the shard's thread.
 */
export interface NationalTally {
  /** Per kurva unit (`instansi/unitId`). */
  readonly kurva: Map<string, KurvaCounts>;
  /** The 5 × 5 transition matrix of predikat, `transisi[a * 5 + b]`, for pegawai scored under both packs. */
  readonly transisi: number[];
  /**
   * Pegawai per predikat under A, those pack B cannot score included (the distribution under B is
   * the column sums of `transisi`).
   */
  readonly distribusiA: number[];
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
 * @example
 * ```ts
 * const tally = newNationalTally();
 * tally.scored; // 0
 * ```
 */
export function newNationalTally(): NationalTally {
  return {
    kurva: new Map(),
    transisi: new Array(25).fill(0),
    distribusiA: new Array(5).fill(0),
    scored: 0,
    notScored: 0,
    notScoredB: 0,
    tanpaKurvaUnit: 0,
  };
}

/**
 * Adds a scored chunk to a tally: registers the chunk's kurva units (every unit with a predikat
 * organisasi for the chunk's year, even one with nobody scored), counts each pegawai's predikat in
 * its kurva unit under A and B and the A → B transition, and its ratings under A under its pejabat
 * penilai in the rater tally (every pegawai scored under A counts toward the instansi; raters and
 * kurva units by their ids within the shard).
 *
 * @param tally - the tally, changed in place.
 * @param bias - the shard's rater tally (core `TallyBias`), changed in place.
 * @param ns - the shard's namespace (instansi id).
 * @param chunk - the chunk scored.
 * @param a - the outcomes under pack A.
 * @param b - the outcomes under pack B, or `null` when there is no what-if.
 * @example
 * ```ts
 * const tally = newNationalTally();
 * const bias = newTallyBias();
 * addChunkToTally(tally, bias, 'instansi-001', chunk, outcomesA, outcomesB);
 * ```
 */
export function addChunkToTally(
  tally: NationalTally,
  bias: TallyBias,
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
    if (pb !== NOT_SCORED) tally.transisi[pa * 5 + pb]!++;
    const unit = item.kurvaUnitId;
    if (unit === null) tally.tanpaKurvaUnit++;
    else {
      const k = units.get(unit) ?? tally.kurva.get(`${ns}/${unit}`);
      if (k !== undefined) {
        k.a[pa]!++;
        if (pb !== NOT_SCORED) k.b[pb]!++;
      }
    }
    addToTallyBias(bias, {
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
 * @example
 * ```ts
 * const national = newNationalTally();
 * for (const shard of shardTallies) mergeNationalTally(national, shard);
 * ```
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
  addInto(into.transisi, from.transisi);
  addInto(into.distribusiA, from.distribusiA);
  into.scored += from.scored;
  into.notScored += from.notScored;
  into.notScoredB += from.notScoredB;
  into.tanpaKurvaUnit += from.tanpaKurvaUnit;
  return into;
}
