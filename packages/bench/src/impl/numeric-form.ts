import type { Akumulasi, JenisRhk, Polaritas, PredikatOrganisasi, Rating } from '@kinerja/core';
import type { WorkItem } from '../workload';

/** An IKI in numbers, as a peer would hold it. */
export interface NumericIki {
  readonly min: number;
  readonly max: number;
  /** A RENTANG target (min ≤ max), else TUNGGAL (min = max). */
  readonly rentang: boolean;
  /** A NARATIF target: no capaian. */
  readonly naratif: boolean;
  readonly polaritas: Polaritas;
  readonly akumulasi: Akumulasi;
  /** The realisasi values in the order of their period. */
  readonly realisasi: readonly number[];
}

/** An RHK in numbers. */
export interface NumericRhk {
  readonly jenis: JenisRhk;
  readonly iki: readonly NumericIki[];
}

/** One pegawai's annual evaluation input in plain numbers. */
export interface NumericItem {
  readonly pimpinanUnit: boolean;
  readonly kuantitatif: boolean;
  readonly predikatOrganisasi: PredikatOrganisasi | undefined;
  readonly rhk: readonly NumericRhk[];
  /** At least one realisasi value in the SKP. */
  readonly anyRealisasi: boolean;
  /** The periodic ratings hasil kerja and perilaku kerja, in the order of their period. */
  readonly periodikHasil: readonly Rating[];
  readonly periodikPerilaku: readonly Rating[];
}

/**
 * The working form of the floating-point implementations (`float`, `json-rules-engine`): every
 * decimal string parsed with `Number`, realisasi grouped per IKI and sorted by period, the
 * periodic ratings in period order — the way most peers would load the data before computing.
 *
 * @param items - a chunk of the workload.
 * @returns one numeric item per pegawai.
 */
export function toNumericForm(items: readonly WorkItem[]): NumericItem[] {
  const out: NumericItem[] = new Array(items.length);
  for (let n = 0; n < items.length; n++) {
    const item = items[n]!;
    const byIki = new Map<string, { periodeKe: number; nilai: number }[]>();
    for (const r of item.realisasi) {
      if (r.nilai === undefined) continue;
      const v = { periodeKe: r.periodeKe, nilai: Number(r.nilai) };
      const list = byIki.get(r.indikatorId);
      if (list === undefined) byIki.set(r.indikatorId, [v]);
      else list.push(v);
    }
    const rhk: NumericRhk[] = item.skp.rencanaHasilKerja.map((r) => ({
      jenis: r.jenis,
      iki: r.indikator.map((iki): NumericIki => {
        const list = byIki.get(iki.id) ?? [];
        list.sort((a, b) => a.periodeKe - b.periodeKe);
        const t = iki.target;
        const min =
          t.jenis === 'TUNGGAL' ? Number(t.nilai) : t.jenis === 'RENTANG' ? Number(t.min) : Number.NaN;
        const max = t.jenis === 'TUNGGAL' ? min : t.jenis === 'RENTANG' ? Number(t.max) : Number.NaN;
        return {
          min,
          max,
          rentang: t.jenis === 'RENTANG',
          naratif: t.jenis === 'NARATIF',
          polaritas: iki.polaritas,
          akumulasi: iki.akumulasi,
          realisasi: list.map((v) => v.nilai),
        };
      }),
    }));
    const periodik = item.evaluasiPeriodik.slice().sort((a, b) => a.periodeKe - b.periodeKe);
    out[n] = {
      pimpinanUnit: item.skp.pimpinanUnit,
      kuantitatif: item.skp.pendekatan === 'KUANTITATIF',
      predikatOrganisasi: item.predikatOrganisasi,
      rhk,
      anyRealisasi: byIki.size > 0,
      periodikHasil: periodik.map((e) => e.ratingHasilKerja),
      periodikPerilaku: periodik.map((e) => e.ratingPerilakuKerja),
    };
  }
  return out;
}
