import { z } from 'zod';

/**
 * What a service register can measure for an indikator kinerja individu (IKI) of a petugas in a
 * window:
 * - `JUMLAH_DITERIMA` — requests received in the window;
 * - `JUMLAH_SELESAI` — requests completed (status `SELESAI`) in the window;
 * - `JUMLAH_TEPAT_WAKTU` — of those, completed within the service standard;
 * - `PERSEN_TEPAT_WAKTU` — that share, in percent;
 * - `MEDIAN_HARI` — the median working days to completion (a `MINIMALISASI` indikator);
 * - `RATA_RATA_HARI` — the mean working days to completion (a `MINIMALISASI` indikator).
 *
 * @example
 * ```ts
 * UkuranLayananSchema.parse('MEDIAN_HARI');
 * ```
 */
export const UkuranLayananSchema = z.enum([
  'JUMLAH_DITERIMA',
  'JUMLAH_SELESAI',
  'JUMLAH_TEPAT_WAKTU',
  'PERSEN_TEPAT_WAKTU',
  'MEDIAN_HARI',
  'RATA_RATA_HARI',
]);

/**
 * A measure of a service register, see {@link UkuranLayananSchema}.
 *
 * @example
 * ```ts
 * const ukuran: UkuranLayanan = 'PERSEN_TEPAT_WAKTU';
 * ```
 */
export type UkuranLayanan = z.infer<typeof UkuranLayananSchema>;

/**
 * Every measure, in a fixed order (the order of realisasi in a result).
 *
 * @example
 * ```ts
 * UKURAN_LAYANAN.length; // 6
 * ```
 */
export const UKURAN_LAYANAN: readonly UkuranLayanan[] = UkuranLayananSchema.options;
