import { describe, expect, it } from 'vitest';
import { PREDIKATS } from '../model/predikat';
import { PERMENPANRB_6_2022, permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { countInMask, kurvaPlan, kurvaRuleHolds } from './kurva-plan';

const names = (order: readonly number[]) => order.map((i) => PREDIKATS[i]);

describe('kurvaPlan', () => {
  it('orders the predikat for a contoh: modal first, then by distance from the namesake, better first', () => {
    const pref = (po: Parameters<typeof kurvaPlan>[1]) => names(kurvaPlan(PERMENPANRB_6_2022, po).preference);
    expect(pref('ISTIMEWA')).toEqual(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
    expect(pref('BAIK')).toEqual(['BAIK', 'SANGAT_BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
    expect(pref('BUTUH_PERBAIKAN')).toEqual([
      'BUTUH_PERBAIKAN',
      'BAIK',
      'KURANG',
      'SANGAT_BAIK',
      'SANGAT_KURANG',
    ]);
    expect(pref('KURANG')).toEqual(['KURANG', 'BUTUH_PERBAIKAN', 'SANGAT_KURANG', 'BAIK', 'SANGAT_BAIK']);
    expect(pref('SANGAT_KURANG')).toEqual([
      'SANGAT_KURANG',
      'KURANG',
      'BUTUH_PERBAIKAN',
      'BAIK',
      'SANGAT_BAIK',
    ]);
  });

  it('groups the hard rules by predikat and knows the modal predikat', () => {
    const baik = kurvaPlan(PERMENPANRB_6_2022, 'BAIK');
    expect(baik.hardGroups).toEqual([
      { mask: 0b00010, minRules: [], maxRules: [0] },
      { mask: 0b01100, minRules: [2], maxRules: [] },
    ]);
    expect(baik.modalMask).toBe(0b00010);
    expect(baik.hardModalMask).toBe(0);
    expect(baik.hasSoftBounds).toBe(false);
    expect(baik.allGroups).toBe(baik.hardGroups);
    const kurang = kurvaPlan(PERMENPANRB_6_2022, 'KURANG');
    expect(kurang.hardGroups.map((g) => g.mask)).toEqual([0b01000, 0b00100, 0b00001]);
    expect(kurang.modalMask).toBe(0);
  });

  it('is computed once per pack', () => {
    expect(kurvaPlan(PERMENPANRB_6_2022, 'BAIK')).toBe(kurvaPlan(PERMENPANRB_6_2022, 'BAIK'));
  });

  it('keeps warning groups apart when they overlap a hard group partly', () => {
    const def = permenpanrb62022Definition;
    const r = compileRulePack62022({
      ...def,
      version: 'test',
      kurva: {
        ...def.kurva,
        KURANG: [
          ...def.kurva.KURANG,
          { id: 'k.sk-min', kind: 'MINIMUM', predikat: ['SANGAT_KURANG'], count: 1, severity: 'warning' },
        ],
        SANGAT_KURANG: [
          ...def.kurva.SANGAT_KURANG,
          {
            id: 'sk.k-sk',
            kind: 'MAXIMUM',
            predikat: ['KURANG', 'SANGAT_KURANG'],
            share: '90',
            severity: 'warning',
          },
        ],
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const kurang = kurvaPlan(r.value, 'KURANG');
    expect(kurang.hasSoftBounds).toBe(true);
    expect(kurang.allGroups?.map((g) => g.mask)).toEqual([0b01000, 0b00100, 0b00001, 0b10000]);
    expect(kurang.hardGroups).toHaveLength(3);
    expect(kurvaPlan(r.value, 'SANGAT_KURANG').allGroups).toBeNull();
  });
});

describe('countInMask and kurvaRuleHolds', () => {
  it('counts a group and checks a rule', () => {
    expect(countInMask([1, 7, 1, 1, 0], 0b01100)).toBe(2);
    expect(countInMask([1, 7, 1, 1, 0], 0)).toBe(0);
    const [maks, modal, ada] = kurvaPlan(PERMENPANRB_6_2022, 'BAIK').rules;
    expect(kurvaRuleHolds(maks!, 7, [2, 7, 1, 0, 0])).toBe(true);
    expect(kurvaRuleHolds(maks!, 7, [1, 8, 1, 0, 0])).toBe(false);
    expect(kurvaRuleHolds(modal!, null, [3, 3, 1, 0, 0])).toBe(true);
    expect(kurvaRuleHolds(modal!, null, [4, 3, 1, 0, 0])).toBe(false);
    expect(kurvaRuleHolds(ada!, 1, [4, 3, 0, 1, 0])).toBe(true);
    expect(kurvaRuleHolds(ada!, 1, [4, 3, 0, 0, 1])).toBe(false);
  });
});
