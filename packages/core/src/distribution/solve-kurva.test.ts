import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveKurva } from './solve-kurva';

function* compositions(n: number, parts: number): Generator<number[]> {
  if (parts === 1) {
    yield [n];
    return;
  }
  for (let i = 0; i <= n; i++) for (const rest of compositions(n - i, parts - 1)) yield [i, ...rest];
}

const sumMask = (c: readonly number[], mask: number) =>
  c.reduce((s, x, i) => ((mask >> i) & 1 ? s + x : s), 0);

interface Problem {
  n: number;
  masks: number[];
  lo: number[];
  hi: number[];
  modalMask: number;
  preference: number[];
}

function satisfies(p: Problem, c: readonly number[]): boolean {
  if (c.length !== 5 || c.some((x) => !Number.isInteger(x) || x < 0)) return false;
  if (c.reduce((a, b) => a + b, 0) !== p.n) return false;
  for (let g = 0; g < p.masks.length; g++) {
    const s = sumMask(c, p.masks[g]!);
    if (s < p.lo[g]! || s > p.hi[g]!) return false;
  }
  const most = Math.max(...c);
  for (let i = 0; i < 5; i++) if ((p.modalMask >> i) & 1 && c[i]! < most) return false;
  return true;
}

/** A random problem: a partition of the 5 predikat into labelled groups, some of them constrained. */
const problemArb: fc.Arbitrary<Problem> = fc
  .record({
    n: fc.integer({ min: 0, max: 9 }),
    labels: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }),
    constrained: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    los: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
    his: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
    modalMask: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 31 })),
    preference: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
  })
  .map(({ n, labels, constrained, los, his, modalMask, preference }) => {
    const masks: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    for (let label = 0; label < 5; label++) {
      let mask = 0;
      labels.forEach((l, i) => {
        if (l === label) mask |= 1 << i;
      });
      if (mask === 0 || !constrained[label]) continue;
      masks.push(mask);
      lo.push(Math.min(los[label]!, n + 1));
      hi.push(Math.min(his[label]!, n));
    }
    return { n, masks, lo, hi, modalMask, preference };
  });

describe('solveKurva', () => {
  it('solves the BAIK kurva of 10 pegawai (Baik ≤ 7 and modal, Butuh Perbaikan + Kurang ≥ 1)', () => {
    expect(solveKurva(10, [0b00010, 0b01100], [0, 1], [7, 10], 0b00010, [1, 0, 2, 3, 4])).toEqual({
      feasible: true,
      counts: [2, 7, 1, 0, 0],
      modalCount: 7,
    });
  });

  it('names the reason when the kurva cannot be met', () => {
    // KURANG, n = 2: Kurang ≥ 2, Butuh Perbaikan ≥ 1.
    expect(solveKurva(2, [0b01000, 0b00100], [2, 1], [2, 2], 0, [3, 2, 4, 1, 0])).toEqual({
      feasible: false,
      reason: 'minimums_exceed_headcount',
      required: 3,
    });
    expect(solveKurva(5, [0b00001], [3], [2], 0, [0, 1, 2, 3, 4])).toEqual({
      feasible: false,
      reason: 'minimum_above_maximum',
      required: 3,
    });
    // Every predikat capped at 1: 5 pegawai at most.
    expect(solveKurva(6, [1, 2, 4, 8, 16], [0, 0, 0, 0, 0], [1, 1, 1, 1, 1], 0, [0, 1, 2, 3, 4])).toEqual({
      feasible: false,
      reason: 'maximums_below_headcount',
      required: 5,
    });
    // Sangat Baik must be the most frequent but is capped at 0 while 1 pegawai must be placed.
    expect(solveKurva(1, [0b00001], [0], [0], 0b00001, [0, 1, 2, 3, 4])).toEqual({
      feasible: false,
      reason: 'modal_unreachable',
      required: 1,
    });
  });

  it('puts the rest in preference order, ties of modal predikat at the same count', () => {
    expect(solveKurva(7, [], [], [], 0b00011, [0, 1, 2, 3, 4])).toEqual({
      feasible: true,
      counts: [3, 3, 1, 0, 0],
      modalCount: 3,
    });
  });

  it('agrees with brute force on random disjoint groups and modal sets', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const all = [...compositions(p.n, 5)].filter((c) => satisfies(p, c));
        const r = solveKurva(p.n, p.masks, p.lo, p.hi, p.modalMask, p.preference);
        expect(r.feasible).toBe(all.length > 0);
        if (r.feasible) {
          expect(satisfies(p, r.counts)).toBe(true);
          if (p.modalMask !== 0) {
            // The modal predikat get the largest count any solution gives them.
            const first = Math.log2(p.modalMask & -p.modalMask);
            const best = Math.max(...all.map((c) => c[first]!));
            expect(r.modalCount).toBe(best);
            expect(r.counts[first]).toBe(best);
          } else {
            expect(r.modalCount).toBeNull();
          }
        } else {
          switch (r.reason) {
            case 'minimum_above_maximum':
              expect(p.lo.some((l, g) => l > p.hi[g]! && l === r.required)).toBe(true);
              break;
            case 'minimums_exceed_headcount':
              expect(r.required).toBe(p.lo.reduce((a, b) => a + b, 0));
              expect(r.required).toBeGreaterThan(p.n);
              break;
            case 'maximums_below_headcount':
              expect(r.required).toBeLessThan(p.n);
              break;
            case 'modal_unreachable':
              expect(p.modalMask).not.toBe(0);
              expect(r.required).toBeGreaterThan(0);
              break;
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
