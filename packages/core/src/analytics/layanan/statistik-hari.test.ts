import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { medianHari, rataRataHari } from './statistik-hari';

describe('medianHari', () => {
  it.each([
    [[], null],
    [[4], '4'],
    [[3, 1, 2], '2'],
    [[5, 0, 2, 3, 3, 1], '2.5'],
    [[2, 2, 0, 1], '1.5'],
    [[7, 1], '4'],
    [[0, 0, 0, 9], '0'],
  ])('median of %j is %s', (values, expected) => {
    const m = medianHari(values);
    expect(m === null ? null : m.toFixed()).toBe(expected);
  });

  it('is a value or a half between two values, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { minLength: 1, maxLength: 40 }), (values) => {
        const m = medianHari(values)!;
        expect(m.times(2).isInteger()).toBe(true);
        expect(medianHari(values.slice().reverse())!.eq(m)).toBe(true);
        const below = values.filter((v) => m.gte(v)).length;
        const above = values.filter((v) => m.lte(v)).length;
        expect(below * 2).toBeGreaterThanOrEqual(values.length);
        expect(above * 2).toBeGreaterThanOrEqual(values.length);
      }),
    );
  });
});

describe('rataRataHari', () => {
  it('is exact to 40 significant digits', () => {
    expect(rataRataHari([0, 1, 2, 3, 3, 5])!.toFixed()).toBe(new Decimal(14).div(6).toFixed());
    expect(rataRataHari([1, 2])!.toFixed()).toBe('1.5');
    expect(rataRataHari([])).toBeNull();
  });
});
