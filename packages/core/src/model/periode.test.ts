import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { JenisPeriodikSchema, jumlahPeriode, PeriodeSchema, periodeWindows } from './periode';
import { daysInMonth } from './tanggal';

describe('periodeWindows', () => {
  it('splits a year into four quarters (TRIWULAN I … IV-AKHIR)', () => {
    expect(periodeWindows({ tahun: 2026, jenisPeriodik: 'TRIWULANAN' })).toEqual([
      { ke: 1, awal: '2026-01-01', akhir: '2026-03-31', akhirTahun: false },
      { ke: 2, awal: '2026-04-01', akhir: '2026-06-30', akhirTahun: false },
      { ke: 3, awal: '2026-07-01', akhir: '2026-09-30', akhirTahun: false },
      { ke: 4, awal: '2026-10-01', akhir: '2026-12-31', akhirTahun: true },
    ]);
  });

  it('splits a year into two semesters', () => {
    expect(periodeWindows({ tahun: 2026, jenisPeriodik: 'SEMESTERAN' })).toEqual([
      { ke: 1, awal: '2026-01-01', akhir: '2026-06-30', akhirTahun: false },
      { ke: 2, awal: '2026-07-01', akhir: '2026-12-31', akhirTahun: true },
    ]);
  });

  it('splits a year into twelve months, ending each on its last day (February by leap year)', () => {
    const leap = periodeWindows({ tahun: 2024, jenisPeriodik: 'BULANAN' });
    expect(leap.map((w) => w.akhir)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
    ]);
    expect(leap.map((w) => w.ke)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(leap.filter((w) => w.akhirTahun).map((w) => w.ke)).toEqual([12]);
    expect(periodeWindows({ tahun: 2026, jenisPeriodik: 'BULANAN' })[1]).toEqual({
      ke: 2,
      awal: '2026-02-01',
      akhir: '2026-02-28',
      akhirTahun: false,
    });
    expect(periodeWindows({ tahun: 2100, jenisPeriodik: 'BULANAN' })[1]?.akhir).toBe('2100-02-28');
  });

  it('covers the year without gap or overlap, in jumlahPeriode windows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2200 }),
        fc.constantFrom(...JenisPeriodikSchema.options),
        (tahun, j) => {
          const ws = periodeWindows({ tahun, jenisPeriodik: j });
          expect(ws).toHaveLength(jumlahPeriode(j));
          expect(ws[0]?.awal).toBe(`${tahun}-01-01`);
          expect(ws.at(-1)?.akhir).toBe(`${tahun}-12-31`);
          ws.forEach((w, i) => {
            expect(w.ke).toBe(i + 1);
            expect(w.awal < w.akhir).toBe(true);
            expect(w.akhirTahun).toBe(i === ws.length - 1);
            const [y, m, d] = w.akhir.split('-').map(Number) as [number, number, number];
            expect(d).toBe(daysInMonth(y, m));
            const next = ws[i + 1];
            if (next) {
              const nextDay = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
              expect(next.awal).toBe(nextDay);
            }
          });
        },
      ),
    );
  });
});

describe('jumlahPeriode, PeriodeSchema', () => {
  it('counts 12, 4 and 2 windows', () => {
    expect(jumlahPeriode('BULANAN')).toBe(12);
    expect(jumlahPeriode('TRIWULANAN')).toBe(4);
    expect(jumlahPeriode('SEMESTERAN')).toBe(2);
  });

  it('defaults to quarters and bounds the year', () => {
    expect(PeriodeSchema.parse({ tahun: 2026 })).toEqual({ tahun: 2026, jenisPeriodik: 'TRIWULANAN' });
    expect(parseWith(PeriodeSchema, { tahun: 1999 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too_small',
          path: ['tahun'],
          params: { minimum: '2000', inclusive: true, origin: 'number' },
        },
      ],
    });
    expect(parseWith(PeriodeSchema, { tahun: 2026, jenisPeriodik: 'MINGGUAN' })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          path: ['jenisPeriodik'],
          params: { options: ['BULANAN', 'TRIWULANAN', 'SEMESTERAN'], received: 'MINGGUAN' },
        },
      ],
    });
    expect(parseWith(PeriodeSchema, { tahun: 2026.5 }).ok).toBe(false);
  });
});
