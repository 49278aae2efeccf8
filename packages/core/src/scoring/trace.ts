import type { z } from 'zod';
import type { Issue } from '../issues/issue';
import type { Akumulasi, Polaritas } from '../model/indikator';
import type { Predikat, PredikatOrganisasi, Rating } from '../model/predikat';
import type { JenisRhk } from '../model/rencana-hasil-kerja';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { AnnualAggregationSchema } from '../rules/permenpanrb-6-2022/schema';
import { type RulePackRef, rulePackRef } from '../rules/rule-pack-ref';

/**
 * Which of the two ratings a step or a flag is about.
 *
 * @example
 * ```ts
 * const aspect: RatingAspect = 'perilaku_kerja';
 * ```
 */
export type RatingAspect = 'hasil_kerja' | 'perilaku_kerja';

/**
 * A numeric target as a trace shows it: canonical decimal strings.
 *
 * @example
 * ```ts
 * const t: TargetNumerik = { jenis: 'RENTANG', min: '7', max: '8' };
 * ```
 */
export type TargetNumerik =
  | { readonly jenis: 'TUNGGAL'; readonly nilai: string }
  | { readonly jenis: 'RENTANG'; readonly min: string; readonly max: string };

/**
 * Lower bounds (inclusive) of a rating, as canonical decimal strings.
 *
 * @example
 * ```ts
 * const t: RatingThresholds = { diAtasEkspektasi: '101', sesuaiEkspektasi: '100' };
 * ```
 */
export interface RatingThresholds {
  readonly diAtasEkspektasi: string;
  readonly sesuaiEkspektasi: string;
}

/**
 * How many RHK have each rating, the basis of the suggested rating hasil kerja (§1.5).
 *
 * @example
 * ```ts
 * const c: RatingCounts = { rhk: 4, diAtas: 1, sesuai: 1, diBawah: 2, utama: 2, utamaDiBawah: 1 };
 * ```
 */
export interface RatingCounts {
  /** All RHK (utama and tambahan): the `n` of "sebagian besar". */
  readonly rhk: number;
  readonly diAtas: number;
  readonly sesuai: number;
  readonly diBawah: number;
  /** RHK utama. */
  readonly utama: number;
  /** RHK utama rated di bawah ekspektasi. */
  readonly utamaDiBawah: number;
}

/**
 * One RHK with its kind and rating, as the suggestion of §1.5 reads it.
 *
 * @example
 * ```ts
 * const e: RatingRhkEntry = { rhkId: 'rhk-1', jenis: 'UTAMA', rating: 'SESUAI_EKSPEKTASI' };
 * ```
 */
export interface RatingRhkEntry {
  readonly rhkId: string;
  readonly jenis: JenisRhk;
  readonly rating: Rating;
}

/**
 * The capaian of one indikator (8/2021 formulas, decision 0007):
 *
 * $$\text{MAKSIMALISASI: } C = \frac{R}{T} \times 100 \qquad \text{MINIMALISASI: } C = \left(2 - \frac{R}{T}\right) \times 100$$
 *
 * For a range target `[min, max]`, a realisasi inside gives 100 (`formula: 'DALAM_RENTANG'`);
 * above it the formula uses `max`, below it `min` (`reference`).
 *
 * @example
 * ```ts
 * const step: CapaianStep = {
 *   kind: 'capaian', indikatorId: 'iki-1', polaritas: 'MINIMALISASI', target: { jenis: 'RENTANG', min: '7', max: '8' },
 *   realisasi: '9', formula: 'MINIMALISASI', reference: '8', raw: '87.5', capaian: '87.5', capaianDibulatkan: '87.5',
 * };
 * ```
 */
