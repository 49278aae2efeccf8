import type { LocalizedLabel } from '../i18n/locale';

/**
 * What a rater-bias statistic is about: the rating hasil kerja, the rating perilaku kerja, or the
 * predikat kinerja that the two give.
 *
 * @example
 * ```ts
 * const a: AspekBias = 'ratingPerilakuKerja';
 * ```
 */
export type AspekBias = 'ratingHasilKerja' | 'ratingPerilakuKerja' | 'predikat';

/**
 * The aspects, in the order the findings list them.
 *
 * @example
 * ```ts
 * ASPEK_BIAS.length; // 3
 * ```
 */
export const ASPEK_BIAS: readonly AspekBias[] = ['ratingHasilKerja', 'ratingPerilakuKerja', 'predikat'];

/**
 * The kind of a rater-bias finding (the biases named in BKN's rater training, §6):
 * `TERLALU_LUNAK` leniency, `TERLALU_KETAT` severity (strictness), `KECENDERUNGAN_TENGAH` central
 * tendency; `SAMPEL_KECIL` says the rater has too few bawahan to be judged.
 *
 * @example
 * ```ts
 * const k: KodeTemuanBias = 'TERLALU_LUNAK';
 * ```
 */
export type KodeTemuanBias = 'TERLALU_LUNAK' | 'TERLALU_KETAT' | 'KECENDERUNGAN_TENGAH' | 'SAMPEL_KECIL';

/**
 * One finding of `raterBias`, as data (no prose): the kind, the aspect and the numbers it rests
 * on, as canonical decimal strings. `formatTemuanBias` renders it in Indonesian or English.
 *
 * - `TERLALU_LUNAK` / `TERLALU_KETAT`: `index` is the rater's leniency index (mean score minus
 *   the agency mean, in agency standard deviations) and `threshold` the bound it reached
 *   (`index ≥ threshold`, resp. `index ≤ −threshold`);
 * - `KECENDERUNGAN_TENGAH`: the share of the middle rating (`middleShare ≥ middleShareThreshold`)
 *   and the ratio of the rater's variance to the agency's (`varianceRatio ≤ varianceRatioThreshold`);
 * - `SAMPEL_KECIL`: the number of ratings (`count`) below the `minimum`; `aspek` is `null` when the
 *   rater as a whole has too few bawahan.
 *
 * @example
 * ```ts
 * const t: TemuanBias = { code: 'TERLALU_LUNAK', aspek: 'predikat', index: '1.2', threshold: '0.5' };
 * ```
 */
export type TemuanBias =
  | {
      readonly code: 'TERLALU_LUNAK' | 'TERLALU_KETAT';
      readonly aspek: AspekBias;
      readonly index: string;
      readonly threshold: string;
    }
  | {
      readonly code: 'KECENDERUNGAN_TENGAH';
      readonly aspek: AspekBias;
      readonly middleShare: string;
      readonly middleShareThreshold: string;
      readonly varianceRatio: string;
      readonly varianceRatioThreshold: string;
    }
  | {
      readonly code: 'SAMPEL_KECIL';
      readonly aspek: AspekBias | null;
      readonly count: number;
      readonly minimum: number;
    };

/**
 * Short names of the findings, in Indonesian and English, for table headers and legends.
 *
 * @example
 * ```ts
 * TEMUAN_BIAS_LABELS.KECENDERUNGAN_TENGAH.en; // 'Central tendency'
 * ```
 */
export const TEMUAN_BIAS_LABELS: Readonly<Record<KodeTemuanBias, LocalizedLabel>> = {
  TERLALU_LUNAK: { id: 'Terlalu lunak (leniency)', en: 'Leniency' },
  TERLALU_KETAT: { id: 'Terlalu ketat (strictness)', en: 'Severity (strictness)' },
  KECENDERUNGAN_TENGAH: { id: 'Kecenderungan tengah', en: 'Central tendency' },
  SAMPEL_KECIL: { id: 'Sampel kecil', en: 'Small sample' },
};

/**
 * Names of the aspects, in Indonesian and English.
 *
 * @example
 * ```ts
 * ASPEK_BIAS_LABELS.ratingHasilKerja.id; // 'rating hasil kerja'
 * ```
 */
export const ASPEK_BIAS_LABELS: Readonly<Record<AspekBias, LocalizedLabel>> = {
  ratingHasilKerja: { id: 'rating hasil kerja', en: 'work results rating' },
  ratingPerilakuKerja: { id: 'rating perilaku kerja', en: 'work behaviour rating' },
  predikat: { id: 'predikat kinerja', en: 'performance rating (predikat)' },
};
