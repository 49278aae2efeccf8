import { KinerjaError } from '../errors/kinerja-error';
import { dayNumberOf } from './day-number';
import { isWorkingDay, type KalenderKerjaInput, requireKalenderKerja } from './kalender-kerja';

/**
 * Whether a date is a working day (hari kerja) of an agency: not one of its weekend days and not
 * in its list of holidays and cuti bersama. Pure integer date arithmetic: the answer does not
 * depend on the time zone of the machine.
 *
 * @param tanggal - a date `YYYY-MM-DD`.
 * @param options - the agency's working calendar (default: Saturday and Sunday off, no holidays).
 * @returns `true` for a working day.
 * @throws {@link KinerjaError} `invalid_date` for a `tanggal` that is not an existing date
 * `YYYY-MM-DD`; `invalid_calendar` for invalid options.
 * @example
 * ```ts
 * isHariKerja('2026-01-02'); // true (a Friday)
 * isHariKerja('2026-01-03'); // false (a Saturday)
 * isHariKerja('2026-01-03', { akhirPekan: ['MINGGU'] }); // true (six-day week)
 * isHariKerja('2026-01-16', { hariLibur: ['2026-01-16'] }); // false (Isra Mikraj)
 * ```
 */
export function isHariKerja(tanggal: string, options?: KalenderKerjaInput): boolean {
  const k = requireKalenderKerja(options, 'isHariKerja');
  const day = dayNumberOf(tanggal);
  if (day === null) {
    throw new KinerjaError('invalid_date', `isHariKerja: not a date YYYY-MM-DD: ${String(tanggal)}`);
  }
  return isWorkingDay(k, day);
}
