import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { pp462011Definition } from '../../rules/pp-46-2011';
import { compileRulePackPp46, type RulePackPp46 } from '../../rules/pp-46-2011/pack';
import type { RulePackPp46Input } from '../../rules/pp-46-2011/schema';
import { PREDIKAT_PP46 } from './predikat-pp46';
import { predikatPp46FromNilai } from './predikat-pp46-from-nilai';

function packWith(kategori: Partial<RulePackPp46Input['kategori']>): RulePackPp46 {
  const r = compileRulePackPp46({
    ...pp462011Definition,
    version: 'test',
    kategori: { ...pp462011Definition.kategori, ...kategori },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('predikatPp46FromNilai — the bands of §3.2', () => {
  it.each([
    ['120', 'SANGAT_BAIK'],
    ['91', 'SANGAT_BAIK'],
    ['90.99', 'BAIK'],
    ['90.5', 'BAIK'],
    ['85.5', 'BAIK'],
    ['76', 'BAIK'],
    ['75.99', 'CUKUP'],
    ['61', 'CUKUP'],
    ['60', 'KURANG'],
    ['51', 'KURANG'],
    ['50.99', 'BURUK'],
    ['50', 'BURUK'],
    ['0', 'BURUK'],
    ['-24', 'BURUK'],
  ] as const)('%s → %s', (nilai, predikat) => {
    expect(predikatPp46FromNilai(nilai).predikat).toBe(predikat);
  });

  it('by default compares the value rounded to 2 places, as the sheet shows it', () => {
    expect(predikatPp46FromNilai('90.996')).toMatchObject({ predikat: 'SANGAT_BAIK' });
    expect(predikatPp46FromNilai('90.996').compared.toFixed()).toBe('91');
    expect(predikatPp46FromNilai('90.994').predikat).toBe('BAIK');
  });

  it('exact comparison, strict bounds, or whole numbers first, per the pack', () => {
    expect(predikatPp46FromNilai('90.996', packWith({ pembulatan: null })).predikat).toBe('BAIK');
    expect(
      predikatPp46FromNilai('90.5', packWith({ pembulatan: { scale: 0, mode: 'HALF_UP' } })).predikat,
    ).toBe('SANGAT_BAIK');
    // "x > 90 SB; x > 75 B; …": 90.5 is Sangat Baik, 50.5 Kurang.
    const strict = packWith({
      inklusif: false,
      batasBawah: { SANGAT_BAIK: '90', BAIK: '75', CUKUP: '60', KURANG: '50' },
    });
    expect(predikatPp46FromNilai('90.5', strict).predikat).toBe('SANGAT_BAIK');
    expect(predikatPp46FromNilai('90', strict).predikat).toBe('BAIK');
    expect(predikatPp46FromNilai('50.5', strict).predikat).toBe('KURANG');
    expect(predikatPp46FromNilai('50', strict).predikat).toBe('BURUK');
  });

  it('never gives a worse category to a higher value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 12000 }), fc.integer({ min: -1000, max: 12000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pLo = predikatPp46FromNilai(new Decimal(lo).div(100)).predikat;
        const pHi = predikatPp46FromNilai(new Decimal(hi).div(100)).predikat;
        expect(PREDIKAT_PP46.indexOf(pHi)).toBeLessThanOrEqual(PREDIKAT_PP46.indexOf(pLo));
      }),
    );
  });
});
