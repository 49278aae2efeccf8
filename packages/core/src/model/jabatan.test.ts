import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { isJpt, JabatanSchema, JenisJabatanSchema } from './jabatan';

describe('JabatanSchema', () => {
  it('parses a jabatan; pimpinanUnit defaults to false', () => {
    expect(
      JabatanSchema.parse({
        id: 'jab-lurah',
        nama: 'Lurah Sago',
        jenis: 'PENGAWAS',
        unitKerjaId: 'kel-sago',
      }),
    ).toEqual({
      id: 'jab-lurah',
      nama: 'Lurah Sago',
      jenis: 'PENGAWAS',
      unitKerjaId: 'kel-sago',
      pimpinanUnit: false,
    });
    expect(
      JabatanSchema.safeParse({
        id: 'jab-pk',
        nama: 'Pranata Komputer Ahli Pertama',
        jenis: 'FUNGSIONAL',
        jenjang: 'AHLI_PERTAMA',
        unitKerjaId: 'sekcam',
      }).success,
    ).toBe(true);
  });

  it('wants a jenjang for a jabatan fungsional, and only there', () => {
    expect(
      parseWith(JabatanSchema, { id: 'j', nama: 'Analis', jenis: 'FUNGSIONAL', unitKerjaId: 'u' }),
    ).toEqual({
      ok: false,
      issues: [{ code: 'required', path: ['jenjang'], params: {} }],
    });
    expect(
      parseWith(JabatanSchema, {
        id: 'j',
        nama: 'Staf',
        jenis: 'PELAKSANA',
        jenjang: 'MAHIR',
        unitKerjaId: 'u',
      }),
    ).toEqual({
      ok: false,
      issues: [{ code: 'unrecognized_keys', path: ['jenjang'], params: { keys: ['jenjang'] } }],
    });
  });
});

describe('isJpt', () => {
  it('is true for the three JPT levels only', () => {
    expect(JenisJabatanSchema.options.filter(isJpt)).toEqual(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA']);
  });
});
