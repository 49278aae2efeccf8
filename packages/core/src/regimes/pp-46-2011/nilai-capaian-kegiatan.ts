import type { Decimal, DecimalInput } from '../../decimal/decimal';
import { PP_46_2011 } from '../../rules/pp-46-2011';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';
import { toDecimalPp46 } from './nilai-rasio';

/**
 * The aspect values of one kegiatan, as {@link nilaiCapaianKegiatan} takes them: `biaya` is
 * absent or `null` when the kegiatan has no biaya target.
 *
 * @example
 * ```ts
 * const a: AspekKegiatanPp46 = { kuantitas: '100', kualitas: '90', waktu: '76', biaya: '76' };
 * ```
 */
export interface AspekKegiatanPp46 {
  readonly kuantitas: DecimalInput;
  readonly kualitas: DecimalInput;
  readonly waktu: DecimalInput;
  readonly biaya?: DecimalInput | null;
}

/**
 * The penghitungan and nilai capaian of one kegiatan.
 *
 * @example
 * ```ts
 * const n: NilaiCapaianKegiatan = nilaiCapaianKegiatan({ kuantitas: 100, kualitas: 90, waktu: 76 }); // 266 / 3
 * ```
 */
export interface NilaiCapaianKegiatan {
  /** The sum of the aspect values. */
  readonly penghitungan: Decimal;
  /** The divisor: the pack's `pembagiKegiatan` (3 without biaya, 4 with). */
  readonly pembagi: number;
  /** `penghitungan / pembagi`, exact. */
  readonly nilai: Decimal;
}

/**
 * The nilai capaian of one kegiatan under PP 46/2011 (Perka BKN 1/2013): the sum of its aspects
 * (the penghitungan) divided by their number, 3, or 4 when biaya is targeted (pack
 * `pembagiKegiatan`).
 *
 * $$\text{NC} = \frac{\text{Kuantitas} + \text{Kualitas} + \text{Waktu}\;(+\,\text{Biaya})}{3\;(4)}$$
 *
 * @param aspek - the aspect values (e.g. from {@link nilaiRasio} and {@link nilaiEfisiensi}).
 * @param pack - the rule pack (default PP 46/2011).
 * @returns the penghitungan, the divisor and the nilai capaian.
 * @throws {@link KinerjaError} `invalid_decimal` when a value is not a finite decimal.
 * @example
 * ```ts
 * // The Perka BKN example: 100 + 90 + 76 + 76 = 342; 342 / 4 = 85.5.
 * nilaiCapaianKegiatan({ kuantitas: '100', kualitas: '90', waktu: '76', biaya: '76' }).nilai.toFixed(); // '85.5'
 * ```
 */
export function nilaiCapaianKegiatan(
  aspek: AspekKegiatanPp46,
  pack: RulePackPp46 = PP_46_2011,
): NilaiCapaianKegiatan {
  let penghitungan = toDecimalPp46(aspek.kuantitas, 'kuantitas')
    .plus(toDecimalPp46(aspek.kualitas, 'kualitas'))
    .plus(toDecimalPp46(aspek.waktu, 'waktu'));
  const denganBiaya = aspek.biaya !== undefined && aspek.biaya !== null;
  if (denganBiaya) penghitungan = penghitungan.plus(toDecimalPp46(aspek.biaya as DecimalInput, 'biaya'));
  const p = pack.definition.pembagiKegiatan;
  const pembagi = denganBiaya ? p.denganBiaya : p.tanpaBiaya;
  return { penghitungan, pembagi, nilai: penghitungan.div(pembagi) };
}
