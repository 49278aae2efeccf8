import { z } from 'zod';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { parseWith } from '../issues/from-zod';
import type { Result } from '../issues/result';
import { IdSchema } from './ids';
import { WaktuSchema } from './tanggal';

/**
 * A piece of evidence (bukti dukung) for a realisasi: what it is and where it is (a link to a
 * document, photo or system record).
 *
 * @example
 * ```ts
 * BuktiDukungSchema.parse({ id: 'bd-1', uraian: 'Register surat keluar Maret', tautan: 'https://drive.example/f/1' });
 * ```
 */
export const BuktiDukungSchema = z.object({
  id: IdSchema,
  uraian: z.string().trim().min(1),
  tautan: z.url(),
  diunggahPada: WaktuSchema.optional(),
});
/** A piece of evidence. */
export type BuktiDukung = z.output<typeof BuktiDukungSchema>;

/**
 * The realisasi of one indikator in one periodic window (`periodeKe`, 1-based), entered by the
 * pegawai with bukti dukung: a number (`nilai`) for a numeric target, a narrative (`uraian`) for
 * the kualitatif approach, or both.
 *
 * @example
 * ```ts
 * RealisasiSchema.parse({ id: 'r-1', skpId: 'skp-1', indikatorId: 'iki-1', periodeKe: 1, nilai: '312' });
 * ```
 */
export const RealisasiSchema = z
  .object({
    id: IdSchema,
    skpId: IdSchema,
    indikatorId: IdSchema,
    periodeKe: z.number().int().min(1).max(12),
    nilai: DecimalStringSchema.optional(),
    uraian: z.string().trim().min(1).optional(),
    buktiDukung: z.array(BuktiDukungSchema).default([]),
  })
  .refine((r) => r.nilai !== undefined || r.uraian !== undefined, {
    path: ['nilai'],
    params: { code: 'required' },
    error: 'required',
  });
/** The realisasi of one indikator in one period. */
export type Realisasi = z.output<typeof RealisasiSchema>;

/**
 * Parses a realisasi from outside data.
 *
 * @param input - anything.
 * @returns the realisasi, or every issue found.
 * @example
 * ```ts
 * parseRealisasi({ id: 'r-1', skpId: 'skp-1', indikatorId: 'iki-1', periodeKe: 1, nilai: '312' });
 * ```
 */
export function parseRealisasi(input: unknown): Result<Realisasi> {
  return parseWith(RealisasiSchema, input);
}
