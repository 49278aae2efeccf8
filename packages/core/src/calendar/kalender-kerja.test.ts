import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { compileKalenderKerja, KalenderKerjaSchema } from './kalender-kerja';

describe('KalenderKerjaSchema', () => {
  it('defaults to Saturday and Sunday off and no holidays', () => {
    expect(KalenderKerjaSchema.parse({})).toEqual({ akhirPekan: ['SABTU', 'MINGGU'], hariLibur: [] });
  });

  it('accepts a six-day week', () => {
    const k = compileKalenderKerja(KalenderKerjaSchema.parse({ akhirPekan: ['MINGGU'] }));
    expect(k.perWeek).toBe(6);
  });

  it('keeps only holidays on working weekdays for the count, once each', () => {
    const k = compileKalenderKerja(
      // 2026-03-21/22 are a Saturday and a Sunday; 2026-03-20 is listed twice.
      KalenderKerjaSchema.parse({ hariLibur: ['2026-03-22', '2026-03-20', '2026-03-21', '2026-03-20'] }),
    );
    expect(k.workdayHolidays).toHaveLength(1);
    expect(k.holidays.size).toBe(3);
  });

  it.each([
    [{ hariLibur: ['2026-02-29'] }, 'invalid_date', ['hariLibur', 0]],
    [{ hariLibur: ['17-08-2026'] }, 'invalid_date', ['hariLibur', 0]],
    [{ akhirPekan: ['SABTU', 'SABTU'] }, 'duplicate_id', ['akhirPekan', 1]],
    [
      { akhirPekan: ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU', 'MINGGU'] },
      'too_big',
      ['akhirPekan'],
    ],
    [{ akhirPekan: ['AHAD'] }, 'invalid_value', ['akhirPekan', 0]],
    [{ holidays: [] }, 'unrecognized_keys', []],
  ])('rejects %j with %s', (input, code, path) => {
    const r = parseWith(KalenderKerjaSchema, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code, path }));
  });
});