export interface CapaianStep {
  readonly kind: 'capaian';
  readonly indikatorId?: string;
  readonly polaritas: Polaritas;
  readonly target: TargetNumerik;
  readonly realisasi: string;
  readonly formula: Polaritas | 'DALAM_RENTANG';
  /** The target value the formula divides by, or `null` inside a range. */
  readonly reference: string | null;
  /** The capaian before the pack's floor and ceiling. */
  readonly raw: string;
  /** The exact capaian after the floor and ceiling. */
  readonly capaian: string;
  /** The capaian rounded per the pack's `rounding.capaian`. */
  readonly capaianDibulatkan: string;
}

/**
 * The rating of an indikator from its capaian: `≥ diAtas` → di atas, `≥ sesuai` → sesuai, else di bawah.
 *
 * @example
 * ```ts
 * const step: RatingIndikatorStep = {
 *   kind: 'rating_indikator', indikatorId: 'iki-1', compared: '97.89', compareRounded: true,
 *   thresholds: { diAtasEkspektasi: '101', sesuaiEkspektasi: '100' }, rating: 'DI_BAWAH_EKSPEKTASI',
 * };
 * ```
 */
export interface RatingIndikatorStep {
  readonly kind: 'rating_indikator';
  readonly indikatorId?: string;
  /** The value compared with the thresholds (the rounded capaian when `compareRounded`). */
  readonly compared: string;
  readonly compareRounded: boolean;
  readonly thresholds: RatingThresholds;
  readonly rating: Rating;
}

/**
 * The annual realisasi of an indikator from its periodic realisasi, by the indikator's `akumulasi`.
 *
 * @example
 * ```ts
 * const step: RealisasiTahunanStep = {
 *   kind: 'realisasi_tahunan', indikatorId: 'iki-1', akumulasi: 'JUMLAH',
 *   periode: [{ periodeKe: 1, nilai: '300' }, { periodeKe: 2, nilai: '320' }], realisasi: '620',
 * };
 * ```
 */
export interface RealisasiTahunanStep {
  readonly kind: 'realisasi_tahunan';
  readonly indikatorId: string;
  readonly akumulasi: Akumulasi;
  /** The periodic values used, in period order. */
  readonly periode: readonly { readonly periodeKe: number; readonly nilai: string }[];
  readonly realisasi: string;
}

/**
 * The target of one periodic window from the annual target (a choice of this library: the
 * model holds annual targets only):
 * `JUMLAH` → target ÷ n, `TERAKHIR` → target × k ÷ n, `RATA_RATA` → the annual target.
 *
 * @example
 * ```ts
 * const step: TargetPeriodikStep = {
 *   kind: 'target_periodik', indikatorId: 'iki-1', akumulasi: 'JUMLAH', periodeKe: 2, jumlahPeriode: 4,
 *   targetTahunan: { jenis: 'TUNGGAL', nilai: '1200' }, target: { jenis: 'TUNGGAL', nilai: '300' },
 * };
 * ```
 */
export interface TargetPeriodikStep {
  readonly kind: 'target_periodik';
  readonly indikatorId: string;
  readonly akumulasi: Akumulasi;
  readonly periodeKe: number;
  readonly jumlahPeriode: number;
  readonly targetTahunan: TargetNumerik;
  readonly target: TargetNumerik;
}

/**
 * The rating of an RHK from its indikator (pack `kuantitatif.indikatorAggregation`).
 *
 * @example
 * ```ts
 * const step: RatingRhkStep = {
 *   kind: 'rating_rhk', rhkId: 'rhk-1', jenis: 'UTAMA', method: 'MEAN_CAPAIAN',
 *   indikator: [{ indikatorId: 'iki-1', capaian: '104', rating: 'DI_ATAS_EKSPEKTASI' }, { indikatorId: 'iki-2', capaian: '97', rating: 'DI_BAWAH_EKSPEKTASI' }],
 *   capaian: '100.5', compared: '100.5', rating: 'SESUAI_EKSPEKTASI',
 * };
 * ```
 */
