import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDistribusi } from '../distribution/check-distribusi';
import { PREDIKAT_ORGANISASIS, PREDIKATS, type PredikatOrganisasi } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { PREDIKAT_CELLS, planPredikat, predikatPimpinan } from './plan-predikat';

const sum = (c: Record<string, number>): number => Object.values(c).reduce((a, b) => a + b, 0);
const arbPo = fc.constantFrom(...PREDIKAT_ORGANISASIS);

/** The smallest headcount from which a calibrated plan conforms, per predikat organisasi. */
const MIN_CONFORMING: Readonly<Record<PredikatOrganisasi, number>> = {
  ISTIMEWA: 1,
  BAIK: 2,
  BUTUH_PERBAIKAN: 1,
  KURANG: 3,
  SANGAT_KURANG: 3,
};

describe('planPredikat', () => {
  it('deals exactly the headcount, with no negative count', () => {
    fc.assert(
      fc.property(fc.nat(500), arbPo, fc.constantFrom('CALIBRATED', 'LENIENT' as const), (n, po, rating) => {
        const c = planPredikat(n, { predikatOrganisasi: po, rating });
        expect(sum(c)).toBe(n);
        for (const p of PREDIKATS) expect(c[p]).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('matches the golden plan of a kelurahan of 10 with predikat organisasi Baik', () => {
    expect(planPredikat(10, { predikatOrganisasi: 'BAIK', rating: 'CALIBRATED' })).toEqual({
      SANGAT_BAIK: 2,
      BAIK: 7,
      BUTUH_PERBAIKAN: 1,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
  });

  it('conforms to the 6/2022 kurva when calibrated (with no warning for Baik and Istimewa)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), arbPo, (n, po) => {
        fc.pre(n >= MIN_CONFORMING[po]);
        const c = planPredikat(n, { predikatOrganisasi: po, rating: 'CALIBRATED' });
        const r = checkDistribusi({ predikatOrganisasi: po, distribusi: c });
        expect(r.ok && r.value.conforms).toBe(true);
        if (r.ok && (po === 'BAIK' || po === 'ISTIMEWA') && n >= 3) expect(r.value.violations).toEqual([]);
      }),
    );
  });

  it('breaks the kurva when lenient', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), arbPo, (n, po) => {
        const c = planPredikat(n, { predikatOrganisasi: po, rating: 'LENIENT' });
        const r = checkDistribusi({ predikatOrganisasi: po, distribusi: c });
        expect(r.ok && r.value.conforms).toBe(false);
      }),
    );
  });
});

describe('predikatPimpinan', () => {
  it('lists exactly the predikat whose rating hasil kerja is the one the predikat organisasi sets', () => {
    const def = PERMENPANRB_6_2022.definition;
    for (const po of PREDIKAT_ORGANISASIS) {
      const hasil = def.ratingPimpinanUnit[po];
      const reachable = new Set(Object.values(def.predikatMatrix[hasil]));
      expect(new Set(predikatPimpinan(po))).toEqual(reachable);
    }
  });
});

describe('PREDIKAT_CELLS', () => {
  it('lists only cells of the default matrix that give the predikat', () => {
    const matrix = PERMENPANRB_6_2022.definition.predikatMatrix;
    for (const p of PREDIKATS) {
      expect(PREDIKAT_CELLS[p].length).toBeGreaterThan(0);
      for (const [[hasil, perilaku]] of PREDIKAT_CELLS[p]) expect(matrix[hasil][perilaku]).toBe(p);
    }
  });
});
