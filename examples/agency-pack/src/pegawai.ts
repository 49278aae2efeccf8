/**
 * Five made-up pegawai of a made-up unit, with a monthly SKP (kuantitatif, BULANAN) and the
 * realisasi and attendance of March 2026. Names and numbers are invented for the example.
 */
import type { Jenjang, Rating, TppInput } from '@kinerja/core';

/** One pegawai of the example: an SKP, one month of realisasi, the rater's rating perilaku, attendance. */
export interface PegawaiContoh {
  readonly id: string;
  readonly nama: string;
  readonly jabatan: string;
  readonly kelasJabatan: number;
  /** For a jabatan fungsional: its jenjang (angka kredit is shown). */
  readonly jenjang?: Jenjang;
  /** Capaian of each RHK this month, in percent (target 100 of a RATA_RATA indikator). */
  readonly capaianRhk: readonly string[];
  readonly ratingPerilakuKerja: Rating;
  readonly disiplin: NonNullable<TppInput['disiplin']>;
  readonly hukumanDisiplin?: TppInput['hukumanDisiplin'];
}

/** The month evaluated: March 2026 (window 3 of a monthly SKP). */
export const PERIODE = { tahun: 2026, bulan: 3 } as const;

/** The pegawai of the example. */
export const PEGAWAI: readonly PegawaiContoh[] = [
  {
    id: 'peg-rina',
    nama: 'Rina Marlina',
    jabatan: 'Pengadministrasi Perkantoran',
    kelasJabatan: 6,
    capaianRhk: ['103', '104'],
    ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
    disiplin: {
      kejadianMenit: [
        { kelompok: 'TERLAMBAT', menit: 15 },
        { kelompok: 'TERLAMBAT', menit: 20 },
      ],
    },
  },
  {
    id: 'peg-fajar',
    nama: 'Fajar Hidayat',
    jabatan: 'Pranata Komputer Ahli Pertama',
    kelasJabatan: 8,
    jenjang: 'AHLI_PERTAMA',
    capaianRhk: ['97', '96'],
    ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
    disiplin: {},
  },
  {
    id: 'peg-siti',
    nama: 'Siti Aisyah',
    jabatan: 'Kepala Seksi Pelayanan',
    kelasJabatan: 9,
    capaianRhk: ['106', '110'],
    ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
    disiplin: { kejadian: [{ kode: 'APEL', jumlah: 1 }] },
  },
  {
    id: 'peg-dedi',
    nama: 'Dedi Kurniawan',
    jabatan: 'Pengelola Layanan Operasional',
    kelasJabatan: 5,
    capaianRhk: ['100', '100'],
    ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
    disiplin: {
      kejadianMenit: [{ kelompok: 'TERLAMBAT', menit: 95 }],
      kejadian: [{ kode: 'TK', jumlah: 1 }],
    },
    hukumanDisiplin: [{ kode: 'SEDANG_6', mulai: { tahun: 2026, bulan: 2 } }],
  },
  {
    id: 'peg-yusuf',
    nama: 'Yusuf Harahap',
    jabatan: 'Analis Kebijakan Ahli Muda',
    kelasJabatan: 9,
    jenjang: 'AHLI_MUDA',
    capaianRhk: ['93', '94'],
    ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
    disiplin: { kejadianMenit: [{ kelompok: 'TERLAMBAT', menit: 40 }] },
  },
];

/** The SKP of a pegawai: one RHK utama per capaian, one IKI each with a target of 100 (%). */
export function skpOf(p: PegawaiContoh) {
  return {
    id: `skp-${p.id}`,
    pegawaiId: p.id,
    tahun: PERIODE.tahun,
    periodeAwal: `${PERIODE.tahun}-01-01`,
    periodeAkhir: `${PERIODE.tahun}-12-31`,
    jenisPeriodik: 'BULANAN',
    pendekatan: 'KUANTITATIF',
    jabatanId: `jab-${p.id}`,
    jenisJabatan: p.jenjang === undefined ? 'PELAKSANA' : 'FUNGSIONAL',
    unitKerjaId: 'unit-contoh',
    pejabatPenilaiId: 'peg-atasan',
    atasanPejabatPenilaiId: 'peg-kepala',
    rencanaHasilKerja: p.capaianRhk.map((_, i) => ({
      id: `rhk-${i + 1}`,
      uraian: `Rencana hasil kerja ${i + 1}`,
      jenis: 'UTAMA',
      rhkAtasanId: null,
      indikator: [
        {
          id: `iki-${i + 1}`,
          uraian: `Persentase layanan ${i + 1} yang selesai tepat waktu`,
          aspek: 'KUANTITAS',
          satuan: 'persen',
          target: { jenis: 'TUNGGAL', nilai: '100' },
          polaritas: 'MAKSIMALISASI',
          akumulasi: 'RATA_RATA',
        },
      ],
    })),
  };
}

/** The realisasi of the month: the capaian of each RHK, since every target is 100. */
export function realisasiOf(p: PegawaiContoh) {
  return p.capaianRhk.map((nilai, i) => ({
    id: `r-${p.id}-${i + 1}`,
    skpId: `skp-${p.id}`,
    indikatorId: `iki-${i + 1}`,
    periodeKe: PERIODE.bulan,
    nilai,
  }));
}
