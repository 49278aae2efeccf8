import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { shareOf } from './share';

describe('shareOf', () => {
  it('gives 2 of 3 as 0.67 for presentation and exactly to 40 digits', () => {
    expect(shareOf(2, 3)).toEqual({ exact: '0.6666666666666666666666666666666666666667', rounded: '0.67' });
    expect(shareOf(1, 8)).toEqual({ exact: '0.125', rounded: '0.13' });
    expect(shareOf(3, 3)).toEqual({ exact: '1', rounded: '1' });
    expect(shareOf(0, 4)).toEqual({ exact: '0', rounded: '0' });
    expect(shareOf(0, 0)).toBeNull();
  });

  it('rounds half-up the exact fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (n, k0) => {
        const k = k0 % (n + 1);
        const s = shareOf(k, n)!;
        // |rounded − k/n| ≤ 0.005, and k/n times n gives k back.
        expect(new Decimal(s.rounded).minus(new Decimal(k).div(n)).abs().lte('0.005')).toBe(true);
        expect(new Decimal(s.exact).mul(n).toDecimalPlaces(20).eq(k)).toBe(true);
      }),
    );
  });
});
