import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { arbRencanaHasilKerja } from '../testing/arbitraries';
import { RencanaHasilKerjaSchema } from './rencana-hasil-kerja';

const RHK = {
  id: 'rhk-1',
  uraian: 'Terlaksananya pelayanan administrasi kependudukan',
  jenis: 'UTAMA',
  rhkAtasanId: 'rhk-camat-2',
  indikator: [
    {
      id: 'iki-1',
      uraian: 'Jumlah surat yang diterbitkan',
      aspek: 'KUANTITAS',
      target: { jenis: 'TUNGGAL', nilai: '1200' },
      satuan: 'dokumen',
    },
  ],
};

describe('RencanaHasilKerjaSchema', () => {
  it('parses an RHK, with or without atasan RHK, perspektif and penugasan', () => {
    expect(RencanaHasilKerjaSchema.parse(RHK).indikator[0]?.polaritas).toBe('MAKSIMALISASI');
    expect(
      RencanaHasilKerjaSchema.safeParse({
        ...RHK,
        rhkAtasanId: null,
        perspektif: 'PENGUATAN_INTERNAL',
        penugasanDari: 'Camat Senapelan',
      }).success,
    ).toBe(true);
  });

  it('reports a missing atasan reference (null is explicit), no indikator, a bad perspektif', () => {
    const { rhkAtasanId: _, ...noAtasan } = RHK;
    expect(
      parseWith(RencanaHasilKerjaSchema, { ...noAtasan, indikator: [], perspektif: 'PELANGGAN' }),
    ).toEqual({
      ok: false,
      issues: [
        { code: 'required', path: ['rhkAtasanId'], params: {} },
        {
          code: 'invalid_value',
          path: ['perspektif'],
          params: {
            options: ['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'],
            received: 'PELANGGAN',
          },
        },
        {
          code: 'too_small',
          path: ['indikator'],
          params: { minimum: '1', inclusive: true, origin: 'array' },
        },
      ],
    });
  });

  it('reports problems inside an indikator with its index', () => {
    const bad = {
      ...RHK,
      indikator: [RHK.indikator[0], { ...RHK.indikator[0], target: { jenis: 'TUNGGAL', nilai: 'banyak' } }],
    };
    expect(parseWith(RencanaHasilKerjaSchema, bad, ['rencanaHasilKerja', 3])).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_decimal',
          path: ['rencanaHasilKerja', 3, 'indikator', 1, 'target', 'nilai'],
          params: {},
        },
      ],
    });
  });

  it('parse → JSON → parse is the identity', () => {
    fc.assert(
      fc.property(arbRencanaHasilKerja(), (r) => {
        expect(parseWith(RencanaHasilKerjaSchema, JSON.parse(JSON.stringify(r)))).toEqual({
          ok: true,
          value: r,
        });
      }),
    );
  });
});
