import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { KinerjaError } from '../../errors/kinerja-error';
import { nilaiRasio } from './nilai-rasio';

describe('nilaiRasio', () => {
  it.each([
    ['1', '1', '100'], // the Perka example's kuantitas
    ['100', '90', '90'], // its kualitas
    ['12', '10', '83.33333333333333333333333333333333333333'],
    ['4', '5', '125'], // not capped
    ['250', '0', '0'],
    ['0.5', '0.25', '50'],
  ])('target %s, realisasi %s → %s', (target, realisasi, nilai) => {
    expect(nilaiRasio(target, realisasi).toFixed()).toBe(nilai);
  });

  it('accepts decimals and numbers alike', () => {
    expect(nilaiRasio(new Decimal(8), 6).toFixed()).toBe('75');
  });

  it('throws on a target that is not greater than 0 or a value that is not a decimal', () => {
    expect(() => nilaiRasio('0', '1')).toThrow(KinerjaError);
    expect(() => nilaiRasio('-1', '1')).toThrow(KinerjaError);
    expect(() => nilaiRasio('1', 'x')).toThrow(KinerjaError);
    expect(() => nilaiRasio(Number.NaN, '1')).toThrow(KinerjaError);
  });

  it('is 100 at target and grows with the realisasi', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat(1e9), fc.nat(1e9), (t, a, b) => {
        expect(nilaiRasio(t, t).toFixed()).toBe('100');
        const c = nilaiRasio(t, a).cmp(nilaiRasio(t, b));
        expect(c).toBe(Math.sign(a - b));
      }),
    );
  });
});
