import { describe, expect, it } from 'vitest';
import {
  PREDIKAT_ORGANISASIS,
  PREDIKATS,
  PredikatOrganisasiSchema,
  PredikatSchema,
  RATINGS,
  RatingSchema,
} from './predikat';

describe('predikat enums', () => {
  it('order the ratings from the lowest to the highest', () => {
    expect(RATINGS).toEqual(['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI']);
    expect([...RATINGS].sort()).toEqual([...RatingSchema.options].sort());
  });

  it('order the predikat from the best to the worst, each value once', () => {
    expect(PREDIKATS).toEqual(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
    expect([...PREDIKATS].sort()).toEqual([...PredikatSchema.options].sort());
    expect(PREDIKAT_ORGANISASIS).toEqual(['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
    expect([...PREDIKAT_ORGANISASIS].sort()).toEqual([...PredikatOrganisasiSchema.options].sort());
  });

  it('do not accept the labels or lower case', () => {
    expect(PredikatSchema.safeParse('Sangat Baik').success).toBe(false);
    expect(PredikatSchema.safeParse('baik').success).toBe(false);
    expect(PredikatOrganisasiSchema.safeParse('SANGAT_BAIK').success).toBe(false);
  });
});
