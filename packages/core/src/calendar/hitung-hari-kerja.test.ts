import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import { tanggalFromDayNumber } from './day-number';
import { hitungHariKerja } from './hitung-hari-kerja';
import { isHariKerja } from './is-hari-kerja';
import type { KalenderKerjaInput } from './kalender-kerja';
import { NAMA_HARI, type NamaHari } from './nama-hari';

/** The 2026 libur nasional and cuti bersama of SKB 3 Menteri 1497/2/5 of 2025 (as in the guide). */
const LIBUR_2026 = [
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
  '2026-05-01',
  '2026-05-14',
  '2026-05-15',
  '2026-05-27',
  '2026-05-28',
  '2026-05-31',
  '2026-06-01',
  '2026-06-16',
  '2026-08-17',
  '2026-08-25',
  '2026-12-24',
  '2026-12-25',
];

describe('hitungHariKerja — golden cases (2026, Saturday and Sunday off)', () => {
  it.each([
    ['same day', '2026-01-05', '2026-01-05', {}, 0],
    ['Friday → Monday', '2026-01-02', '2026-01-05', {}, 1],
    ['Friday → Saturday', '2026-01-02', '2026-01-03', {}, 0],
    ['Saturday → Sunday', '2026-01-03', '2026-01-04', {}, 0],
    ['Saturday → Monday', '2026-01-03', '2026-01-05', {}, 1],
    ['Monday → Friday', '2026-01-05', '2026-01-09', {}, 4],
    ['Monday → next Monday', '2026-01-05', '2026-01-12', {}, 5],
    [
      'Thursday 15 → Monday 19 over Isra Mikraj (Fri 16)',
      '2026-01-15',
      '2026-01-19',
      { hariLibur: LIBUR_2026 },
      1,
    ],
    ['the same without the holiday', '2026-01-15', '2026-01-19', {}, 2],
    [
      'Tuesday 17 → Wednesday 25 March over Nyepi and Idulfitri',
      '2026-03-17',
      '2026-03-25',
      { hariLibur: LIBUR_2026 },
      1,
    ],
    ['the same without the holidays', '2026-03-17', '2026-03-25', {}, 6],
    [
      'received on a holiday (Monday 17 August), done Tuesday',
      '2026-08-17',
      '2026-08-18',
      { hariLibur: LIBUR_2026 },
      1,
    ],
    ['completed on a holiday (Friday 16 January)', '2026-01-15', '2026-01-16', { hariLibur: LIBUR_2026 }, 0],
    [
      'six-day week: Friday → Monday',
      '2026-01-02',
      '2026-01-05',
      { akhirPekan: ['MINGGU'] as NamaHari[] },
      2,
    ],
    [
      'Friday weekend (Friday and Saturday off): Thursday → Sunday',
      '2026-01-01',
      '2026-01-04',
      { akhirPekan: ['JUMAT', 'SABTU'] as NamaHari[] },
      1,
    ],
    ['the whole of 2026 (261 weekdays)', '2025-12-31', '2026-12-31', {}, 261],
    [
      'the whole of 2026 with the SKB list (261 − 21 on weekdays)',
      '2025-12-31',
      '2026-12-31',
      { hariLibur: LIBUR_2026 },
      240,
    ],
    ['leap day 2024: Wednesday 28 Feb → Friday 1 March', '2024-02-28', '2024-03-01', {}, 2],
  ])('%s', (_, awal, akhir, options, expected) => {
    expect(hitungHariKerja(awal, akhir, options)).toBe(expected);
  });

  it.each([
    ['same working day', '2026-01-05', '2026-01-05', 1],
    ['same Saturday', '2026-01-03', '2026-01-03', 0],
    ['Friday → Monday', '2026-01-02', '2026-01-05', 2],
    ['Saturday → Monday', '2026-01-03', '2026-01-05', 1],
  ])('INCLUSIVE_BOTH, %s: %s → %s = %d', (_, awal, akhir, expected) => {
    expect(hitungHariKerja(awal, akhir, { hitungan: 'INCLUSIVE_BOTH' })).toBe(expected);
  });

  it('throws KinerjaError on impossible dates, a reversed interval and bad options', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof KinerjaError ? e.code : 'not a KinerjaError';
      }
      return undefined;
    };
    expect(code(() => hitungHariKerja('2026-02-29', '2026-03-02'))).toBe('invalid_date');
    expect(code(() => hitungHariKerja('2026-03-02', '2026-3-3'))).toBe('invalid_date');
    expect(code(() => hitungHariKerja('2026-03-05', '2026-03-02'))).toBe('invalid_interval');
    expect(code(() => hitungHariKerja('2026-03-02', '2026-03-05', { hariLibur: ['2026-02-30'] }))).toBe(
      'invalid_calendar',
    );
    expect(
      code(() => hitungHariKerja('2026-03-02', '2026-03-05', { hitungan: 'BOTH' as 'INCLUSIVE_BOTH' })),
    ).toBe('invalid_calendar');
  });
});

