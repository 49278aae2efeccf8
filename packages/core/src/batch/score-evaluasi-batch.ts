import { fail, type Result } from '../issues/result';
import { PREDIKATS } from '../model/predikat';
import { assertRulePack62022 } from '../rules/permenpanrb-6-2022/assert-rule-pack';
import { RATING_ORDINAL, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { type RulePackRef, rulePackRef } from '../rules/rule-pack-ref';
import type { HasilEvaluasi } from '../scoring/hasil-evaluasi';
import { scoreEvaluasi } from '../scoring/score-evaluasi';
import { type BatchTables, batchTables } from './batch-tables';
import { capaianUnits, floorDiv, HUNDRED_PERCENT, roundUnits, type UnitsValue } from './capaian-units';
import { type EvaluasiBatch, IKI, MODE } from './evaluasi-batch';

/** The code of "not scored" in the result columns. */
export const TIDAK_DINILAI = 255;

/** Which basis gave the suggested rating hasil kerja, in {@link JejakBatch.basis}. */
export const BASIS_SARAN = {
  NONE: 0,
  PREDIKAT_ORGANISASI: 1,
  RATING_RHK: 2,
  CAPAIAN: 3,
  PERIODIK: 4,
  /** Scored by the decimal kernel: read its trace with `hasil(i)`. */
  DECIMAL: 5,
} as const;

/**
 * The compact trace of a batch: the values every decision of the fast path rested on, in
 * columns. `hasil(i)` of the result rebuilds pegawai i's full narrative trace with the decimal
 * kernel; both agree (a property test holds them to it).
 *
 * @example
 * ```ts
 * const h = scoreEvaluasiBatch(batch, PERMENPANRB_6_2022, { trace: true });
 * h.trace?.basis[0]; // BASIS_SARAN.CAPAIAN for a KUANTITATIF SKP scored from its capaian
 * ```
 */
export interface JejakBatch {
  /** Per pegawai: the {@link BASIS_SARAN} of the suggested rating hasil kerja. */
  readonly basis: Uint8Array;
  /** Per pegawai: the suggested rating hasil kerja (RATINGS ordinal), 255 none. */
  readonly saranHasilKerja: Uint8Array;
  /** Per pegawai: the suggested rating perilaku kerja, 255 none. */
  readonly saranPerilakuKerja: Uint8Array;
  /** Per RHK slot (see the batch's `rhkStart`): the RHK's rating, 255 none. */
  readonly ratingRhk: Uint8Array;
  /** Per indikator slot: the capaian after floor and ceiling, in 10⁻⁶ percent (⌊v⌋), NaN none. */
  readonly capaian: Float64Array;
  /** Per indikator slot: 1 when the capaian is not a whole number of 10⁻⁶ percent. */
  readonly capaianInexact: Uint8Array;
  /** Per indikator slot: the capaian rounded per the pack, in 10⁻⁶ percent, NaN none. */
  readonly capaianDibulatkan: Float64Array;
  /** Per indikator slot: the indikator's rating, 255 none. */
  readonly ratingIndikator: Uint8Array;
}

/**
 * The annual evaluations of a batch: ratings and predikat in columns (RATINGS / PREDIKATS
 * indexes, {@link TIDAK_DINILAI} when the rules could not score), the compact trace when asked,
 * and each pegawai's full {@link HasilEvaluasi} on demand.
 *
 * @example
 * ```ts
 * const h = scoreEvaluasiBatch(batch, PERMENPANRB_6_2022);
 * PREDIKATS[h.predikat[0]!]; // 'BAIK'
 * ```
 */
export interface HasilEvaluasiBatch {
  readonly rulePack: RulePackRef;
  readonly size: number;
  /** Per pegawai: index in RATINGS (0 di bawah, 1 sesuai, 2 di atas), 255 not scored. */
  readonly ratingHasilKerja: Uint8Array;
  /** Per pegawai: index in RATINGS, 255 not scored. */
  readonly ratingPerilakuKerja: Uint8Array;
  /** Per pegawai: index in PREDIKATS, 255 not scored. */
  readonly predikat: Uint8Array;
  /** How many pegawai the decimal kernel scored (outside the fast path's exact range). */
  readonly fallback: number;
  /** The compact trace, when `trace: true`. */
  readonly trace: JejakBatch | null;
  /**
   * Pegawai i's full result with its narrative trace, or its issues — by the decimal kernel,
   * whose ratings and predikat are those of the columns.
   */
  hasil(i: number): Result<HasilEvaluasi>;
}

/**
 * Options of {@link scoreEvaluasiBatch}.
 *
 * @example
 * ```ts
 * const options: ScoreEvaluasiBatchOptions = { trace: true };
 * ```
 */
export interface ScoreEvaluasiBatchOptions {
  /** Record the compact trace ({@link JejakBatch}). Default false. */
  readonly trace?: boolean;
}

/** Returned by the capaian basis: no suggestion (the next basis applies). */
const INCOMPLETE = -1;
/** Returned by the capaian basis: leave this pegawai to the decimal kernel. */
const UNDECIDED = -2;
/** The product of inexact denominators above which a mean is left to the decimal kernel (decision 0022). */
const MAX_MEAN_DENOMINATORS = 1e22;

/** The rating ordinal of a capaian in units, (P, inexact), compared rounded or exact per the pack. */
function rateUnits(t: BatchTables, p: number, inexact: boolean): number {
  const v = t.compareRounded ? roundUnits(p, inexact, t.step, t.mode) : p;
  return v >= t.diAtas ? 2 : v >= t.sesuai ? 1 : 0;
}

/** The rating ordinal of a mean S / n, S = sum (exact) in units. */
function rateMean(t: BatchTables, sum: number, n: number): number {
  const p = floorDiv(sum, n);
  return rateUnits(t, p, sum - p * n !== 0);
}

/**
 * Scores a batch of annual evaluations under a rule pack: the same rules as `evaluateTahunan`,
 * on the batch's columns, with exact scaled-integer arithmetic in place of decimal objects
 * (decision 0022). Every decision — capaian rounding, thresholds, the mean of an RHK's capaian,
 * the suggestion from RHK shares, the aggregation of periodic ratings, the matrix — gives the
 * decimal kernel's answer: the arithmetic is exact in integers, the tables are filled by the
 * decimal kernel itself, and a pegawai the integers cannot decide (values outside their exact
 * range, or a mean of several non-terminating capaian too close to a threshold) is scored by the
 * decimal kernel (`fallback` counts them).
 *
 * $$\text{capaian} = \frac{R \times 100}{T} \text{ in } 10^{-6}\,\%\text{, held as } (\lfloor v \rfloor,\ v \ne \lfloor v \rfloor)$$
 *
 * @param batch - from {@link prepareEvaluasiBatch}.
 * @param pack - the 6/2022 rule pack.
 * @param options - `trace: true` records the compact trace.
 * @returns the ratings and predikat per pegawai, and `hasil(i)` for the full result.
 * @throws {@link RulePackError} when `pack` is not a 6/2022 rule pack made by `createRulePack`.
 * @example
 * ```ts
 * const batch = prepareEvaluasiBatch(inputs, { trusted: true });
 * const h = scoreEvaluasiBatch(batch, PERMENPANRB_6_2022);
 * const sangatBaik = h.predikat.filter((p) => PREDIKATS[p] === 'SANGAT_BAIK').length;
 * ```
 */
export function scoreEvaluasiBatch(
  batch: EvaluasiBatch,
  pack: RulePack62022,
  options: ScoreEvaluasiBatchOptions = {},
): HasilEvaluasiBatch {
  assertRulePack62022(pack, 'pack');
  const t = batchTables(pack);
  const n = batch.size;
  const ratingHasilKerja = new Uint8Array(n).fill(TIDAK_DINILAI);
  const ratingPerilakuKerja = new Uint8Array(n).fill(TIDAK_DINILAI);
  const predikat = new Uint8Array(n).fill(TIDAK_DINILAI);
  const nRhk = batch.rhkStart[n]!;
  const nIki = batch.ikiStart[nRhk]!;
  const trace: JejakBatch | null = options.trace
    ? {
        basis: new Uint8Array(n),
        saranHasilKerja: new Uint8Array(n).fill(TIDAK_DINILAI),
        saranPerilakuKerja: new Uint8Array(n).fill(TIDAK_DINILAI),
        ratingRhk: new Uint8Array(nRhk).fill(TIDAK_DINILAI),
        capaian: new Float64Array(nIki).fill(Number.NaN),
        capaianInexact: new Uint8Array(nIki),
        capaianDibulatkan: new Float64Array(nIki).fill(Number.NaN),
        ratingIndikator: new Uint8Array(nIki).fill(TIDAK_DINILAI),
      }
    : null;

  const { mode, rhkStart, rhkUtama, rhkGiven, ikiStart, ikiKind, ikiMinimalisasi, ikiRentang } = batch;
  const { tMin, tMax, rSum, rDiv, periodikHasil, periodikPerilaku, givenHasil, givenPerilaku } = batch;
  const value: UnitsValue = { p: 0, inexact: false };
  const fallbacks: number[] = [];
  // Each RHK's rating (the trace's column when tracing), read by the suggestion.
  const ratingRhk = trace?.ratingRhk ?? new Uint8Array(nRhk);

  /** The suggestion from the ratings of RHK slots r0 … r1 − 1 (counts → the decimal kernel's table). */
  const saranOf = (r0: number, r1: number): number => {
    let atas = 0;
    let bawah = 0;
    let utama = 0;
    let utamaBawah = 0;
    for (let r = r0; r < r1; r++) {
      const rating = ratingRhk[r]!;
      const isUtama = rhkUtama[r] === 1;
      if (isUtama) utama++;
      if (rating === 2) atas++;
      else if (rating === 0) {
        bawah++;
        if (isUtama) utamaBawah++;
      }
    }
    return t.saran(r1 - r0, atas, bawah, utama, utamaBawah);
  };

  /** The capaian basis of pegawai i: a rating ordinal, INCOMPLETE or UNDECIDED. */
  const fromCapaian = (i: number): number => {
    let complete = true;
    const r0 = rhkStart[i]!;
    const r1 = rhkStart[i + 1]!;
    for (let r = r0; r < r1; r++) {
      const k0 = ikiStart[r]!;
      const k1 = ikiStart[r + 1]!;
      let sum = 0;
      let inexactCount = 0;
      let denominators = 1;
      let lowest = 2;
      for (let k = k0; k < k1; k++) {
        const kind = ikiKind[k]!;
        if (kind === IKI.NARATIF) {
          complete = false;
          continue;
        }
        if (kind === IKI.MISSING) {
          lowest = 0;
          if (trace !== null) trace.ratingIndikator[k] = 0;
          continue;
        }
        const div = rDiv[k]!;
        const rs = rSum[k]!;
        let p: number;
        let inexact: boolean;
        if (ikiRentang[k] === 1 && tMin[k]! * div <= rs && rs <= tMax[k]! * div) {
          p = HUNDRED_PERCENT;
          inexact = false;
        } else {
          const target = ikiRentang[k] === 1 && rs > tMax[k]! * div ? tMax[k]! : tMin[k]!;
          if (target === 0) {
            complete = false;
            continue;
          }
          if (!capaianUnits(rs, div, target, ikiMinimalisasi[k] === 1, value)) return UNDECIDED;
          p = value.p;
          inexact = value.inexact;
          if (inexact) denominators *= div * target;
        }
        // The pack's floor and ceiling: v < F ⇔ p < F; v > C ⇔ p > C or (p = C and inexact).
        if (p < t.floor) {
          p = t.floor;
          inexact = false;
        } else if (p > t.ceiling || (p === t.ceiling && inexact)) {
          p = t.ceiling;
          inexact = false;
        }
        if (!t.meanCapaian || trace !== null) {
          const rating = rateUnits(t, p, inexact);
          if (rating < lowest) lowest = rating;
          if (trace !== null) {
            trace.capaian[k] = p;
            trace.capaianInexact[k] = inexact ? 1 : 0;
            trace.capaianDibulatkan[k] = roundUnits(p, inexact, t.step, t.mode);
            trace.ratingIndikator[k] = rating;
          }
        }
        sum += p;
        if (inexact) inexactCount++;
      }
      if (!complete) continue;
      let rating: number;
      if (!t.meanCapaian) rating = lowest;
      else {
        const count = k1 - k0;
        if (inexactCount === 0) rating = rateMean(t, sum, count);
        else {
          // S lies strictly between sum and sum + inexactCount: rate an inner point at each end.
          if (inexactCount > 1 && denominators > MAX_MEAN_DENOMINATORS) return UNDECIDED;
          const lo = rateMean(t, 2 * sum + 1, 2 * count);
          const hi = inexactCount === 1 ? lo : rateMean(t, 2 * (sum + inexactCount) - 1, 2 * count);
          if (lo !== hi) return UNDECIDED;
          rating = lo;
        }
      }
      ratingRhk[r] = rating;
    }
    if (!complete) return INCOMPLETE;
    return saranOf(r0, r1);
  };

  for (let i = 0; i < n; i++) {
    const m = mode[i]!;
    if (m & MODE.INVALID) continue;
    if (!t.supported || m & MODE.FALLBACK) {
      fallbacks.push(i);
      continue;
    }
    let hasil = -1;
    let saran = -1;
    let basis: number = BASIS_SARAN.NONE;
    let failed = false;
    if (m & MODE.PIMPINAN) {
      const po = batch.predikatOrganisasi[i]!;
      if (po < 0) failed = true;
      else {
        saran = hasil = t.pimpinan[po]!;
        basis = BASIS_SARAN.PREDIKAT_ORGANISASI;
      }
    } else {
      if (m & MODE.RATING_RHK) {
        // The penilai's rating of each RHK; an unrated RHK counts as di bawah.
        const r0 = rhkStart[i]!;
        const r1 = rhkStart[i + 1]!;
        for (let r = r0; r < r1; r++) ratingRhk[r] = Math.max(rhkGiven[r]!, 0);
        saran = saranOf(r0, r1);
        basis = BASIS_SARAN.RATING_RHK;
      } else if (m & MODE.CAPAIAN) {
        const s = fromCapaian(i);
        if (s === UNDECIDED) {
          fallbacks.push(i);
          continue;
        }
        if (s >= 0) {
          saran = s;
          basis = BASIS_SARAN.CAPAIAN;
        }
      }
      if (saran < 0 && periodikHasil[i] !== 0) {
        saran = t.aggregate(periodikHasil[i]!);
        basis = BASIS_SARAN.PERIODIK;
      }
      hasil = givenHasil[i]! >= 0 ? givenHasil[i]! : saran;
    }
    const saranPerilaku = periodikPerilaku[i] !== 0 ? t.aggregate(periodikPerilaku[i]!) : -1;
    const perilaku = givenPerilaku[i]! >= 0 ? givenPerilaku[i]! : saranPerilaku;
    if (trace !== null) {
      trace.basis[i] = basis;
      if (saran >= 0) trace.saranHasilKerja[i] = saran;
      if (saranPerilaku >= 0) trace.saranPerilakuKerja[i] = saranPerilaku;
    }
    if (failed || hasil < 0 || perilaku < 0) continue;
    ratingHasilKerja[i] = hasil;
    ratingPerilakuKerja[i] = perilaku;
    predikat[i] = t.matrix[hasil * 3 + perilaku]!;
  }

  const hasil = (i: number): Result<HasilEvaluasi> => {
    const issues = batch.invalid.get(i);
    if (issues !== undefined) return fail(issues);
    return scoreEvaluasi(batch.inputs[i]!, pack);
  };
  for (const i of fallbacks) {
    const r = hasil(i);
    if (trace !== null) trace.basis[i] = BASIS_SARAN.DECIMAL;
    if (!r.ok) continue;
    ratingHasilKerja[i] = RATING_ORDINAL[r.value.ratingHasilKerja];
    ratingPerilakuKerja[i] = RATING_ORDINAL[r.value.ratingPerilakuKerja];
    predikat[i] = PREDIKATS.indexOf(r.value.predikat);
  }
  return {
    rulePack: Object.freeze(rulePackRef(pack)),
    size: n,
    ratingHasilKerja,
    ratingPerilakuKerja,
    predikat,
    fallback: fallbacks.length,
    trace,
    hasil,
  };
}
