import type { Decimal, DecimalInput } from '../../decimal/decimal';
import { ZERO } from '../../decimal/rounding';
import { KinerjaError } from '../../errors/kinerja-error';
import { PP_46_2011 } from '../../rules/pp-46-2011';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';
import { ASPEK_PERILAKU_PP46, type AspekPerilakuPp46 } from './aspek-perilaku-pp46';
import { toDecimalPp46 } from './nilai-rasio';

/**
 * The nilai perilaku kerja: the sum of the aspects, the divisor and the mean.
 *
 * @example
 * ```ts
 * const n: NilaiPerilakuKerja = nilaiPerilakuKerja({ orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 });
 * ```
 */
export interface NilaiPerilakuKerja {
  readonly jumlah: Decimal;
  /** The pack's `perilakuKerja.pembagiStruktural` (6) or `pembagiNonStruktural` (5). */
  readonly pembagi: number;
  readonly nilai: Decimal;
}

/**
 * The nilai perilaku kerja under PP 46/2011: the mean of orientasi pelayanan, integritas,
 * komitmen, disiplin and kerja sama, and kepemimpinan for a pejabat struktural — over 6 aspects
 * for a pejabat struktural, over 5 otherwise (pack `perilakuKerja`).
 *
 * $$\text{Nilai perilaku} = \frac{\sum \text{aspek}}{6 \text{ (struktural)} \;\text{or}\; 5}$$
 *
 * @param aspek - the value of each aspect (0–100); `kepemimpinan` exactly when `struktural`.
 * @param struktural - whether the pegawai is a pejabat struktural (default: whether `kepemimpinan` is given).
 * @param pack - the rule pack (default PP 46/2011).
 * @returns the sum, the divisor and the nilai perilaku kerja, exact.
 * @throws {@link KinerjaError} `perilaku_incomplete` when an aspect is missing, or kepemimpinan is
 *   given for a pegawai who is not struktural; `invalid_decimal` when a value is not a finite decimal.
 * @example
 * ```ts
 * nilaiPerilakuKerja({ orientasiPelayanan: 80, integritas: 82, komitmen: 78, disiplin: 85, kerjaSama: 80 }).nilai.toFixed(); // '81'
 * ```
 */
export function nilaiPerilakuKerja(
  aspek: Readonly<Partial<Record<AspekPerilakuPp46, DecimalInput>>>,
  struktural: boolean = aspek.kepemimpinan !== undefined,
  pack: RulePackPp46 = PP_46_2011,
): NilaiPerilakuKerja {
  let jumlah: Decimal = ZERO;
  for (const a of ASPEK_PERILAKU_PP46) {
    const v = aspek[a];
    const applies = a !== 'kepemimpinan' || struktural;
    if (applies && v === undefined) {
      throw new KinerjaError('perilaku_incomplete', `nilaiPerilakuKerja: ${a} is missing`);
    }
    if (!applies && v !== undefined) {
      throw new KinerjaError(
        'perilaku_incomplete',
        'nilaiPerilakuKerja: kepemimpinan is only for a pejabat struktural',
      );
    }
    if (v !== undefined) jumlah = jumlah.plus(toDecimalPp46(v, a));
  }
  const p = pack.definition.perilakuKerja;
  const pembagi = struktural ? p.pembagiStruktural : p.pembagiNonStruktural;
  return { jumlah, pembagi, nilai: jumlah.div(pembagi) };
}
