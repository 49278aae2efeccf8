import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021';
import { compileRulePack82021, type RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import type { RulePack82021Input } from '../../rules/permenpanrb-8-2021/schema';
import { PREDIKAT_8_2021 } from './predikat-8-2021';
import { predikatFrom82021 } from './predikat-from-82021';
import { predikatKinerja82021 } from './predikat-kinerja-8-2021';

function packWith(predikat: Partial<RulePack82021Input['predikat']>): RulePack82021 {
  const r = compileRulePack82021({
    ...permenpanrb82021Definition,
    version: '1.0.0+test',
    predikat: { ...permenpanrb82021Definition.predikat, ...predikat },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('predikatKinerja82021 — Pasal 41(5), both sides of every boundary', () => {
  it.each([
    ['120', true, 'SANGAT_BAIK'],
    ['120', false, 'BAIK'],
    ['110', true, 'SANGAT_BAIK'],
    ['110', false, 'BAIK'],
    ['109.99', true, 'BAIK'],
    ['109.99', false, 'BAIK'],
    ['90', false, 'BAIK'],
    ['89.99', false, 'CUKUP'],
    ['89.99', true, 'CUKUP'],
    ['70', false, 'CUKUP'],
    ['69.99', false, 'KURANG'],
    ['50', false, 'KURANG'],
    ['49.99', false, 'SANGAT_KURANG'],
    ['0', true, 'SANGAT_KURANG'],
  ] as const)('%s, inovasi %s → %s', (nilai, inovasi, predikat) => {
    expect(predikatKinerja82021(nilai, inovasi).predikat).toBe(predikat);
  });

  it('compares the nilai rounded to 2 decimals half-up: 89.995 is Baik, 109.995 with inovasi Sangat Baik', () => {
    expect(predikatKinerja82021('89.995', false)).toMatchObject({ compared: '90', predikat: 'BAIK' });
    expect(predikatKinerja82021('89.994', false)).toMatchObject({ compared: '89.99', predikat: 'CUKUP' });
    expect(predikatKinerja82021('109.995', true).predikat).toBe('SANGAT_BAIK');
    const exact = packWith({ compareRounded: false });
    expect(predikatKinerja82021('89.995', false, exact)).toMatchObject({
      compared: '89.995',
      predikat: 'CUKUP',
    });
  });

  it('maps to the 6/2022 predikat: Cukup is Butuh Perbaikan', () => {
    expect(predikatKinerja82021('80', false)).toMatchObject({
      predikat: 'CUKUP',
      predikat62022: 'BUTUH_PERBAIKAN',
    });
    expect(PREDIKAT_8_2021.map(predikatFrom82021)).toEqual([
      'SANGAT_BAIK',
      'BAIK',
      'BUTUH_PERBAIKAN',
      'KURANG',
      'SANGAT_KURANG',
    ]);
  });

  it('traces the band that matched', () => {
    expect(predikatKinerja82021('101.96', false).trace.steps).toEqual([
      {
        kind: 'predikat_kinerja_82021',
        nilaiKinerja: '101.96',
        compared: '101.96',
        compareRounded: true,
        inovasi: false,
        band: { predikat: 'BAIK', min: '90', minInclusive: true, requiresInovasi: false },
        predikat: 'BAIK',
        predikat62022: 'BAIK',
      },
    ]);
    expect(predikatKinerja82021('10', false).trace.steps[0]).toMatchObject({
      band: null,
      predikat: 'SANGAT_KURANG',
    });
  });
});

describe('predikatKinerja82021 — overrides flip an inclusivity', () => {
  const bands = permenpanrb82021Definition.predikat.bands;
  it('Cukup from above 70 (70 < x): 70 becomes Kurang, 70.01 stays Cukup', () => {
    const pack = packWith({ bands: [bands[0], bands[1], { ...bands[2], minInclusive: false }, bands[3]] });
    expect(predikatKinerja82021('70', false, pack).predikat).toBe('KURANG');
    expect(predikatKinerja82021('70.01', false, pack).predikat).toBe('CUKUP');
    expect(predikatKinerja82021('70', false).predikat).toBe('CUKUP');
  });

  it('Kurang from above 50 (">50 s/d 70", S38): 50 becomes Sangat Kurang', () => {
    const pack = packWith({ bands: [bands[0], bands[1], bands[2], { ...bands[3], minInclusive: false }] });
    expect(predikatKinerja82021('50', false, pack).predikat).toBe('SANGAT_KURANG');
    expect(predikatKinerja82021('50.01', false, pack).predikat).toBe('KURANG');
  });

  it('Baik from above 90 and Sangat Baik without the innovation requirement', () => {
    const pack = packWith({
      bands: [
        { ...bands[0], requiresInovasi: false },
        { ...bands[1], minInclusive: false },
        bands[2],
        bands[3],
      ],
    });
    expect(predikatKinerja82021('90', false, pack).predikat).toBe('CUKUP');
    expect(predikatKinerja82021('110', false, pack).predikat).toBe('SANGAT_BAIK');
  });
});

describe('predikatKinerja82021 — laws', () => {
  const nilai = fc.integer({ min: 0, max: 12_000 }).map((n) => new Decimal(n).div(100).toFixed());
  const rank = (p: string) => PREDIKAT_8_2021.length - PREDIKAT_8_2021.indexOf(p as never);
  it('a higher nilai, or an innovation, never lowers the predikat', () => {
    fc.assert(
      fc.property(nilai, nilai, fc.boolean(), (a, b, inovasi) => {
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        expect(rank(predikatKinerja82021(hi, inovasi).predikat)).toBeGreaterThanOrEqual(
          rank(predikatKinerja82021(lo, inovasi).predikat),
        );
        expect(rank(predikatKinerja82021(a, true).predikat)).toBeGreaterThanOrEqual(
          rank(predikatKinerja82021(a, false).predikat),
        );
      }),
    );
  });
});
