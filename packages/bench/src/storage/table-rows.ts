import type { Realisasi, Skp } from '@kinerja/core';

/**
 * The table rows an SKP is stored in: the SKP row, one per RHK and one per indikator.
 *
 * @param skp - the SKP.
 * @returns `1 + RHK + indikator`.
 * @example
 * ```ts
 * skpTableRows(record.skp); // 16 for 5 RHK × 2 IKI
 * ```
 */
export function skpTableRows(skp: Skp): number {
  let n = 1 + skp.rencanaHasilKerja.length;
  for (const rhk of skp.rencanaHasilKerja) n += rhk.indikator.length;
  return n;
}

/**
 * The table rows a realisasi is stored in: the realisasi row and one per bukti dukung.
 *
 * @param realisasi - the realisasi.
 * @returns `1 + bukti dukung`.
 * @example
 * ```ts
 * realisasiTableRows(record.realisasi);
 * ```
 */
export function realisasiTableRows(realisasi: Realisasi): number {
  return 1 + realisasi.buktiDukung.length;
}
