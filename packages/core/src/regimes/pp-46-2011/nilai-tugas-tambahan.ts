import type { Decimal } from '../../decimal/decimal';
import { KinerjaError } from '../../errors/kinerja-error';
import { PP_46_2011 } from '../../rules/pp-46-2011';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';

/**
 * @internal The tier of the pack's `tugasTambahan` table for a number of tasks.
 */
export function tierTugasTambahan(
  jumlah: number,
  pack: RulePackPp46,
): { readonly jumlahMinimum: number; readonly nilai: Decimal } {
  if (!Number.isSafeInteger(jumlah) || jumlah < 0) {
    throw new KinerjaError(
      'invalid_count',
      `jumlah tugas tambahan must be a whole number ≥ 0, got ${jumlah}`,
    );
  }
  const tiers = pack.compiled.tugasTambahan;
  let tier = tiers[0]!;
  for (const t of tiers) if (jumlah >= t.jumlahMinimum) tier = t;
  return tier;
}

/**
 * The points a pegawai earns for tugas tambahan (additional tasks, each backed by a surat
 * tugas or SK) under PP 46/2011 (Perka BKN 1/2013), from their number, by the pack's
 * `tugasTambahan` table: 0 tasks → 0, 1–3 → 1, 4–6 → 2, 7 or more → 3. The points are added to
 * the nilai capaian SKP.
 *
 * @param jumlah - the number of tugas tambahan, a whole number ≥ 0.
 * @param pack - the rule pack (default PP 46/2011).
 * @returns the points.
 * @throws {@link KinerjaError} `invalid_count` when `jumlah` is not a whole number ≥ 0.
 * @example
 * ```ts
 * nilaiTugasTambahan(0).toFixed(); // '0'
 * nilaiTugasTambahan(3).toFixed(); // '1'
 * nilaiTugasTambahan(4).toFixed(); // '2'
 * nilaiTugasTambahan(9).toFixed(); // '3'
 * ```
 */
export function nilaiTugasTambahan(jumlah: number, pack: RulePackPp46 = PP_46_2011): Decimal {
  return tierTugasTambahan(jumlah, pack).nilai;
}
