import { z } from 'zod';
import { IdSchema } from './ids';

/**
 * The kind of a jabatan (position): the three JPT levels, administrator, pengawas, pelaksana,
 * and fungsional (which has a {@link Jenjang}).
 */
export const JenisJabatanSchema = z.enum([
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
]);
/** The kind of a jabatan. */
export type JenisJabatan = z.infer<typeof JenisJabatanSchema>;

/** The jenjang of a jabatan fungsional: keterampilan (pemula … penyelia) and keahlian (ahli pertama … utama). */
export const JenjangSchema = z.enum([
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
]);
/** The jenjang of a jabatan fungsional. */
export type Jenjang = z.infer<typeof JenjangSchema>;

/**
 * Whether a kind of jabatan is a JPT (pimpinan tinggi), whose SKP carries a perspektif per RHK.
 *
 * @param jenis - the kind of jabatan.
 * @returns true for JPT utama, madya and pratama.
 * @example
 * ```ts
 * isJpt('JPT_PRATAMA'); // true
 * ```
 */
export function isJpt(jenis: JenisJabatan): boolean {
  return jenis === 'JPT_UTAMA' || jenis === 'JPT_MADYA' || jenis === 'JPT_PRATAMA';
}

/**
 * A jabatan held in a unit kerja. A jabatan fungsional has a jenjang; the others have none.
 * `pimpinanUnit` marks the leader of the unit (camat, lurah, kepala dinas), whose rating hasil
 * kerja follows the unit's predikat organisasi.
 *
 * @example
 * ```ts
 * JabatanSchema.parse({ id: 'jab-camat', nama: 'Camat Senapelan', jenis: 'ADMINISTRATOR', unitKerjaId: 'kec-senapelan', pimpinanUnit: true });
 * ```
 */
export const JabatanSchema = z
  .object({
    id: IdSchema,
    nama: z.string().min(1),
    jenis: JenisJabatanSchema,
    jenjang: JenjangSchema.optional(),
    unitKerjaId: IdSchema,
    pimpinanUnit: z.boolean().default(false),
  })
  .superRefine((j, ctx) => {
    if (j.jenis === 'FUNGSIONAL' && j.jenjang === undefined) {
      ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'required', params: { code: 'required' } });
    }
    if (j.jenis !== 'FUNGSIONAL' && j.jenjang !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['jenjang'],
        message: 'unrecognized_keys',
        params: { code: 'unrecognized_keys', params: { keys: ['jenjang'] } },
      });
    }
  });
/** A jabatan. */
export type Jabatan = z.output<typeof JabatanSchema>;
