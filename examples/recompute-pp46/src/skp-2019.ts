import type { SkpPp46Input } from '@kinerja/core';

/** Who the SKP belongs to: shown on the report, not scored. */
export interface IdentitasSkp {
  readonly nama: string;
  readonly nip: string;
  readonly pangkat: string;
  readonly jabatan: string;
  readonly unitKerja: string;
  readonly periode: { readonly awal: string; readonly akhir: string };
  readonly pejabatPenilai: string;
}

/** A fictitious pegawai of Kecamatan Senapelan, Kota Pekanbaru (the same kecamatan as the demo). */
export const IDENTITAS_2019: IdentitasSkp = {
  nama: 'Rahmat Hidayat, A.Md.',
  nip: '199003152014031002',
  pangkat: 'Pengatur (II/c)',
  jabatan: 'Pengadministrasi Umum (pelaksana)',
  unitKerja: 'Subbagian Umum dan Kepegawaian, Kecamatan Senapelan, Kota Pekanbaru',
  periode: { awal: '2019-01-02', akhir: '2019-12-31' },
  pejabatPenilai: 'Kepala Subbagian Umum dan Kepegawaian',
};

/**
 * The 2019 SKP of a pelaksana under PP 46/2011, as it was entered in the old application: five
 * kegiatan tugas jabatan (two with a budget), two tugas tambahan with a surat tugas, one
 * kreativitas, and the pejabat penilai's perilaku kerja (five aspects: not a pejabat struktural).
 *
 * Kegiatan `k-4` finished in 9.12 of 12 months: an efficiency of exactly 24 %, the boundary that
 * floating-point applications get wrong. Kegiatan `k-5` spent only 70 % of its budget: an
 * efficiency of 30 %, beyond the boundary, which the Perka treats as a padded target.
 */
export const SKP_2019: SkpPp46Input = {
  skpId: 'skp-2019-199003152014031002',
  struktural: false,
  kegiatan: [
    {
      id: 'k-1',
      uraian: 'Mengagendakan dan mendistribusikan surat masuk dan surat keluar',
      kuantitas: { target: 1200, realisasi: 1260, satuan: 'surat' },
      kualitas: { target: 100, realisasi: 90 },
      waktu: { target: 12, realisasi: 12, satuan: 'bulan' },
    },
    {
      id: 'k-2',
      uraian: 'Menyusun rekapitulasi laporan bulanan kependudukan kelurahan',
      kuantitas: { target: 12, realisasi: 12, satuan: 'laporan' },
      kualitas: { target: 100, realisasi: 88 },
      waktu: { target: 12, realisasi: 11, satuan: 'bulan' },
    },
    {
      id: 'k-3',
      uraian: 'Menyiapkan bahan dan notulen rapat koordinasi camat',
      kuantitas: { target: 24, realisasi: 22, satuan: 'kegiatan' },
      kualitas: { target: 100, realisasi: 85 },
      waktu: { target: 12, realisasi: 12, satuan: 'bulan' },
      biaya: { target: '36000000', realisasi: '34200000' },
    },
    {
      id: 'k-4',
      uraian: 'Memutakhirkan data inventaris barang milik daerah kecamatan',
      kuantitas: { target: 1, realisasi: 1, satuan: 'dokumen' },
      kualitas: { target: 100, realisasi: 92 },
      waktu: { target: 12, realisasi: '9.12', satuan: 'bulan' },
    },
    {
      id: 'k-5',
      uraian: 'Mengelola pengadaan alat tulis kantor kecamatan',
      kuantitas: { target: 4, realisasi: 4, satuan: 'paket' },
      kualitas: { target: 100, realisasi: 90 },
      waktu: { target: 12, realisasi: 12, satuan: 'bulan' },
      biaya: { target: '15000000', realisasi: '10500000' },
    },
  ],
  tugasTambahan: [
    { uraian: 'Sekretariat Panitia Pemilihan Kecamatan (PPK) Pemilu 2019', nomorSk: '270/PPK-SNP/2019' },
    {
      uraian: 'Panitia peringatan HUT ke-74 Kemerdekaan RI tingkat kecamatan',
      nomorSk: '003.1/KEC-SNP/VII/2019',
    },
  ],
  kreativitas: [
    {
      uraian: 'Buku agenda surat elektronik bersama untuk kecamatan dan enam kelurahan',
      tingkat: 'UNIT_KERJA',
      nomorSk: '800/KEC-SNP/XI/2019',
    },
  ],
  perilakuKerja: { orientasiPelayanan: 82, integritas: 80, komitmen: 78, disiplin: 76, kerjaSama: 81 },
};
