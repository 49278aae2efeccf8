import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021';
import { compileRulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { nilaiKinerja82021 } from './nilai-kinerja-8-2021';

describe('nilaiKinerja82021 (PP 30/2019 Pasal 41)', () => {
  it.each([
    ['102.8', '100', false, '101.96'],
    ['102.8', '100', true, '101.68'],
    ['100', '100', false, '100'],
    ['80', '120', false, '92'],
    ['80', '120', true, '96'],
    ['120', '120', false, '120'],
    ['120', '120', true, '120'],
  ] as const)('SKP %s, perilaku %s, 360 %s → %s', (skp, perilaku, with360, nilai) => {
    const v = nilaiKinerja82021(skp, perilaku, with360);
    expect(v).toMatchObject({ raw: nilai, nilai, capped: false });
    expect(v.trace.flags).toEqual([]);
  });

  it('traces the weights used', () => {
    expect(nilaiKinerja82021('102.8', '100', true).trace.steps[0]).toEqual({
      kind: 'nilai_kinerja_82021',
      penilaian360: true,
      nilaiSkp: '102.8',
      nilaiPerilaku: '100',
      bobot: { skp: '60', perilaku: '40' },
      raw: '101.68',
      maximum: '120',
      nilai: '101.68',
    });
  });

  it('caps a nilai above 120 and flags it; an override without a maximum keeps it', () => {
    const v = nilaiKinerja82021('130', '120', false);
    expect(v).toMatchObject({ raw: '127', nilai: '120', nilaiDibulatkan: '120', capped: true });
    expect(v.trace.flags).toEqual([
      { code: 'nilai_kinerja_capped', path: [], params: { raw: '127', capped: '120' }, severity: 'warning' },
    ]);
    const r = compileRulePack82021({
      ...permenpanrb82021Definition,
      nilaiKinerja: { ...permenpanrb82021Definition.nilaiKinerja, maximum: null },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(nilaiKinerja82021('130', '120', false, r.value)).toMatchObject({ nilai: '127', capped: false });
  });

  it('stays within 0..120 for nilai SKP in 0..130 and nilai perilaku in 0..120', () => {
    const n = (max: number) =>
      fc.integer({ min: 0, max: max * 100 }).map((x) => new Decimal(x).div(100).toFixed());
    fc.assert(
      fc.property(n(130), n(120), fc.boolean(), (skp, perilaku, with360) => {
        const v = new Decimal(nilaiKinerja82021(skp, perilaku, with360).nilai);
        expect(v.gte(0) && v.lte(120)).toBe(true);
        // Between the two inputs (a weighted mean) unless capped.
        const lo = Decimal.min(skp, perilaku);
        expect(v.gte(Decimal.min(lo, 120))).toBe(true);
      }),
    );
  });
});
