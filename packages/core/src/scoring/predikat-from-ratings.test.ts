import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import { PREDIKATS, RATINGS, type Rating } from '../model/predikat';
import { permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { predikatFromRatings } from './predikat-from-ratings';

describe('predikatFromRatings', () => {
  // Regulations §1.7: rows hasil kerja, columns perilaku kerja.
  it.each([
    ['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
    ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK'],
    ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BAIK'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'SANGAT_KURANG'],
    ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
  ] as const)('hasil %s × perilaku %s → %s', (hasil, perilaku, predikat) => {
    const r = predikatFromRatings(hasil, perilaku);
    expect(r.predikat).toBe(predikat);
    expect(r.trace.steps).toEqual([
      {
        kind: 'matriks_predikat',
        ratingHasilKerja: hasil,
        ratingPerilakuKerja: perilaku,
        cell: expect.any(Number),
        predikat,
      },
    ]);
  });

  const rating = fc.constantFrom<Rating>(...RATINGS);

  it('is total and matches the rule form of §1.7', () => {
    fc.assert(
      fc.property(rating, rating, (hasil, perilaku) => {
        const { predikat } = predikatFromRatings(hasil, perilaku);
        expect(PREDIKATS).toContain(predikat);
        let expected: string;
        if (perilaku === 'DI_BAWAH_EKSPEKTASI') {
          expected = hasil === 'DI_BAWAH_EKSPEKTASI' ? 'SANGAT_KURANG' : 'KURANG';
        } else if (hasil === 'DI_BAWAH_EKSPEKTASI') expected = 'BUTUH_PERBAIKAN';
        else if (hasil === 'DI_ATAS_EKSPEKTASI' && perilaku === 'DI_ATAS_EKSPEKTASI')
          expected = 'SANGAT_BAIK';
        else expected = 'BAIK';
        expect(predikat).toBe(expected);
      }),
    );
  });

  it('names the pack id and version in the trace', () => {
    const r = compileRulePack62022({
      ...permenpanrb62022Definition,
      id: 'pemkot-pekanbaru',
      version: '2026.1',
      predikatMatrix: {
        ...permenpanrb62022Definition.predikatMatrix,
        SESUAI_EKSPEKTASI: {
          ...permenpanrb62022Definition.predikatMatrix.SESUAI_EKSPEKTASI,
          DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
        },
      },
    });
    if (!r.ok) throw new Error('pack');
    const out = predikatFromRatings('SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', r.value);
    expect(out.predikat).toBe('SANGAT_BAIK');
    expect(out.trace.rulePack).toEqual({ id: 'pemkot-pekanbaru', version: '2026.1' });
    expect(predikatFromRatings('SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI').trace.rulePack).toEqual({
      id: 'permenpanrb-6-2022',
      version: '1.0.0',
    });
  });

  it.each([['BAIK'], ['toString'], ['__proto__'], [undefined], [3]])(
    'throws KinerjaError invalid_rating for %j at run time',
    (bad) => {
      const call = () => predikatFromRatings(bad as Rating, 'SESUAI_EKSPEKTASI');
      expect(call).toThrow(KinerjaError);
      expect(call).toThrow(expect.objectContaining({ code: 'invalid_rating' }));
      expect(() => predikatFromRatings('SESUAI_EKSPEKTASI', bad as Rating)).toThrow(KinerjaError);
    },
  );
});