export interface RatingRhkStep {
  readonly kind: 'rating_rhk';
  readonly rhkId?: string;
  readonly jenis?: JenisRhk;
  readonly method: 'MEAN_CAPAIAN' | 'LOWEST_RATING';
  /** Each indikator's capaian (`null`: no realisasi, counted as 0 and di bawah) and rating. */
  readonly indikator: readonly {
    readonly indikatorId?: string;
    readonly capaian: string | null;
    readonly rating: Rating;
  }[];
  /** The mean capaian (`MEAN_CAPAIAN` only). */
  readonly capaian: string | null;
  /** The value compared with the thresholds (`MEAN_CAPAIAN` only). */
  readonly compared: string | null;
  readonly rating: Rating;
}

/**
 * The suggested rating hasil kerja from the RHK ratings (§1.5, decision 0002), by the first rule
 * that holds, with n = all RHK:
 * `MAJORITY_DI_ATAS` (di atas / n > majority and no utama di bawah) → di atas;
 * `MAJORITY_DI_BAWAH` (di bawah / n > majority) → di bawah;
 * `MINORITY_UTAMA_DI_BAWAH` (no utama di bawah, or utama di bawah / utama < minority) → sesuai;
 * otherwise `UTAMA_DI_BAWAH` → di bawah.
 *
 * @example
 * ```ts
 * const step: SaranRatingHasilKerjaStep = {
 *   kind: 'saran_rating_hasil_kerja', basis: 'RATING_RHK',
 *   rhk: [{ rhkId: 'rhk-1', jenis: 'UTAMA', rating: 'DI_ATAS_EKSPEKTASI' }],
 *   counts: { rhk: 1, diAtas: 1, sesuai: 0, diBawah: 0, utama: 1, utamaDiBawah: 0 },
 *   majority: '0.5', minority: '0.5', rule: 'MAJORITY_DI_ATAS', rating: 'DI_ATAS_EKSPEKTASI',
 * };
 * ```
 */
export interface SaranRatingHasilKerjaStep {
  readonly kind: 'saran_rating_hasil_kerja';
  /** Whether the RHK ratings are the pejabat penilai's or were computed from capaian. */
  readonly basis: 'RATING_RHK' | 'CAPAIAN';
  readonly rhk: readonly RatingRhkEntry[];
  readonly counts: RatingCounts;
  readonly majority: string;
  readonly minority: string;
  readonly rule: 'MAJORITY_DI_ATAS' | 'MAJORITY_DI_BAWAH' | 'MINORITY_UTAMA_DI_BAWAH' | 'UTAMA_DI_BAWAH';
  readonly rating: Rating;
}

/**
 * A unit leader's rating hasil kerja from the unit's predikat organisasi (§1.5).
 *
 * @example
 * ```ts
 * const step: RatingPimpinanUnitStep = { kind: 'rating_pimpinan_unit', predikatOrganisasi: 'BAIK', rating: 'SESUAI_EKSPEKTASI' };
 * ```
 */
export interface RatingPimpinanUnitStep {
  readonly kind: 'rating_pimpinan_unit';
  readonly predikatOrganisasi: PredikatOrganisasi;
  readonly rating: Rating;
}

/**
 * Periodic ratings combined into one (pack `annual`).
 *
 * @example
 * ```ts
 * const step: AgregasiStep = {
 *   kind: 'agregasi', aspect: 'hasil_kerja', method: 'MEAN',
 *   ratings: ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
 *   mean: '2.5', thresholds: { diAtasEkspektasi: '2.5', sesuaiEkspektasi: '1.5' }, tie: null, rating: 'DI_ATAS_EKSPEKTASI',
 * };
 * ```
 */
export interface AgregasiStep {
  readonly kind: 'agregasi';
  readonly aspect: RatingAspect;
  readonly method: z.output<typeof AnnualAggregationSchema>['method'];
  /** The ratings in period order. */
  readonly ratings: readonly Rating[];
  /** `MEAN`: the exact mean of the scores 1 (di bawah), 2 (sesuai), 3 (di atas). */
  readonly mean: string | null;
  /** `MEAN`: the pack's lower bounds of the mean. */
  readonly thresholds: RatingThresholds | null;
  /** `MODE`: the tie rule applied when two ratings are equally frequent, else `null`. */
  readonly tie: 'LATEST' | 'LOWEST' | null;
  readonly rating: Rating;
}

