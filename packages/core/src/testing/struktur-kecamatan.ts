import type { Jenjang } from '../model/jabatan';
import type { BidangKinerja } from './katalog-rhk';
import type { Pendidikan } from './names';

/** @internal The role of a position in a kecamatan. */
export type Peran =
  | 'CAMAT'
  | 'SEKCAM'
  | 'KASUBBAG'
  | 'KASI'
  | 'LURAH'
  | 'SEKLUR'
  | 'KASI_KELURAHAN'
  | 'FUNGSIONAL'
  | 'PELAKSANA';

/** @internal Who typically holds a position: age, education, PPPK share, golongan bounds (indexes of {@link PANGKAT}). */
export interface Profil {
  /** Age range in the evaluated year. */
  readonly usia: readonly [number, number];
  readonly pendidikan: readonly (readonly [Pendidikan, number])[];
  readonly pppk: number;
  readonly golonganMin: number;
  readonly golonganMax: number;
}

const profil = (
  usia: readonly [number, number],
  pendidikan: readonly (readonly [Pendidikan, number])[],
  golonganMin: number,
  golonganMax: number,
  pppk = 0,
): Profil => ({ usia, pendidikan, pppk, golonganMin, golonganMax });

/** @internal The profiles of the structural positions. */
export const PROFIL_STRUKTURAL: Readonly<Record<Exclude<Peran, 'FUNGSIONAL' | 'PELAKSANA'>, Profil>> = {
  CAMAT: profil(
    [44, 56],
    [
      ['S2', 5],
      ['STP', 2],
      ['S1', 1],
    ],
    7,
    9,
  ),
  SEKCAM: profil(
    [42, 56],
    [
      ['S2', 4],
      ['S1', 3],
      ['STP', 1],
    ],
    7,
    9,
  ),
  KASUBBAG: profil(
    [36, 54],
    [
      ['S1', 6],
      ['S2', 2],
      ['STP', 1],
    ],
    6,
    8,
  ),
  KASI: profil(
    [36, 54],
    [
      ['S1', 6],
      ['S2', 2],
      ['STP', 1],
    ],
    6,
    8,
  ),
  LURAH: profil(
    [34, 48],
    [
      ['STP', 5],
      ['S1', 3],
      ['S2', 2],
    ],
    6,
    8,
  ),
  SEKLUR: profil(
    [31, 46],
    [
      ['STP', 3],
      ['S1', 5],
      ['D3', 1],
    ],
    5,
    8,
  ),
  KASI_KELURAHAN: profil(
    [32, 51],
    [
      ['S1', 6],
      ['D3', 2],
      ['S2', 1],
    ],
    5,
    8,
  ),
};

/** @internal The profile of a jabatan fungsional of the keahlian (`ahli`) or keterampilan category. */
export const PROFIL_FUNGSIONAL = {
  ahli: profil(
    [29, 50],
    [
      ['S1', 4],
      ['S2', 1],
    ],
    4,
    8,
    0.2,
  ),
  terampil: profil(
    [26, 45],
    [
      ['D3', 3],
      ['S1', 1],
    ],
    2,
    8,
    0.2,
  ),
} as const;

/** @internal The profile of a pelaksana with the given education mix. */
export function profilPelaksana(pendidikan: readonly (readonly [Pendidikan, number])[]): Profil {
  return profil([24, 57], pendidikan, 0, 7, 0.22);
}

/** @internal The units of a kecamatan office below the kecamatan itself (`root`). */
export type KantorUnitKey =
  | 'root'
  | 'sekretariat'
  | 'subbag-umum'
  | 'subbag-keuangan'
  | 'seksi-pemerintahan'
  | 'seksi-trantibum'
  | 'seksi-pemberdayaan'
  | 'seksi-kesos'
  | 'seksi-pelayanan';

/** @internal A unit of the kecamatan office and its head. */
export interface KantorUnitDef {
  readonly key: Exclude<KantorUnitKey, 'root'>;
  readonly nama: string;
  readonly jenis: 'SEKRETARIAT' | 'SUBBAGIAN' | 'SEKSI';
  readonly induk: KantorUnitKey;
  readonly bidang: BidangKinerja;
  readonly kepala: string;
  readonly peran: 'SEKCAM' | 'KASUBBAG' | 'KASI';
  /** The weight of the unit when placing pelaksana. */
  readonly bobotPelaksana: number;
}

