import { parseWith } from '../issues/from-zod';
import type { Issue } from '../issues/issue';
import type { Akumulasi } from '../model/indikator';
import { PREDIKAT_ORGANISASIS, type Rating } from '../model/predikat';
import { RATING_ORDINAL } from '../rules/permenpanrb-6-2022/pack';
import { type EvaluasiTahunanData, EvaluasiTahunanInputSchema } from '../scoring/evaluasi-input';
import { MAX_PERIODS, ratingSequenceCode } from './batch-tables';
import { MAX_SCALE, MAX_SCALED, POW10, parsed, parseScaled } from './scaled-integer';

/** Mode bits of one pegawai in an {@link EvaluasiBatch}. */
export const MODE = {
  /** A unit leader: the rating hasil kerja comes from the predikat organisasi. */
  PIMPINAN: 1,
  /** The pejabat penilai rated the RHK (`penilaian.ratingRhk`): they are the basis. */
  RATING_RHK: 2,
  /** A KUANTITATIF SKP with realisasi: capaian → RHK rating → suggestion. */
  CAPAIAN: 4,
  /** Left to the decimal kernel (values outside the fast path's exact range, or an unusual shape). */
  FALLBACK: 8,
  /** The input was not valid: the issues are in `invalid`. */
  INVALID: 16,
} as const;

/** Kinds of one indikator slot. */
export const IKI = {
  /** Numeric target with realisasi. */
  NUMERIC: 0,
  /** No realisasi: capaian null, rated di bawah. */
  MISSING: 1,
  /** Not numeric (NARATIF): the capaian basis is incomplete. */
  NARATIF: 2,
} as const;

/**
 * Annual evaluation inputs of many pegawai, parsed once into columns for
 * {@link scoreEvaluasiBatch}: numbers as scaled integers, ratings as ordinals (0 di bawah … 2 di
 * atas, as `RATINGS`), the periodic ratings as coded sequences. Independent of the rule pack, so
 * one batch can be scored under several packs (what-if). Made by {@link prepareEvaluasiBatch}.
 *
 * @example
 * ```ts
 * const batch = prepareEvaluasiBatch(inputs);
 * batch.size; // inputs.length
 * ```
 */
export interface EvaluasiBatch {
  /** The number of pegawai. */
  readonly size: number;
  /** The inputs, validated (the decimal kernel reads them for fallbacks and full traces). */
  readonly inputs: readonly EvaluasiTahunanData[];
  /** The issues of each invalid input, by index. */
  readonly invalid: ReadonlyMap<number, readonly Issue[]>;
  /** @internal Per pegawai: {@link MODE} bits. */
  readonly mode: Uint8Array;
  /** @internal Per pegawai: index in PREDIKAT_ORGANISASIS, −1 none. */
  readonly predikatOrganisasi: Int8Array;
  /** @internal Per pegawai: the penilai's ratings, −1 none. */
  readonly givenHasil: Int8Array;
  /** @internal */
  readonly givenPerilaku: Int8Array;
  /** @internal Per pegawai: coded sequences of the periodic ratings (0 none). */
  readonly periodikHasil: Int32Array;
  /** @internal */
  readonly periodikPerilaku: Int32Array;
  /** @internal Per pegawai: first RHK slot; `rhkStart[size]` = RHK count. */
  readonly rhkStart: Int32Array;
  /** @internal Per RHK: 1 utama. */
  readonly rhkUtama: Uint8Array;
  /** @internal Per RHK: the penilai's rating ordinal, −1 none. */
  readonly rhkGiven: Int8Array;
  /** @internal Per RHK: first indikator slot; `ikiStart[rhkCount]` = indikator count. */
  readonly ikiStart: Int32Array;
  /** @internal Per indikator: {@link IKI} kind. */
  readonly ikiKind: Uint8Array;
  /** @internal Per indikator: 1 MINIMALISASI. */
  readonly ikiMinimalisasi: Uint8Array;
  /** @internal Per indikator: 1 range target. */
  readonly ikiRentang: Uint8Array;
  /** @internal Per indikator, scaled to the indikator's common scale: target min, max, realisasi sum. */
  readonly tMin: Float64Array;
  /** @internal */
  readonly tMax: Float64Array;
  /** @internal */
  readonly rSum: Float64Array;
  /** @internal Per indikator: the realisasi divisor (windows for RATA_RATA, else 1). */
  readonly rDiv: Float64Array;
}

