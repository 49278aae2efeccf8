import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import type { PredikatOrganisasi } from '../model/predikat';
import { permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { ratingPimpinanUnit } from './rating-pimpinan-unit';

describe('ratingPimpinanUnit', () => {
  // Decision 0004 (regulations §1.5, mapping [U]).
  it.each([
    ['ISTIMEWA', 'DI_ATAS_EKSPEKTASI'],
    ['BAIK', 'SESUAI_EKSPEKTASI'],
    ['BUTUH_PERBAIKAN', 'DI_BAWAH_EKSPEKTASI'],
    ['KURANG', 'DI_BAWAH_EKSPEKTASI'],
    ['SANGAT_KURANG', 'DI_BAWAH_EKSPEKTASI'],
  ] as const)('%s → %s', (po, rating) => {
    expect(ratingPimpinanUnit(po)).toEqual({
      rating,
      step: { kind: 'rating_pimpinan_unit', predikatOrganisasi: po, rating },
    });
  });

  it('follows an override of the mapping', () => {
    const r = compileRulePack62022({
      ...permenpanrb62022Definition,
      version: 'x',
      ratingPimpinanUnit: {
        ...permenpanrb62022Definition.ratingPimpinanUnit,
        BUTUH_PERBAIKAN: 'SESUAI_EKSPEKTASI',
      },
    });
    if (!r.ok) throw new Error('pack');
    expect(ratingPimpinanUnit('BUTUH_PERBAIKAN', r.value).rating).toBe('SESUAI_EKSPEKTASI');
  });

  it.each([['CUKUP'], ['toString'], [null]])('throws for %j', (bad) => {
    expect(() => ratingPimpinanUnit(bad as PredikatOrganisasi)).toThrow(KinerjaError);
  });
});
