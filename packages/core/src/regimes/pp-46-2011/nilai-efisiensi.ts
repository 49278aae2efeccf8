import type { Decimal, DecimalInput } from '../../decimal/decimal';
import { HUNDRED } from '../../decimal/rounding';
import { PP_46_2011 } from '../../rules/pp-46-2011';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';
import { toDecimalPp46, toTargetPp46 } from './nilai-rasio';

/**
 * The waktu or biaya aspect of a kegiatan: the tingkat efisiensi, the branch of the formula it
 * selects, and the value.
 *
 * @example
 * ```ts
 * const v: NilaiEfisiensi = nilaiEfisiensi('12', '12'); // { efisiensi: 0, sampaiBatas: true, nilai: 76 }
 * ```
 */
export interface NilaiEfisiensi {
  /** The tingkat efisiensi in percent: `100 − R/T × 100`. */
  readonly efisiensi: Decimal;
  /** Whether the efficiency is within the pack's boundary (≤ 24 %): the first branch. */
  readonly sampaiBatas: boolean;
  /** The aspect value. */
  readonly nilai: Decimal;
}

/**
 * The waktu aspect (TW, RW) or the biaya aspect (TB, RB) of a kegiatan under PP 46/2011 (Perka
 * BKN 1/2013), exact in decimals, with the constants of the pack (`efisiensi`):
 *
 * $$\text{eff} = 100 - \frac{R}{T} \times 100$$
 *
 * $$\text{nilai} = \begin{cases} \dfrac{1.76\,T - R}{T} \cdot 100 & \text{eff} \le 24 \\[1ex] 76 - \left(\dfrac{1.76\,T - R}{T} \cdot 100 - 100\right) = 100\,\dfrac{R}{T} & \text{eff} > 24 \end{cases}$$
 *
 * So R = T gives 76, R = 0.76·T (eff 24 %) gives 100, R > T gives less than 76, and a realisasi
 * far below the target (eff > 24 %, a padded target) gives 100·R/T, less than 76: the value
 * drops from 100 to 76 just past the boundary, by design. Values are not floored: R > 1.76·T
 * gives a negative value, as the Perka formula does (decision 0011).
 *
 * The boundary is tested without division (`100·(T − R) ≤ 24·T`), so it is exact: with floats,
 * TW 12 and RW 9.12 (eff exactly 24 %) give eff 24.000000000000014 and the wrong branch (76
 * instead of 100). `batasInklusif: false` makes the test `<` (and `batas: '25'` the `< 25` of
 * some applications).
 *
 * @param target - TW or TB, greater than 0.
 * @param realisasi - RW or RB.
 * @param pack - the rule pack (default PP 46/2011).
 * @returns the tingkat efisiensi, the branch and the value.
 * @throws {@link KinerjaError} `target_zero` when the target is not greater than 0,
 *   `invalid_decimal` when an argument is not a finite decimal.
 * @example
 * ```ts
 * nilaiEfisiensi('12', '12').nilai.toFixed();    // '76'
 * nilaiEfisiensi('12', '9.12').nilai.toFixed();  // '100' (eff exactly 24 %)
 * nilaiEfisiensi('12', '6').nilai.toFixed();     // '50'  (eff 50 %)
 * nilaiEfisiensi('12', '13').nilai.toFixed();    // '67.66666666666666666666666666666666666667'
 * ```
 */
export function nilaiEfisiensi(
  target: DecimalInput,
  realisasi: DecimalInput,
  pack: RulePackPp46 = PP_46_2011,
): NilaiEfisiensi {
  const t = toTargetPp46(target);
  const r = toDecimalPp46(realisasi, 'realisasi');
  const c = pack.compiled;
  // eff ≤ batas ⇔ 100 − 100·R/T ≤ batas ⇔ 100·(T − R) ≤ batas·T, as T > 0: products only, exact.
  const left = t.minus(r).times(HUNDRED);
  const right = c.batas.times(t);
  const sampaiBatas = pack.definition.efisiensi.batasInklusif ? left.lte(right) : left.lt(right);
  // 100 − R/T × 100 = (T − R)·100/T, with one division.
  const efisiensi = left.div(t);
  // ((1.76·T − R)/T)·100 with one division.
  const x = c.faktor.times(t).minus(r).times(HUNDRED).div(t);
  const nilai = sampaiBatas ? x : c.nilaiDasar.minus(x.minus(HUNDRED));
  return { efisiensi, sampaiBatas, nilai };
}
