import type { Decimal } from '../decimal/decimal';
import { type FormatAngkaOptions, formatAngka } from './format-angka';

/**
 * Formats a percentage (a value already in percent, e.g. a capaian of `87.5`) with the `%` sign
 * and no space, as Indonesian official sheets write it.
 *
 * @param value - the percentage, e.g. `'87.5'` for 87,5 %.
 * @param options - scale, rounding mode and locale, as for {@link formatAngka}.
 * @returns e.g. `'87,5%'` (id) or `'87.5%'` (en).
 * @throws KinerjaError `invalid_decimal` when `value` is not a finite decimal.
 * @example
 * ```ts
 * formatPersen('87.5');                      // '87,5%'
 * formatPersen('87.5', { locale: 'en' });    // '87.5%'
 * formatPersen('107.142857', { scale: 2 });  // '107,14%'
 * ```
 */
export function formatPersen(value: Decimal | string, options: FormatAngkaOptions = {}): string {
  return `${formatAngka(value, options)}%`;
}
