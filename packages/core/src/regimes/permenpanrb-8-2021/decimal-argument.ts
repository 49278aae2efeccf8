import { Decimal, type DecimalInput } from '../../decimal/decimal';
import { KinerjaError } from '../../errors/kinerja-error';

/**
 * @internal A typed numeric argument of an 8/2021 formula as a decimal: a decimal string, a
 * finite number or a decimal.
 *
 * @throws {@link KinerjaError} `invalid_argument` when it is not a finite number.
 */
export function decimalArgument(value: DecimalInput, name: string): Decimal {
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch (cause) {
    throw new KinerjaError('invalid_argument', `${name} is not a number: ${String(value)}`, { cause });
  }
  if (!d.isFinite()) throw new KinerjaError('invalid_argument', `${name} is not finite: ${String(value)}`);
  return d;
}
