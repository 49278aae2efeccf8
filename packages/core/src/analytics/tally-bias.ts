import { KinerjaError } from '../errors/kinerja-error';
import type { Rating } from '../model/predikat';
import { RATING_ORDINAL } from '../rules/permenpanrb-6-2022/pack';
import type { HasilPegawai } from './evaluate-dataset';

/**
 * @internal Where each count sits in the 19 counts of one group of a {@link TallyBias}: the rating
 * perilaku kerja of every row (3, in `RATINGS` order); the rating hasil kerja (3) and the predikat
 * (5, in `PREDIKATS` order) of the rows that are not unit leaders; the same two of the unit
 * leaders, kept apart so that `includePimpinanUnit` can be decided when the tally is summarised.
 *
 * @example
 * ```ts
 * tally.instansi[TALLY_BIAS_SLOT.predikat + PREDIKATS.indexOf('BAIK')]; // non-leaders rated Baik
 * ```
 */
export const TALLY_BIAS_SLOT = {
  ratingPerilakuKerja: 0,
  ratingHasilKerja: 3,
  predikat: 6,
  pimpinanRatingHasilKerja: 11,
  pimpinanPredikat: 14,
  /** The number of counts per group. */
  width: 19,
} as const;

const W = TALLY_BIAS_SLOT.width;

/**
 * Index of a rating in `RATINGS` order (DI_BAWAH, SESUAI, DI_ATAS): its {@link RATING_ORDINAL},
 * or -1 when not a rating (`'toString'` reads an inherited function, `undefined` nothing: no number).
 */
function ratingSlot(r: unknown): number {
  const ordinal: unknown = RATING_ORDINAL[r as Rating];
  return typeof ordinal === 'number' ? ordinal : -1;
}

/** Index of a predikat in `PREDIKATS` order (SANGAT_BAIK … SANGAT_KURANG). */
function predikatSlot(p: unknown): number {
  switch (p) {
    case 'SANGAT_BAIK':
      return 0;
    case 'BAIK':
      return 1;
    case 'BUTUH_PERBAIKAN':
      return 2;
    case 'KURANG':
      return 3;
    case 'SANGAT_KURANG':
      return 4;
    default:
      return -1;
  }
}

/**
 * One row counted by {@link addToTallyBias}: the part of a {@link HasilPegawai} the rater-bias
 * statistics need (who rated, which kurva unit, whether a unit leader, the two final ratings and
 * the predikat).
 *
 * @example
 * ```ts
 * const row: TallyBiasRow = {
 *   pejabatPenilaiId: 'p-lurah', kurvaUnitId: 'kel-sago', pimpinanUnit: false,
 *   ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI', predikat: 'BAIK',
 * };
 * ```
 */
export type TallyBiasRow = Pick<
  HasilPegawai,
  | 'pejabatPenilaiId'
  | 'kurvaUnitId'
  | 'pimpinanUnit'
  | 'ratingHasilKerja'
  | 'ratingPerilakuKerja'
  | 'predikat'
>;

/**
 * The counts the rater-bias statistics rest on, for a stream of annual results: everything
 * `raterBiasFromTally` needs, and nothing more, so that a national dataset can be counted in
 * chunks or on several worker threads and the tallies merged ({@link mergeTallyBias}).
 *
 * Plain data of numbers, arrays and `Map`s, so a tally crosses `postMessage` (structured clone)
 * as is; compact on purpose (about 0.3 kB per pejabat penilai). Each group — the agency, a kurva
 * unit, a pejabat penilai — has 19 counts: the rating perilaku kerja of every row (3, in `RATINGS`
 * order: Di Bawah, Sesuai, Di Atas Ekspektasi), then the rating hasil kerja (3) and the predikat
 * (5, in `PREDIKATS` order: Sangat Baik … Sangat Kurang) of the rows that are not unit leaders,
 * then the same two of the unit leaders, kept apart so the option `includePimpinanUnit` applies
 * when the tally is summarised: one tally serves both readings. Build it with
 * {@link newTallyBias} and {@link addToTallyBias}; read it with `raterBiasFromTally`. The fields
 * are documented for debugging; treat them as opaque.
 *
 * @example
 * ```ts
 * const tally = newTallyBias();
 * for (const h of evaluasi.hasil) addToTallyBias(tally, h);
 * worker.postMessage(tally); // structured clone
 * ```
 */
export interface TallyBias {
  /** The 19 counts of the whole agency. */
  readonly instansi: number[];
  /** The slot of each kurva unit, by id (slots 0, 1, … in the order first counted). */
  readonly kurvaUnit: Map<string, number>;
  /** The 19 counts of each kurva unit, by slot. */
  readonly kurvaUnitCounts: number[][];
  /**
   * Per pejabat penilai id: the 19 counts, then pairs (kurva unit slot, number of the rater's
   * rows in that unit), which decide the rater's kurva unit.
   */
  readonly penilai: Map<string, number[]>;
}

