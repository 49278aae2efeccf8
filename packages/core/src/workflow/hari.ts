import { dayNumberOf, tanggalFromDayNumber } from '../calendar/day-number';
import { KinerjaError } from '../errors/kinerja-error';

/** @internal The day number of a date already validated as `YYYY-MM-DD`; throws otherwise. */
export function hariKe(tanggal: string): number {
  const n = dayNumberOf(tanggal);
  if (n === null) throw new KinerjaError('invalid_date', `not a date YYYY-MM-DD: ${JSON.stringify(tanggal)}`);
  return n;
}

/** @internal The date `n` calendar days after (or before, for a negative `n`) a date. */
export function tambahHari(tanggal: string, n: number): string {
  return tanggalFromDayNumber(hariKe(tanggal) + n);
}

/** @internal The number of days of the closed interval [awal, akhir] (0 when akhir < awal). */
export function jumlahHari(awal: string, akhir: string): number {
  return Math.max(0, hariKe(akhir) - hariKe(awal) + 1);
}
