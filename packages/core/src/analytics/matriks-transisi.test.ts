import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKATS, type Predikat } from '../model/predikat';
import { matriksTransisi } from './matriks-transisi';

const arbPredikat = fc.constantFrom(...PREDIKATS);

describe('matriksTransisi', () => {
  it('counts each pair in its cell', () => {
    const m = matriksTransisi([
      ['BAIK', 'BAIK'],
      ['BAIK', 'BUTUH_PERBAIKAN'],
      ['BAIK', 'BUTUH_PERBAIKAN'],
      ['SANGAT_KURANG', 'SANGAT_BAIK'],
    ]);
    expect(m.BAIK).toEqual({ SANGAT_BAIK: 0, BAIK: 1, BUTUH_PERBAIKAN: 2, KURANG: 0, SANGAT_KURANG: 0 });
    expect(m.SANGAT_KURANG.SANGAT_BAIK).toBe(1);
    expect(m.SANGAT_BAIK).toEqual({
      SANGAT_BAIK: 0,
      BAIK: 0,
      BUTUH_PERBAIKAN: 0,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
  });

  it('has cells that add up to the pairs, row sums the "before" counts, and is diagonal for unchanged pairs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbPredikat, arbPredikat)), (pairs) => {
        const m = matriksTransisi(pairs);
        let sum = 0;
        for (const from of PREDIKATS) {
          const row = PREDIKATS.reduce((s, to) => s + m[from][to], 0);
          expect(row).toBe(pairs.filter(([f]) => f === from).length);
          sum += row;
        }
        expect(sum).toBe(pairs.length);
        const same = matriksTransisi(pairs.map(([f]) => [f, f] as [Predikat, Predikat]));
        for (const from of PREDIKATS)
          for (const to of PREDIKATS) if (from !== to) expect(same[from][to]).toBe(0);
      }),
    );
  });
});
