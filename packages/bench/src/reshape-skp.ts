import type { Akumulasi, Polaritas, Realisasi, Skp } from '@kinerja/core';
import type { Random } from '@kinerja/core/testing';

/** The number of RHK per SKP and of IKI per RHK, as issue 5 shapes the workload. */
export const RHK_PER_SKP = 5;
/** The number of IKI per RHK. */
export const IKI_PER_RHK = 2;
/** Quarterly windows. */
export const WINDOWS = 4;

type Rhk = Skp['rencanaHasilKerja'][number];
type Iki = Rhk['indikator'][number];

/**
 * The canonical decimal text of `units / 10^scale` (no trailing zeros).
 *
 * @param units - an integer.
 * @param scale - the number of decimals of a unit (2 = hundredths).
 * @returns the text, e.g. `scaledText(10050, 2) === '100.5'`.
 */
export function scaledText(units: number, scale: number): string {
  const neg = units < 0;
  const a = Math.abs(units);
  const f = 10 ** scale;
  const int = Math.floor(a / f);
  const frac = a - int * f;
  let text = String(int);
  if (frac !== 0) text += `.${String(frac).padStart(scale, '0').replace(/0+$/, '')}`;
  return neg ? `-${text}` : text;
}

const AKUMULASI: readonly Akumulasi[] = ['JUMLAH', 'RATA_RATA', 'TERAKHIR'];

/**
 * The i-th RHK of the reshaped SKP, on the generated SKP's RHK (cycled) with new ids and IKI.
 *
 * @param skp - the generated SKP.
 * @param i - 0-based RHK position.
 * @param indikator - the RHK's IKI.
 * @returns the RHK (3 utama, then tambahan).
 */
export function reshapedRhk(skp: Skp, i: number, indikator: Iki[]): Rhk {
  const base = skp.rencanaHasilKerja[i % skp.rencanaHasilKerja.length]!;
  return { ...base, id: `${skp.id}.rhk-${i + 1}`, jenis: i < 3 ? 'UTAMA' : 'TAMBAHAN', indikator } as Rhk;
}

/**
 * One IKI of the reshaped SKP.
 *
 * @param skp - the SKP.
 * @param i - 0-based RHK position.
 * @param j - 0-based IKI position.
 * @param target - the target.
 * @param polaritas - the polaritas.
 * @param akumulasi - how quarterly realisasi combine.
 * @returns the IKI.
 */
export function reshapedIki(
  skp: Skp,
  i: number,
  j: number,
  target: Iki['target'],
  polaritas: Polaritas,
  akumulasi: Akumulasi,
): Iki {
  return {
    id: `${skp.id}.iki-${i + 1}.${j + 1}`,
    uraian: `Indikator ${i + 1}.${j + 1}`,
    aspek: 'KUANTITAS',
    target,
    satuan: 'unit',
    polaritas,
    akumulasi,
  } as Iki;
}

/**
 * A realisasi row of the reshaped SKP.
 *
 * @param skp - the SKP.
 * @param iki - the IKI.
 * @param p - the quarter (1–4).
 * @param nilai - the canonical decimal text.
 * @returns the row.
 */
export function reshapedRealisasi(skp: Skp, iki: Iki, p: number, nilai: string): Realisasi {
  const suffix = iki.id.slice(iki.id.lastIndexOf('.iki-') + 5);
  return {
    id: `${skp.id}.r-${suffix}-${p}`,
    skpId: skp.id,
    indikatorId: iki.id,
    periodeKe: p,
    nilai,
    buktiDukung: [],
  };
}

/**
 * Five RHK of two IKI each for one SKP, with quarterly realisasi around the target (a spread that
 * puts most capaian near the 100 % / 101 % thresholds, where rounding decides the rating): 10 %
 * range targets, 20 % minimalisasi, all three akumulasi.
 *
 * @param skp - the generated SKP.
 * @param rng - the workload's random source (consumed in a fixed order).
 * @returns the reshaped SKP and its 40 realisasi rows.
 */
export function reshapeSkp(skp: Skp, rng: Random): { skp: Skp; realisasi: Realisasi[] } {
  const realisasi: Realisasi[] = [];
  const rencanaHasilKerja: Rhk[] = [];
  for (let i = 0; i < RHK_PER_SKP; i++) {
    const indikator: Iki[] = [];
    for (let j = 0; j < IKI_PER_RHK; j++) {
      const akumulasi = rng.pick(AKUMULASI);
      const polaritas: Polaritas = rng.chance(0.2) ? 'MINIMALISASI' : 'MAKSIMALISASI';
      // Target in hundredths: an integer most of the time, sometimes with decimals.
      const targetH = rng.chance(0.7) ? rng.int(1, 400) * 100 : rng.int(100, 40_000);
      const rentang = rng.chance(0.1);
      const target = rentang
        ? {
            jenis: 'RENTANG' as const,
            min: scaledText(targetH, 2),
            max: scaledText(targetH + rng.int(1, 20) * 100, 2),
          }
        : { jenis: 'TUNGGAL' as const, nilai: scaledText(targetH, 2) };
      const iki = reshapedIki(skp, i, j, target, polaritas, akumulasi);
      indikator.push(iki);
      // Annual realisasi ≈ target × (0.9 … 1.1); per quarter as akumulasi combines them.
      const annualH = Math.max(0, Math.round((targetH * rng.int(900, 1100)) / 1000));
      for (let p = 1; p <= WINDOWS; p++) {
        let nilaiH: number;
        if (akumulasi === 'JUMLAH') nilaiH = Math.round(annualH / WINDOWS) + rng.int(-3, 3);
        else nilaiH = annualH + rng.int(-5, 5);
        realisasi.push(reshapedRealisasi(skp, iki, p, scaledText(Math.max(0, nilaiH), 2)));
      }
    }
    rencanaHasilKerja.push(reshapedRhk(skp, i, indikator));
  }
  return { skp: { ...skp, rencanaHasilKerja }, realisasi };
}
