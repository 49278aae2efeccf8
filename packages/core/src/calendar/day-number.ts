import { isExistingDate } from '../model/tanggal';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @internal The day number of 0000-01-01, the first date a `YYYY-MM-DD` string can write. */
export const MIN_DAY_NUMBER = -719528;
/** @internal The day number of 9999-12-31, the last date a `YYYY-MM-DD` string can write. */
export const MAX_DAY_NUMBER = 2932896;

/**
 * @internal The number of days from 1970-01-01 to a proleptic Gregorian date, by integer
 * arithmetic only (H. Hinnant's `days_from_civil`): no `Date`, so no time zone can shift it.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * @internal The date `YYYY-MM-DD` of a day number (the inverse of {@link daysFromCivil}), for
 * day numbers between {@link MIN_DAY_NUMBER} and {@link MAX_DAY_NUMBER}.
 */
export function tanggalFromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * @internal The day number of a date `YYYY-MM-DD`, or `null` when the text is not an existing
 * date in that form.
 */
export function dayNumberOf(tanggal: unknown): number | null {
  if (typeof tanggal !== 'string') return null;
  const m = ISO_DATE.exec(tanggal);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isExistingDate(year, month, day) ? daysFromCivil(year, month, day) : null;
}

/** @internal The ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