/**
 * The final rating of an aspect: the pejabat penilai's, the suggestion, or the unit leader rule.
 *
 * @example
 * ```ts
 * const step: RatingFinalStep = {
 *   kind: 'rating_final', aspect: 'hasil_kerja', given: 'SESUAI_EKSPEKTASI', suggested: 'DI_ATAS_EKSPEKTASI',
 *   source: 'PENILAI', rating: 'SESUAI_EKSPEKTASI',
 * };
 * ```
 */
export interface RatingFinalStep {
  readonly kind: 'rating_final';
  readonly aspect: RatingAspect;
  readonly given: Rating | null;
  readonly suggested: Rating | null;
  readonly source: 'PENILAI' | 'SARAN' | 'PREDIKAT_ORGANISASI';
  readonly rating: Rating;
}

/**
 * The predikat from the matrix of §1.7: row rating hasil kerja, column rating perilaku kerja.
 *
 * @example
 * ```ts
 * const step: MatriksPredikatStep = {
 *   kind: 'matriks_predikat', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
 *   cell: 8, predikat: 'SANGAT_BAIK',
 * };
 * ```
 */
export interface MatriksPredikatStep {
  readonly kind: 'matriks_predikat';
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  /** The cell: `RATING_ORDINAL[hasil] * 3 + RATING_ORDINAL[perilaku]`. */
  readonly cell: number;
  readonly predikat: Predikat;
}

/**
 * One step of a {@link Trace}, discriminated on `kind`. Decimals are canonical strings, so a
 * person (or a test) can follow capaian → rating → matrix cell → predikat.
 *
 * @example
 * ```ts
 * const step: TraceStep = {
 *   kind: 'matriks_predikat', ratingHasilKerja: 'SESUAI_EKSPEKTASI',
 *   ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI', cell: 5, predikat: 'BAIK',
 * };
 * ```
 */
export type TraceStep =
  | CapaianStep
  | RatingIndikatorStep
  | RealisasiTahunanStep
  | TargetPeriodikStep
  | RatingRhkStep
  | SaranRatingHasilKerjaStep
  | RatingPimpinanUnitStep
  | AgregasiStep
  | RatingFinalStep
  | MatriksPredikatStep;

/**
 * The `kind` of a {@link TraceStep}.
 *
 * @example
 * ```ts
 * const kind: TraceStepKind = 'matriks_predikat';
 * ```
 */
export type TraceStepKind = TraceStep['kind'];

/**
 * How a result was reached: the rule pack that produced it, each step in order, and the review
 * flags (warnings with reason codes, e.g. `rating_deviates`, `realisasi_missing`). Errors are
 * not flags: they make the result fail.
 *
 * @example
 * ```ts
 * const r = evaluateTahunan(input);
 * if (r.ok) {
 *   r.value.trace.rulePack; // { id: 'permenpanrb-6-2022', version: '1.0.0' }
 *   r.value.trace.steps.map((s) => s.kind); // [..., 'rating_final', 'rating_final', 'matriks_predikat']
 * }
 * ```
 */
export interface Trace {
  readonly rulePack: RulePackRef;
  readonly steps: TraceStep[];
  readonly flags: Issue[];
}

const REFS = new WeakMap<RulePack62022, RulePackRef>();

/**
 * @internal A new, empty trace for a pack; the pack's reference is shared and frozen.
 */
export function newTrace(pack: RulePack62022): Trace {
  let ref = REFS.get(pack);
  if (ref === undefined) {
    // With the override's name and version when the pack was overridden (`applyOverride`).
    ref = Object.freeze(rulePackRef(pack));
    REFS.set(pack, ref);
  }
  return { rulePack: ref, steps: [], flags: [] };
}