/** 19 zeros, packed (a literal, so copies are packed arrays of small integers). */
const ZEROS: readonly number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/** 19 zeros and one (kurva unit, count) pair: a new rater with a unit, at its exact size. */
const ZEROS_AND_PAIR: readonly number[] = [...ZEROS, 0, 0];
const zeros = (): number[] => ZEROS.slice();

/**
 * An empty tally.
 *
 * @returns a tally with no rows.
 * @example
 * ```ts
 * const tally = newTallyBias();
 * tally.penilai.size; // 0
 * ```
 */
export function newTallyBias(): TallyBias {
  return { instansi: zeros(), kurvaUnit: new Map(), kurvaUnitCounts: [], penilai: new Map() };
}

function invalid(message: string): KinerjaError {
  return new KinerjaError('tally_bias_invalid', message);
}

/** The slot of a kurva unit in `t`, created (with zero counts) when new. */
function unitSlot(t: TallyBias, id: string): number {
  let slot = t.kurvaUnit.get(id);
  if (slot === undefined) {
    slot = t.kurvaUnitCounts.length;
    t.kurvaUnit.set(id, slot);
    t.kurvaUnitCounts.push(zeros());
  }
  return slot;
}

/** Adds `count` rows in the unit `slot` to the pairs of a rater's entry. */
function addUnit(entry: number[], slot: number, count: number): void {
  for (let i = W; i < entry.length; i += 2) {
    if (entry[i] === slot) {
      entry[i + 1]! += count;
      return;
    }
  }
  entry.push(slot, count);
}

/**
 * Counts one annual result into a tally (mutating it): in the agency, in its kurva unit (when
 * not `null`) and for its pejabat penilai (when not `null`), as `raterBias` pools them.
 *
 * @param tally - the tally to add to; changed in place.
 * @param row - one scored SKP (a {@link HasilPegawai} will do).
 * @throws {@link KinerjaError} `tally_bias_invalid` when a rating or predikat is not one, or an
 *   id is neither a string nor `null` (a bug in the caller: rows come from the scoring).
 * @example
 * ```ts
 * const tally = newTallyBias();
 * addToTallyBias(tally, {
 *   pejabatPenilaiId: 'p-camat', kurvaUnitId: 'kec-senapelan', pimpinanUnit: false,
 *   ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI', predikat: 'SANGAT_BAIK',
 * });
 * tally.penilai.get('p-camat')?.slice(0, 3); // [0, 1, 0]: one rating perilaku kerja, Sesuai Ekspektasi
 * ```
 */
export function addToTallyBias(tally: TallyBias, row: TallyBiasRow): void {
  const pk = ratingSlot(row.ratingPerilakuKerja);
  const hk = ratingSlot(row.ratingHasilKerja);
  const pr = predikatSlot(row.predikat);
  const rater = row.pejabatPenilaiId;
  const unit = row.kurvaUnitId;
  if (
    pk < 0 ||
    hk < 0 ||
    pr < 0 ||
    (rater !== null && typeof rater !== 'string') ||
    (unit !== null && typeof unit !== 'string')
  ) {
    throw invalid(
      `addToTallyBias: not a scored row: ${JSON.stringify([rater, unit, row.ratingHasilKerja, row.ratingPerilakuKerja, row.predikat])}`,
    );
  }
  const leader = row.pimpinanUnit === true;
  const h = (leader ? TALLY_BIAS_SLOT.pimpinanRatingHasilKerja : TALLY_BIAS_SLOT.ratingHasilKerja) + hk;
  const p = (leader ? TALLY_BIAS_SLOT.pimpinanPredikat : TALLY_BIAS_SLOT.predikat) + pr;
  const a = tally.instansi;
  a[pk]!++;
  a[h]!++;
  a[p]!++;
  let slot = -1;
  if (unit !== null) {
    slot = unitSlot(tally, unit);
    const u = tally.kurvaUnitCounts[slot]!;
    u[pk]!++;
    u[h]!++;
    u[p]!++;
  }
  if (rater !== null) {
    let r = tally.penilai.get(rater);
    if (r === undefined) {
      if (slot < 0) r = zeros();
      else {
        r = ZEROS_AND_PAIR.slice();
        r[W] = slot;
      }
      tally.penilai.set(rater, r);
    }
    r[pk]!++;
    r[h]!++;
    r[p]!++;
    if (slot >= 0) addUnit(r, slot, 1);
  }
}

