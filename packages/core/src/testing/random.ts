import { KinerjaError } from '../errors/kinerja-error';

/**
 * A small seeded pseudo-random generator for synthetic data: the same seed always gives the
 * same sequence, on every platform. Not for cryptography.
 *
 * @example
 * ```ts
 * const rng = createRandom(42);
 * rng.int(1, 6);                         // a die roll, the same for seed 42 every time
 * rng.pick(['Sago', 'Kampung Baru']);
 * rng.weighted([['PNS', 8], ['PPPK', 2]]);
 * ```
 */
export interface Random {
  /** The next 32-bit unsigned integer of the sequence. */
  nextUint32(): number;
  /** A number in `[0, 1)`. */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** One value of a non-empty list of `[value, weight]` pairs, in proportion to the (non-negative) weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A shuffled copy of a list (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** True with probability `p` (0 … 1). */
  chance(p: number): boolean;
}

/** splitmix32: spreads a 32-bit seed over the state words. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * Creates a seeded generator (sfc32, state seeded through splitmix32). Only 32-bit integer
 * operations are used, so a seed gives the same sequence on every JavaScript engine.
 *
 * @param seed - any finite number; it is reduced to 32 bits (`seed >>> 0`), so use integers.
 * @returns the generator.
 * @throws KinerjaError `invalid_seed` when `seed` is not a finite number.
 * @example
 * ```ts
 * const a = createRandom(7);
 * const b = createRandom(7);
 * a.int(0, 1000) === b.int(0, 1000); // true
 * ```
 */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new KinerjaError('invalid_seed', `createRandom: invalid seed ${seed}`);
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  // Warm up: discard the first outputs, as sfc32's authors recommend.
  for (let i = 0; i < 12; i++) nextUint32();
  const next = (): number => nextUint32() / 4294967296;
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new KinerjaError('invalid_range', `Random.int: invalid range ${min}..${max}`);
    }
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    nextUint32,
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new KinerjaError('invalid_range', 'Random.pick: empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of items) {
        if (!(w >= 0)) throw new KinerjaError('invalid_range', `Random.weighted: invalid weight ${w}`);
        total += w;
      }
      if (items.length === 0 || total <= 0) {
        throw new KinerjaError('invalid_range', 'Random.weighted: no positive weight');
      }
      let r = next() * total;
      for (const [value, w] of items) {
        if (r < w) return value;
        r -= w;
      }
      // Rounding left r at the total: the last value with a positive weight.
      for (let i = items.length - 1; i >= 0; i--) if (items[i]![1] > 0) return items[i]![0];
      return items[items.length - 1]![0];
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        const tmp = out[i]!;
        out[i] = out[j]!;
        out[j] = tmp;
      }
      return out;
    },
    chance(p: number): boolean {
      return next() < p;
    },
  };
}

/**
 * Derives an independent 32-bit seed from a seed and a path of labels (FNV-1a over the text,
 * then mixed), so that a part of a generated data set (one kecamatan, one unit) has its own
 * stream and can be generated alone, in any order, with the same result.
 *
 * @param seed - the parent seed.
 * @param parts - labels or numbers naming the part, e.g. `('kecamatan', 3)`.
 * @returns a seed for {@link createRandom}.
 * @example
 * ```ts
 * const rng = createRandom(deriveSeed(62022, 'kecamatan', 0));
 * ```
 */
export function deriveSeed(seed: number, ...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return splitmix32(h >>> 0)();
}
