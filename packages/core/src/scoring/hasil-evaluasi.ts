import type { Predikat, Rating } from '../model/predikat';
import type { RatingRhkEntry, Trace } from './trace';

/**
 * The capaian of one indikator kinerja individu in an evaluation of the kuantitatif approach.
 *
 * @example
 * ```ts
 * const c: CapaianIki = {
 *   rhkId: 'rhk-1', indikatorId: 'iki-1', realisasi: '93',
 *   capaian: '97.89473684210526315789473684210526315789', capaianDibulatkan: '97.89',
 *   rating: 'DI_BAWAH_EKSPEKTASI',
 * };
 * ```
 */
export interface CapaianIki {
  readonly rhkId: string;
  readonly indikatorId: string;
  /** The realisasi used (annual: combined by the indikator's `akumulasi`), or `null` when there is none. */
  readonly realisasi: string | null;
  /** The exact capaian in percent, or `null` without realisasi. */
  readonly capaian: string | null;
  /** The capaian rounded per the pack, or `null` without realisasi. */
  readonly capaianDibulatkan: string | null;
  /** The indikator's rating; without realisasi, di bawah ekspektasi. */
  readonly rating: Rating;
}

/**
 * The result of a periodic or annual evaluation of one SKP: the final ratings and predikat, the
 * suggestions the rules made, the capaian per indikator (kuantitatif), the RHK ratings the
 * suggestion rests on, and the trace. Review flags (warnings such as `rating_deviates`) are in
 * `trace.flags`.
 *
 * @example
 * ```ts
 * const r = evaluateTahunan(input);
 * if (r.ok) console.log(r.value.predikat, r.value.trace.flags.map((f) => f.code));
 * ```
 */
export interface HasilEvaluasi {
  readonly skpId: string;
  /** The window of a periodic evaluation; absent for the annual one. */
  readonly periodeKe?: number;
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly predikat: Predikat;
  /** What the rules suggest (absent where they have no basis); the final ratings may differ. */
  readonly saran: { readonly ratingHasilKerja?: Rating; readonly ratingPerilakuKerja?: Rating };
  /** Per indikator, in SKP order, when the suggestion came from capaian; else empty. */
  readonly capaian: readonly CapaianIki[];
  /** Per RHK, in SKP order, when the suggestion came from RHK ratings or capaian; else empty. */
  readonly ratingRhk: readonly RatingRhkEntry[];
  readonly trace: Trace;
}
