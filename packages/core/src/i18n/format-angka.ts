import { Decimal } from '../decimal/decimal';
import { type RoundingMode, roundDecimal } from '../decimal/rounding';
import { KinerjaError } from '../errors/kinerja-error';
import type { Locale } from './locale';

/** Options of {@link formatAngka} and `formatPersen`. */
export interface FormatAngkaOptions {
  /** Decimal places to show; the value is rounded to them and padded with zeros. Default: as many as the value has. */
  readonly scale?: number;
  /** How to round to `scale`. Default: `HALF_UP`, the rule of official sheets. */
  readonly rounding?: RoundingMode;
  /** `'id'` (default): `1.234.567,8`; `'en'`: `1,234,567.8`. */
  readonly locale?: Locale;
}

const SEPARATORS: Readonly<Record<Locale, { readonly group: string; readonly decimal: string }>> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function toDecimal(value: Decimal | string): Decimal {
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch (cause) {
    throw new KinerjaError('invalid_decimal', `formatAngka: not a decimal: ${String(value)}`, { cause });
  }
  if (!d.isFinite()) throw new KinerjaError('invalid_decimal', `formatAngka: not finite: ${String(value)}`);
  return d;
}

/**
 * Formats a decimal for people: Indonesian separators by default (`.` for thousands, `,` for
 * decimals), optionally rounded to a fixed number of places. Works on the decimal's digits
 * (no floating point), so any size and precision stays exact.
 *
 * @param value - a decimal or a decimal string, e.g. `'85.5'`.
 * @param options - scale, rounding mode and locale (see {@link FormatAngkaOptions}).
 * @returns the formatted number, e.g. `'85,50'`.
 * @throws KinerjaError `invalid_decimal` when `value` is not a finite decimal, or `scale` is not
 *   an integer from 0 to 100.
 * @example
 * ```ts
 * formatAngka('85.5', { scale: 2 });           // '85,50'
 * formatAngka('1234567.8');                    // '1.234.567,8'
 * formatAngka('1234567.8', { locale: 'en' });  // '1,234,567.8'
 * formatAngka('85.505', { scale: 2 });         // '85,51' (half-up)
 * formatAngka('-0.004', { scale: 2 });         // '0,00'
 * ```
 */
export function formatAngka(value: Decimal | string, options: FormatAngkaOptions = {}): string {
  const { scale, rounding = 'HALF_UP', locale = 'id' } = options;
  let d = toDecimal(value);
  let text: string;
  if (scale === undefined) {
    text = d.toFixed();
  } else {
    if (!Number.isInteger(scale) || scale < 0 || scale > 100) {
      throw new KinerjaError('invalid_decimal', `formatAngka: invalid scale ${scale}`);
    }
    d = roundDecimal(d, { scale, mode: rounding });
    text = d.toFixed(scale);
  }
  const negative = text.startsWith('-') && !d.isZero();
  const unsigned = text.replace(/^-/, '');
  const dot = unsigned.indexOf('.');
  const integer = dot === -1 ? unsigned : unsigned.slice(0, dot);
  const fraction = dot === -1 ? '' : unsigned.slice(dot + 1);
  const sep = SEPARATORS[locale] ?? SEPARATORS.id;
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, sep.group);
  return `${negative ? '-' : ''}${grouped}${fraction === '' ? '' : sep.decimal + fraction}`;
}
