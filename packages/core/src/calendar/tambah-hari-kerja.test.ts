import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import { tanggalFromDayNumber } from './day-number';
import { hitungHariKerja } from './hitung-hari-kerja';
import { isHariKerja } from './is-hari-kerja';
import { NAMA_HARI } from './nama-hari';
import { tambahHariKerja } from './tambah-hari-kerja';

describe('tambahHariKerja — golden cases', () => {
  it.each([
    ['Friday + 1', '2026-01-02', 1, {}, '2026-01-05'],
    ['Friday + 0 (itself)', '2026-01-02', 0, {}, '2026-01-02'],
    ['Saturday + 0 (itself, even off)', '2026-01-03', 0, {}, '2026-01-03'],
    ['Saturday + 1', '2026-01-03', 1, {}, '2026-01-05'],
    ['Monday + 5', '2026-01-05', 5, {}, '2026-01-12'],
    ['Friday + 1, six-day week', '2026-01-02', 1, { akhirPekan: ['MINGGU' as const] }, '2026-01-03'],
    ['Friday 14 August + 1 over HUT RI', '2026-08-14', 1, { hariLibur: ['2026-08-17'] }, '2026-08-18'],
    [
      'Tuesday 17 March + 1 over Nyepi, Idulfitri and cuti bersama',
      '2026-03-17',
      1,
      { hariLibur: ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24'] },
      '2026-03-25',
    ],
    ['year end', '2026-12-31', 1, {}, '2027-01-01'],
    ['a year of weekdays', '2025-12-31', 261, {}, '2026-12-31'],
  ])('%s: %s + %d = %s', (_, tanggal, n, options, expected) => {
    expect(tambahHariKerja(tanggal, n, options)).toBe(expected);
  });

  it('throws a KinerjaError for a bad date, a negative or fractional n, and past 9999-12-31', () => {
    expect(() => tambahHariKerja('2026-02-30', 1)).toThrow(KinerjaError);
    expect(() => tambahHariKerja('2026-02-02', -1)).toThrow(KinerjaError);
    expect(() => tambahHariKerja('2026-02-02', 1.5)).toThrow(KinerjaError);
    expect(() => tambahHariKerja('9999-12-31', 1)).toThrow(KinerjaError);
    expect(() => tambahHariKerja('2026-01-01', Number.MAX_SAFE_INTEGER)).toThrow(KinerjaError);
    expect(tambahHariKerja('9999-12-30', 1)).toBe('9999-12-31');
  });
});

describe('tambahHariKerja — properties', () => {
  const arbStart = fc.integer({ min: -25567, max: 83969 });
  const arbCase = arbStart.chain((a) =>
    fc.record({
      tanggal: fc.constant(tanggalFromDayNumber(a)),
      n: fc.nat(300),
      kalender: fc.record({
        akhirPekan: fc.subarray([...NAMA_HARI], { maxLength: 6 }),
        hariLibur: fc.array(fc.integer({ min: a - 3, max: a + 700 }).map(tanggalFromDayNumber), {
          maxLength: 15,
        }),
      }),
    }),
  );

  it('hitungHariKerja(a, tambahHariKerja(a, n)) = n', () => {
    fc.assert(
      fc.property(arbCase, ({ tanggal, n, kalender }) => {
        expect(hitungHariKerja(tanggal, tambahHariKerja(tanggal, n, kalender), kalender)).toBe(n);
      }),
    );
  });

  it('lands on a working day, the earliest one with n working days', () => {
    fc.assert(
      fc.property(
        arbCase.filter((c) => c.n > 0),
        ({ tanggal, n, kalender }) => {
          const d = tambahHariKerja(tanggal, n, kalender);
          expect(isHariKerja(d, kalender)).toBe(true);
          expect(tambahHariKerja(tanggal, n - 1, kalender) < d).toBe(true);
        },
      ),
    );
  });
});
