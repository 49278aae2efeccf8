import { Decimal, type DecimalInput } from '../../decimal/decimal';
import { HUNDRED } from '../../decimal/rounding';
import { KinerjaError } from '../../errors/kinerja-error';

/** @internal A decimal from an input, or a {@link KinerjaError} naming the argument. */
export function toDecimalPp46(value: DecimalInput, name: string): Decimal {
  let d: Decimal;
  try {
    d = value instanceof Decimal ? value : new Decimal(value);
  } catch (cause) {
    throw new KinerjaError('invalid_decimal', `${name}: not a decimal: ${String(value)}`, { cause });
  }
  if (!d.isFinite()) throw new KinerjaError('invalid_decimal', `${name}: not finite: ${String(value)}`);
  return d;
}

/** @internal A target the PP 46 formulas divide by: a decimal > 0. */
export function toTargetPp46(value: DecimalInput): Decimal {
  const t = toDecimalPp46(value, 'target');
  if (!t.gt(0)) throw new KinerjaError('target_zero', `target must be greater than 0, got ${t.toFixed()}`);
  return t;
}

/**
 * The kuantitas or kualitas aspect of a kegiatan under PP 46/2011 (Perka BKN 1/2013): the
 * realisasi as a percentage of the target, exact, not capped.
 *
 * $$\text{Kuantitas} = \frac{RO}{TO} \times 100 \qquad \text{Kualitas} = \frac{RK}{TK} \times 100$$
 *
 * @param target - TO or TK, greater than 0.
 * @param realisasi - RO or RK.
 * @returns the value in percent.
 * @throws {@link KinerjaError} `target_zero` when the target is not greater than 0,
 *   `invalid_decimal` when an argument is not a finite decimal.
 * @example
 * ```ts
 * nilaiRasio('100', '90').toFixed(); // '90'
 * nilaiRasio('12', '10').toFixed();  // '83.33333333333333333333333333333333333333'
 * ```
 */
export function nilaiRasio(target: DecimalInput, realisasi: DecimalInput): Decimal {
  const t = toTargetPp46(target);
  return toDecimalPp46(realisasi, 'realisasi').times(HUNDRED).div(t);
}
