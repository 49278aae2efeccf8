import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a year, month and day form an existing calendar date (proleptic Gregorian).
 *
 * @param year - the year, e.g. 2026.
 * @param month - 1–12.
 * @param day - 1–31.
 * @returns true when the date exists.
 * @example
 * ```ts
 * isExistingDate(2024, 2, 29); // true
 * isExistingDate(2026, 2, 29); // false
 * ```
 */
export function isExistingDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * The number of days of a month.
 *
 * @param year - the year.
 * @param month - 1–12.
 * @returns 28–31.
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A calendar date as the regulations write periods: `YYYY-MM-DD`, no time and no zone.
 *
 * @example
 * ```ts
 * TanggalSchema.parse('2026-03-31');
 * ```
 */
export const TanggalSchema = z.string().refine(
  (s) => {
    const m = ISO_DATE.exec(s);
    return m !== null && isExistingDate(Number(m[1]), Number(m[2]), Number(m[3]));
  },
  // `abort`: the SKP's interval checks must never compare an unreadable date.
  { error: 'invalid_date', abort: true },
);

/** A calendar date `YYYY-MM-DD`. */
export type Tanggal = z.infer<typeof TanggalSchema>;

/**
 * A moment in time as an ISO 8601 string with an offset or `Z`, e.g. `2026-01-15T09:30:00+07:00`.
 *
 * @example
 * ```ts
 * WaktuSchema.parse('2026-01-15T09:30:00+07:00');
 * ```
 */
export const WaktuSchema = z.iso.datetime({ offset: true });

/** An ISO 8601 date-time with an offset. */
export type Waktu = z.infer<typeof WaktuSchema>;