/** @internal The kecamatan office of a Pekanbaru kecamatan (sekretariat first). */
// biome-ignore format: a table
export const KANTOR_UNITS: readonly KantorUnitDef[] = [
  { key: 'sekretariat', nama: 'Sekretariat Kecamatan', jenis: 'SEKRETARIAT', induk: 'root', bidang: 'SEKRETARIAT', kepala: 'Sekretaris Camat', peran: 'SEKCAM', bobotPelaksana: 0 },
  { key: 'subbag-umum', nama: 'Subbagian Umum dan Kepegawaian', jenis: 'SUBBAGIAN', induk: 'sekretariat', bidang: 'UMUM', kepala: 'Kepala Subbagian Umum dan Kepegawaian', peran: 'KASUBBAG', bobotPelaksana: 5 },
  { key: 'subbag-keuangan', nama: 'Subbagian Perencanaan dan Keuangan', jenis: 'SUBBAGIAN', induk: 'sekretariat', bidang: 'KEUANGAN', kepala: 'Kepala Subbagian Perencanaan dan Keuangan', peran: 'KASUBBAG', bobotPelaksana: 3 },
  { key: 'seksi-pemerintahan', nama: 'Seksi Pemerintahan', jenis: 'SEKSI', induk: 'root', bidang: 'PEMERINTAHAN', kepala: 'Kepala Seksi Pemerintahan', peran: 'KASI', bobotPelaksana: 3 },
  { key: 'seksi-trantibum', nama: 'Seksi Ketenteraman dan Ketertiban Umum', jenis: 'SEKSI', induk: 'root', bidang: 'TRANTIB', kepala: 'Kepala Seksi Ketenteraman dan Ketertiban Umum', peran: 'KASI', bobotPelaksana: 3 },
  { key: 'seksi-pemberdayaan', nama: 'Seksi Pemberdayaan Masyarakat dan Kelurahan', jenis: 'SEKSI', induk: 'root', bidang: 'PEMBERDAYAAN', kepala: 'Kepala Seksi Pemberdayaan Masyarakat dan Kelurahan', peran: 'KASI', bobotPelaksana: 2 },
  { key: 'seksi-kesos', nama: 'Seksi Kesejahteraan Sosial', jenis: 'SEKSI', induk: 'root', bidang: 'KESOS', kepala: 'Kepala Seksi Kesejahteraan Sosial', peran: 'KASI', bobotPelaksana: 2 },
  { key: 'seksi-pelayanan', nama: 'Seksi Pelayanan Umum', jenis: 'SEKSI', induk: 'root', bidang: 'PELAYANAN', kepala: 'Kepala Seksi Pelayanan Umum', peran: 'KASI', bobotPelaksana: 4 },
];

/** @internal The kasi of a kelurahan: key, jabatan name, field, weight when placing pelaksana. */
// biome-ignore format: a table
export const SEKSI_KELURAHAN: readonly { readonly key: string; readonly nama: string; readonly bidang: BidangKinerja; readonly bobot: number }[] = [
  { key: 'kasi-pemerintahan', nama: 'Kepala Seksi Pemerintahan', bidang: 'KEL_PEMERINTAHAN', bobot: 3 },
  { key: 'kasi-trantibum', nama: 'Kepala Seksi Ketenteraman dan Ketertiban Umum', bidang: 'KEL_TRANTIB', bobot: 2 },
  { key: 'kasi-pemberdayaan', nama: 'Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', bidang: 'KEL_PEMBERDAYAAN', bobot: 2 },
];

/** @internal A jabatan fungsional of a kecamatan office, the unit it sits in and its weight. */
export interface JabatanFungsionalDef {
  readonly nama: string;
  readonly jenjang: Jenjang;
  readonly unit: KantorUnitKey;
  readonly bidang: BidangKinerja;
  readonly bobot: number;
  readonly teknologi: boolean;
}

