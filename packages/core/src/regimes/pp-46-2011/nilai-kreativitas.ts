import type { Decimal } from '../../decimal/decimal';
import { ZERO } from '../../decimal/rounding';
import { PP_46_2011 } from '../../rules/pp-46-2011';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';
import type { TingkatKreativitas } from './tingkat-kreativitas';

/**
 * The points a pegawai earns for kreativitas under PP 46/2011 (Perka BKN 1/2013), from the reach
 * of each one, by the pack's `kreativitas` table: 3 (unit kerja), 6 (organisasi), 12 (nasional)
 * [U]. Several kreativitas add up (`agregasi: 'JUMLAH'`, the default, decision 0012) or only the
 * highest counts (`'TERTINGGI'`). The points are added to the nilai capaian SKP.
 *
 * @param tingkat - the reach of each kreativitas; empty for none.
 * @param pack - the rule pack (default PP 46/2011).
 * @returns the points; 0 without kreativitas.
 * @example
 * ```ts
 * nilaiKreativitas([]).toFixed();                         // '0'
 * nilaiKreativitas(['UNIT_KERJA']).toFixed();             // '3'
 * nilaiKreativitas(['UNIT_KERJA', 'ORGANISASI']).toFixed(); // '9'
 * ```
 */
export function nilaiKreativitas(
  tingkat: readonly TingkatKreativitas[],
  pack: RulePackPp46 = PP_46_2011,
): Decimal {
  const points = pack.compiled.kreativitas;
  let total: Decimal = ZERO;
  for (const t of tingkat) {
    const p = points[t];
    total = pack.definition.kreativitas.agregasi === 'JUMLAH' ? total.plus(p) : p.gt(total) ? p : total;
  }
  return total;
}
