import { z } from 'zod';
import { IdSchema } from './ids';
import { NilaiBerakhlakSchema } from './perilaku-kerja';
import { WaktuSchema } from './tanggal';

/**
 * Umpan balik berkelanjutan: the pejabat penilai's feedback in a periodic window, on one RHK or
 * on one BerAKHLAK value, "berdasarkan bukti dukung".
 *
 * @example
 * ```ts
 * UmpanBalikSchema.parse({
 *   id: 'ub-1', skpId: 'skp-1', periodeKe: 1, pemberiId: 'p-camat',
 *   sasaran: { jenis: 'RHK', rhkId: 'rhk-1' }, isi: 'Pertahankan kecepatan layanan', diberikanPada: '2026-04-03T10:00:00+07:00',
 * });
 * ```
 */
export const UmpanBalikSchema = z.object({
  id: IdSchema,
  skpId: IdSchema,
  periodeKe: z.number().int().min(1).max(12),
  pemberiId: IdSchema,
  sasaran: z.discriminatedUnion('jenis', [
    z.object({ jenis: z.literal('RHK'), rhkId: IdSchema }),
    z.object({ jenis: z.literal('PERILAKU'), nilai: NilaiBerakhlakSchema }),
  ]),
  isi: z.string().trim().min(1),
  diberikanPada: WaktuSchema,
});
/** A piece of umpan balik. */
export type UmpanBalik = z.output<typeof UmpanBalikSchema>;