/**
 * Merges one tally into another: afterwards `target` counts the rows of both, exactly as if all
 * had been added to it one by one, in any order (merging is associative and commutative in
 * effect: the statistics of `raterBiasFromTally` are the same for any split and any order of
 * merges). `target` is changed in place and returned; `source` is left as it was and shares
 * nothing with `target`.
 *
 * @param target - the tally added to; changed in place.
 * @param source - the tally added; unchanged (may be `target` itself: the counts double).
 * @returns `target`.
 * @throws {@link KinerjaError} `tally_bias_invalid` when `source` is not a well-formed tally
 *   (checked before anything is added, so `target` is then unchanged).
 * @example
 * ```ts
 * // Tallies counted on worker threads, merged on the main thread:
 * const total = parts.reduce((acc, part) => mergeTallyBias(acc, part), newTallyBias());
 * ```
 */
export function mergeTallyBias(target: TallyBias, source: TallyBias): TallyBias {
  assertTallyBias(source);
  const from = source === target ? copyTallyBias(source) : source;
  addCounts(target.instansi, from.instansi);
  const slots: number[] = new Array<number>(from.kurvaUnitCounts.length);
  for (const [id, s] of from.kurvaUnit) {
    const t = unitSlot(target, id);
    slots[s] = t;
    addCounts(target.kurvaUnitCounts[t]!, from.kurvaUnitCounts[s]!);
  }
  for (const [id, r] of from.penilai) {
    const e = target.penilai.get(id);
    if (e === undefined) {
      // A copy at its exact size, with the slots renumbered.
      const copy = r.slice();
      for (let i = W; i < copy.length; i += 2) copy[i] = slots[copy[i]!]!;
      target.penilai.set(id, copy);
      continue;
    }
    addCounts(e, r);
    for (let i = W; i < r.length; i += 2) addUnit(e, slots[r[i]!]!, r[i + 1]!);
  }
  return target;
}

/** Adds the first 19 counts of `from` to `into`. */
function addCounts(into: number[], from: readonly number[]): void {
  for (let i = 0; i < W; i++) into[i]! += from[i]!;
}

function copyTallyBias(t: TallyBias): TallyBias {
  return {
    instansi: t.instansi.slice(),
    kurvaUnit: new Map(t.kurvaUnit),
    kurvaUnitCounts: t.kurvaUnitCounts.map((c) => c.slice()),
    penilai: new Map([...t.penilai].map(([id, r]) => [id, r.slice()])),
  };
}

const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

function assertCounts(c: unknown, where: string): void {
  if (!Array.isArray(c) || c.length < W) throw invalid(`${where}: expected ${W} counts`);
  for (let i = 0; i < W; i++) if (!isCount(c[i])) throw invalid(`${where}: count ${i} is not a count`);
}

/**
 * @internal Throws unless `t` has the shape of a {@link TallyBias}: 19 non-negative safe integer
 * counts per group, kurva unit slots `0 … k−1` each used once, rater pairs naming known slots,
 * each at most once.
 * Cheap next to summarising; guards against a tally mangled on its way between threads.
 *
 * @param t - anything.
 * @throws {@link KinerjaError} `tally_bias_invalid`.
 * @example
 * ```ts
 * assertTallyBias(newTallyBias());
 * ```
 */
export function assertTallyBias(t: unknown): asserts t is TallyBias {
  const x = t as Partial<TallyBias> | null;
  if (
    typeof x !== 'object' ||
    x === null ||
    !(x.kurvaUnit instanceof Map) ||
    !(x.penilai instanceof Map) ||
    !Array.isArray(x.kurvaUnitCounts)
  ) {
    throw invalid('not a TallyBias (make one with newTallyBias)');
  }
  assertCounts(x.instansi, 'instansi');
  if (x.instansi!.length !== W) throw invalid(`instansi: expected ${W} counts`);
  const k = x.kurvaUnitCounts.length;
  if (x.kurvaUnit.size !== k) throw invalid('kurvaUnit and kurvaUnitCounts differ in size');
  const seen = new Array<boolean>(k).fill(false);
  for (const [id, s] of x.kurvaUnit) {
    if (typeof id !== 'string' || !Number.isInteger(s) || s < 0 || s >= k || seen[s]) {
      throw invalid(`kurvaUnit ${String(id)}: bad slot ${String(s)}`);
    }
    seen[s] = true;
    const c = x.kurvaUnitCounts[s];
    assertCounts(c, `kurvaUnit ${id}`);
    if (c!.length !== W) throw invalid(`kurvaUnit ${id}: expected ${W} counts`);
  }
  for (const [id, r] of x.penilai) {
    if (typeof id !== 'string') throw invalid('penilai: an id is not a string');
    assertCounts(r, `penilai ${id}`);
    if ((r.length - W) % 2 !== 0) throw invalid(`penilai ${id}: odd kurva unit pairs`);
    for (let i = W; i < r.length; i += 2) {
      const s = r[i];
      if (!Number.isInteger(s) || s! < 0 || s! >= k || !isCount(r[i + 1])) {
        throw invalid(`penilai ${id}: bad kurva unit pair at ${i}`);
      }
      for (let j = W; j < i; j += 2)
        if (r[j] === s) throw invalid(`penilai ${id}: kurva unit slot ${s} twice`);
    }
  }
}
