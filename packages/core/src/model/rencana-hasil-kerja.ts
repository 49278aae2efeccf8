import { z } from 'zod';
import { IdSchema } from './ids';
import { IndikatorKinerjaIndividuSchema } from './indikator';

/** Whether an RHK is utama (main) or tambahan (additional). */
export const JenisRhkSchema = z.enum(['UTAMA', 'TAMBAHAN']);
/** Whether an RHK is utama or tambahan. */
export type JenisRhk = z.infer<typeof JenisRhkSchema>;

/** The perspektif of a JPT's RHK (balanced-scorecard style, §1.2; the list of four is [U]). */
export const PerspektifSchema = z.enum([
  'PENERIMA_LAYANAN',
  'PROSES_BISNIS',
  'PENGUATAN_INTERNAL',
  'ANGGARAN',
]);
/** The perspektif of a JPT's RHK. */
export type Perspektif = z.infer<typeof PerspektifSchema>;

/**
 * A rencana hasil kerja (RHK): a planned result of the year, utama or tambahan, that intervenes
 * one RHK of the atasan (cascading), measured by one or more indikator kinerja individu.
 *
 * @example
 * ```ts
 * RencanaHasilKerjaSchema.parse({
 *   id: 'rhk-1', uraian: 'Terlaksananya pelayanan administrasi kependudukan', jenis: 'UTAMA',
 *   rhkAtasanId: 'rhk-camat-2',
 *   indikator: [{ id: 'iki-1', uraian: 'Jumlah surat yang diterbitkan', aspek: 'KUANTITAS',
 *     target: { jenis: 'TUNGGAL', nilai: '1200' }, satuan: 'dokumen' }],
 * });
 * ```
 */
export const RencanaHasilKerjaSchema = z.object({
  id: IdSchema,
  uraian: z.string().trim().min(1),
  jenis: JenisRhkSchema,
  /** The atasan's RHK this one intervenes; `null` only at the top of the cascade (e.g. a JPT's RHK from the Renstra). */
  rhkAtasanId: IdSchema.nullable(),
  /** "Penugasan dari …": who assigned an RHK that comes from an assignment. */
  penugasanDari: z.string().optional(),
  /** Only for a JPT's SKP. */
  perspektif: PerspektifSchema.optional(),
  indikator: z.array(IndikatorKinerjaIndividuSchema).min(1),
});
/** A rencana hasil kerja. */
export type RencanaHasilKerja = z.output<typeof RencanaHasilKerjaSchema>;
