import type { AspekPerilakuPp46 } from './aspek-perilaku-pp46';
import type { PredikatPp46 } from './predikat-pp46';
import type { TracePp46 } from './trace-pp46';

/**
 * A value of a PP 46/2011 appraisal: exact, rounded for display, and its category.
 *
 * @example
 * ```ts
 * const n: NilaiPp46 = { nilai: '85.5', dibulatkan: '85.5', predikat: 'BAIK' };
 * ```
 */
export interface NilaiPp46 {
  /** The exact value, canonical (rounded per the pack only when `pembulatan.antara`). */
  readonly nilai: string;
  /** The value rounded per the pack's `pembulatan.nilai` (2 places half-up), canonical. */
  readonly dibulatkan: string;
  readonly predikat: PredikatPp46;
}

/**
 * The value of one aspect of a kegiatan; for waktu and biaya also the tingkat efisiensi.
 *
 * @example
 * ```ts
 * const w: NilaiAspekPp46 = { nilai: '76', dibulatkan: '76', predikat: 'BAIK', efisiensi: '0' };
 * ```
 */
export interface NilaiAspekPp46 extends NilaiPp46 {
  /** The tingkat efisiensi in percent (waktu, biaya), else `null`. */
  readonly efisiensi: string | null;
}

/**
 * One kegiatan of the result: its aspects, penghitungan and nilai capaian.
 *
 * @example
 * ```ts
 * const r = evaluatePp46(input);
 * if (r.ok) r.value.kegiatan[0]?.penghitungan; // '342'
 * ```
 */
export interface NilaiKegiatanPp46 {
  readonly id: string;
  readonly uraian?: string;
  readonly kuantitas: NilaiAspekPp46;
  readonly kualitas: NilaiAspekPp46;
  readonly waktu: NilaiAspekPp46;
  /** `null` when biaya is not targeted. */
  readonly biaya: NilaiAspekPp46 | null;
  /** The sum of the aspects. */
  readonly penghitungan: string;
  /** 3, or 4 with biaya (pack `pembagiKegiatan`). */
  readonly pembagi: number;
  readonly nilaiCapaian: NilaiPp46;
}

/**
 * The result of {@link evaluatePp46}: every value of the PP 46/2011 form — per kegiatan, the
 * nilai capaian SKP with tugas tambahan and kreativitas, the perilaku kerja per aspect, the nilai
 * prestasi kerja — each exact, rounded and with its category, and the trace.
 *
 * @example
 * ```ts
 * const r = evaluatePp46(input);
 * if (r.ok) console.log(r.value.prestasiKerja.nilai.dibulatkan, r.value.prestasiKerja.nilai.predikat);
 * ```
 */
export interface HasilPp46 {
  readonly skpId?: string;
  readonly kegiatan: readonly NilaiKegiatanPp46[];
  /** The mean nilai capaian of the kegiatan, before tugas tambahan and kreativitas. */
  readonly rataRataKegiatan: string;
  readonly tugasTambahan: { readonly jumlah: number; readonly nilai: string };
  readonly kreativitas: { readonly jumlah: number; readonly nilai: string };
  /** The nilai capaian SKP. */
  readonly nilaiSkp: NilaiPp46;
  readonly perilakuKerja: {
    readonly struktural: boolean;
    /** The aspects that apply, in the order of the form (kepemimpinan only when struktural). */
    readonly aspek: Readonly<Partial<Record<AspekPerilakuPp46, NilaiPp46>>>;
    readonly jumlah: string;
    /** 6 (struktural) or 5 (pack `perilakuKerja`). */
    readonly pembagi: number;
    readonly nilai: NilaiPp46;
  };
  readonly prestasiKerja: {
    /** The nilai capaian SKP × 60 %. */
    readonly bagianSkp: string;
    /** The nilai perilaku kerja × 40 %. */
    readonly bagianPerilakuKerja: string;
    readonly nilai: NilaiPp46;
  };
  readonly trace: TracePp46;
}
