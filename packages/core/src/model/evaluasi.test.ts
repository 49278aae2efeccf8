import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { arbEvaluasiPeriodik, arbSkp } from '../testing/arbitraries';
import { EvaluasiPeriodikSchema, EvaluasiTahunanSchema } from './evaluasi';

const E = {
  skpId: 'skp-1',
  periodeKe: 1,
  ratingHasilKerja: 'SESUAI_EKSPEKTASI',
  ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
};

describe('EvaluasiPeriodikSchema', () => {
  it('parses an evaluation; RHK ratings default to none', () => {
    expect(EvaluasiPeriodikSchema.parse(E)).toEqual({ ...E, ratingRhk: [] });
    const full = {
      ...E,
      ratingRhk: [{ rhkId: 'rhk-1', rating: 'DI_ATAS_EKSPEKTASI' }],
      predikat: 'BAIK',
      penilaiId: 'p-lurah',
      dinilaiPada: '2026-04-03T10:00:00+07:00',
      catatan: 'Pertahankan',
    };
    expect(EvaluasiPeriodikSchema.parse(full)).toEqual(full);
  });

  it('reports an unknown rating, period and predikat with their paths', () => {
    expect(
      parseWith(EvaluasiPeriodikSchema, {
        ...E,
        periodeKe: 13,
        ratingRhk: [{ rhkId: 'rhk-1', rating: 'ISTIMEWA' }],
        predikat: 'CUKUP',
      }),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          path: ['ratingRhk', 0, 'rating'],
          params: {
            options: ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
            received: 'ISTIMEWA',
          },
        },
        {
          code: 'invalid_value',
          path: ['predikat'],
          params: {
            options: ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
            received: 'CUKUP',
          },
        },
        {
          code: 'too_big',
          path: ['periodeKe'],
          params: { maximum: '12', inclusive: true, origin: 'number' },
        },
      ],
    });
    const { periodeKe: _, ...annual } = E;
    expect(parseWith(EvaluasiPeriodikSchema, annual)).toEqual({
      ok: false,
      issues: [{ code: 'required', path: ['periodeKe'], params: {} }],
    });
  });

  it('parse → JSON → parse is the identity', () => {
    fc.assert(
      fc.property(
        arbSkp({ maxRhk: 4 }).chain((skp) => arbEvaluasiPeriodik(skp)),
        (e) => {
          const once = parseWith(EvaluasiPeriodikSchema, JSON.parse(JSON.stringify(e)));
          expect(once).toEqual({ ok: true, value: e });
          if (once.ok)
            expect(parseWith(EvaluasiPeriodikSchema, JSON.parse(JSON.stringify(once.value)))).toEqual(once);
        },
      ),
    );
  });
});

describe('EvaluasiTahunanSchema', () => {
  it('parses an annual evaluation without a period', () => {
    const { periodeKe: _, ...annual } = E;
    expect(EvaluasiTahunanSchema.parse(annual)).toEqual({ ...annual, ratingRhk: [] });
    expect(parseWith(EvaluasiTahunanSchema, { ...annual, ratingHasilKerja: undefined })).toEqual({
      ok: false,
      issues: [{ code: 'required', path: ['ratingHasilKerja'], params: {} }],
    });
  });
});
