import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFSET_ZONA_WAKTU, tanggalLokal, type ZonaWaktu } from './zona-waktu';

describe('tanggalLokal', () => {
  it.each([
    ['2026-01-31T16:59:59Z', 'Asia/Jakarta', '2026-01-31'],
    ['2026-01-31T17:00:00Z', 'Asia/Jakarta', '2026-02-01'],
    ['2026-01-31T16:00:00Z', 'Asia/Makassar', '2026-02-01'],
    ['2026-01-31T15:00:00Z', 'Asia/Jayapura', '2026-02-01'],
    ['2026-01-31T14:59:59.999Z', 'Asia/Jayapura', '2026-01-31'],
    ['2026-02-01T00:30:00+07:00', 'Asia/Jakarta', '2026-02-01'],
    ['2026-02-01T00:30:00+07:00', 'Asia/Makassar', '2026-02-01'],
    ['2026-01-31T23:30:00+07:00', 'Asia/Jayapura', '2026-02-01'],
    ['2026-01-31T20:00:00-05:00', 'Asia/Jakarta', '2026-02-01'],
    ['2024-02-28T17:00:00Z', 'Asia/Jakarta', '2024-02-29'],
    ['2026-12-31T17:00Z', 'Asia/Jakarta', '2027-01-01'],
  ] as const)('%s in %s is %s', (waktu, zona, expected) => {
    expect(tanggalLokal(waktu, zona)).toEqual({ ok: true, value: expected });
  });

  it('defaults to Asia/Jakarta', () => {
    expect(tanggalLokal('2026-03-31T17:00:00Z')).toEqual({ ok: true, value: '2026-04-01' });
  });

  it.each([
    '2026-01-31',
    '2026-02-30T10:00:00Z',
    '2026-01-31T24:00:00Z',
    '2026-01-31T10:00:00',
    'x',
    '2026-01-31T10:00:00+25:00',
  ])('rejects %s', (waktu) => {
    expect(tanggalLokal(waktu)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_format', path: [], params: { format: 'datetime' } }],
    });
  });

  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it.each(['UTC', 'America/New_York'])('agrees with Date.UTC arithmetic under TZ=%s', (tz) => {
    process.env.TZ = tz;
    const zona = fc.constantFrom<ZonaWaktu>('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura');
    // Instants of 2000–2100 written with a random offset of the western hemisphere or Asia.
    const offset = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15);
    fc.assert(
      fc.property(
        fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }),
        offset,
        zona,
        (ms, off, z) => {
          const local = new Date(ms + off * 60_000).toISOString().slice(0, 19);
          const sign = off < 0 ? '-' : '+';
          const a = Math.abs(off);
          const text = `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
          const expected = new Date(Math.floor(ms / 1000) * 1000 + OFFSET_ZONA_WAKTU[z] * 60_000)
            .toISOString()
            .slice(0, 10);
          expect(tanggalLokal(text, z)).toEqual({ ok: true, value: expected });
        },
      ),
      { numRuns: 300 },
    );
  });
});
