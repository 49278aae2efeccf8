import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  differenceAtLeast,
  meanOf,
  momentsOf,
  rationalOf,
  shareAtLeast,
  standardDeviationOf,
  standardizedDifference,
  varianceOf,
  varianceRatio,
  varianceRatioAtMost,
} from './score-statistics';

const Exact = DecimalJs.clone({ precision: 80 });
const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 60 });
const threshold = fc.integer({ min: 1, max: 300 }).map((k) => new Exact(k).div(100).toFixed());

/** A naive two-pass computation with 80 digits, independent of the code under test. */
function naive(xs: readonly number[]) {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s.plus(x), new Exact(0)).div(n);
  const variance = xs.reduce((s, x) => s.plus(new Exact(x).minus(mean).pow(2)), new Exact(0)).div(n);
  return { mean, variance, sd: variance.sqrt() };
}
const sig = (x: DecimalJs | string) => new Exact(x).toSignificantDigits(36).toFixed();

describe('score statistics', () => {
  it('computes mean, variance and standard deviation to 36 significant digits', () => {
    expect(meanOf(momentsOf([]))).toBeNull();
    expect(varianceOf(momentsOf([1, 3]))?.toFixed()).toBe('1');
    fc.assert(
      fc.property(scores, (xs) => {
        const m = momentsOf(xs);
        const ref = naive(xs);
        expect(sig(meanOf(m)!)).toBe(sig(ref.mean));
        expect(sig(varianceOf(m)!)).toBe(sig(ref.variance));
        expect(sig(standardDeviationOf(m)!)).toBe(sig(ref.sd));
      }),
    );
  });

  it('decides the thresholds exactly, consistently with the decimal index', () => {
    fc.assert(
      fc.property(scores, scores, threshold, (a, agency0, t) => {
        const agency = [...a, ...agency0];
        const ma = momentsOf(a);
        const mc = momentsOf(agency);
        const ref = naive(agency);
        const z = standardizedDifference(ma, mc, mc);
        const ratio = varianceRatio(ma, mc);
        const up = differenceAtLeast(ma, mc, mc, rationalOf(t), 1);
        const down = differenceAtLeast(ma, mc, mc, rationalOf(t), -1);
        if (ref.sd.isZero()) {
          expect([z, ratio, up, down]).toEqual([null, null, false, false]);
          return;
        }
        const zRef = naive(a).mean.minus(ref.mean).div(ref.sd);
        expect(sig(z!)).toBe(sig(zRef));
        // Away from the boundary the decimal comparison and the exact one agree.
        if (zRef.minus(t).abs().gt('1e-30')) expect(up).toBe(zRef.gte(t));
        if (zRef.plus(t).abs().gt('1e-30')) expect(down).toBe(zRef.lte(new Exact(t).neg()));
        const rRef = naive(a).variance.div(ref.variance);
        expect(sig(ratio!)).toBe(sig(rRef));
        expect(varianceRatioAtMost(ma, mc, rationalOf(t))).toBe(rRef.lte(t));
      }),
    );
  });

  it('is exact at the boundary', () => {
    // Agency [3, 3, 1, 1]: mean 2, σ 1; the group [3, 3] is exactly 1 σ above.
    const a = momentsOf([3, 3]);
    const c = momentsOf([3, 3, 1, 1]);
    expect(standardizedDifference(a, c, c)?.toFixed()).toBe('1');
    expect(differenceAtLeast(a, c, c, rationalOf('1'), 1)).toBe(true);
    expect(
      differenceAtLeast(a, c, c, rationalOf('1.00000000000000000000000000000000000000000000001'), 1),
    ).toBe(false);
    expect(differenceAtLeast(momentsOf([1, 1]), c, c, rationalOf('1'), -1)).toBe(true);
    expect(varianceRatioAtMost(momentsOf([1, 3]), c, rationalOf('1'))).toBe(true);
    expect(
      varianceRatioAtMost(momentsOf([1, 3]), c, rationalOf('0.99999999999999999999999999999999999999999999')),
    ).toBe(false);
    expect(shareAtLeast(4, 5, rationalOf('0.8'))).toBe(true);
    expect(shareAtLeast(4, 5, rationalOf('0.8000000000000000000000000000000000000000000001'))).toBe(false);
    expect(shareAtLeast(0, 0, rationalOf('0'))).toBe(false);
  });

  it('reads decimal thresholds as exact fractions', () => {
    expect(rationalOf('0.25')).toEqual({ p: 25n, q: 100n });
    expect(rationalOf('3')).toEqual({ p: 3n, q: 1n });
  });
});
