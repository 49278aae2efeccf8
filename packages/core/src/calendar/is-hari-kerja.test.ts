import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import { isHariKerja } from './is-hari-kerja';

describe('isHariKerja', () => {
  it.each([
    ['a Friday', '2026-01-02', {}, true],
    ['a Saturday', '2026-01-03', {}, false],
    ['a Sunday', '2026-01-04', {}, false],
    ['a Saturday in a six-day week', '2026-01-03', { akhirPekan: ['MINGGU' as const] }, true],
    ['a Sunday in a six-day week', '2026-01-04', { akhirPekan: ['MINGGU' as const] }, false],
    ['a listed holiday (Isra Mikraj, Friday)', '2026-01-16', { hariLibur: ['2026-01-16'] }, false],
    ['a listed cuti bersama (Monday)', '2026-02-16', { hariLibur: ['2026-02-16'] }, false],
    ['the day after a listed holiday', '2026-01-19', { hariLibur: ['2026-01-16'] }, true],
  ])('%s (%s) → %s', (_, tanggal, options, expected) => {
    expect(isHariKerja(tanggal, options)).toBe(expected);
  });

  it('throws a KinerjaError for a date that does not exist or for invalid options', () => {
    expect(() => isHariKerja('2026-02-29')).toThrow(KinerjaError);
    expect(() => isHariKerja('2026-02-28', { hariLibur: ['tomorrow'] })).toThrow(KinerjaError);
  });
});
