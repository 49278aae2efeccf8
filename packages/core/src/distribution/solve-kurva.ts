import { KinerjaError } from '../errors/kinerja-error';
import { PREDIKATS } from '../model/predikat';

/**
 * Why no distribution of a headcount satisfies the hard rules of a kurva:
 * - `minimum_above_maximum`: one group must hold at least `required` pegawai but may hold fewer;
 * - `minimums_exceed_headcount`: the minimums together need `required` pegawai, more than the headcount;
 * - `maximums_below_headcount`: the maximums together allow only `required` pegawai, fewer than the headcount;
 * - `modal_unreachable`: a predikat that must be the most frequent (a MODAL rule with severity
 *   `error`) would need at least `required` pegawai, more than the other rules let it have.
 */
export type KurvaInfeasibleReason =
  | 'minimum_above_maximum'
  | 'minimums_exceed_headcount'
  | 'maximums_below_headcount'
  | 'modal_unreachable';

/** @internal The outcome of {@link solveKurva}. */
export type KurvaSolution =
  | { readonly feasible: true; readonly counts: number[]; readonly modalCount: number | null }
  | { readonly feasible: false; readonly reason: KurvaInfeasibleReason; readonly required: number };

const N = PREDIKATS.length;
const POPCOUNT: readonly number[] = Array.from({ length: 1 << N }, (_, m) => {
  let c = 0;
  for (let x = m; x !== 0; x &= x - 1) c++;
  return c;
});

/**
 * @internal Decides whether `n` pegawai can be spread over the predikat so that every group's
 * count lies in its interval and every predikat of `modalMask` is among the most frequent, and
 * builds such a distribution.
 *
 * Method (exact, because the groups are pairwise disjoint): predikat outside every group form
 * groups of their own with the interval $[0, n]$. Without a modal constraint the system is
 * feasible iff $lo_g \le hi_g$ for every group, $\sum_g lo_g \le n$ and
 * $n \le \sum_g \min(hi_g, |g| \cdot n)$. With modal predikat $M$, they all hold the same count
 * $m$ and every other predikat at most $m$; with $k_g = |g \cap M|$ the conditions are
 * $k_g m \le hi_g$, $\sum_g \max(lo_g, k_g m) \le n$ (both hold for small $m$) and
 * $lo_g \le |g| m$, $n \le \sum_g \min(hi_g, |g| m)$ (both hold for large $m$), so the feasible
 * $m$ form an interval found by two binary searches; the largest $m$ is taken ("the rest goes
 * to the modal predikat").
 *
 * Construction: every predikat starts at its lower bound ($m$ for a modal predikat, else 0);
 * each group short of its minimum is topped up, then the rest is placed, both in `preference`
 * order, each predikat up to its own cap and its group's maximum.
 *
 * @param n - the headcount, a non-negative safe integer.
 * @param masks - the groups' masks over {@link PREDIKATS}, pairwise disjoint.
 * @param lo - each group's minimum (≥ 0).
 * @param hi - each group's maximum (≤ n).
 * @param modalMask - the predikat that must be among the most frequent (0 for none).
 * @param preference - every predikat index once, in the order the rest is placed.
 * @returns the counts per predikat index (and the modal count), or why none exist.
 * @throws {@link KinerjaError} `kurva_solver_invariant` if the construction misses the headcount (a bug).
 * @example
 * ```ts
 * // n = 10, BAIK ≤ 7 (mask 0b00010), BP + K ≥ 1 (mask 0b01100), BAIK modal.
 * solveKurva(10, [0b00010, 0b01100], [0, 1], [7, 10], 0b00010, [1, 0, 2, 3, 4]);
 * // { feasible: true, counts: [2, 7, 1, 0, 0], modalCount: 7 }
 * ```
 */
