import { z } from 'zod';
import { Decimal } from '../decimal/decimal';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { IdSchema } from './ids';

/** The aspek of an indikator kinerja individu (§1.2). */
export const AspekSchema = z.enum(['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA']);
/** An aspek: `KUANTITAS`, `KUALITAS`, `WAKTU` or `BIAYA`. */
export type Aspek = z.infer<typeof AspekSchema>;

/**
 * The polarity of an indikator: `MAKSIMALISASI` when a higher realisasi is better (8/2021's
 * "normal" formula), `MINIMALISASI` when a lower one is (the "khusus" formula: time taken,
 * cost, complaints).
 */
export const PolaritasSchema = z.enum(['MAKSIMALISASI', 'MINIMALISASI']);
/** The polarity of an indikator. */
export type Polaritas = z.infer<typeof PolaritasSchema>;

/**
 * How periodic realisasi add up to the annual one: `JUMLAH` (the sum, for counts reported per
 * period), `RATA_RATA` (the mean, for rates), `TERAKHIR` (the last reported, for cumulative
 * figures).
 */
export const AkumulasiSchema = z.enum(['JUMLAH', 'RATA_RATA', 'TERAKHIR']);
/** How periodic realisasi add up to the annual one. */
export type Akumulasi = z.infer<typeof AkumulasiSchema>;

/**
 * A target: a single value, a range (`min`–`max`, as 8/2021 allows), or a narrative target of
 * the kualitatif approach, which has no capaian.
 *
 * @example
 * ```ts
 * TargetSchema.parse({ jenis: 'TUNGGAL', nilai: '12' });
 * TargetSchema.parse({ jenis: 'RENTANG', min: '80', max: '90' });
 * TargetSchema.parse({ jenis: 'NARATIF', uraian: 'Laporan tepat waktu dan lengkap' });
 * ```
 */
export const TargetSchema = z.discriminatedUnion('jenis', [
  z.object({ jenis: z.literal('TUNGGAL'), nilai: DecimalStringSchema }),
  z
    .object({ jenis: z.literal('RENTANG'), min: DecimalStringSchema, max: DecimalStringSchema })
    .superRefine((t, ctx) => {
      if (new Decimal(t.min).gt(t.max)) {
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: 'target_range_inverted',
          params: { code: 'target_range_inverted', params: { min: t.min, max: t.max } },
        });
      }
    }),
  z.object({ jenis: z.literal('NARATIF'), uraian: z.string().min(1) }),
]);
/** A target, see {@link TargetSchema}. */
export type Target = z.output<typeof TargetSchema>;

/**
 * An indikator kinerja individu (IKI) of a rencana hasil kerja: what is measured, its aspek,
 * target, unit (satuan) and polarity.
 *
 * @example
 * ```ts
 * IndikatorKinerjaIndividuSchema.parse({
 *   id: 'iki-1', uraian: 'Jumlah surat keterangan yang diterbitkan', aspek: 'KUANTITAS',
 *   target: { jenis: 'TUNGGAL', nilai: '1200' }, satuan: 'dokumen',
 * });
 * ```
 */
export const IndikatorKinerjaIndividuSchema = z.object({
  id: IdSchema,
  uraian: z.string().min(1),
  aspek: AspekSchema,
  target: TargetSchema,
  satuan: z.string().min(1),
  polaritas: PolaritasSchema.default('MAKSIMALISASI'),
  akumulasi: AkumulasiSchema.default('JUMLAH'),
});
/** An indikator kinerja individu. */
export type IndikatorKinerjaIndividu = z.output<typeof IndikatorKinerjaIndividuSchema>;
