import type { Predikat } from '../model/predikat';

/**
 * A transition matrix of predikat: `matrix[from][to]` is the number of pegawai whose predikat was
 * `from` before (under rule pack A, or last year) and `to` after (under rule pack B, or this
 * year). Rows and columns run from Sangat Baik to Sangat Kurang; every cell is present.
 *
 * @example
 * ```ts
 * const m: MatriksTransisi = matriksTransisi([['BAIK', 'BAIK'], ['BAIK', 'BUTUH_PERBAIKAN']]);
 * m.BAIK.BUTUH_PERBAIKAN; // 1
 * ```
 */
export type MatriksTransisi = Readonly<Record<Predikat, Readonly<Record<Predikat, number>>>>;

function emptyRow(): Record<Predikat, number> {
  return { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
}

/**
 * Counts pairs (before, after) into a {@link MatriksTransisi}. The diagonal holds the pegawai
 * whose predikat did not change.
 *
 * @param pairs - the predikat before and after of each pegawai, in any order.
 * @returns the matrix; its cells add up to the number of pairs.
 * @example
 * ```ts
 * const m = matriksTransisi([['BAIK', 'BAIK'], ['SANGAT_BAIK', 'BAIK']]);
 * m.BAIK.BAIK;        // 1
 * m.SANGAT_BAIK.BAIK; // 1
 * ```
 */
export function matriksTransisi(pairs: Iterable<readonly [Predikat, Predikat]>): MatriksTransisi {
  const m = {
    SANGAT_BAIK: emptyRow(),
    BAIK: emptyRow(),
    BUTUH_PERBAIKAN: emptyRow(),
    KURANG: emptyRow(),
    SANGAT_KURANG: emptyRow(),
  };
  for (const [from, to] of pairs) m[from][to]++;
  return m;
}