/**
 * Options of {@link prepareEvaluasiBatch}.
 *
 * @example
 * ```ts
 * const options: PrepareEvaluasiBatchOptions = { trusted: true };
 * ```
 */
export interface PrepareEvaluasiBatchOptions {
  /**
   * The inputs are already valid `EvaluasiTahunanData` (validated when they were stored): skip
   * the per-input zod validation, the costliest part of scoring one pegawai. Default false.
   */
  readonly trusted?: boolean;
}

const PO_INDEX = new Map(PREDIKAT_ORGANISASIS.map((p, i) => [p, i] as const));

/** Per-indikator accumulation while reading the realisasi rows. */
interface Acc {
  sum: number;
  scale: number;
  count: number;
  lastPeriode: number;
  last: number;
  lastScale: number;
  /** The scale the target was parsed at. */
  targetScale: number;
  /** The indikator's akumulasi, read when the rows are combined. */
  akumulasi: Akumulasi;
}

/** The per-indikator columns {@link finishIndikator} writes. */
type IkiColumns = Pick<EvaluasiBatch, 'ikiKind' | 'tMin' | 'tMax' | 'rSum' | 'rDiv'>;

/**
 * Parses annual evaluation inputs into the columns of an {@link EvaluasiBatch}: each target and
 * realisasi as a scaled integer, the annual realisasi combined by the indikator's `akumulasi`
 * (JUMLAH, RATA_RATA as a sum and a divisor, TERAKHIR), ratings as ordinals. A pegawai whose
 * numbers fall outside the exact fast path (more than six decimals, very large values, more than
 * twelve periodic evaluations) is marked for the decimal kernel; an invalid input (unless
 * `trusted`) keeps its issues.
 *
 * @param inputs - annual evaluation inputs (`EvaluasiTahunanInput`; validated unless `trusted`).
 * @param options - see {@link PrepareEvaluasiBatchOptions}.
 * @returns the batch.
 * @example
 * ```ts
 * const batch = prepareEvaluasiBatch(inputs, { trusted: true });
 * const hasil = scoreEvaluasiBatch(batch, PERMENPANRB_6_2022);
 * ```
 */
