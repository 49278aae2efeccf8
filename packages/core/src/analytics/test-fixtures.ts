/**
 * @internal Tiny builders of hand-made datasets for the analytics tests. Each pegawai has one
 * SKP of 2026 (kualitatif, one RHK utama) and four quarterly evaluations with the same ratings,
 * so the annual ratings are those ratings.
 */
import type { JenisJabatan } from '../model/jabatan';
import type { PredikatOrganisasi, Rating } from '../model/predikat';
import type { DatasetInput } from './dataset';

/** @internal Short names of the three ratings. */
export const DI_ATAS: Rating = 'DI_ATAS_EKSPEKTASI';
/** @internal */
export const SESUAI: Rating = 'SESUAI_EKSPEKTASI';
/** @internal */
export const DI_BAWAH: Rating = 'DI_BAWAH_EKSPEKTASI';

/** @internal A unit of the hand-made tree. */
export interface UnitSpec {
  readonly id: string;
  readonly indukId?: string | null;
  /** The predikat organisasi of 2026: the unit has a kurva. */
  readonly predikat?: PredikatOrganisasi;
}

/** @internal A pegawai with the ratings of the year. */
export interface PegawaiSpec {
  readonly id: string;
  readonly unit: string;
  readonly penilai?: string | null;
  readonly hasil: Rating;
  readonly perilaku: Rating;
  readonly pimpinan?: boolean;
  readonly jenisJabatan?: JenisJabatan;
}

/** @internal A valid 18-digit NIP, different for each `i` below 1000. */
export function nip(i: number): string {
  return `19800315200604${i % 2 === 0 ? 1 : 2}${String(i).padStart(3, '0')}`;
}

/** @internal The SKP id of a pegawai. */
export const skpId = (pegawaiId: string): string => `skp-${pegawaiId}`;

/** @internal A dataset of 2026 from units and pegawai. */
export function dataset(units: readonly UnitSpec[], pegawai: readonly PegawaiSpec[]): DatasetInput {
  return {
    tahun: 2026,
    unitKerja: units.map((u) => ({ id: u.id, nama: `Unit ${u.id}`, indukId: u.indukId ?? null })),
    capaianKinerjaOrganisasi: units
      .filter((u) => u.predikat !== undefined)
      .map((u) => ({ unitKerjaId: u.id, tahun: 2026, predikat: u.predikat! })),
    pegawai: pegawai.map((p, i) => ({
      jenis: 'PNS' as const,
      id: p.id,
      nip: nip(i + 1),
      nama: `Pegawai ${p.id}`,
      jabatanId: `jab-${p.id}`,
      unitKerjaId: p.unit,
    })),
    skp: pegawai.map((p) => ({
      id: skpId(p.id),
      pegawaiId: p.id,
      tahun: 2026,
      periodeAwal: '2026-01-01',
      periodeAkhir: '2026-12-31',
      jenisPeriodik: 'TRIWULANAN' as const,
      pendekatan: 'KUALITATIF' as const,
      jabatanId: `jab-${p.id}`,
      jenisJabatan: p.jenisJabatan ?? ('PELAKSANA' as const),
      unitKerjaId: p.unit,
      pimpinanUnit: p.pimpinan ?? false,
      pejabatPenilaiId: p.penilai === undefined ? 'penilai' : p.penilai,
      atasanPejabatPenilaiId: null,
      rencanaHasilKerja: [
        {
          id: `rhk-${p.id}`,
          uraian: 'Terlaksananya layanan',
          jenis: 'UTAMA' as const,
          rhkAtasanId: null,
          indikator: [
            {
              id: `iki-${p.id}`,
              uraian: 'Layanan selesai tepat waktu',
              aspek: 'KUALITAS' as const,
              target: { jenis: 'NARATIF' as const, uraian: 'Layanan selesai tepat waktu' },
              satuan: 'layanan',
            },
          ],
        },
      ],
    })),
    evaluasiPeriodik: pegawai.flatMap((p) =>
      [1, 2, 3, 4].map((periodeKe) => ({
        skpId: skpId(p.id),
        periodeKe,
        ratingHasilKerja: p.hasil,
        ratingPerilakuKerja: p.perilaku,
      })),
    ),
  };
}

/** @internal `n` pegawai of one unit and one penilai with the same ratings, ids `${prefix}-1`…. */
export function many(prefix: string, n: number, spec: Omit<PegawaiSpec, 'id'>): PegawaiSpec[] {
  return Array.from({ length: n }, (_, i) => ({ ...spec, id: `${prefix}-${i + 1}` }));
}

/** @internal A deterministic permutation of a list (a seeded Fisher–Yates). */
export function permute<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** @internal Every list of a dataset-like object permuted. */
export function permuteAll<T extends object>(data: T, seed: number): T {
  const out: Record<string, unknown> = {};
  let k = 0;
  for (const [key, value] of Object.entries(data)) {
    out[key] = Array.isArray(value) ? permute(value, seed + ++k) : value;
  }
  return out as T;
}
