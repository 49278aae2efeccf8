import type { Akumulasi, Polaritas, Realisasi, Skp } from '@kinerja/core';
import type { Random } from '@kinerja/core/testing';
import {
  IKI_PER_RHK,
  RHK_PER_SKP,
  reshapedIki,
  reshapedRealisasi,
  reshapedRhk,
  scaledText,
  WINDOWS,
} from './reshape-skp';

/** The scale of the edge workload's realisasi: units of 10⁻⁷ (capaian in thousandths × target in hundredths). */
const SCALE = 7;

/** Targets in hundredths: 1, 3, 7, 10, 25, 40, 100, 200, 2.5, 0.4, 0.3. */
const TARGETS_H: readonly number[] = [100, 300, 700, 1000, 2500, 4000, 10_000, 20_000, 250, 40, 30];

/** How the RHK mean lands on the edge. */
type EdgeKind = 'RATA_RATA' | 'JUMLAH' | 'TERAKHIR' | 'MINIMALISASI' | 'SPLIT';
const KINDS: readonly EdgeKind[] = ['RATA_RATA', 'JUMLAH', 'TERAKHIR', 'MINIMALISASI', 'SPLIT'];

/**
 * Splits `total` units into four quarterly values that add up to it exactly, each near a quarter
 * of it, offset by whole hundredths (the "0.1 + 0.2" kind of sum floating point gets wrong).
 */
function splitJumlah(total: number, rng: Random): number[] {
  const step = 10 ** (SCALE - 2);
  const base = Math.floor(total / WINDOWS / step) * step;
  const q = [0, 0, 0].map(() => Math.max(0, base + rng.int(-3, 3) * step));
  const last = total - q[0]! - q[1]! - q[2]!;
  return last >= 0 ? [...q, last] : [base, base, base, total - 3 * base];
}

/**
 * Five RHK of two IKI each whose capaian sit on a rounding edge of the default thresholds: the
 * exact mean capaian of every RHK is `T − 0.005` for T = 100 or 101 (e.g. 100.995 %), which the
 * pack rounds half-up to T (the higher rating) and which floating point, after a division and a
 * sum, lands on either side of. One pattern per pegawai, repeated on the five RHK, reached by one
 * of five routes: a RATA_RATA mean of four quarters, a JUMLAH of four quarters off by whole
 * hundredths, a TERAKHIR value, a MINIMALISASI `200 − ratio`, or two IKI straddling the edge.
 * Targets are small "nice" numbers (0.3 … 200) so the ratios are not exact in binary.
 *
 * @param skp - the generated SKP (KUANTITATIF is assumed; any SKP is reshaped the same way).
 * @param rng - the workload's random source.
 * @returns the reshaped SKP and its 40 realisasi rows.
 */
export function reshapeSkpEdge(skp: Skp, rng: Random): { skp: Skp; realisasi: Realisasi[] } {
  const threshold = rng.chance(0.5) ? 101 : 100;
  const edge3 = threshold * 1000 - 5; // thousandths
  const kind = rng.pick(KINDS);
  const targetH = rng.pick(TARGETS_H);
  const spread = kind === 'SPLIT' ? rng.int(1, 400) * 5 : 0;
  // The two IKI of the pattern: capaian in thousandths, polaritas, akumulasi, quarterly values.
  const pattern = [0, 1].map((j) => {
    const capaian3 = j === 0 ? edge3 - spread : edge3 + spread;
    const polaritas: Polaritas = kind === 'MINIMALISASI' ? 'MINIMALISASI' : 'MAKSIMALISASI';
    const ratio3 = polaritas === 'MINIMALISASI' ? 200_000 - capaian3 : capaian3;
    const annual = ratio3 * targetH; // units of 10⁻⁷
    const akumulasi: Akumulasi =
      kind === 'JUMLAH' || kind === 'RATA_RATA' || kind === 'TERAKHIR'
        ? kind
        : rng.pick(['JUMLAH', 'RATA_RATA', 'TERAKHIR'] as const);
    let quarters: number[];
    if (akumulasi === 'JUMLAH') quarters = splitJumlah(annual, rng);
    else if (akumulasi === 'RATA_RATA') quarters = splitJumlah(annual * WINDOWS, rng);
    else {
      const step = 10 ** (SCALE - 2);
      quarters = [0, 0, 0].map(() => Math.max(0, annual + rng.int(-9, 9) * step));
      quarters.push(annual);
    }
    return { polaritas, akumulasi, quarters: quarters.map((q) => scaledText(q, SCALE)) };
  });
  const target = { jenis: 'TUNGGAL' as const, nilai: scaledText(targetH, 2) };
  const realisasi: Realisasi[] = [];
  const rencanaHasilKerja: Skp['rencanaHasilKerja'][number][] = [];
  for (let i = 0; i < RHK_PER_SKP; i++) {
    const indikator: Skp['rencanaHasilKerja'][number]['indikator'][number][] = [];
    for (let j = 0; j < IKI_PER_RHK; j++) {
      const p = pattern[j]!;
      const iki = reshapedIki(skp, i, j, target, p.polaritas, p.akumulasi);
      indikator.push(iki);
      for (let q = 1; q <= WINDOWS; q++) realisasi.push(reshapedRealisasi(skp, iki, q, p.quarters[q - 1]!));
    }
    rencanaHasilKerja.push(reshapedRhk(skp, i, indikator));
  }
  return { skp: { ...skp, rencanaHasilKerja }, realisasi };
}
