import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tanggalFromDayNumber } from '../../calendar/day-number';
import { Decimal } from '../../decimal/decimal';
import type { Issue } from '../../issues/issue';
import type { PermohonanLayananInput } from './permohonan-layanan';
import { realisasiDariLayanan } from './realisasi-dari-layanan';
import type { RealisasiDariLayananOptions } from './realisasi-dari-layanan-options';
import type { RealisasiLayanan } from './realisasi-layanan';

/** Libur nasional and cuti bersama of the first half of 2026 (SKB 3 Menteri, illustrative). */
const LIBUR = [
  '2026-01-01',
  '2026-01-16',
  '2026-02-16',
  '2026-02-17',
  '2026-03-18',
  '2026-03-19',
  '2026-03-20',
  '2026-03-21',
  '2026-03-22',
  '2026-03-23',
  '2026-03-24',
  '2026-04-03',
  '2026-04-05',
];

const row = (
  id: string,
  jenisLayanan: string,
  diterimaPada: string,
  selesaiPada: string | null,
  status: PermohonanLayananInput['status'] = 'SELESAI',
  petugasId = 'p1',
): PermohonanLayananInput => ({ id, jenisLayanan, diterimaPada, selesaiPada, status, petugasId });

// Hand-computed, days in (diterima, selesai] without weekends and LIBUR:
const ROWS: PermohonanLayananInput[] = [
  row('A', 'DOMISILI', '2026-01-02', '2026-01-05'), // Fri → Mon: 1 ≤ 1 tepat
  row('B', 'DOMISILI', '2026-01-05', '2026-01-05'), // same day: 0 ≤ 1 tepat
  row('C', 'SKCK', '2026-01-15', '2026-01-20'), // Thu → Tue over Isra Mikraj (Fri 16): 19, 20 = 2 ≤ 3 tepat
  row('D', 'SKCK', '2026-03-17', '2026-03-27'), // Nyepi, Idulfitri, cuti bersama: 25, 26, 27 = 3 ≤ 3 tepat
  row('E', 'SKTM', '2026-02-02', '2026-02-09'), // Mon → Mon: 3, 4, 5, 6, 9 = 5 > 3 (default)
  row('F', 'DOMISILI', '2026-03-30', null, 'DIPROSES'), // still in process
  row('G', 'SKCK', '2026-03-27', '2026-04-02'), // completed after the window: 30, 31, 1, 2 = 4
  row('H', 'DOMISILI', '2025-12-29T14:00:00+07:00', '2026-01-02T09:00:00+07:00'), // 30, 31, 2 = 3 > 1
  row('I', 'DOMISILI', '2026-02-10', '2026-02-11', 'DITOLAK'),
  row('J', 'SKCK', '2026-02-12', null, 'DIBATALKAN'),
  row('K', 'DOMISILI', '2026-02-12', '2026-02-12', 'SELESAI', 'p2'), // another petugas
];

const OPTIONS: RealisasiDariLayananOptions = {
  petugasId: 'p1',
  awal: '2026-01-01',
  akhir: '2026-03-31',
  standarWaktu: { default: 3, jenisLayanan: { DOMISILI: 1 } },
  kalender: { hariLibur: LIBUR },
  indikator: {
    JUMLAH_SELESAI: 'iki-1',
    PERSEN_TEPAT_WAKTU: 'iki-2',
    RATA_RATA_HARI: 'iki-3',
    MEDIAN_HARI: 'iki-4',
    JUMLAH_DITERIMA: 'iki-5',
  },
};

