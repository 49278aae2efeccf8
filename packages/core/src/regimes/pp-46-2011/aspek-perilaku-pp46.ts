import { z } from 'zod';
import type { LocalizedLabel } from '../../i18n/locale';

/**
 * The aspects of perilaku kerja under PP 46/2011, in the order of the official form (§3.2):
 * orientasi pelayanan, integritas, komitmen, disiplin, kerja sama and kepemimpinan, the last
 * only for a pejabat struktural. Each is scored 0–100.
 *
 * @example
 * ```ts
 * AspekPerilakuPp46Schema.parse('kerjaSama');
 * ```
 */
export const AspekPerilakuPp46Schema = z.enum([
  'orientasiPelayanan',
  'integritas',
  'komitmen',
  'disiplin',
  'kerjaSama',
  'kepemimpinan',
]);

/**
 * An aspect of perilaku kerja under PP 46/2011, as its key in the input.
 *
 * @example
 * ```ts
 * const a: AspekPerilakuPp46 = 'orientasiPelayanan';
 * ```
 */
export type AspekPerilakuPp46 = z.infer<typeof AspekPerilakuPp46Schema>;

/**
 * The aspects of perilaku kerja in the order of the official form; `kepemimpinan` last.
 *
 * @example
 * ```ts
 * ASPEK_PERILAKU_PP46.length; // 6
 * ```
 */
export const ASPEK_PERILAKU_PP46: readonly AspekPerilakuPp46[] = AspekPerilakuPp46Schema.options;

/**
 * The display label of each aspect of perilaku kerja, in Indonesian and English.
 *
 * @example
 * ```ts
 * ASPEK_PERILAKU_PP46_LABELS.kerjaSama.en; // 'Teamwork'
 * ```
 */
export const ASPEK_PERILAKU_PP46_LABELS: Readonly<Record<AspekPerilakuPp46, LocalizedLabel>> = {
  orientasiPelayanan: { id: 'Orientasi pelayanan', en: 'Service orientation' },
  integritas: { id: 'Integritas', en: 'Integrity' },
  komitmen: { id: 'Komitmen', en: 'Commitment' },
  disiplin: { id: 'Disiplin', en: 'Discipline' },
  kerjaSama: { id: 'Kerja sama', en: 'Teamwork' },
  kepemimpinan: { id: 'Kepemimpinan', en: 'Leadership' },
};