export function prepareEvaluasiBatch(
  inputs: readonly unknown[],
  options: PrepareEvaluasiBatchOptions = {},
): EvaluasiBatch {
  const size = inputs.length;
  const invalid = new Map<number, readonly Issue[]>();
  let data: EvaluasiTahunanData[];
  if (options.trusted === true) data = inputs as EvaluasiTahunanData[];
  else {
    data = new Array(size);
    for (let i = 0; i < size; i++) {
      const r = parseWith(EvaluasiTahunanInputSchema, inputs[i]);
      if (r.ok) data[i] = r.value;
      else {
        invalid.set(i, r.issues);
        data[i] = inputs[i] as EvaluasiTahunanData;
      }
    }
  }

  let rhkCount = 0;
  let ikiCount = 0;
  for (let i = 0; i < size; i++) {
    if (invalid.has(i)) continue;
    const rhks = data[i]!.skp.rencanaHasilKerja;
    rhkCount += rhks.length;
    for (const rhk of rhks) ikiCount += rhk.indikator.length;
  }

  const mode = new Uint8Array(size);
  const predikatOrganisasi = new Int8Array(size).fill(-1);
  const givenHasil = new Int8Array(size).fill(-1);
  const givenPerilaku = new Int8Array(size).fill(-1);
  const periodikHasil = new Int32Array(size);
  const periodikPerilaku = new Int32Array(size);
  const rhkStart = new Int32Array(size + 1);
  const rhkUtama = new Uint8Array(rhkCount);
  const rhkGiven = new Int8Array(rhkCount).fill(-1);
  const ikiStart = new Int32Array(rhkCount + 1);
  const ikiKind = new Uint8Array(ikiCount);
  const ikiMinimalisasi = new Uint8Array(ikiCount);
  const ikiRentang = new Uint8Array(ikiCount);
  const tMin = new Float64Array(ikiCount);
  const tMax = new Float64Array(ikiCount);
  const rSum = new Float64Array(ikiCount);
  const rDiv = new Float64Array(ikiCount);

  const columns: IkiColumns = { ikiKind, tMin, tMax, rSum, rDiv };
  const slotOf = new Map<string, number>();
  const acc: Acc[] = [];
  let rhkAt = 0;
  let ikiAt = 0;
  for (let i = 0; i < size; i++) {
    rhkStart[i] = rhkAt;
    if (invalid.has(i)) {
      mode[i] = MODE.INVALID;
      continue;
    }
    const d = data[i]!;
    const { skp, penilaian } = d;
    let m = 0;
    let fallback = false;
    if (skp.pimpinanUnit) m |= MODE.PIMPINAN;
    if (d.predikatOrganisasi !== undefined) predikatOrganisasi[i] = PO_INDEX.get(d.predikatOrganisasi)!;
    if (penilaian.ratingHasilKerja !== undefined) givenHasil[i] = RATING_ORDINAL[penilaian.ratingHasilKerja];
    if (penilaian.ratingPerilakuKerja !== undefined) {
      givenPerilaku[i] = RATING_ORDINAL[penilaian.ratingPerilakuKerja];
    }

    // Periodic ratings in period order (a stable sort, as the kernel's).
    const ev = d.evaluasiPeriodik;
    if (ev.length > MAX_PERIODS) fallback = true;
    else if (ev.length > 0) {
      let sorted = true;
      for (let k = 1; k < ev.length; k++) if (ev[k]!.periodeKe < ev[k - 1]!.periodeKe) sorted = false;
      const list = sorted ? ev : ev.slice().sort((a, b) => a.periodeKe - b.periodeKe);
      let h = 0;
      let p = 0;
      for (const e of list) {
        h = ratingSequenceCode(h, RATING_ORDINAL[e.ratingHasilKerja]);
        p = ratingSequenceCode(p, RATING_ORDINAL[e.ratingPerilakuKerja]);
      }
      periodikHasil[i] = h;
      periodikPerilaku[i] = p;
    }

    const rhks = skp.rencanaHasilKerja;
    const ratingRhk = penilaian.ratingRhk;
    const byRhk = ratingRhk !== undefined && ratingRhk.length > 0;
    if (byRhk) m |= MODE.RATING_RHK;
    let given: Map<string, Rating> | null = null;
    if (byRhk) {
      given = new Map();
      for (const r of ratingRhk!) given.set(r.rhkId, r.rating);
    }

    // Capaian basis: KUANTITATIF, not rated per RHK, not a leader, with any realisasi value.
    let capaian = false;
    if (!skp.pimpinanUnit && !byRhk && skp.pendekatan === 'KUANTITATIF') {
      for (const r of d.realisasi) {
        if (r.nilai !== undefined) {
          capaian = true;
          break;
        }
      }
    }
    if (capaian) m |= MODE.CAPAIAN;

    const firstIki = ikiAt;
    slotOf.clear();
    for (let j = 0; j < rhks.length; j++) {
      const rhk = rhks[j]!;
      rhkUtama[rhkAt] = rhk.jenis === 'UTAMA' ? 1 : 0;
      if (given !== null) {
        const g = given.get(rhk.id);
        if (g !== undefined) rhkGiven[rhkAt] = RATING_ORDINAL[g];
      }
      ikiStart[rhkAt] = ikiAt;
      if (rhk.indikator.length === 0) fallback = true;
      for (const iki of rhk.indikator) {
        if (capaian) {
          const t = iki.target;
          ikiMinimalisasi[ikiAt] = iki.polaritas === 'MINIMALISASI' ? 1 : 0;
          if (t.jenis === 'NARATIF') ikiKind[ikiAt] = IKI.NARATIF;
          else {
            ikiKind[ikiAt] = IKI.MISSING;
            slotOf.set(iki.id, ikiAt);
            let a = acc[ikiAt - firstIki];
            if (a === undefined) {
              a = newAcc();
              acc[ikiAt - firstIki] = a;
            } else resetAcc(a);
            a.akumulasi = iki.akumulasi;
            let scale: number;
            if (t.jenis === 'TUNGGAL') {
              scale = parseScaled(t.nilai);
              tMin[ikiAt] = tMax[ikiAt] = parsed.value;
              ikiRentang[ikiAt] = 0;
            } else {
              const s1 = parseScaled(t.min);
              const v1 = parsed.value;
              const s2 = parseScaled(t.max);
              scale = s1 < 0 || s2 < 0 ? -1 : Math.max(s1, s2);
              if (scale >= 0) {
                tMin[ikiAt] = v1 * POW10[scale - s1]!;
                tMax[ikiAt] = parsed.value * POW10[scale - s2]!;
              }
              ikiRentang[ikiAt] = 1;
            }
            if (scale < 0) fallback = true;
            else a.scale = a.targetScale = scale;
          }
        }
        ikiAt++;
      }
      rhkAt++;
    }

    if (capaian && !fallback) {
      // Combine each indikator's realisasi rows (any order) by akumulasi.
      for (const r of d.realisasi) {
        if (r.nilai === undefined) continue;
        const slot = slotOf.get(r.indikatorId);
        if (slot === undefined) continue;
        const a = acc[slot - firstIki]!;
        const s = parseScaled(r.nilai);
        if (s < 0) {
          fallback = true;
          break;
        }
        let v = parsed.value;
        if (s > a.scale) {
          a.sum *= POW10[s - a.scale]!;
          a.scale = s;
        } else v *= POW10[a.scale - s]!;
        a.sum += v;
        a.count++;
        if (r.periodeKe >= a.lastPeriode) {
          a.lastPeriode = r.periodeKe;
          a.last = parsed.value;
          a.lastScale = s;
        }
        if (a.sum > MAX_SCALED) {
          fallback = true;
          break;
        }
      }
      if (!fallback) fallback = !finishIndikator(acc, ikiAt - firstIki, firstIki, columns);
    }
    if (fallback) m |= MODE.FALLBACK;
    mode[i] = m;
  }
  rhkStart[size] = rhkAt;
  ikiStart[rhkAt] = ikiAt;
  return {
    size,
    inputs: data,
    invalid,
    mode,
    predikatOrganisasi,
    givenHasil,
    givenPerilaku,
    periodikHasil,
    periodikPerilaku,
    rhkStart,
    rhkUtama,
    rhkGiven,
    ikiStart,
    ikiKind,
    ikiMinimalisasi,
    ikiRentang,
    tMin,
    tMax,
    rSum,
    rDiv,
  };
}

