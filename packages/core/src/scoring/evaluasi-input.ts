import { z } from 'zod';
import { type Issue, issue } from '../issues/issue';
import { EvaluasiPeriodikSchema, RatingRhkSchema } from '../model/evaluasi';
import { jumlahPeriode } from '../model/periode';
import { PredikatOrganisasiSchema, RatingSchema } from '../model/predikat';
import { RealisasiSchema } from '../model/realisasi';
import { addIssues } from '../model/refine';
import { SkpSchema } from '../model/skp';
import { negativeIssue, negativeTargetIssues } from './capaian-indikator';

/**
 * The pejabat penilai's ratings for the evaluated period or year; each is optional (the engine
 * suggests what is missing, and a missing final rating is an `evaluasi_missing` issue).
 *
 * @example
 * ```ts
 * PenilaianSchema.parse({ ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI' });
 * ```
 */
export const PenilaianSchema = z.object({
  ratingHasilKerja: RatingSchema.optional(),
  ratingPerilakuKerja: RatingSchema.optional(),
  /** Ratings per RHK: when given, they are the basis of the suggested rating hasil kerja. */
  ratingRhk: z.array(RatingRhkSchema).optional(),
});
/**
 * The pejabat penilai's ratings, see {@link PenilaianSchema}.
 *
 * @example
 * ```ts
 * const p: Penilaian = { ratingRhk: [{ rhkId: 'rhk-1', rating: 'DI_ATAS_EKSPEKTASI' }] };
 * ```
 */
export type Penilaian = z.output<typeof PenilaianSchema>;

const common = {
  skp: SkpSchema,
  /** Realisasi of the SKP's indikator, of any window (a periodic evaluation reads its own). */
  realisasi: z.array(RealisasiSchema).default([]),
  penilaian: PenilaianSchema.default({}),
  /** The unit's predikat kinerja organisasi: required for a unit leader's annual evaluation. */
  predikatOrganisasi: PredikatOrganisasiSchema.optional(),
};

interface CrossCheckable {
  readonly skp: z.output<typeof SkpSchema>;
  readonly realisasi: readonly z.output<typeof RealisasiSchema>[];
  readonly penilaian: Penilaian;
  readonly evaluasiPeriodik?: readonly z.output<typeof EvaluasiPeriodikSchema>[];
  readonly periodeKe?: number;
}

/**
 * @internal The checks across the parts of an evaluation input: every realisasi, rating and
 * periodic evaluation belongs to this SKP, names an existing RHK / indikator and window, once;
 * targets and realisasi are ≥ 0.
 */
export function checkEvaluasiInput(v: CrossCheckable): Issue[] {
  const issues: Issue[] = [];
  const { skp } = v;
  const windows = jumlahPeriode(skp.jenisPeriodik);
  if (v.periodeKe !== undefined && v.periodeKe > windows) {
    issues.push(issue('periode_unknown', ['periodeKe'], { periodeKe: v.periodeKe }));
  }
  const rhkIds = new Set<string>();
  const ikiIds = new Set<string>();
  skp.rencanaHasilKerja.forEach((rhk, i) => {
    rhkIds.add(rhk.id);
    rhk.indikator.forEach((iki, j) => {
      ikiIds.add(iki.id);
      negativeTargetIssues(iki.target, ['skp', 'rencanaHasilKerja', i, 'indikator', j, 'target'], issues);
    });
  });
  const seen = new Set<string>();
  v.realisasi.forEach((r, i) => {
    if (r.skpId !== skp.id) {
      issues.push(issue('unknown_reference', ['realisasi', i, 'skpId'], { kind: 'skp', id: r.skpId }));
    }
    if (!ikiIds.has(r.indikatorId)) {
      issues.push(
        issue('unknown_reference', ['realisasi', i, 'indikatorId'], { kind: 'indikator', id: r.indikatorId }),
      );
    }
    if (r.periodeKe > windows) {
      issues.push(issue('periode_unknown', ['realisasi', i, 'periodeKe'], { periodeKe: r.periodeKe }));
    }
    if (r.nilai?.startsWith('-')) issues.push(negativeIssue(['realisasi', i, 'nilai']));
    const key = `${r.indikatorId}@${r.periodeKe}`;
    if (seen.has(key)) issues.push(issue('duplicate_id', ['realisasi', i], { id: key }));
    seen.add(key);
  });
  const rated = new Set<string>();
  v.penilaian.ratingRhk?.forEach((r, i) => {
    const path = ['penilaian', 'ratingRhk', i, 'rhkId'];
    if (!rhkIds.has(r.rhkId)) {
      issues.push(issue('unknown_reference', path, { kind: 'rencanaHasilKerja', id: r.rhkId }));
    }
    if (rated.has(r.rhkId)) issues.push(issue('duplicate_id', path, { id: r.rhkId }));
    rated.add(r.rhkId);
  });
  const periods = new Set<number>();
  v.evaluasiPeriodik?.forEach((e, i) => {
    if (e.skpId !== skp.id) {
      issues.push(issue('unknown_reference', ['evaluasiPeriodik', i, 'skpId'], { kind: 'skp', id: e.skpId }));
    }
    if (e.periodeKe > windows) {
      issues.push(issue('periode_unknown', ['evaluasiPeriodik', i, 'periodeKe'], { periodeKe: e.periodeKe }));
    }
    if (periods.has(e.periodeKe)) {
      issues.push(issue('duplicate_id', ['evaluasiPeriodik', i, 'periodeKe'], { id: String(e.periodeKe) }));
    }
    periods.add(e.periodeKe);
  });
  return issues;
}

