import { z } from 'zod';
import { IdSchema } from './ids';
import { PredikatSchema, RatingSchema } from './predikat';
import { WaktuSchema } from './tanggal';

/** The pejabat penilai's rating of one RHK in an evaluation (the basis of the rating hasil kerja). */
export const RatingRhkSchema = z.object({ rhkId: IdSchema, rating: RatingSchema });
/** The rating of one RHK. */
export type RatingRhk = z.output<typeof RatingRhkSchema>;

const penilaian = {
  skpId: IdSchema,
  /** The pejabat penilai's rating hasil kerja. */
  ratingHasilKerja: RatingSchema,
  /** The pejabat penilai's rating perilaku kerja. */
  ratingPerilakuKerja: RatingSchema,
  /** Optional ratings per RHK, from which the engine suggests a rating hasil kerja. */
  ratingRhk: z.array(RatingRhkSchema).default([]),
  /** The predikat computed by the rule pack (stored once computed). */
  predikat: PredikatSchema.optional(),
  penilaiId: IdSchema.optional(),
  dinilaiPada: WaktuSchema.optional(),
  catatan: z.string().optional(),
};

/**
 * A periodic evaluation (evaluasi periodik) of one SKP in one window: the pejabat penilai's two
 * ratings, optionally per RHK, and the predikat.
 *
 * @example
 * ```ts
 * EvaluasiPeriodikSchema.parse({ skpId: 'skp-1', periodeKe: 1, ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' });
 * ```
 */
export const EvaluasiPeriodikSchema = z.object({
  ...penilaian,
  periodeKe: z.number().int().min(1).max(12),
});
/** A periodic evaluation. */
export type EvaluasiPeriodik = z.output<typeof EvaluasiPeriodikSchema>;

/**
 * The annual evaluation (evaluasi tahunan) of one SKP: the pejabat penilai's two ratings for the
 * year and the predikat kinerja.
 *
 * @example
 * ```ts
 * EvaluasiTahunanSchema.parse({ skpId: 'skp-1', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' });
 * ```
 */
export const EvaluasiTahunanSchema = z.object(penilaian);
/** An annual evaluation. */
export type EvaluasiTahunan = z.output<typeof EvaluasiTahunanSchema>;