function value(input: unknown, options: RealisasiDariLayananOptions = OPTIONS): RealisasiLayanan {
  const r = realisasiDariLayanan(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('realisasiDariLayanan — a hand-computed quarter', () => {
  const v = value(ROWS);

  it('counts received, completed and completed within the standard', () => {
    expect(v.jumlahDiterima).toBe(9); // A B C D E F G I J (H came in 2025, K is p2's)
    expect(v.jumlahSelesai).toBe(6); // A B C D E H
    expect(v.jumlahTepatWaktu).toBe(4); // A B C D
  });

  it('gives the share exactly (4/6) and rounded', () => {
    expect(v.persenTepatWaktu).toBe(new Decimal(400).div(6).toFixed());
    expect(v.persenTepatWaktu).toBe('66.66666666666666666666666666666666666667');
    expect(v.persenTepatWaktuDibulatkan).toBe('66.67');
  });

  it('gives the median of an even count as the mean of the two middle values, and the mean', () => {
    // Working days 1, 0, 2, 3, 5, 3 → sorted 0 1 2 3 3 5.
    expect(v.medianHari).toBe('2.5');
    expect(v.rataRataHari).toBe(new Decimal(14).div(6).toFixed());
    expect(v.rataRataHariDibulatkan).toBe('2.33');
  });

  it('lists every request of the petugas with its working days and why it is left out', () => {
    const byId = Object.fromEntries(v.trace.permohonan.map((p) => [p.id, p]));
    expect(Object.keys(byId)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    expect(v.trace.permohonan.map((p) => [p.id, p.hariKerja, p.tepatWaktu, p.alasan])).toEqual([
      ['A', 1, true, null],
      ['B', 0, true, null],
      ['C', 2, true, null],
      ['D', 3, true, null],
      ['E', 5, false, null],
      ['F', null, null, 'MASIH_DIPROSES'],
      ['G', 4, false, 'SELESAI_DI_LUAR_PERIODE'],
      ['H', 3, false, null],
      ['I', null, null, 'DITOLAK'],
      ['J', null, null, 'DIBATALKAN'],
    ]);
    expect(byId.H).toMatchObject({
      index: 7,
      diterimaPada: '2025-12-29',
      diterimaDalamPeriode: false,
      dihitung: true,
    });
    expect(byId.E).toMatchObject({ standarHari: 3, dihitung: true });
    expect(v.trace.permohonanPetugasLain).toBe(1);
    expect(v.trace.flags).toEqual([]);
    expect(v.trace.hitungan).toBe('EXCLUSIVE_START');
  });

  it('makes ready-made realisasi for the mapped indikator, in a fixed order', () => {
    expect(v.realisasi).toEqual([
      { indikatorId: 'iki-5', ukuran: 'JUMLAH_DITERIMA', nilai: '9' },
      { indikatorId: 'iki-1', ukuran: 'JUMLAH_SELESAI', nilai: '6' },
      { indikatorId: 'iki-2', ukuran: 'PERSEN_TEPAT_WAKTU', nilai: '66.67' },
      { indikatorId: 'iki-4', ukuran: 'MEDIAN_HARI', nilai: '2.5' },
      { indikatorId: 'iki-3', ukuran: 'RATA_RATA_HARI', nilai: '2.33' },
    ]);
  });
});

describe('realisasiDariLayanan — options change the numbers as documented', () => {
  it('without the holidays, Nyepi and Idulfitri count as working days', () => {
    const v = value(ROWS, { ...OPTIONS, kalender: {} });
    // A 1, B 0, C 3, D 8, E 5, H 4 → tepat A B C; median (3 + 4) / 2.
    expect([v.jumlahTepatWaktu, v.jumlahSelesai]).toEqual([3, 6]);
    expect(v.persenTepatWaktuDibulatkan).toBe('50');
    expect(v.medianHari).toBe('3.5');
  });

  it('INCLUSIVE_BOTH counts the day of receipt when it is a working day', () => {
    const v = value(ROWS, { ...OPTIONS, hitungan: 'INCLUSIVE_BOTH' });
    // A 2 > 1, B 1 ≤ 1, C 3 ≤ 3, D 4 > 3, E 6 > 3, H 4 > 1 → tepat B and C.
    expect(v.trace.permohonan.filter((p) => p.dihitung).map((p) => p.hariKerja)).toEqual([2, 1, 3, 4, 6, 4]);
    expect(v.jumlahTepatWaktu).toBe(2);
    expect(v.medianHari).toBe('3.5');
  });

  it('rounding: null keeps exact values in the realisasi; scale 1 rounds them', () => {
    const exact = value(ROWS, { ...OPTIONS, rounding: null });
    expect(exact.persenTepatWaktuDibulatkan).toBe(exact.persenTepatWaktu);
    expect(exact.realisasi.find((r) => r.ukuran === 'RATA_RATA_HARI')?.nilai).toBe(exact.rataRataHari);
    const one = value(ROWS, { ...OPTIONS, rounding: { scale: 1, mode: 'HALF_UP' } });
    expect(one.persenTepatWaktuDibulatkan).toBe('66.7');
    expect(one.rataRataHariDibulatkan).toBe('2.3');
  });

  it('a six-day week counts Saturdays', () => {
    const v = value([row('A', 'DOMISILI', '2026-01-02', '2026-01-05')], {
      ...OPTIONS,
      kalender: { akhirPekan: ['MINGGU'] },
    });
    expect(v.trace.permohonan[0]?.hariKerja).toBe(2);
  });

  it('the median of an odd count is the middle value', () => {
    const v = value(ROWS.slice(0, 3)); // 1, 0, 2
    expect(v.medianHari).toBe('1');
    expect(v.rataRataHari).toBe('1');
  });

  it('a window without completions has no share, median or mean, and flags the indikator', () => {
    const v = value(ROWS, { ...OPTIONS, awal: '2026-06-01', akhir: '2026-06-30' });
    expect([v.jumlahDiterima, v.jumlahSelesai, v.persenTepatWaktu, v.medianHari, v.rataRataHari]).toEqual([
      0,
      0,
      null,
      null,
      null,
    ]);
    expect(v.realisasi).toEqual([
      { indikatorId: 'iki-5', ukuran: 'JUMLAH_DITERIMA', nilai: '0' },
      { indikatorId: 'iki-1', ukuran: 'JUMLAH_SELESAI', nilai: '0' },
    ]);
    expect(v.trace.flags.map((f) => [f.code, f.path, f.severity])).toEqual([
      ['realisasi_missing', ['options', 'indikator', 'PERSEN_TEPAT_WAKTU'], 'warning'],
      ['realisasi_missing', ['options', 'indikator', 'MEDIAN_HARI'], 'warning'],
      ['realisasi_missing', ['options', 'indikator', 'RATA_RATA_HARI'], 'warning'],
    ]);
  });

  it('an empty register is zero counts, not an error', () => {
    const v = value([]);
    expect(v.jumlahDiterima).toBe(0);
    expect(v.trace.permohonan).toEqual([]);
  });
});

describe('realisasiDariLayanan — issues', () => {
  const bad = [
    ...ROWS.slice(0, 2),
    { ...row('X1', 'DOMISILI', '2026-01-06', '2026-02-30') }, // [2] impossible date
    { ...row('X2', 'DOMISILI', '2026-01-06', '2026-01-05') }, // [3] completed before received
    { ...row('X3', 'DOMISILI', '2026-01-06', null) }, // [4] SELESAI without a date
    row('A', 'SKCK', '2026-01-07', '2026-01-08'), // [5] duplicate id of [0]
  ];
  const codes = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path]);

  it('fails by default, naming the row index and field', () => {
    const r = realisasiDariLayanan(bad, OPTIONS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(codes(r.issues)).toEqual([
        ['duplicate_id', [0, 'id']],
        ['invalid_date', [2, 'selesaiPada']],
        ['invalid_interval', [3, 'selesaiPada']],
        ['required', [4, 'selesaiPada']],
        ['duplicate_id', [5, 'id']],
      ]);
      expect(r.issues[2]).toMatchObject({ params: { start: '2026-01-06', end: '2026-01-05' } });
    }
  });

  it('with invalidRows EXCLUDE leaves the rows out and keeps their issues as warnings', () => {
    const v = value(bad, { ...OPTIONS, invalidRows: 'EXCLUDE' });
    expect(v.trace.permohonan.map((p) => p.id)).toEqual(['B']);
    expect(v.jumlahSelesai).toBe(1);
    expect(v.trace.flags.map((f) => [f.code, f.path, f.severity])).toEqual([
      ['duplicate_id', [0, 'id'], 'warning'],
      ['invalid_date', [2, 'selesaiPada'], 'warning'],
      ['invalid_interval', [3, 'selesaiPada'], 'warning'],
      ['required', [4, 'selesaiPada'], 'warning'],
      ['duplicate_id', [5, 'id'], 'warning'],
    ]);
  });

  it('reports invalid options under "options", with the row issues', () => {
    const r = realisasiDariLayanan([{ id: 'Z' }], { ...OPTIONS, kalender: { hariLibur: ['2026-02-30'] } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const got = codes(r.issues);
      expect(got[0]).toEqual(['invalid_date', ['options', 'kalender', 'hariLibur', 0]]);
      expect(got).toContainEqual(['required', [0, 'diterimaPada']]);
    }
  });

  it('checks the window and the mapping once the options have their shape', () => {
    const r = realisasiDariLayanan(ROWS, {
      ...OPTIONS,
      awal: '2026-03-31',
      akhir: '2026-01-01',
      indikator: { MEDIAN_HARI: 'iki-9', RATA_RATA_HARI: 'iki-9' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(codes(r.issues)).toEqual([
        ['invalid_interval', ['options', 'akhir']],
        ['duplicate_id', ['options', 'indikator', 'RATA_RATA_HARI']],
      ]);
    }
  });

  it('a non-list input fails even with EXCLUDE', () => {
    const r = realisasiDariLayanan({ rows: [] }, { ...OPTIONS, invalidRows: 'EXCLUDE' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codes(r.issues)).toEqual([['invalid_type', []]]);
  });
});

// ——— properties ———

const JENIS = ['DOMISILI', 'SKCK', 'SKTM', 'IUMK'];
// Day numbers of 2025-12-01 … 2026-04-30.
const arbDay = fc.integer({ min: 20423, max: 20573 });
const arbRow = (id: string): fc.Arbitrary<PermohonanLayananInput> =>
  fc
    .record({
      jenisLayanan: fc.constantFrom(...JENIS),
      diterima: arbDay,
      span: fc.nat(20),
      status: fc.constantFrom('SELESAI', 'SELESAI', 'SELESAI', 'DITOLAK', 'DIPROSES', 'DIBATALKAN'),
      petugasId: fc.constantFrom('p1', 'p1', 'p2'),
    })
    .map((r) => ({
      id,
      jenisLayanan: r.jenisLayanan,
      diterimaPada: tanggalFromDayNumber(r.diterima),
      selesaiPada:
        r.status === 'SELESAI' || r.status === 'DITOLAK' ? tanggalFromDayNumber(r.diterima + r.span) : null,
      status: r.status as PermohonanLayananInput['status'],
      petugasId: r.petugasId,
    }));
const arbRows = fc
  .integer({ min: 0, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbRow(`R${i}`))));
const arbOptions: fc.Arbitrary<RealisasiDariLayananOptions> = fc.record({
  petugasId: fc.constant('p1'),
  awal: fc.constant('2026-01-01'),
  akhir: fc.constantFrom('2026-01-31', '2026-03-31'),
  standarWaktu: fc.record({
    default: fc.nat(5),
    jenisLayanan: fc.record({ DOMISILI: fc.nat(3), SKCK: fc.nat(5) }),
  }),
  kalender: fc.record({
    akhirPekan: fc.constantFrom(['SABTU', 'MINGGU'] as const, ['MINGGU'] as const),
    hariLibur: fc.subarray(LIBUR),
  }),
  hitungan: fc.constantFrom('EXCLUSIVE_START' as const, 'INCLUSIVE_BOTH' as const),
  indikator: fc.constant({
    JUMLAH_SELESAI: 'a',
    PERSEN_TEPAT_WAKTU: 'b',
    MEDIAN_HARI: 'c',
    RATA_RATA_HARI: 'd',
  }),
});

/** The numbers of a result, and its trace without the row indexes, sorted by id. */
function numbers(v: RealisasiLayanan) {
  const { trace, ...rest } = v;
  return {
    ...rest,
    permohonan: trace.permohonan.map(({ index: _, ...p }) => p).sort((a, b) => (a.id < b.id ? -1 : 1)),
    lain: trace.permohonanPetugasLain,
  };
}

describe('realisasiDariLayanan — properties', () => {
  it('the order of the requests never changes the results', () => {
    fc.assert(
      fc.property(
        arbRows.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        arbOptions,
        ([rows, shuffled], options) => {
          expect(numbers(value(shuffled, options))).toEqual(numbers(value(rows, options)));
        },
      ),
    );
  });

  it('adding a holiday never lowers the count within the standard nor raises the median or mean', () => {
    fc.assert(
      fc.property(arbRows, arbOptions, arbDay, (rows, options, extra) => {
        const before = value(rows, options);
        const kalender = {
          ...options.kalender,
          hariLibur: [...(options.kalender?.hariLibur ?? []), tanggalFromDayNumber(extra)],
        };
        const after = value(rows, { ...options, kalender });
        expect(after.jumlahTepatWaktu).toBeGreaterThanOrEqual(before.jumlahTepatWaktu);
        expect(after.jumlahSelesai).toBe(before.jumlahSelesai);
        if (before.medianHari !== null) {
          expect(new Decimal(after.medianHari!).lte(before.medianHari)).toBe(true);
          expect(new Decimal(after.rataRataHari!).lte(before.rataRataHari!)).toBe(true);
        }
      }),
    );
  });

  it('keeps the counts consistent with the trace', () => {
    fc.assert(
      fc.property(arbRows, arbOptions, (rows, options) => {
        const v = value(rows, options);
        const counted = v.trace.permohonan.filter((p) => p.dihitung);
        expect(v.jumlahSelesai).toBe(counted.length);
        expect(v.jumlahTepatWaktu).toBe(counted.filter((p) => p.tepatWaktu).length);
        expect(v.jumlahDiterima).toBe(v.trace.permohonan.filter((p) => p.diterimaDalamPeriode).length);
        expect(v.trace.permohonan.length + v.trace.permohonanPetugasLain).toBe(rows.length);
        if (v.persenTepatWaktu !== null) {
          const p = new Decimal(v.persenTepatWaktu);
          expect(p.gte(0) && p.lte(100)).toBe(true);
        }
      }),
    );
  });

  it('never throws on garbage input or options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const a = realisasiDariLayanan(input, OPTIONS);
        const b = realisasiDariLayanan(ROWS, options as RealisasiDariLayananOptions);
        const c = realisasiDariLayanan(input, options as RealisasiDariLayananOptions);
        for (const r of [a, b, c]) {
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never throws on rows with garbage fields', () => {
    const garbage = fc.oneof(
      fc.anything(),
      fc.constantFrom('', ' ', '2026-02-30', '2026-01-01T99:00', null, 0, -1, [], {}, 'SELESAI'),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            {
              id: garbage,
              jenisLayanan: garbage,
              diterimaPada: fc.oneof(garbage, fc.constant('2026-01-05')),
              selesaiPada: fc.oneof(garbage, fc.constant('2026-01-07')),
              status: fc.oneof(garbage, fc.constant('SELESAI')),
              petugasId: fc.oneof(garbage, fc.constant('p1')),
            },
            { requiredKeys: [] },
          ),
        ),
        fc.constantFrom<'FAIL' | 'EXCLUDE'>('FAIL', 'EXCLUDE'),
        (rows, invalidRows) => {
          const r = realisasiDariLayanan(rows, { ...OPTIONS, invalidRows });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
    );
  });
});
