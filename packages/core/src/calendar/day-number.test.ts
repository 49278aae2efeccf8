import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumberOf,
  daysFromCivil,
  isoWeekday,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  tanggalFromDayNumber,
} from './day-number';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['2026-01-01', 20454, 4],
    ['2026-01-02', 20455, 5],
    ['2000-02-29', 11016, 2],
    ['1969-12-31', -1, 3],
    ['0000-01-01', MIN_DAY_NUMBER, 6],
    ['9999-12-31', MAX_DAY_NUMBER, 5],
  ])('%s is day %d, ISO weekday %d', (tanggal, day, weekday) => {
    expect(dayNumberOf(tanggal)).toBe(day);
    expect(tanggalFromDayNumber(day)).toBe(tanggal);
    expect(isoWeekday(day)).toBe(weekday);
  });

  it('rejects what is not an existing date YYYY-MM-DD', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-1-01',
      ' 2026-01-01',
      '2026-01-01T00:00',
      '',
      null,
      20260101,
    ]) {
      expect(dayNumberOf(bad)).toBeNull();
    }
  });

  it('agrees with Date.UTC on every date of years 0000–9999 sampled', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (day) => {
        const d = new Date(day * MS_PER_DAY);
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const dd = d.getUTCDate();
        expect(daysFromCivil(y, m, dd)).toBe(day);
        expect(tanggalFromDayNumber(day)).toBe(
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`,
        );
        expect(isoWeekday(day)).toBe(((d.getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});
