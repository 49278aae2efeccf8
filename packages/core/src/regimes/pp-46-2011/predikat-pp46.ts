import { z } from 'zod';
import type { LocalizedLabel } from '../../i18n/locale';

/**
 * The five categories (sebutan) of PP 46/2011 for a nilai capaian SKP, a nilai perilaku kerja,
 * each of its aspects and the nilai prestasi kerja (Perka BKN 1/2013): 91 and above Sangat Baik,
 * 76–90 Baik, 61–75 Cukup, 51–60 Kurang, 50 and below Buruk. The bounds are data of the rule
 * pack (`kategori`), see {@link predikatPp46FromNilai}.
 *
 * @example
 * ```ts
 * PredikatPp46Schema.parse('CUKUP'); // 'CUKUP'
 * ```
 */
export const PredikatPp46Schema = z.enum(['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'BURUK']);

/**
 * A category of PP 46/2011: `SANGAT_BAIK`, `BAIK`, `CUKUP`, `KURANG` or `BURUK`.
 *
 * @example
 * ```ts
 * const p: PredikatPp46 = 'BAIK';
 * ```
 */
export type PredikatPp46 = z.infer<typeof PredikatPp46Schema>;

/**
 * The categories of PP 46/2011 from the best to the worst.
 *
 * @example
 * ```ts
 * PREDIKAT_PP46[0]; // 'SANGAT_BAIK'
 * ```
 */
export const PREDIKAT_PP46: readonly PredikatPp46[] = PredikatPp46Schema.options;

/**
 * The display label of each category, in Indonesian (the regulation's word) and English.
 *
 * @example
 * ```ts
 * PREDIKAT_PP46_LABELS.CUKUP.en; // 'Fair'
 * ```
 */
export const PREDIKAT_PP46_LABELS: Readonly<Record<PredikatPp46, LocalizedLabel>> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very good' },
  BAIK: { id: 'Baik', en: 'Good' },
  CUKUP: { id: 'Cukup', en: 'Fair' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  BURUK: { id: 'Buruk', en: 'Bad' },
};
