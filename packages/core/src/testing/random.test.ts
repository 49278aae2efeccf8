import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import { createRandom, deriveSeed } from './random';

const take = (seed: number, k: number): number[] => {
  const rng = createRandom(seed);
  return Array.from({ length: k }, () => rng.nextUint32());
};

describe('createRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        expect(take(seed, 20)).toEqual(take(seed, 20));
        expect(take(seed, 20)).not.toEqual(take((seed + 1) >>> 0, 20));
      }),
    );
  });

  it('is pinned: the sequence of seed 62022 does not change between releases', () => {
    // Golden values: a change here changes every generated agency.
    expect(take(62022, 3)).toEqual([2859567764, 1482394524, 991795658]);
  });

  it('keeps int inside its inclusive bounds and reaches both ends', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(50), (seed, min, span) => {
        const rng = createRandom(seed);
        for (let i = 0; i < 50; i++) {
          const v = rng.int(min, min + span);
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(min);
          expect(v).toBeLessThanOrEqual(min + span);
        }
      }),
    );
    const rng = createRandom(1);
    const seen = new Set(Array.from({ length: 200 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps next in [0, 1)', () => {
    const rng = createRandom(3);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('shuffles into a permutation without touching the input', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const copy = items.slice();
        const out = createRandom(seed).shuffle(items);
        expect(items).toEqual(copy);
        expect(out.slice().sort((a, b) => a - b)).toEqual(copy.sort((a, b) => a - b));
      }),
    );
  });

  it('picks only listed values, and weighted never picks a zero weight', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.string(), { minLength: 1 }), (seed, items) => {
        const rng = createRandom(seed);
        expect(items).toContain(rng.pick(items));
        const weighted = items.map((v, i) => [v, i === 0 ? 1 : 0] as const);
        expect(rng.weighted(weighted)).toBe(items[0]);
      }),
    );
  });

  it('follows the weights roughly', () => {
    const rng = createRandom(11);
    let a = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        rng.weighted([
          ['a', 3],
          ['b', 1],
        ] as const) === 'a'
      )
        a++;
    expect(a / 10_000).toBeGreaterThan(0.72);
    expect(a / 10_000).toBeLessThan(0.78);
  });

  it('makes chance(0) never and chance(1) always true', () => {
    const rng = createRandom(5);
    for (let i = 0; i < 1000; i++) {
      expect(rng.chance(0)).toBe(false);
      expect(rng.chance(1)).toBe(true);
    }
  });

  it('throws KinerjaError on bad input', () => {
    expect(() => createRandom(Number.NaN)).toThrow(KinerjaError);
    const rng = createRandom(1);
    expect(() => rng.int(3, 2)).toThrow(KinerjaError);
    expect(() => rng.int(0.5, 2)).toThrow(KinerjaError);
    expect(() => rng.pick([])).toThrow(KinerjaError);
    expect(() => rng.weighted([['a', 0]])).toThrow(KinerjaError);
    expect(() =>
      rng.weighted([
        ['a', -1],
        ['b', 2],
      ]),
    ).toThrow(KinerjaError);
  });
});

describe('deriveSeed', () => {
  it('is deterministic and separates parts', () => {
    expect(deriveSeed(1, 'kecamatan', 0)).toBe(deriveSeed(1, 'kecamatan', 0));
    const seeds = new Set<number>();
    for (let s = 0; s < 20; s++) for (let k = 0; k < 50; k++) seeds.add(deriveSeed(s, 'kecamatan', k));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(1, 'a', 'b')).not.toBe(deriveSeed(1, 'ab'));
  });

  it('returns a 32-bit unsigned integer', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.oneof(fc.string(), fc.integer())), (seed, parts) => {
        const d = deriveSeed(seed, ...parts);
        expect(Number.isInteger(d) && d >= 0 && d <= 0xffffffff).toBe(true);
      }),
    );
  });
});
