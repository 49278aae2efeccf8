/**
 * @internal Tiny builders of hand-made SKP inputs for the scoring tests (no fast-check here: the
 * arbitraries live in the tests). Values are written as callers write them (`z.input`).
 */
import type { Akumulasi, Polaritas } from '../model/indikator';
import type { JenisPeriodik } from '../model/periode';
import type { Rating } from '../model/predikat';
import type { JenisRhk } from '../model/rencana-hasil-kerja';
import type { Pendekatan } from '../model/skp';

/** @internal Short names of the three ratings. */
export const DI_ATAS: Rating = 'DI_ATAS_EKSPEKTASI';
/** @internal */
export const SESUAI: Rating = 'SESUAI_EKSPEKTASI';
/** @internal */
export const DI_BAWAH: Rating = 'DI_BAWAH_EKSPEKTASI';

/** @internal An indikator input. */
export interface IkiFixture {
  id: string;
  uraian: string;
  aspek: 'KUANTITAS';
  satuan: string;
  target: { jenis: 'TUNGGAL'; nilai: string } | { jenis: 'RENTANG'; min: string; max: string };
  polaritas: Polaritas;
  akumulasi: Akumulasi;
}

/** @internal An RHK input. */
export interface RhkFixture {
  id: string;
  uraian: string;
  jenis: JenisRhk;
  rhkAtasanId: string | null;
  indikator: IkiFixture[];
}

/**
 * @internal An indikator: `target` a single value or `[min, max]`.
 */
export function iki(
  id: string,
  target: string | readonly [string, string],
  opts: { polaritas?: Polaritas; akumulasi?: Akumulasi } = {},
): IkiFixture {
  return {
    id,
    uraian: `Indikator ${id}`,
    aspek: 'KUANTITAS',
    satuan: 'dokumen',
    target:
      typeof target === 'string'
        ? { jenis: 'TUNGGAL', nilai: target }
        : { jenis: 'RENTANG', min: target[0], max: target[1] },
    polaritas: opts.polaritas ?? 'MAKSIMALISASI',
    akumulasi: opts.akumulasi ?? 'JUMLAH',
  };
}

/** @internal An RHK with its indikator. */
export function rhk(id: string, jenis: JenisRhk, indikator: IkiFixture[]): RhkFixture {
  return { id, uraian: `Rencana hasil kerja ${id}`, jenis, rhkAtasanId: null, indikator };
}

/** @internal An SKP of 2026 for a pelaksana, with the given RHK. */
export function skp(opts: {
  id?: string;
  rhk: RhkFixture[];
  pendekatan?: Pendekatan;
  pimpinanUnit?: boolean;
  jenisPeriodik?: JenisPeriodik;
}) {
  return {
    id: opts.id ?? 'skp-1',
    pegawaiId: 'peg-1',
    tahun: 2026,
    periodeAwal: '2026-01-01',
    periodeAkhir: '2026-12-31',
    jenisPeriodik: opts.jenisPeriodik ?? 'TRIWULANAN',
    pendekatan: opts.pendekatan ?? 'KUANTITATIF',
    jabatanId: 'jab-1',
    jenisJabatan: 'PELAKSANA' as const,
    unitKerjaId: 'unit-1',
    pimpinanUnit: opts.pimpinanUnit ?? false,
    pejabatPenilaiId: 'peg-2',
    atasanPejabatPenilaiId: 'peg-3',
    rencanaHasilKerja: opts.rhk,
  };
}

/** @internal A realisasi of one indikator in one window. */
export function realisasi(indikatorId: string, periodeKe: number, nilai: string, skpId = 'skp-1') {
  return { id: `r-${indikatorId}-${periodeKe}`, skpId, indikatorId, periodeKe, nilai };
}

/** @internal A periodic evaluation. */
export function evaluasi(periodeKe: number, hasil: Rating, perilaku: Rating, skpId = 'skp-1') {
  return { skpId, periodeKe, ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku };
}
