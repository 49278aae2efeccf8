import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one decimal type of Kinerja: a private clone of decimal.js (never `Decimal.set` on the
 * shared constructor), with 40 significant digits and half-up as the working rounding mode.
 * Results are rounded only where a rule pack names a {@link Rounding}.
 *
 * @example
 * ```ts
 * import { Decimal } from '@kinerja/core';
 * new Decimal('0.1').plus('0.2').toFixed(); // '0.3'
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An instance of the Kinerja {@link Decimal}. */
export type Decimal = DecimalJs;

/** What a decimal may be built from: a decimal string, a finite number, or a decimal. */
export type DecimalInput = string | number | DecimalJs;

/** Text that is a canonical decimal already: no sign but `-` (never on zero), no leading or trailing zeros, no exponent. */
const CANONICAL_TEXT = /^(?:0|-?(?:0\.\d*[1-9]|[1-9]\d*(?:\.\d*[1-9])?))$/;

/**
 * The canonical text of a decimal: no exponent, no trailing zeros, no `+`, and `0` for
 * negative zero. Decimals cross every boundary (JSON, SQL, CSV) in this form. A string that is
 * canonical already — as every decimal of a valid record is — is returned as is, after a
 * pattern test and without a decimal.js parse, so bulk imports and reads stay cheap.
 *
 * @param value - a decimal or something {@link Decimal} accepts.
 * @returns the canonical string, e.g. `'85.5'` for `85.50`.
 * @throws a decimal.js error when `value` is not a number.
 * @example
 * ```ts
 * toCanonical('85.5'); // '85.5' (as is)
 * toCanonical('085.50'); // '85.5'
 * toCanonical('-0.000'); // '0'
 * ```
 */
export function toCanonical(value: DecimalInput): string {
  if (typeof value === 'string' && CANONICAL_TEXT.test(value)) return value;
  const d = value instanceof DecimalJs ? value : new Decimal(value);
  if (d.isZero()) return '0';
  return d.toFixed();
}
