import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { arbTanggal } from '../testing/arbitraries';
import { daysInMonth, isExistingDate, TanggalSchema, WaktuSchema } from './tanggal';

describe('isExistingDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2026, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2100, 2, 29, false],
    [2026, 2, 28, true],
    [2026, 4, 30, true],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 12, 32, false],
    [2026, 0, 1, false],
    [2026, 13, 1, false],
    [2026, 1, 0, false],
    [2026, 1, -1, false],
    [2026, 1.5, 1, false],
    [2026, 1, 1.5, false],
    [Number.NaN, 1, 1, false],
  ])('isExistingDate(%d, %d, %d) is %s', (y, m, d, expected) => {
    expect(isExistingDate(y, m, d)).toBe(expected);
  });

  it('agrees with the proleptic Gregorian calendar of Date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const date = new Date(Date.UTC(y, m - 1, d));
          const exists =
            date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(isExistingDate(y, m, d)).toBe(exists && m >= 1 && m <= 12);
        },
      ),
    );
  });
});

describe('daysInMonth', () => {
  it('knows the length of every month, February by leap year', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});

describe('TanggalSchema', () => {
  it.each(['2026-01-01', '2026-03-31', '2024-02-29', '2000-02-29'])('accepts %s', (s) => {
    expect(TanggalSchema.parse(s)).toBe(s);
  });

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-3-31',
    '26-03-31',
    '2026/03/31',
    '31-03-2026',
    ' 2026-03-31',
    '2026-03-31T00:00:00Z',
    '',
  ])('rejects %j with invalid_date', (s) => {
    expect(parseWith(TanggalSchema, s, ['periodeAwal'])).toEqual({
      ok: false,
      issues: [{ code: 'invalid_date', path: ['periodeAwal'], params: { received: s } }],
    });
  });

  it('rejects what is not a string by its type', () => {
    expect(parseWith(TanggalSchema, 20260331)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], params: { expected: 'string', received: 'number' } }],
    });
    expect(parseWith(TanggalSchema, undefined)).toEqual({
      ok: false,
      issues: [{ code: 'required', path: [], params: {} }],
    });
  });

  it('accepts every existing date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }).chain(arbTanggal), (d) => {
        expect(TanggalSchema.safeParse(d).success).toBe(true);
      }),
    );
  });
});

describe('WaktuSchema', () => {
  it.each(['2026-01-15T09:30:00+07:00', '2026-01-15T02:30:00Z', '2026-01-15T09:30:00.250+07:00'])(
    'accepts %s',
    (s) => {
      expect(WaktuSchema.parse(s)).toBe(s);
    },
  );

  it.each(['2026-01-15T09:30:00', '2026-01-15', '2026-02-30T09:30:00Z', '15/01/2026 09:30'])(
    'rejects %s (no offset, no time, no such day, not ISO)',
    (s) => {
      expect(parseWith(WaktuSchema, s)).toEqual({
        ok: false,
        issues: [{ code: 'invalid_format', path: [], params: { format: 'datetime' } }],
      });
    },
  );
});