// ——— properties, against an oracle that walks day by day with Date.UTC only ———

const MS_PER_DAY = 86_400_000;
const UTC_WEEKDAY_TO_NAME: readonly NamaHari[] = [
  'MINGGU',
  'SENIN',
  'SELASA',
  'RABU',
  'KAMIS',
  'JUMAT',
  'SABTU',
];

/** Working days in (awal, akhir] — or [awal, akhir] — by walking UTC midnights. */
function oracle(awal: string, akhir: string, k: KalenderKerjaInput, inclusive: boolean): number {
  const weekend = new Set(k.akhirPekan ?? ['SABTU', 'MINGGU']);
  const libur = new Set(k.hariLibur ?? []);
  const toMs = (t: string) =>
    Date.UTC(Number(t.slice(0, 4)), Number(t.slice(5, 7)) - 1, Number(t.slice(8, 10)));
  let count = 0;
  for (let ms = toMs(awal) + (inclusive ? 0 : MS_PER_DAY); ms <= toMs(akhir); ms += MS_PER_DAY) {
    const d = new Date(ms);
    const text = d.toISOString().slice(0, 10);
    if (!weekend.has(UTC_WEEKDAY_TO_NAME[d.getUTCDay()]!) && !libur.has(text)) count++;
  }
  return count;
}

// Day numbers of 1900-01-01 … 2199-12-31.
const arbDay = fc.integer({ min: -25567, max: 83969 });
const arbTanggal = arbDay.map(tanggalFromDayNumber);
const arbAkhirPekan = fc.subarray([...NAMA_HARI], { minLength: 0, maxLength: 6 });
const arbKalender = (around: fc.Arbitrary<number>) =>
  fc.record({
    akhirPekan: arbAkhirPekan,
    hariLibur: fc.array(around.map(tanggalFromDayNumber), { maxLength: 12 }),
  });
/** A start day, a span, and holidays near them. */
const arbCase = arbDay.chain((a) =>
  fc.record({
    awal: fc.constant(tanggalFromDayNumber(a)),
    akhir: fc.integer({ min: 0, max: 800 }).map((n) => tanggalFromDayNumber(a + n)),
    kalender: arbKalender(fc.integer({ min: a - 3, max: a + 803 })),
    inclusive: fc.boolean(),
  }),
);

describe('hitungHariKerja — properties', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it.each(['Asia/Jakarta', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
    'equals a day-by-day Date.UTC count under TZ=%s (no time-zone dependence)',
    (tz) => {
      process.env.TZ = tz;
      fc.assert(
        fc.property(arbCase, ({ awal, akhir, kalender, inclusive }) => {
          const hitungan = inclusive ? 'INCLUSIVE_BOTH' : 'EXCLUSIVE_START';
          expect(hitungHariKerja(awal, akhir, { ...kalender, hitungan })).toBe(
            oracle(awal, akhir, kalender, inclusive),
          );
        }),
        { numRuns: 150 },
      );
    },
  );

  it('never increases when a holiday is added', () => {
    fc.assert(
      fc.property(arbCase, arbTanggal, ({ awal, akhir, kalender }, extra) => {
        const before = hitungHariKerja(awal, akhir, kalender);
        const after = hitungHariKerja(awal, akhir, {
          ...kalender,
          hariLibur: [...kalender.hariLibur, extra],
        });
        expect(after).toBeLessThanOrEqual(before);
        expect(before - after).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('adds up over consecutive intervals (EXCLUSIVE_START)', () => {
    fc.assert(
      fc.property(arbDay, fc.nat(400), fc.nat(400), arbAkhirPekan, (a, m, n, akhirPekan) => {
        const [x, y, z] = [a, a + m, a + m + n].map(tanggalFromDayNumber) as [string, string, string];
        const k = { akhirPekan };
        expect(hitungHariKerja(x, y, k) + hitungHariKerja(y, z, k)).toBe(hitungHariKerja(x, z, k));
      }),
    );
  });

  it('INCLUSIVE_BOTH = EXCLUSIVE_START + 1 exactly when the first day is a working day', () => {
    fc.assert(
      fc.property(arbCase, ({ awal, akhir, kalender }) => {
        const inclusive = hitungHariKerja(awal, akhir, { ...kalender, hitungan: 'INCLUSIVE_BOTH' });
        const exclusive = hitungHariKerja(awal, akhir, kalender);
        expect(inclusive - exclusive).toBe(isHariKerja(awal, kalender) ? 1 : 0);
      }),
    );
  });
});
