import { KinerjaError } from '../errors/kinerja-error';
import { dayNumberOf, MAX_DAY_NUMBER, tanggalFromDayNumber } from './day-number';
import { countWorkingDays } from './hitung-hari-kerja';
import { type CompiledKalenderKerja, type KalenderKerjaInput, requireKalenderKerja } from './kalender-kerja';

/**
 * @internal The n-th working day after day a (a itself for n = 0), or `null` past 9999-12-31:
 * the smallest d ≥ a with n working days in (a, d], found by bisection on that monotone count.
 */
export function addWorkingDays(k: CompiledKalenderKerja, a: number, n: number): number | null {
  if (n === 0) return a;
  // Each week holds perWeek working days and each holiday removes at most one.
  let hi = a + (Math.ceil((n + k.workdayHolidays.length) / k.perWeek) + 1) * 7;
  if (hi > MAX_DAY_NUMBER) {
    if (countWorkingDays(k, a, MAX_DAY_NUMBER) < n) return null;
    hi = MAX_DAY_NUMBER;
  }
  let lo = a;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (countWorkingDays(k, a, mid) >= n) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The date `n` working days after `tanggal`: the n-th working day that follows it (weekend days
 * and listed holidays skipped), so that, under the default convention `EXCLUSIVE_START`,
 *
 * $$\text{hitungHariKerja}(A, \text{tambahHariKerja}(A, n)) = n$$
 *
 * — the deadline of a request received on `tanggal` with a service standard of `n` working days.
 * `n = 0` gives `tanggal` itself, even on a day off.
 *
 * @param tanggal - the start date `YYYY-MM-DD`.
 * @param n - the number of working days to add, a non-negative integer.
 * @param options - the agency's working calendar (default: Saturday and Sunday off, no holidays).
 * @returns the date `YYYY-MM-DD`; for `n > 0` always a working day.
 * @throws {@link KinerjaError} `invalid_date` for a `tanggal` that is not an existing date;
 * `invalid_argument` when `n` is not a non-negative integer; `date_out_of_range` past
 * 9999-12-31; `invalid_calendar` for invalid options.
 * @example
 * ```ts
 * tambahHariKerja('2026-01-02', 1); // '2026-01-05' (Friday + 1 → Monday)
 * tambahHariKerja('2026-01-02', 1, { akhirPekan: ['MINGGU'] }); // '2026-01-03' (six-day week)
 * tambahHariKerja('2026-08-14', 1, { hariLibur: ['2026-08-17'] }); // '2026-08-18'
 * ```
 */
export function tambahHariKerja(tanggal: string, n: number, options?: KalenderKerjaInput): string {
  const k = requireKalenderKerja(options, 'tambahHariKerja');
  const a = dayNumberOf(tanggal);
  if (a === null) {
    throw new KinerjaError('invalid_date', `tambahHariKerja: not a date YYYY-MM-DD: ${String(tanggal)}`);
  }
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new KinerjaError('invalid_argument', `tambahHariKerja: n must be a non-negative integer, got ${n}`);
  }
  const d = addWorkingDays(k, a, n);
  if (d === null) {
    throw new KinerjaError(
      'date_out_of_range',
      `tambahHariKerja: ${tanggal} + ${n} working days is after 9999-12-31`,
    );
  }
  return tanggalFromDayNumber(d);
}
