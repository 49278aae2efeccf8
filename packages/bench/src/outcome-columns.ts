import { PREDIKATS, type Predikat, RATINGS, type Rating } from '@kinerja/core';

/** The code of an outcome that was not scored (the rules gave issues, or the input was unusable). */
export const NOT_SCORED = 255;

/**
 * The outcomes of a chunk of pegawai, one byte per pegawai and column: the ratings coded as their
 * index in `RATINGS` of `@kinerja/core` (0 = di bawah, 1 = sesuai, 2 = di atas), the predikat as
 * its index in `PREDIKATS` (0 = Sangat Baik … 4 = Sangat Kurang), {@link NOT_SCORED} when the
 * implementation could not score the pegawai. Every implementation writes into the same columns,
 * so outcomes compare byte by byte and cost nothing to tally or to send between threads.
 */
export interface OutcomeColumns {
  readonly ratingHasilKerja: Uint8Array;
  readonly ratingPerilakuKerja: Uint8Array;
  readonly predikat: Uint8Array;
}

/** The decoded outcome of one pegawai. */
export interface Outcome {
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly predikat: Predikat;
}

/**
 * Columns for `n` pegawai, every cell {@link NOT_SCORED}.
 *
 * @param n - the number of pegawai.
 * @returns fresh columns.
 */
export function newOutcomeColumns(n: number): OutcomeColumns {
  return {
    ratingHasilKerja: new Uint8Array(n).fill(NOT_SCORED),
    ratingPerilakuKerja: new Uint8Array(n).fill(NOT_SCORED),
    predikat: new Uint8Array(n).fill(NOT_SCORED),
  };
}

const RATING_CODE = new Map<Rating, number>(RATINGS.map((r, i) => [r, i]));
const PREDIKAT_CODE = new Map<Predikat, number>(PREDIKATS.map((p, i) => [p, i]));

/**
 * Writes one outcome at position `i`.
 *
 * @param out - the columns.
 * @param i - the pegawai's position in the chunk.
 * @param o - the outcome, or `null` to mark the pegawai {@link NOT_SCORED}.
 */
export function writeOutcome(out: OutcomeColumns, i: number, o: Outcome | null): void {
  if (o === null) {
    out.ratingHasilKerja[i] = NOT_SCORED;
    out.ratingPerilakuKerja[i] = NOT_SCORED;
    out.predikat[i] = NOT_SCORED;
    return;
  }
  out.ratingHasilKerja[i] = RATING_CODE.get(o.ratingHasilKerja)!;
  out.ratingPerilakuKerja[i] = RATING_CODE.get(o.ratingPerilakuKerja)!;
  out.predikat[i] = PREDIKAT_CODE.get(o.predikat)!;
}

/**
 * Reads the outcome at position `i`.
 *
 * @param out - the columns.
 * @param i - the pegawai's position in the chunk.
 * @returns the outcome, or `null` when the pegawai was not scored.
 */
export function readOutcome(out: OutcomeColumns, i: number): Outcome | null {
  const h = out.ratingHasilKerja[i]!;
  const p = out.ratingPerilakuKerja[i]!;
  const k = out.predikat[i]!;
  if (h === NOT_SCORED || p === NOT_SCORED || k === NOT_SCORED) return null;
  return { ratingHasilKerja: RATINGS[h]!, ratingPerilakuKerja: RATINGS[p]!, predikat: PREDIKATS[k]! };
}

/**
 * Whether two implementations gave the same outcome to the pegawai at position `i`.
 *
 * @param a - the columns of one implementation.
 * @param b - the columns of another, for the same chunk.
 * @param i - the position.
 * @returns `true` when all three codes are equal.
 */
export function sameOutcome(a: OutcomeColumns, b: OutcomeColumns, i: number): boolean {
  return (
    a.ratingHasilKerja[i] === b.ratingHasilKerja[i] &&
    a.ratingPerilakuKerja[i] === b.ratingPerilakuKerja[i] &&
    a.predikat[i] === b.predikat[i]
  );
}

/**
 * A short text of an outcome: `hasil / perilaku → predikat`, or `—` when not scored.
 *
 * @param o - the outcome.
 * @returns the text.
 */
export function formatOutcome(o: Outcome | null): string {
  return o === null ? '—' : `${o.ratingHasilKerja} / ${o.ratingPerilakuKerja} → ${o.predikat}`;
}
