import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import { formatTanggal } from './format-tanggal';

describe('formatTanggal', () => {
  it.each([
    ['2026-03-31', '31 Maret 2026', '31 March 2026'],
    ['2026-01-01', '1 Januari 2026', '1 January 2026'],
    ['2026-02-09', '9 Februari 2026', '9 February 2026'],
    ['2024-02-29', '29 Februari 2024', '29 February 2024'],
    ['2026-04-30', '30 April 2026', '30 April 2026'],
    ['2026-05-15', '15 Mei 2026', '15 May 2026'],
    ['2026-06-01', '1 Juni 2026', '1 June 2026'],
    ['2026-07-17', '17 Juli 2026', '17 July 2026'],
    ['2026-08-17', '17 Agustus 2026', '17 August 2026'],
    ['2026-09-30', '30 September 2026', '30 September 2026'],
    ['2026-10-28', '28 Oktober 2026', '28 October 2026'],
    ['2026-11-10', '10 November 2026', '10 November 2026'],
    ['2026-12-31', '31 Desember 2026', '31 December 2026'],
  ])('%s → %s / %s', (tanggal, id, en) => {
    expect(formatTanggal(tanggal)).toBe(id);
    expect(formatTanggal(tanggal, 'id')).toBe(id);
    expect(formatTanggal(tanggal, 'en')).toBe(en);
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '31-03-2026',
    '2026-3-31',
    '',
    '2026-03-31T00:00',
  ])('throws a KinerjaError for %j', (tanggal) => {
    expect(() => formatTanggal(tanggal)).toThrow(KinerjaError);
  });
});
