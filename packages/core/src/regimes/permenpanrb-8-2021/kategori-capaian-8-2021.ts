import { z } from 'zod';

/**
 * The kategori of the capaian of an indikator kinerja individu (PermenPANRB 8/2021, Lampiran
 * BAB VI): Sangat Baik (101 %–110 % and above), Baik (100 %), Cukup (80 %–99 %), Kurang
 * (60 %–79 %), Sangat Kurang (0 %–59 %). The bands themselves are rule pack data.
 *
 * @example
 * ```ts
 * KategoriCapaian82021Schema.parse('CUKUP');
 * ```
 */
export const KategoriCapaian82021Schema = z.enum(['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'SANGAT_KURANG']);

/**
 * A kategori capaian IKI under PermenPANRB 8/2021.
 *
 * @example
 * ```ts
 * const k: KategoriCapaian82021 = 'SANGAT_BAIK';
 * ```
 */
export type KategoriCapaian82021 = z.infer<typeof KategoriCapaian82021Schema>;

/**
 * The kategori capaian IKI, from the best to the worst.
 *
 * @example
 * ```ts
 * KATEGORI_CAPAIAN_8_2021[0]; // 'SANGAT_BAIK'
 * ```
 */
export const KATEGORI_CAPAIAN_8_2021: readonly KategoriCapaian82021[] = [
  'SANGAT_BAIK',
  'BAIK',
  'CUKUP',
  'KURANG',
  'SANGAT_KURANG',
];
