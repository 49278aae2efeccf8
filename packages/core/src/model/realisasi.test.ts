import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { arbRealisasi, arbSkp } from '../testing/arbitraries';
import { BuktiDukungSchema, parseRealisasi } from './realisasi';

const R = { id: 'r-1', skpId: 'skp-1', indikatorId: 'iki-1', periodeKe: 1, nilai: '312' };

describe('parseRealisasi', () => {
  it('parses a numeric or a narrative realisasi, with bukti dukung', () => {
    expect(parseRealisasi(R)).toEqual({ ok: true, value: { ...R, buktiDukung: [] } });
    expect(parseRealisasi({ ...R, nilai: 85.5 })).toEqual({
      ok: true,
      value: { ...R, nilai: '85.5', buktiDukung: [] },
    });
    const { nilai: _, ...narrative } = R;
    const bukti = {
      id: 'bd-1',
      uraian: 'Register surat keluar Maret',
      tautan: 'https://drive.example/f/1',
      diunggahPada: '2026-03-31T16:00:00+07:00',
    };
    expect(parseRealisasi({ ...narrative, uraian: 'Laporan lengkap', buktiDukung: [bukti] })).toEqual({
      ok: true,
      value: { ...narrative, uraian: 'Laporan lengkap', buktiDukung: [bukti] },
    });
  });

  it('wants a nilai or an uraian', () => {
    const { nilai: _, ...empty } = R;
    expect(parseRealisasi(empty)).toEqual({
      ok: false,
      issues: [{ code: 'required', path: ['nilai'], params: {} }],
    });
  });

  it('reports an unreadable nilai, a period out of range and a bad link', () => {
    expect(
      parseRealisasi({
        ...R,
        nilai: '1,5',
        periodeKe: 13,
        buktiDukung: [{ id: 'bd-1', uraian: 'Foto', tautan: 'bukan tautan' }],
      }),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'too_big',
          path: ['periodeKe'],
          params: { maximum: '12', inclusive: true, origin: 'number' },
        },
        { code: 'invalid_decimal', path: ['nilai'], params: {} },
        { code: 'invalid_format', path: ['buktiDukung', 0, 'tautan'], params: { format: 'url' } },
      ],
    });
    expect(parseRealisasi({ ...R, periodeKe: 0 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too_small',
          path: ['periodeKe'],
          params: { minimum: '1', inclusive: true, origin: 'number' },
        },
      ],
    });
  });

  it('parse → JSON → parse is the identity', () => {
    fc.assert(
      fc.property(
        arbSkp({ maxRhk: 3 }).chain((skp) => arbRealisasi(skp)),
        (r) => {
          const once = parseRealisasi(JSON.parse(JSON.stringify(r)));
          expect(once).toEqual({ ok: true, value: r });
          if (once.ok) expect(parseRealisasi(JSON.parse(JSON.stringify(once.value)))).toEqual(once);
        },
      ),
    );
  });
});

describe('BuktiDukungSchema', () => {
  it('needs an uraian and a URL', () => {
    expect(parseWith(BuktiDukungSchema, { id: 'bd-1', uraian: ' ', tautan: 'https://x.example' })).toEqual({
      ok: false,
      issues: [
        { code: 'too_small', path: ['uraian'], params: { minimum: '1', inclusive: true, origin: 'string' } },
      ],
    });
  });
});
