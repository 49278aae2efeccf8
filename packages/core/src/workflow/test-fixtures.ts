/**
 * @internal Hand-made records for the workflow tests: one SKP (parsed), its record in any
 * status, and an annual evaluation.
 */
import { type Skp, SkpSchema } from '../model/skp';
import type { EvaluasiRecord, SkpRecord, SkpStatus } from './records';

/** @internal The instansi of the fixtures. */
export const INSTANSI = 'pemko-pekanbaru';

/** @internal A quarterly kuantitatif SKP of a staff member of Kelurahan Sago for 2026. */
export function skpFixture(overrides: Partial<Record<keyof Skp, unknown>> = {}): Skp {
  return SkpSchema.parse({
    id: 'skp-staf',
    pegawaiId: 'p-staf',
    tahun: 2026,
    periodeAwal: '2026-01-01',
    periodeAkhir: '2026-12-31',
    jenisPeriodik: 'TRIWULANAN',
    pendekatan: 'KUANTITATIF',
    jabatanId: 'jab-staf',
    jenisJabatan: 'PELAKSANA',
    unitKerjaId: 'kel-sago',
    pejabatPenilaiId: 'p-kasi',
    atasanPejabatPenilaiId: 'p-lurah',
    rencanaHasilKerja: [
      {
        id: 'rhk-1',
        uraian: 'Tersusunnya berkas surat keterangan yang lengkap',
        jenis: 'UTAMA',
        rhkAtasanId: 'rhk-kasi-1',
        indikator: [
          {
            id: 'iki-1',
            uraian: 'Jumlah berkas',
            aspek: 'KUANTITAS',
            target: { jenis: 'TUNGGAL', nilai: '400' },
            satuan: 'berkas',
          },
        ],
      },
    ],
    ...overrides,
  });
}

/** @internal The SKP fixture as stored, in a status. */
export function skpRecord(status: SkpStatus, overrides: Partial<SkpRecord> = {}): SkpRecord {
  return { instansiId: INSTANSI, skp: skpFixture(), segmen: 1, status, revisi: 0, version: 3, ...overrides };
}

/** @internal An annual evaluation of the SKP fixture. */
export function evaluasiRecord(overrides: Partial<EvaluasiRecord> = {}): EvaluasiRecord {
  return {
    instansiId: INSTANSI,
    id: 'skp-staf.evaluasi.tahunan',
    skpId: 'skp-staf',
    jenis: 'TAHUNAN',
    periodeKe: null,
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
    ratingRhk: [],
    predikat: 'BAIK',
    rulePack: { id: 'permenpanrb-6-2022', version: '1.0.0' },
    hasil: {},
    status: 'FINAL',
    penilaiId: 'p-kasi',
    dinilaiPada: '2027-01-05T09:00:00+07:00',
    version: 2,
    ...overrides,
  };
}
