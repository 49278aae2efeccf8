import { z } from 'zod';

/**
 * The languages Kinerja speaks to users: Indonesian (`id`, the default) and English (`en`).
 *
 * @example
 * ```ts
 * LocaleSchema.parse('en'); // 'en'
 * ```
 */
export const LocaleSchema = z.enum(['id', 'en']);

/** A user-facing language: `'id'` (Indonesian, the default) or `'en'` (English). */
export type Locale = 'id' | 'en';

/**
 * The locale used when none is given: Indonesian.
 *
 * @example
 * ```ts
 * formatPersen('87.5', { locale: DEFAULT_LOCALE }); // '87,5%'
 * ```
 */
export const DEFAULT_LOCALE: Locale = 'id';

/** A text in both locales, e.g. `{ id: 'Sangat Baik', en: 'Very good' }`. */
export interface LocalizedLabel {
  readonly id: string;
  readonly en: string;
}

/**
 * Reads a locale coming from outside (a query string, a header, a setting), falling back to
 * Indonesian for anything unknown.
 *
 * @param value - anything.
 * @returns `'en'` when `value` is `'en'`, otherwise `'id'`.
 * @example
 * ```ts
 * toLocale('en'); // 'en'
 * toLocale('fr'); // 'id'
 * ```
 */
export function toLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : DEFAULT_LOCALE;
}