/**
 * The input of {@link evaluateTahunan}: the SKP, the realisasi of the year, the periodic
 * evaluations, the pejabat penilai's annual ratings and (for a unit leader) the predikat
 * organisasi. Beyond the shape, every realisasi and evaluation must belong to the SKP, name an
 * existing indikator / RHK and window, once, and numbers must be ≥ 0.
 *
 * @example
 * ```ts
 * EvaluasiTahunanInputSchema.safeParse({ skp, realisasi, evaluasiPeriodik, penilaian: { ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' } });
 * ```
 */
export const EvaluasiTahunanInputSchema = z
  .object({
    ...common,
    evaluasiPeriodik: z.array(EvaluasiPeriodikSchema).default([]),
  })
  .superRefine((v, ctx) => addIssues(ctx, checkEvaluasiInput(v)));
/**
 * The input of an annual evaluation, as callers write it.
 *
 * @example
 * ```ts
 * const input: EvaluasiTahunanInput = { skp, penilaian: { ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' } };
 * ```
 */
export type EvaluasiTahunanInput = z.input<typeof EvaluasiTahunanInputSchema>;
/**
 * The input of an annual evaluation, validated (defaults filled in).
 *
 * @example
 * ```ts
 * const data: EvaluasiTahunanData = EvaluasiTahunanInputSchema.parse(input);
 * ```
 */
export type EvaluasiTahunanData = z.output<typeof EvaluasiTahunanInputSchema>;

/**
 * The input of {@link evaluatePeriodik}: like {@link EvaluasiTahunanInputSchema} without the
 * periodic evaluations, plus the window (`periodeKe`, 1-based) within the SKP's `jenisPeriodik`.
 *
 * @example
 * ```ts
 * EvaluasiPeriodikInputSchema.safeParse({ skp, realisasi, periodeKe: 2, penilaian: {} });
 * ```
 */
export const EvaluasiPeriodikInputSchema = z
  .object({
    ...common,
    periodeKe: z.number().int().min(1).max(12),
  })
  .superRefine((v, ctx) => addIssues(ctx, checkEvaluasiInput(v)));
/**
 * The input of a periodic evaluation, as callers write it.
 *
 * @example
 * ```ts
 * const input: EvaluasiPeriodikInput = { skp, periodeKe: 1, penilaian: { ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' } };
 * ```
 */
export type EvaluasiPeriodikInput = z.input<typeof EvaluasiPeriodikInputSchema>;
/**
 * The input of a periodic evaluation, validated (defaults filled in).
 *
 * @example
 * ```ts
 * const data: EvaluasiPeriodikData = EvaluasiPeriodikInputSchema.parse(input);
 * ```
 */
export type EvaluasiPeriodikData = z.output<typeof EvaluasiPeriodikInputSchema>;
