import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { UmpanBalikSchema } from './umpan-balik';

const UB = {
  id: 'ub-1',
  skpId: 'skp-1',
  periodeKe: 1,
  pemberiId: 'p-camat',
  sasaran: { jenis: 'RHK', rhkId: 'rhk-1' },
  isi: 'Pertahankan kecepatan layanan',
  diberikanPada: '2026-04-03T10:00:00+07:00',
};

describe('UmpanBalikSchema', () => {
  it('parses feedback on an RHK and on a BerAKHLAK value', () => {
    expect(UmpanBalikSchema.parse(UB)).toEqual(UB);
    const perilaku = { ...UB, sasaran: { jenis: 'PERILAKU', nilai: 'KOLABORATIF' } };
    expect(UmpanBalikSchema.parse(perilaku)).toEqual(perilaku);
  });

  it('reports an unknown value, an empty text and a time without offset', () => {
    expect(
      parseWith(UmpanBalikSchema, {
        ...UB,
        sasaran: { jenis: 'PERILAKU', nilai: 'JUJUR' },
        isi: ' ',
        diberikanPada: '2026-04-03T10:00:00',
      }),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          path: ['sasaran', 'nilai'],
          params: {
            options: [
              'BERORIENTASI_PELAYANAN',
              'AKUNTABEL',
              'KOMPETEN',
              'HARMONIS',
              'LOYAL',
              'ADAPTIF',
              'KOLABORATIF',
            ],
            received: 'JUJUR',
          },
        },
        { code: 'too_small', path: ['isi'], params: { minimum: '1', inclusive: true, origin: 'string' } },
        { code: 'invalid_format', path: ['diberikanPada'], params: { format: 'datetime' } },
      ],
    });
  });

  it('reports a sasaran of an unknown kind', () => {
    expect(parseWith(UmpanBalikSchema, { ...UB, sasaran: { jenis: 'UMUM' } })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          path: ['sasaran', 'jenis'],
          params: { options: ['RHK', 'PERILAKU'], received: 'UMUM' },
        },
      ],
    });
  });
});
