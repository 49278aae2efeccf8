import { KinerjaError } from '../errors/kinerja-error';
import { isExistingDate } from '../model/tanggal';
import type { Locale } from './locale';

const BULAN: Readonly<Record<Locale, readonly string[]>> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a calendar date `YYYY-MM-DD` the way letters and official sheets write it: day, month
 * name, year. Pure string work: no `Date`, so no time zone can shift the day.
 *
 * @param tanggal - a date `YYYY-MM-DD`, e.g. `'2026-03-31'`.
 * @param locale - `'id'` (default) or `'en'`.
 * @returns e.g. `'31 Maret 2026'` (id) or `'31 March 2026'` (en).
 * @throws KinerjaError `invalid_date` when `tanggal` is not an existing date in that form.
 * @example
 * ```ts
 * formatTanggal('2026-03-31');       // '31 Maret 2026'
 * formatTanggal('2026-03-01', 'en'); // '1 March 2026'
 * ```
 */
export function formatTanggal(tanggal: string, locale: Locale = 'id'): string {
  const m = ISO_DATE.exec(tanggal);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (m === null || !isExistingDate(year, month, day)) {
    throw new KinerjaError('invalid_date', `formatTanggal: not a date YYYY-MM-DD: ${tanggal}`);
  }
  const months = BULAN[locale] ?? BULAN.id;
  return `${day} ${months[month - 1]} ${m[1]}`;
}
