import type { Predikat, PredikatOrganisasi, Rating } from '@kinerja/core';
import type { WorkItem } from '../workload';
import type { Outcome } from './outcome';

/**
 * The same 6/2022 rules written the way most peers write them: `Number` everywhere, capaian as
 * `realisasi / target * 100`, `Math.round(x * 100) / 100` for the two-decimal rounding. The cost
 * floor for plain JavaScript — and the reference to list where floating point disagrees.
 */

const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_BAWAH_EKSPEKTASI: 'KURANG',
  },
  SESUAI_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'BAIK',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_BAWAH_EKSPEKTASI: 'KURANG',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
  },
};

const PIMPINAN: Record<PredikatOrganisasi, Rating> = {
  ISTIMEWA: 'DI_ATAS_EKSPEKTASI',
  BAIK: 'SESUAI_EKSPEKTASI',
  BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
  KURANG: 'DI_BAWAH_EKSPEKTASI',
  SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
};

const SCORE: Record<Rating, number> = { DI_BAWAH_EKSPEKTASI: 1, SESUAI_EKSPEKTASI: 2, DI_ATAS_EKSPEKTASI: 3 };

/** Mean of the periodic ratings (1–3), ≥ 2.5 di atas, ≥ 1.5 sesuai. */
function meanRating(ratings: readonly Rating[]): Rating {
  let sum = 0;
  for (const r of ratings) sum += SCORE[r];
  const mean = sum / ratings.length;
  return mean >= 2.5 ? 'DI_ATAS_EKSPEKTASI' : mean >= 1.5 ? 'SESUAI_EKSPEKTASI' : 'DI_BAWAH_EKSPEKTASI';
}

/** Capaian thresholds: ≥ 101 di atas, ≥ 100 sesuai. */
function ratingOf(capaian: number): Rating {
  return capaian >= 101 ? 'DI_ATAS_EKSPEKTASI' : capaian >= 100 ? 'SESUAI_EKSPEKTASI' : 'DI_BAWAH_EKSPEKTASI';
}

/** The suggested rating hasil kerja from the capaian, or `null` when a target is zero. */
function fromCapaian(item: WorkItem): Rating | null {
  const byIki = new Map<string, { periodeKe: number; nilai: number }[]>();
  for (const r of item.realisasi) {
    if (r.nilai === undefined) continue;
    const list = byIki.get(r.indikatorId);
    const v = { periodeKe: r.periodeKe, nilai: Number(r.nilai) };
    if (list === undefined) byIki.set(r.indikatorId, [v]);
    else list.push(v);
  }
  if (byIki.size === 0) return null;
  let n = 0;
  let diAtas = 0;
  let diBawah = 0;
  let utama = 0;
  let utamaDiBawah = 0;
  for (const rhk of item.skp.rencanaHasilKerja) {
    let sum = 0;
    for (const iki of rhk.indikator) {
      if (iki.target.jenis === 'NARATIF') return null;
      const list = byIki.get(iki.id);
      if (list === undefined) continue; // counts as 0
      list.sort((a, b) => a.periodeKe - b.periodeKe);
      let realisasi: number;
      if (iki.akumulasi === 'TERAKHIR') realisasi = list[list.length - 1]!.nilai;
      else {
        let s = 0;
        for (const v of list) s += v.nilai;
        realisasi = iki.akumulasi === 'JUMLAH' ? s : s / list.length;
      }
      let capaian: number;
      const min = Number(iki.target.jenis === 'TUNGGAL' ? iki.target.nilai : iki.target.min);
      const max = Number(iki.target.jenis === 'TUNGGAL' ? iki.target.nilai : iki.target.max);
      if (iki.target.jenis === 'RENTANG' && realisasi >= min && realisasi <= max) capaian = 100;
      else {
        const t = realisasi > max ? max : min;
        if (t === 0) return null;
        const ratio = (realisasi / t) * 100;
        capaian = iki.polaritas === 'MAKSIMALISASI' ? ratio : 200 - ratio;
      }
      if (capaian < 0) capaian = 0;
      sum += capaian;
    }
    const mean = sum / rhk.indikator.length;
    const rating = ratingOf(Math.round(mean * 100) / 100);
    n++;
    if (rhk.jenis === 'UTAMA') utama++;
    if (rating === 'DI_ATAS_EKSPEKTASI') diAtas++;
    else if (rating === 'DI_BAWAH_EKSPEKTASI') {
      diBawah++;
      if (rhk.jenis === 'UTAMA') utamaDiBawah++;
    }
  }
  if (utamaDiBawah === 0 && diAtas / n > 0.5) return 'DI_ATAS_EKSPEKTASI';
  if (diBawah / n > 0.5) return 'DI_BAWAH_EKSPEKTASI';
  if (utamaDiBawah === 0 || utamaDiBawah / utama < 0.5) return 'SESUAI_EKSPEKTASI';
  return 'DI_BAWAH_EKSPEKTASI';
}

/**
 * The annual evaluation of one pegawai in floating point.
 *
 * @param item - the pegawai's SKP, realisasi and periodic ratings.
 * @returns the ratings and predikat, or `null` when the rules cannot score it.
 */
export function evaluateFloat(item: WorkItem): Outcome | null {
  const { skp } = item;
  const periodik = item.evaluasiPeriodik;
  let hasil: Rating | null = null;
  if (skp.pimpinanUnit) {
    if (item.predikatOrganisasi === undefined) return null;
    hasil = PIMPINAN[item.predikatOrganisasi];
  } else {
    if (skp.pendekatan === 'KUANTITATIF') hasil = fromCapaian(item);
    if (hasil === null && periodik.length > 0) hasil = meanRating(periodik.map((e) => e.ratingHasilKerja));
  }
  if (hasil === null || periodik.length === 0) return null;
  const perilaku = meanRating(periodik.map((e) => e.ratingPerilakuKerja));
  return { ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku, predikat: MATRIX[hasil][perilaku] };
}
