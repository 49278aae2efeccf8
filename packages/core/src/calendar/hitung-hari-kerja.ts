import { KinerjaError } from '../errors/kinerja-error';
import { dayNumberOf, isoWeekday } from './day-number';
import { type HitunganHariKerja, HitunganHariKerjaSchema } from './hitungan-hari-kerja';
import { type CompiledKalenderKerja, type KalenderKerjaInput, requireKalenderKerja } from './kalender-kerja';

/**
 * The options of {@link hitungHariKerja}: the agency's working calendar and the counting
 * convention.
 *
 * @example
 * ```ts
 * const options: HitungHariKerjaOptions = { hariLibur: ['2026-08-17'], hitungan: 'INCLUSIVE_BOTH' };
 * ```
 */
export type HitungHariKerjaOptions = KalenderKerjaInput & {
  /** Default `EXCLUSIVE_START`: the working days in (awal, akhir]. */
  readonly hitungan?: HitunganHariKerja;
};

/** The number of values of a sorted list in (low, high]. */
function countIn(sorted: readonly number[], low: number, high: number): number {
  return upperBound(sorted, high) - upperBound(sorted, low);
}

/** The number of values ≤ x in a sorted list. */
function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * @internal The working days in (a, b] of a compiled calendar, for day numbers a ≤ b: whole weeks
 * by multiplication, the rest day by day, minus the holidays on working weekdays in the range.
 */
export function countWorkingDays(k: CompiledKalenderKerja, a: number, b: number): number {
  const n = b - a;
  const weeks = Math.floor(n / 7);
  let count = weeks * k.perWeek;
  for (let d = a + weeks * 7 + 1; d <= b; d++) if (!k.weekend[isoWeekday(d)]) count++;
  return count - countIn(k.workdayHolidays, a, b);
}

/** @internal The working days from a to b (a ≤ b) under a counting convention. */
export function countHariKerja(
  k: CompiledKalenderKerja,
  a: number,
  b: number,
  hitungan: HitunganHariKerja,
): number {
  return countWorkingDays(k, hitungan === 'INCLUSIVE_BOTH' ? a - 1 : a, b);
}

/**
 * The number of working days (hari kerja) from `awal` to `akhir`: weekend days (Saturday and
 * Sunday by default, configurable for a six-day week) and the listed holidays and cuti bersama
 * do not count. With the default convention `EXCLUSIVE_START` these are the working days in
 * (awal, akhir] — the time a request received on `awal` and completed on `akhir` took:
 *
 * $$\text{hariKerja}(A, B) = \left|\{\, d : A < d \le B,\ d \text{ is a working day} \,\}\right|$$
 *
 * so the same day is 0 and Friday → Monday is 1. `INCLUSIVE_BOTH` counts [awal, akhir]. Pure
 * integer date arithmetic (no `Date`): the result does not depend on the machine's time zone.
 *
 * @param awal - the first date `YYYY-MM-DD` (the day of receipt).
 * @param akhir - the last date `YYYY-MM-DD`, not before `awal` (the day of completion).
 * @param options - the working calendar and `hitungan` (default `EXCLUSIVE_START`).
 * @returns the number of working days, ≥ 0.
 * @throws {@link KinerjaError} `invalid_date` for a date that is not an existing `YYYY-MM-DD`;
 * `invalid_interval` when `akhir` is before `awal`; `invalid_calendar` for invalid options.
 * @example
 * ```ts
 * hitungHariKerja('2026-01-02', '2026-01-05'); // 1 (Friday → Monday)
 * hitungHariKerja('2026-01-02', '2026-01-02'); // 0 (the same day)
 * hitungHariKerja('2026-01-02', '2026-01-05', { hitungan: 'INCLUSIVE_BOTH' }); // 2
 * hitungHariKerja('2026-03-17', '2026-03-25', {
 *   hariLibur: ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24'],
 * }); // 1 (Nyepi, Idulfitri and cuti bersama)
 * ```
 */
export function hitungHariKerja(awal: string, akhir: string, options?: HitungHariKerjaOptions): number {
  const { hitungan, ...kalender } = options ?? {};
  const convention = HitunganHariKerjaSchema.safeParse(hitungan ?? 'EXCLUSIVE_START');
  if (!convention.success) {
    throw new KinerjaError('invalid_calendar', `hitungHariKerja: unknown hitungan: ${String(hitungan)}`);
  }
  const k = requireKalenderKerja(kalender, 'hitungHariKerja');
  const a = dayNumberOf(awal);
  const b = dayNumberOf(akhir);
  if (a === null || b === null) {
    const bad = a === null ? awal : akhir;
    throw new KinerjaError('invalid_date', `hitungHariKerja: not a date YYYY-MM-DD: ${String(bad)}`);
  }
  if (b < a) {
    throw new KinerjaError('invalid_interval', `hitungHariKerja: akhir ${akhir} is before awal ${awal}`);
  }
  return countHariKerja(k, a, b, convention.data);
}
