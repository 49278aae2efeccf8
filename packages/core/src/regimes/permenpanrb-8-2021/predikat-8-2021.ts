import { z } from 'zod';

/**
 * The predikat kinerja pegawai of PP 30/2019 Pasal 41(5), as PermenPANRB 8/2021 applies it:
 * Sangat Baik, Baik, Cukup (8/2021's wording: "Butuh Perbaikan"), Kurang, Sangat Kurang. Its own
 * enum, distinct from the 6/2022 {@link PredikatSchema}; {@link predikatFrom82021} maps one to
 * the other.
 *
 * @example
 * ```ts
 * Predikat82021Schema.parse('CUKUP');
 * ```
 */
export const Predikat82021Schema = z.enum(['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'SANGAT_KURANG']);

/**
 * A predikat kinerja pegawai under PP 30/2019 and PermenPANRB 8/2021.
 *
 * @example
 * ```ts
 * const p: Predikat82021 = 'BAIK';
 * ```
 */
export type Predikat82021 = z.infer<typeof Predikat82021Schema>;

/**
 * The predikat of PP 30/2019 and PermenPANRB 8/2021, from the best to the worst.
 *
 * @example
 * ```ts
 * PREDIKAT_8_2021.indexOf('CUKUP'); // 2
 * ```
 */
export const PREDIKAT_8_2021: readonly Predikat82021[] = [
  'SANGAT_BAIK',
  'BAIK',
  'CUKUP',
  'KURANG',
  'SANGAT_KURANG',
];
