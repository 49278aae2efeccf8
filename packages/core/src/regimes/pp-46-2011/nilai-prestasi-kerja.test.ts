import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { pp462011Definition } from '../../rules/pp-46-2011';
import { compileRulePackPp46 } from '../../rules/pp-46-2011/pack';
import { nilaiPrestasiKerja } from './nilai-prestasi-kerja';

describe('nilaiPrestasiKerja', () => {
  it('is 60 % nilai SKP + 40 % nilai perilaku', () => {
    const n = nilaiPrestasiKerja('85.5', '80');
    expect(n.bagianSkp.toFixed()).toBe('51.3');
    expect(n.bagianPerilakuKerja.toFixed()).toBe('32');
    expect(n.nilai.toFixed()).toBe('83.3');
  });

  it('lies between its two parts', () => {
    fc.assert(
      fc.property(fc.nat(11500), fc.nat(10000), (a, b) => {
        const skp = new Decimal(a).div(100);
        const perilaku = new Decimal(b).div(100);
        const n = nilaiPrestasiKerja(skp, perilaku).nilai;
        expect(n.gte(Decimal.min(skp, perilaku)) && n.lte(Decimal.max(skp, perilaku))).toBe(true);
      }),
    );
  });

  it('reads the weights from the pack', () => {
    const r = compileRulePackPp46({
      ...pp462011Definition,
      version: 'test',
      bobot: { nilaiSkp: '70', nilaiPerilakuKerja: '30' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(nilaiPrestasiKerja('85.5', '80', r.value).nilai.toFixed()).toBe('83.85');
  });
});