/** @internal The jabatan fungsional found in a Pekanbaru kecamatan office. */
// biome-ignore format: a table
export const JABATAN_FUNGSIONAL: readonly JabatanFungsionalDef[] = [
  { nama: 'Analis Kebijakan Ahli Muda', jenjang: 'AHLI_MUDA', unit: 'root', bidang: 'KAJIAN', bobot: 2, teknologi: false },
  { nama: 'Analis Kebijakan Ahli Pertama', jenjang: 'AHLI_PERTAMA', unit: 'seksi-pemerintahan', bidang: 'KAJIAN', bobot: 2, teknologi: false },
  { nama: 'Pranata Komputer Terampil', jenjang: 'TERAMPIL', unit: 'subbag-umum', bidang: 'TEKNOLOGI', bobot: 3, teknologi: true },
  { nama: 'Pranata Komputer Ahli Pertama', jenjang: 'AHLI_PERTAMA', unit: 'subbag-umum', bidang: 'TEKNOLOGI', bobot: 1, teknologi: true },
  { nama: 'Arsiparis Terampil', jenjang: 'TERAMPIL', unit: 'subbag-umum', bidang: 'ARSIP', bobot: 2, teknologi: false },
  { nama: 'Penggerak Swadaya Masyarakat Ahli Pertama', jenjang: 'AHLI_PERTAMA', unit: 'seksi-pemberdayaan', bidang: 'SWADAYA', bobot: 2, teknologi: false },
  { nama: 'Penggerak Swadaya Masyarakat Ahli Muda', jenjang: 'AHLI_MUDA', unit: 'seksi-pemberdayaan', bidang: 'SWADAYA', bobot: 1, teknologi: false },
  { nama: 'Polisi Pamong Praja Terampil', jenjang: 'TERAMPIL', unit: 'seksi-trantibum', bidang: 'TRANTIB', bobot: 3, teknologi: false },
  { nama: 'Polisi Pamong Praja Mahir', jenjang: 'MAHIR', unit: 'seksi-trantibum', bidang: 'TRANTIB', bobot: 1, teknologi: false },
  { nama: 'Pengelola Pengadaan Barang/Jasa Ahli Pertama', jenjang: 'AHLI_PERTAMA', unit: 'subbag-keuangan', bidang: 'KEUANGAN', bobot: 1, teknologi: false },
  { nama: 'Penyuluh Sosial Ahli Pertama', jenjang: 'AHLI_PERTAMA', unit: 'seksi-kesos', bidang: 'KESOS', bobot: 1, teknologi: false },
];

/** @internal Jabatan pelaksana (2024 nomenclature): name, usual education, weight. */
// biome-ignore format: a table
export const JABATAN_PELAKSANA: readonly (readonly [string, readonly (readonly [Pendidikan, number])[], number])[] = [
  ['Penata Layanan Operasional', [['S1', 1]], 4],
  ['Pengolah Data dan Informasi', [['D3', 2], ['S1', 1]], 3],
  ['Pengadministrasi Perkantoran', [['SMA', 2], ['D3', 1]], 4],
  ['Operator Layanan Operasional', [['SMA', 2], ['D3', 1]], 3],
];

/** @internal Pangkat and golongan ruang of a PNS, from II/a upwards. */
export const PANGKAT = [
  'Pengatur Muda (II/a)',
  'Pengatur Muda Tingkat I (II/b)',
  'Pengatur (II/c)',
  'Pengatur Tingkat I (II/d)',
  'Penata Muda (III/a)',
  'Penata Muda Tingkat I (III/b)',
  'Penata (III/c)',
  'Penata Tingkat I (III/d)',
  'Pembina (IV/a)',
  'Pembina Tingkat I (IV/b)',
  'Pembina Utama Muda (IV/c)',
] as const;

/** @internal The golongan (index of {@link PANGKAT}) a PNS enters with, by education. */
export const GOLONGAN_MASUK: Readonly<Record<Pendidikan, number>> = { SMA: 0, D3: 2, S1: 4, STP: 4, S2: 4 };
/** @internal The golongan of a PPPK by education. */
export const GOLONGAN_PPPK: Readonly<Record<Pendidikan, string>> = {
  SMA: 'V',
  D3: 'VII',
  S1: 'IX',
  STP: 'IX',
  S2: 'X',
};
/** @internal The age range at appointment as CPNS, by education. */
// biome-ignore format: a table
export const USIA_MASUK: Readonly<Record<Pendidikan, readonly [number, number]>> = { SMA: [19, 30], D3: [22, 32], S1: [24, 34], STP: [22, 24], S2: [24, 34] };
/** @internal The month of a CPNS TMT and how often it occurs. */
// biome-ignore format: a table
export const BULAN_TMT: readonly (readonly [number, number])[] = [
  [1, 3], [2, 2], [3, 3], [4, 2], [5, 1], [6, 1], [7, 1], [8, 1], [9, 1], [10, 1], [11, 1], [12, 2],
];
