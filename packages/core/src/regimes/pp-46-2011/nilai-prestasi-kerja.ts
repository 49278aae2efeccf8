import type { Decimal, DecimalInput } from '../../decimal/decimal';
import { HUNDRED } from '../../decimal/rounding';
import { PP_46_2011 } from '../../rules/pp-46-2011';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';
import { toDecimalPp46 } from './nilai-rasio';

/**
 * The nilai prestasi kerja and its two parts.
 *
 * @example
 * ```ts
 * const n: NilaiPrestasiKerja = nilaiPrestasiKerja('85.5', '80'); // 51.3 + 32 = 83.3
 * ```
 */
export interface NilaiPrestasiKerja {
  /** The nilai capaian SKP × its weight / 100. */
  readonly bagianSkp: Decimal;
  /** The nilai perilaku kerja × its weight / 100. */
  readonly bagianPerilakuKerja: Decimal;
  /** The sum of the two parts. */
  readonly nilai: Decimal;
}

/**
 * The nilai prestasi kerja under PP 46/2011: 60 % of the nilai capaian SKP plus 40 % of the
 * nilai perilaku kerja (pack `bobot`).
 *
 * $$\text{NPK} = \frac{60}{100}\,\text{Nilai SKP} + \frac{40}{100}\,\text{Nilai perilaku}$$
 *
 * @param nilaiSkp - the nilai capaian SKP.
 * @param nilaiPerilaku - the nilai perilaku kerja.
 * @param pack - the rule pack (default PP 46/2011).
 * @returns the two weighted parts and their sum, exact.
 * @throws {@link KinerjaError} `invalid_decimal` when a value is not a finite decimal.
 * @example
 * ```ts
 * nilaiPrestasiKerja('85.5', '80').nilai.toFixed(); // '83.3'
 * ```
 */
export function nilaiPrestasiKerja(
  nilaiSkp: DecimalInput,
  nilaiPerilaku: DecimalInput,
  pack: RulePackPp46 = PP_46_2011,
): NilaiPrestasiKerja {
  const c = pack.compiled;
  const bagianSkp = toDecimalPp46(nilaiSkp, 'nilaiSkp').times(c.bobotSkp).div(HUNDRED);
  const bagianPerilakuKerja = toDecimalPp46(nilaiPerilaku, 'nilaiPerilaku')
    .times(c.bobotPerilakuKerja)
    .div(HUNDRED);
  return { bagianSkp, bagianPerilakuKerja, nilai: bagianSkp.plus(bagianPerilakuKerja) };
}
