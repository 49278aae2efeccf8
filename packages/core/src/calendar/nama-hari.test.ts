import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import { NAMA_HARI, namaHari } from './nama-hari';

describe('namaHari', () => {
  it.each([
    ['2026-01-01', 'KAMIS'],
    ['2026-01-02', 'JUMAT'],
    ['2026-01-03', 'SABTU'],
    ['2026-01-04', 'MINGGU'],
    ['2026-01-05', 'SENIN'],
    ['2026-08-17', 'SENIN'],
    ['2024-02-29', 'KAMIS'],
    ['2100-03-01', 'SENIN'],
  ])('%s is a %s', (tanggal, hari) => {
    expect(namaHari(tanggal)).toBe(hari);
  });

  it('lists the days Monday first', () => {
    expect(NAMA_HARI).toEqual(['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU', 'MINGGU']);
  });

  it('throws a KinerjaError for a date that does not exist', () => {
    expect(() => namaHari('2026-02-30')).toThrow(KinerjaError);
  });
});