export function solveKurva(
  n: number,
  masks: readonly number[],
  lo: readonly number[],
  hi: readonly number[],
  modalMask: number,
  preference: readonly number[],
): KurvaSolution {
  // The full partition: the given groups plus a singleton for every uncovered predikat.
  const gMask = masks.slice();
  const gLo = lo.slice();
  const gHi = hi.slice();
  let covered = 0;
  for (const m of masks) covered |= m;
  for (let i = 0; i < N; i++) {
    if (((covered >> i) & 1) === 0) {
      gMask.push(1 << i);
      gLo.push(0);
      gHi.push(n);
    }
  }
  const G = gMask.length;
  const groupOf = new Array<number>(N);
  for (let g = 0; g < G; g++) for (let i = 0; i < N; i++) if ((gMask[g]! >> i) & 1) groupOf[i] = g;

  let sumLo = 0;
  let sumCap = 0;
  for (let g = 0; g < G; g++) {
    if (gLo[g]! > gHi[g]!) return { feasible: false, reason: 'minimum_above_maximum', required: gLo[g]! };
    sumLo += gLo[g]!;
    sumCap += Math.min(gHi[g]!, POPCOUNT[gMask[g]!]! * n);
  }
  if (sumLo > n) return { feasible: false, reason: 'minimums_exceed_headcount', required: sumLo };
  if (sumCap < n) return { feasible: false, reason: 'maximums_below_headcount', required: sumCap };

  const floor = new Array<number>(N).fill(0);
  const cap = new Array<number>(N).fill(n);
  let modalCount: number | null = null;
  if (modalMask !== 0) {
    const upper = (m: number): boolean => {
      let s = 0;
      for (let g = 0; g < G; g++) {
        const km = POPCOUNT[gMask[g]! & modalMask]! * m;
        if (km > gHi[g]!) return false;
        s += Math.max(gLo[g]!, km);
      }
      return s <= n;
    };
    const lower = (m: number): boolean => {
      let s = 0;
      for (let g = 0; g < G; g++) {
        const sm = POPCOUNT[gMask[g]!]! * m;
        if (gLo[g]! > sm) return false;
        s += Math.min(gHi[g]!, sm);
      }
      return s >= n;
    };
    // upper(0) and lower(n) hold after the checks above.
    let a = 0;
    let b = n;
    while (a < b) {
      const mid = a + Math.ceil((b - a) / 2);
      if (upper(mid)) a = mid;
      else b = mid - 1;
    }
    const mHigh = a;
    a = 0;
    b = n;
    while (a < b) {
      const mid = a + Math.floor((b - a) / 2);
      if (lower(mid)) b = mid;
      else a = mid + 1;
    }
    const mLow = a;
    if (mLow > mHigh) return { feasible: false, reason: 'modal_unreachable', required: mLow };
    modalCount = mHigh;
    for (let i = 0; i < N; i++) {
      cap[i] = mHigh;
      if ((modalMask >> i) & 1) floor[i] = mHigh;
    }
  }

  const counts = floor.slice();
  const groupSum = new Array<number>(G).fill(0);
  for (let i = 0; i < N; i++) groupSum[groupOf[i]!]! += counts[i]!;
  let placed = 0;
  for (let g = 0; g < G; g++) placed += groupSum[g]!;
  // Top up every group to its minimum.
  for (const i of preference) {
    const g = groupOf[i]!;
    const add = Math.min(gLo[g]! - groupSum[g]!, cap[i]! - counts[i]!);
    if (add > 0) {
      counts[i]! += add;
      groupSum[g]! += add;
      placed += add;
    }
  }
  // Place the rest.
  for (const i of preference) {
    if (placed === n) break;
    const g = groupOf[i]!;
    const add = Math.min(n - placed, cap[i]! - counts[i]!, gHi[g]! - groupSum[g]!);
    if (add > 0) {
      counts[i]! += add;
      groupSum[g]! += add;
      placed += add;
    }
  }
  if (placed !== n) {
    throw new KinerjaError('kurva_solver_invariant', `kurva construction placed ${placed} of ${n} pegawai`);
  }
  return { feasible: true, counts, modalCount };
}
