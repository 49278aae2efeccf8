import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { parseWith } from '../issues/from-zod';
import { arbDecimalString, arbIndikator, arbTarget } from '../testing/arbitraries';
import { IndikatorKinerjaIndividuSchema, TargetSchema } from './indikator';

describe('TargetSchema', () => {
  it('parses the three kinds of target, decimals made canonical', () => {
    expect(TargetSchema.parse({ jenis: 'TUNGGAL', nilai: '085.50' })).toEqual({
      jenis: 'TUNGGAL',
      nilai: '85.5',
    });
    expect(TargetSchema.parse({ jenis: 'TUNGGAL', nilai: 12 })).toEqual({ jenis: 'TUNGGAL', nilai: '12' });
    expect(TargetSchema.parse({ jenis: 'RENTANG', min: '80', max: '90' })).toEqual({
      jenis: 'RENTANG',
      min: '80',
      max: '90',
    });
    expect(TargetSchema.parse({ jenis: 'RENTANG', min: '7', max: '7.00' })).toEqual({
      jenis: 'RENTANG',
      min: '7',
      max: '7',
    });
    expect(TargetSchema.parse({ jenis: 'NARATIF', uraian: 'Laporan tepat waktu' })).toEqual({
      jenis: 'NARATIF',
      uraian: 'Laporan tepat waktu',
    });
  });

  it('reports an inverted range with both ends as params', () => {
    expect(parseWith(TargetSchema, { jenis: 'RENTANG', min: '90', max: '80.0' }, ['target'])).toEqual({
      ok: false,
      issues: [{ code: 'target_range_inverted', path: ['target', 'max'], params: { min: '90', max: '80' } }],
    });
  });

  it('compares range ends as decimals, not as text', () => {
    expect(TargetSchema.safeParse({ jenis: 'RENTANG', min: '9', max: '10' }).success).toBe(true);
    expect(TargetSchema.safeParse({ jenis: 'RENTANG', min: '-1', max: '-0.5' }).success).toBe(true);
    fc.assert(
      fc.property(
        arbDecimalString({ min: '-1000', max: '1000', scale: 3 }),
        arbDecimalString({ min: '-1000', max: '1000', scale: 3 }),
        (a, b) => {
          expect(TargetSchema.safeParse({ jenis: 'RENTANG', min: a, max: b }).success).toBe(
            new Decimal(a).lte(b),
          );
        },
      ),
    );
  });

  it('reports unreadable ends, an unknown or missing jenis, an empty narrative', () => {
    expect(parseWith(TargetSchema, { jenis: 'RENTANG', min: '8,5', max: '9' })).toEqual({
      ok: false,
      issues: [{ code: 'invalid_decimal', path: ['min'], params: {} }],
    });
    expect(parseWith(TargetSchema, { jenis: 'PERSEN', nilai: '5' })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          path: ['jenis'],
          params: { options: ['TUNGGAL', 'RENTANG', 'NARATIF'], received: 'PERSEN' },
        },
      ],
    });
    expect(parseWith(TargetSchema, { nilai: '5' })).toEqual({
      ok: false,
      issues: [{ code: 'required', path: ['jenis'], params: {} }],
    });
    expect(parseWith(TargetSchema, { jenis: 'NARATIF', uraian: '' })).toEqual({
      ok: false,
      issues: [
        { code: 'too_small', path: ['uraian'], params: { minimum: '1', inclusive: true, origin: 'string' } },
      ],
    });
  });

  it('parse → JSON → parse is the identity', () => {
    fc.assert(
      fc.property(arbTarget(), (t) => {
        const once = parseWith(TargetSchema, JSON.parse(JSON.stringify(t)));
        expect(once).toEqual({ ok: true, value: t });
      }),
    );
  });
});

describe('IndikatorKinerjaIndividuSchema', () => {
  const iki = {
    id: 'iki-1',
    uraian: 'Jumlah surat keterangan yang diterbitkan',
    aspek: 'KUANTITAS',
    target: { jenis: 'TUNGGAL', nilai: '1200' },
    satuan: 'dokumen',
  };

  it('fills in polaritas MAKSIMALISASI and akumulasi JUMLAH', () => {
    expect(IndikatorKinerjaIndividuSchema.parse(iki)).toEqual({
      ...iki,
      polaritas: 'MAKSIMALISASI',
      akumulasi: 'JUMLAH',
    });
    expect(
      IndikatorKinerjaIndividuSchema.parse({ ...iki, polaritas: 'MINIMALISASI', akumulasi: 'TERAKHIR' }),
    ).toMatchObject({
      polaritas: 'MINIMALISASI',
      akumulasi: 'TERAKHIR',
    });
  });

  it('reports an unknown aspek and a missing satuan', () => {
    const { satuan: _, ...noSatuan } = iki;
    expect(parseWith(IndikatorKinerjaIndividuSchema, { ...noSatuan, aspek: 'MUTU' })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          path: ['aspek'],
          params: { options: ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'], received: 'MUTU' },
        },
        { code: 'required', path: ['satuan'], params: {} },
      ],
    });
  });

  it('parse → JSON → parse is the identity', () => {
    fc.assert(
      fc.property(arbIndikator(), (i) => {
        expect(parseWith(IndikatorKinerjaIndividuSchema, JSON.parse(JSON.stringify(i)))).toEqual({
          ok: true,
          value: i,
        });
      }),
    );
  });
});
