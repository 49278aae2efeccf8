import type { Decimal } from '../decimal/decimal';
import type { RoundingMode } from '../decimal/rounding';
import { PREDIKAT_ORGANISASIS, PREDIKATS, RATINGS, type Rating } from '../model/predikat';
import { RATING_ORDINAL, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { aggregateKernel } from '../scoring/aggregate-ratings';
import { saranOfCounts } from '../scoring/saran-rating-hasil-kerja';
import { MAX_ROUNDING_SCALE, UNITS_PER_PERCENT } from './capaian-units';

/** The longest sequence of periodic ratings the aggregate table holds (the most windows a year has). */
export const MAX_PERIODS = 12;
/** 3^(MAX_PERIODS + 1): codes of rating sequences are base-3 numbers with a leading 1. */
const CODE_SPACE = 3 ** (MAX_PERIODS + 1);
/** The suggestion is memoised for SKPs of fewer RHK: each count then fits in a byte of the memo key. */
const SARAN_MEMO_RHK = 256;

/**
 * @internal A rule pack compiled for the batch kernel: thresholds and bounds in units, the matrix
 * and the leader mapping as ordinals, and memo tables whose every entry is computed by the decimal
 * kernel itself (`aggregateKernel`, `saranOfCounts`), so a table lookup gives, by
 * construction, the decimal kernel's answer.
 */
export interface BatchTables {
  /** False when a threshold, bound or the rounding scale cannot be decided in units: every pegawai falls back. */
  readonly supported: boolean;
  readonly diAtas: number;
  readonly sesuai: number;
  /** The capaian floor in units, or NaN for none. */
  readonly floor: number;
  /** The capaian ceiling in units, or NaN for none. */
  readonly ceiling: number;
  readonly compareRounded: boolean;
  /** The rounding step of `rounding.capaian` in units. */
  readonly step: number;
  readonly mode: RoundingMode;
  /** `MEAN_CAPAIAN` (true) or `LOWEST_RATING`. */
  readonly meanCapaian: boolean;
  /** matrix[hasil × 3 + perilaku] → index in PREDIKATS; ordinals as RATINGS (0 di bawah). */
  readonly matrix: Uint8Array;
  /** Per index of PREDIKAT_ORGANISASIS, the leader's rating ordinal. */
  readonly pimpinan: Uint8Array;
  /** The annual rating of a coded sequence of periodic ratings (see {@link ratingSequenceCode}). */
  aggregate(code: number): number;
  /** The suggested rating hasil kerja (ordinal) from RHK rating counts. */
  saran(n: number, diAtas: number, diBawah: number, utama: number, utamaDiBawah: number): number;
}

const TABLES = new WeakMap<RulePack62022, BatchTables>();

/** A decimal as a whole number of units, or NaN when it has more than six decimals or is too large. */
function toUnits(d: Decimal | null): number {
  if (d === null) return Number.NaN;
  const u = d.times(UNITS_PER_PERCENT);
  return u.isInteger() && u.abs().lt(1e15) ? u.toNumber() : Number.NaN;
}

/**
 * Encodes a sequence of rating ordinals (0 di bawah … 2 di atas), in period order, as a base-3
 * number with a leading 1; 0 is the empty sequence.
 *
 * @param code - the code so far (0 to start).
 * @param ordinal - the next rating's ordinal.
 * @returns the extended code.
 */
export function ratingSequenceCode(code: number, ordinal: number): number {
  return (code === 0 ? 1 : code) * 3 + ordinal;
}

function decode(code: number): Rating[] {
  const out: Rating[] = [];
  for (let c = code; c > 1; c = Math.floor(c / 3)) out.push(RATINGS[c % 3]!);
  return out.reverse();
}

/**
 * The batch tables of a pack, compiled once per pack object.
 *
 * @param pack - a 6/2022 rule pack.
 * @returns its tables.
 */
export function batchTables(pack: RulePack62022): BatchTables {
  const cached = TABLES.get(pack);
  if (cached !== undefined) return cached;
  const c = pack.compiled;
  const def = pack.definition;
  const rounding = def.rounding.capaian;
  const diAtas = toUnits(c.diAtas);
  const sesuai = toUnits(c.sesuai);
  const floor = toUnits(c.capaianFloor);
  const ceiling = toUnits(c.capaianCeiling);
  const supported =
    Number.isFinite(diAtas) &&
    Number.isFinite(sesuai) &&
    (c.capaianFloor === null || Number.isFinite(floor)) &&
    (c.capaianCeiling === null || Number.isFinite(ceiling)) &&
    rounding.scale <= MAX_ROUNDING_SCALE;

  const matrix = new Uint8Array(9);
  for (let i = 0; i < 9; i++) matrix[i] = PREDIKATS.indexOf(c.matrix[i]!);
  const pimpinan = new Uint8Array(PREDIKAT_ORGANISASIS.length);
  PREDIKAT_ORGANISASIS.forEach((po, i) => {
    pimpinan[i] = RATING_ORDINAL[def.ratingPimpinanUnit[po]];
  });

  const aggregates = new Int8Array(CODE_SPACE).fill(-1);
  const saranMemo = new Map<number, number>();
  const suggest = (n: number, atas: number, bawah: number, utama: number, utamaBawah: number): number => {
    const counts = {
      rhk: n,
      diAtas: atas,
      sesuai: n - atas - bawah,
      diBawah: bawah,
      utama,
      utamaDiBawah: utamaBawah,
    };
    return RATING_ORDINAL[saranOfCounts(counts, pack).rating];
  };
  const tables: BatchTables = {
    supported,
    diAtas,
    sesuai,
    floor,
    ceiling,
    compareRounded: def.kuantitatif.compareRounded,
    step: UNITS_PER_PERCENT / 10 ** rounding.scale,
    mode: rounding.mode,
    meanCapaian: def.kuantitatif.indikatorAggregation === 'MEAN_CAPAIAN',
    matrix,
    pimpinan,
    aggregate(code) {
      let r = aggregates[code]!;
      if (r < 0) {
        r = RATING_ORDINAL[aggregateKernel(decode(code), pack, 'hasil_kerja').rating];
        aggregates[code] = r;
      }
      return r;
    },
    saran(n, atas, bawah, utama, utamaBawah) {
      // Every count is at most n: below B the key packs them, base B, without collision.
      const B = SARAN_MEMO_RHK;
      if (n >= B) return suggest(n, atas, bawah, utama, utamaBawah);
      const key = (((n * B + atas) * B + bawah) * B + utama) * B + utamaBawah;
      let r = saranMemo.get(key);
      if (r === undefined) {
        r = suggest(n, atas, bawah, utama, utamaBawah);
        saranMemo.set(key, r);
      }
      return r;
    },
  };
  TABLES.set(pack, tables);
  return tables;
}