/** Zeroes an accumulation (for a new indikator) and returns it. */
function resetAcc(a: Acc): Acc {
  a.sum = 0;
  a.scale = 0;
  a.count = 0;
  a.lastPeriode = 0;
  a.last = 0;
  a.lastScale = 0;
  a.targetScale = 0;
  a.akumulasi = 'JUMLAH';
  return a;
}

const newAcc = (): Acc => resetAcc({} as Acc);

/**
 * Brings target and annual realisasi of each numeric indikator of one pegawai to one scale.
 *
 * @param acc - the pegawai's accumulations, by indikator slot from `firstIki`.
 * @param count - the pegawai's indikator count.
 * @param firstIki - the pegawai's first indikator slot.
 * @param cols - the columns to write.
 * @returns false when a value leaves the exact range.
 */
function finishIndikator(acc: readonly Acc[], count: number, firstIki: number, cols: IkiColumns): boolean {
  const { ikiKind, tMin, tMax, rSum, rDiv } = cols;
  for (let j = 0; j < count; j++) {
    const slot = firstIki + j;
    if (ikiKind[slot] === IKI.NARATIF) continue;
    const a = acc[j]!;
    if (a.count === 0) continue;
    ikiKind[slot] = IKI.NUMERIC;
    let sum: number;
    let sumScale: number;
    let div = 1;
    if (a.akumulasi === 'TERAKHIR' || a.count === 1) {
      sum = a.last;
      sumScale = a.lastScale;
    } else {
      sum = a.sum;
      sumScale = a.scale;
      if (a.akumulasi === 'RATA_RATA') div = a.count;
    }
    // The sum is at `a.scale` (≥ the target's), the last value at its own scale.
    const targetScale = a.targetScale;
    const scale = Math.max(sumScale, targetScale);
    if (scale > MAX_SCALE) return false;
    sum *= POW10[scale - sumScale]!;
    const tf = POW10[scale - targetScale]!;
    tMin[slot] = tMin[slot]! * tf;
    tMax[slot] = tMax[slot]! * tf;
    if (sum > MAX_SCALED || tMax[slot]! > MAX_SCALED || tMin[slot]! > MAX_SCALED) return false;
    rSum[slot] = sum;
    rDiv[slot] = div;
  }
  return true;
}
