import { z } from 'zod';
import { KinerjaError } from '../errors/kinerja-error';
import { dayNumberOf, isoWeekday } from './day-number';

/**
 * The days of the week, Monday first (ISO 8601 order), as the agency's calendar names them.
 *
 * @example
 * ```ts
 * NamaHariSchema.parse('JUMAT'); // 'JUMAT'
 * ```
 */
export const NamaHariSchema = z.enum(['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU', 'MINGGU']);

/**
 * A day of the week: `SENIN` (Monday) … `MINGGU` (Sunday).
 *
 * @example
 * ```ts
 * const libur: NamaHari[] = ['SABTU', 'MINGGU'];
 * ```
 */
export type NamaHari = z.infer<typeof NamaHariSchema>;

/**
 * The days of the week in ISO order: index 0 is Monday (`SENIN`), index 6 Sunday (`MINGGU`).
 *
 * @example
 * ```ts
 * NAMA_HARI[4]; // 'JUMAT'
 * ```
 */
export const NAMA_HARI: readonly NamaHari[] = NamaHariSchema.options;

/**
 * The day of the week of a calendar date, computed with integer arithmetic only (the result does
 * not depend on the time zone of the machine).
 *
 * @param tanggal - a date `YYYY-MM-DD`.
 * @returns its day of the week.
 * @throws {@link KinerjaError} `invalid_date` when `tanggal` is not an existing date `YYYY-MM-DD`.
 * @example
 * ```ts
 * namaHari('2026-01-02'); // 'JUMAT'
 * namaHari('2026-08-17'); // 'SENIN'
 * ```
 */
export function namaHari(tanggal: string): NamaHari {
  const day = dayNumberOf(tanggal);
  if (day === null)
    throw new KinerjaError('invalid_date', `namaHari: not a date YYYY-MM-DD: ${String(tanggal)}`);
  return NAMA_HARI[isoWeekday(day) - 1]!;
}
