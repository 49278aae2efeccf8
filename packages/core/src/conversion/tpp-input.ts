import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { PredikatSchema } from '../model/predikat';
import { NonNegativeDecimalSchema, PersenSchema } from './decimal-bounds';

/**
 * A calendar month: `{ tahun, bulan }` (bulan 1–12).
 *
 * @example
 * ```ts
 * BulanSchema.parse({ tahun: 2026, bulan: 3 });
 * ```
 */
export const BulanSchema = z.strictObject({
  tahun: z.number().int().min(1900).max(9999),
  bulan: z.number().int().min(1).max(12),
});

/**
 * A calendar month, see {@link BulanSchema}.
 *
 * @example
 * ```ts
 * const maret: Bulan = { tahun: 2026, bulan: 3 };
 * ```
 */
export type Bulan = z.output<typeof BulanSchema>;

/**
 * The input of {@link hitungTpp} for one pegawai and one month:
 *
 * - the pagu: `pagu` (rupiah) given here, else the configuration's `perPegawai[pegawaiId]`, else
 *   its `perKelasJabatan[kelasJabatan]`;
 * - `periode`: the month;
 * - `predikat` (monthly predikat) or `capaian` (monthly capaian, percent), as the kinerja
 *   component's `dasar` needs;
 * - `persenKomponen`: the percentage of each `INPUT` component, by its kode;
 * - `disiplin.kejadian`: occurrences or days per deduction row (`{ kode, jumlah }`), and
 *   `disiplin.kejadianMenit`: each occurrence of a minute band (`{ kelompok, menit }`);
 * - `hukumanDisiplin`: hukuman disiplin by kode and first month (`mulai`); one is in force for
 *   its `lamaBulan` months.
 *
 * @example
 * ```ts
 * TppInputSchema.parse({
 *   pegawaiId: 'peg-1', kelasJabatan: 7, periode: { tahun: 2026, bulan: 3 }, predikat: 'BAIK',
 *   disiplin: { kejadianMenit: [{ kelompok: 'TERLAMBAT', menit: 12 }], kejadian: [{ kode: 'APEL', jumlah: 1 }] },
 * });
 * ```
 */
export const TppInputSchema = z.object({
  pegawaiId: IdSchema.optional(),
  kelasJabatan: z.number().int().min(1).max(17).optional(),
  pagu: NonNegativeDecimalSchema.optional(),
  periode: BulanSchema,
  predikat: PredikatSchema.optional(),
  capaian: NonNegativeDecimalSchema.optional(),
  persenKomponen: z.record(IdSchema, PersenSchema).default({}),
  disiplin: z
    .object({
      kejadian: z.array(z.object({ kode: IdSchema, jumlah: z.number().int().min(0) })).default([]),
      kejadianMenit: z.array(z.object({ kelompok: IdSchema, menit: z.number().int().min(0) })).default([]),
    })
    .default({ kejadian: [], kejadianMenit: [] }),
  hukumanDisiplin: z.array(z.object({ kode: IdSchema, mulai: BulanSchema })).default([]),
});

/**
 * The input of {@link hitungTpp} as callers write it.
 *
 * @example
 * ```ts
 * const input: TppInput = { kelasJabatan: 9, periode: { tahun: 2026, bulan: 1 }, predikat: 'SANGAT_BAIK' };
 * ```
 */
export type TppInput = z.input<typeof TppInputSchema>;

/**
 * The input of {@link hitungTpp}, validated (defaults filled in).
 *
 * @example
 * ```ts
 * const data: TppInputData = TppInputSchema.parse(input);
 * ```
 */
export type TppInputData = z.output<typeof TppInputSchema>;
