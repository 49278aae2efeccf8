import type { Decimal, DecimalInput } from '../../decimal/decimal';
import { roundDecimal } from '../../decimal/rounding';
import { PP_46_2011 } from '../../rules/pp-46-2011';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';
import { toDecimalPp46 } from './nilai-rasio';
import type { PredikatPp46 } from './predikat-pp46';

/**
 * A category and the value it was read from.
 *
 * @example
 * ```ts
 * const k: KategoriPp46 = predikatPp46FromNilai('90.996'); // compared 91, SANGAT_BAIK
 * ```
 */
export interface KategoriPp46 {
  /** The value compared with the bounds: rounded per the pack's `kategori.pembulatan`, or exact. */
  readonly compared: Decimal;
  readonly predikat: PredikatPp46;
}

/**
 * The category of a value under PP 46/2011 (nilai capaian SKP, each perilaku aspect, nilai
 * perilaku, nilai prestasi kerja; also applied to each aspect and kegiatan): 91 and above Sangat
 * Baik, 76–90 Baik, 61–75 Cukup, 51–60 Kurang, 50 and below Buruk.
 *
 * The regulation is silent on decimals between the bands (90.5) [U]; the pack decides (decision
 * 0012): by default the value is rounded to 2 places half-up (as the sheet shows it) and compared
 * with `x ≥ 91 → SB; x ≥ 76 → B; x ≥ 61 → C; x ≥ 51 → K; else Buruk`. `kategori.inklusif: false`
 * makes the comparisons strict, `kategori.pembulatan: null` compares the exact value, and
 * `{ scale: 0, mode: 'HALF_UP' }` rounds to whole numbers first.
 *
 * @param nilai - the value.
 * @param pack - the rule pack (default PP 46/2011).
 * @returns the compared value and the category.
 * @throws {@link KinerjaError} `invalid_decimal` when `nilai` is not a finite decimal.
 * @example
 * ```ts
 * predikatPp46FromNilai('85.5').predikat;   // 'BAIK'
 * predikatPp46FromNilai('90.5').predikat;   // 'BAIK'
 * predikatPp46FromNilai('90.996').predikat; // 'SANGAT_BAIK' (shown as 91.00)
 * predikatPp46FromNilai('50').predikat;     // 'BURUK'
 * ```
 */
export function predikatPp46FromNilai(nilai: DecimalInput, pack: RulePackPp46 = PP_46_2011): KategoriPp46 {
  const k = pack.definition.kategori;
  const exact = toDecimalPp46(nilai, 'nilai');
  const compared = k.pembulatan === null ? exact : roundDecimal(exact, k.pembulatan);
  for (const band of pack.compiled.kategori) {
    if (k.inklusif ? compared.gte(band.batas) : compared.gt(band.batas)) {
      return { compared, predikat: band.predikat };
    }
  }
  return { compared, predikat: 'BURUK' };
}
