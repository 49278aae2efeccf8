import type { Decimal, DecimalInput } from '../../decimal/decimal';
import { ZERO } from '../../decimal/rounding';
import { KinerjaError } from '../../errors/kinerja-error';
import { toDecimalPp46 } from './nilai-rasio';

/**
 * The nilai capaian SKP and the mean it rests on.
 *
 * @example
 * ```ts
 * const n: NilaiCapaianSkp = nilaiCapaianSkp(['85.5', '80'], { tugasTambahan: '1' }); // mean 82.75, nilai 83.75
 * ```
 */
export interface NilaiCapaianSkp {
  /** The mean nilai capaian of the kegiatan. */
  readonly rataRata: Decimal;
  /** The mean plus the tugas tambahan and kreativitas points. */
  readonly nilai: Decimal;
}

/**
 * The nilai capaian SKP under PP 46/2011 (Perka BKN 1/2013): the mean of the nilai capaian of
 * the kegiatan, plus the points for tugas tambahan and kreativitas. Not capped.
 *
 * $$\text{Nilai SKP} = \frac{1}{n}\sum_{i=1}^{n} \text{NC}_i + \text{TT} + \text{K}$$
 *
 * @param kegiatan - the nilai capaian of each kegiatan, at least one (e.g. from {@link nilaiCapaianKegiatan}).
 * @param tambahan - the points for tugas tambahan and kreativitas (default 0 each).
 * @returns the mean and the nilai capaian SKP, exact.
 * @throws {@link KinerjaError} `skp_without_kegiatan` when `kegiatan` is empty, `invalid_decimal`
 *   when a value is not a finite decimal.
 * @example
 * ```ts
 * nilaiCapaianSkp(['85.5']).nilai.toFixed(); // '85.5'
 * nilaiCapaianSkp(['85.5', '80'], { tugasTambahan: '1', kreativitas: '3' }).nilai.toFixed(); // '86.75'
 * ```
 */
export function nilaiCapaianSkp(
  kegiatan: readonly DecimalInput[],
  tambahan: { readonly tugasTambahan?: DecimalInput; readonly kreativitas?: DecimalInput } = {},
): NilaiCapaianSkp {
  if (kegiatan.length === 0) {
    throw new KinerjaError('skp_without_kegiatan', 'nilaiCapaianSkp: an SKP has at least one kegiatan');
  }
  let sum: Decimal = ZERO;
  for (const k of kegiatan) sum = sum.plus(toDecimalPp46(k, 'kegiatan'));
  const rataRata = sum.div(kegiatan.length);
  const tt =
    tambahan.tugasTambahan === undefined ? ZERO : toDecimalPp46(tambahan.tugasTambahan, 'tugasTambahan');
  const kr = tambahan.kreativitas === undefined ? ZERO : toDecimalPp46(tambahan.kreativitas, 'kreativitas');
  return { rataRata, nilai: rataRata.plus(tt).plus(kr) };
}
