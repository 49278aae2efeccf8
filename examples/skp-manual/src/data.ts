/**
 * The data of the example, written out by hand as an agency would hold it: the SKP 2026 of a
 * pelaksana at the PATEN desk (Pelayanan Administrasi Terpadu Kecamatan) of Kecamatan Senapelan,
 * Kota Pekanbaru; the desk's register of citizens' service requests; the realisasi the pegawai
 * typed in; the pejabat penilai's quarterly ratings. Names and numbers are fictional.
 */
import type {
  EvaluasiPeriodik,
  KalenderKerjaInput,
  PermohonanLayananInput,
  Realisasi,
  StandarWaktuInput,
} from '@kinerja/core';

/** Who is who, for the printout (the SKP itself holds ids only). */
export const IDENTITAS = {
  pegawai: { id: 'peg-senapelan-017', nama: 'Nurhaliza Putri, A.Md.' },
  jabatan: { id: 'jab-pengadministrasi-perkantoran', nama: 'Pengadministrasi Perkantoran' },
  unitKerja: { id: 'kec-senapelan.seksi-pelayanan-umum', nama: 'Seksi Pelayanan Umum, Kecamatan Senapelan' },
  pejabatPenilai: { id: 'peg-senapelan-004', nama: 'Kepala Seksi Pelayanan Umum' },
  atasanPejabatPenilai: { id: 'peg-senapelan-001', nama: 'Camat Senapelan' },
} as const;

/**
 * The SKP as it comes from outside (e.g. JSON from e-Kinerja): kuantitatif, quarterly, three RHK
 * and five IKI. IKI 1–3 are measured from the service register; IKI 4 and 5 are typed in.
 */
export const SKP_INPUT = {
  id: 'skp-2026-peg-senapelan-017',
  pegawaiId: IDENTITAS.pegawai.id,
  tahun: 2026,
  periodeAwal: '2026-01-01',
  periodeAkhir: '2026-12-31',
  jenisPeriodik: 'TRIWULANAN',
  pendekatan: 'KUANTITATIF',
  jabatanId: IDENTITAS.jabatan.id,
  jenisJabatan: 'PELAKSANA',
  unitKerjaId: IDENTITAS.unitKerja.id,
  pejabatPenilaiId: IDENTITAS.pejabatPenilai.id,
  atasanPejabatPenilaiId: IDENTITAS.atasanPejabatPenilai.id,
  rencanaHasilKerja: [
    {
      id: 'rhk-1',
      uraian:
        'Terselenggaranya pelayanan administrasi terpadu kecamatan (PATEN) yang cepat dan sesuai standar pelayanan',
      jenis: 'UTAMA',
      rhkAtasanId: 'rhk-kasi-pelayanan-1',
      indikator: [
        {
          id: 'iki-1',
          uraian: 'Jumlah permohonan layanan PATEN yang diselesaikan',
          aspek: 'KUANTITAS',
          target: { jenis: 'TUNGGAL', nilai: '24' },
          satuan: 'permohonan',
          akumulasi: 'JUMLAH',
        },
        {
          id: 'iki-2',
          uraian: 'Persentase permohonan yang diselesaikan sesuai standar waktu pelayanan',
          aspek: 'KUALITAS',
          target: { jenis: 'TUNGGAL', nilai: '85' },
          satuan: '%',
          akumulasi: 'RATA_RATA',
        },
        {
          id: 'iki-3',
          uraian: 'Rata-rata waktu penyelesaian permohonan layanan',
          aspek: 'WAKTU',
          target: { jenis: 'TUNGGAL', nilai: '2' },
          satuan: 'hari kerja',
          polaritas: 'MINIMALISASI',
          akumulasi: 'RATA_RATA',
        },
      ],
    },
    {
      id: 'rhk-2',
      uraian: 'Tersusunnya laporan bulanan pelayanan PATEN Kecamatan Senapelan',
      jenis: 'UTAMA',
      rhkAtasanId: 'rhk-kasi-pelayanan-2',
      indikator: [
        {
          id: 'iki-4',
          uraian: 'Jumlah laporan bulanan pelayanan PATEN yang disampaikan kepada Camat tepat waktu',
          aspek: 'KUANTITAS',
          target: { jenis: 'TUNGGAL', nilai: '12' },
          satuan: 'laporan',
          akumulasi: 'JUMLAH',
        },
      ],
    },
    {
      id: 'rhk-3',
      uraian: 'Terlaksananya sosialisasi layanan administrasi kecamatan kepada warga kelurahan',
      jenis: 'TAMBAHAN',
      rhkAtasanId: 'rhk-kasi-pelayanan-3',
      penugasanDari: 'Camat Senapelan',
      indikator: [
        {
          id: 'iki-5',
          uraian: 'Jumlah kegiatan sosialisasi layanan PATEN di kelurahan',
          aspek: 'KUANTITAS',
          target: { jenis: 'TUNGGAL', nilai: '6' },
          satuan: 'kegiatan',
          akumulasi: 'JUMLAH',
        },
      ],
    },
  ],
  perilakuKerja: [
    {
      nilai: 'BERORIENTASI_PELAYANAN',
      ekspektasiKhusus: 'Melayani setiap pemohon dengan ramah dan menjelaskan syarat layanan dengan jelas',
    },
    { nilai: 'AKUNTABEL', ekspektasiKhusus: 'Mencatat setiap permohonan di register pada hari yang sama' },
    {
      nilai: 'KOMPETEN',
      ekspektasiKhusus: 'Menguasai aplikasi register layanan dan persyaratan setiap jenis layanan',
    },
    { nilai: 'HARMONIS', ekspektasiKhusus: '' },
    { nilai: 'LOYAL', ekspektasiKhusus: '' },
    { nilai: 'ADAPTIF', ekspektasiKhusus: 'Mengusulkan perbaikan alur layanan bila antrean menumpuk' },
    {
      nilai: 'KOLABORATIF',
      ekspektasiKhusus: 'Berkoordinasi dengan kelurahan untuk berkas yang belum lengkap',
    },
  ],
} as const;

/** Which IKI each measure of the service register feeds. */
export const INDIKATOR_LAYANAN = {
  JUMLAH_SELESAI: 'iki-1',
  PERSEN_TEPAT_WAKTU: 'iki-2',
  RATA_RATA_HARI: 'iki-3',
} as const;

/** The service standard of the PATEN desk, in working days (illustrative figures). */
export const STANDAR_WAKTU: StandarWaktuInput = {
  default: 3,
  jenisLayanan: {
    LEGALISASI_DOKUMEN: 1,
    SURAT_KETERANGAN_TIDAK_MAMPU: 1,
    SURAT_KETERANGAN_DOMISILI_USAHA: 2,
    SURAT_KETERANGAN_AHLI_WARIS: 5,
  },
};

/**
 * The agency's working calendar for 2026: Saturday and Sunday off, and the libur nasional and
 * cuti bersama of the SKB Menteri Agama, Menteri Ketenagakerjaan and MenPANRB No. 1497, 2 and 5
 * of 2025 — copied here as an illustration; an agency uses its own, current list.
 */
export const KALENDER_2026: KalenderKerjaInput = {
  akhirPekan: ['SABTU', 'MINGGU'],
  hariLibur: [
    '2026-01-01', // Tahun Baru Masehi
    '2026-01-16', // Isra Mikraj
    '2026-02-16', // cuti bersama Imlek
    '2026-02-17', // Tahun Baru Imlek
    '2026-03-18', // cuti bersama Nyepi
    '2026-03-19', // Nyepi
    '2026-03-20', // cuti bersama Idulfitri
    '2026-03-21', // Idulfitri
    '2026-03-22', // Idulfitri
    '2026-03-23', // cuti bersama Idulfitri
    '2026-03-24', // cuti bersama Idulfitri
    '2026-04-03', // Wafat Yesus Kristus
    '2026-04-05', // Paskah
    '2026-05-01', // Hari Buruh
    '2026-05-14', // Kenaikan Yesus Kristus
    '2026-05-15', // cuti bersama Kenaikan
    '2026-05-27', // Iduladha
    '2026-05-28', // cuti bersama Iduladha
    '2026-05-31', // Waisak
    '2026-06-01', // Hari Lahir Pancasila
    '2026-06-16', // Tahun Baru Islam
    '2026-08-17', // Hari Kemerdekaan
    '2026-08-25', // Maulid Nabi
    '2026-12-24', // cuti bersama Natal
    '2026-12-25', // Natal
  ],
};

const P = IDENTITAS.pegawai.id;
const LAIN = 'peg-senapelan-021';

/**
 * The PATEN desk's register for 2026, as exported (times of day included; extra columns such as
 * the applicant's name are dropped when read). Two requests belong to another petugas.
 */
export const REGISTER_LAYANAN: readonly PermohonanLayananInput[] = [
  // — Triwulan I —
  {
    id: 'PTN-2026-0003',
    jenisLayanan: 'LEGALISASI_DOKUMEN',
    diterimaPada: '2026-01-02T09:10:00+07:00',
    selesaiPada: '2026-01-05T10:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0011',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-01-06T08:30:00+07:00',
    selesaiPada: '2026-01-06T11:45:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0012',
    jenisLayanan: 'LEGALISASI_DOKUMEN',
    diterimaPada: '2026-01-06T08:40:00+07:00',
    selesaiPada: '2026-01-06T09:15:00+07:00',
    status: 'SELESAI',
    petugasId: LAIN,
  },
  {
    id: 'PTN-2026-0027',
    jenisLayanan: 'SURAT_KETERANGAN_DOMISILI_USAHA',
    diterimaPada: '2026-01-15T13:20:00+07:00',
    selesaiPada: '2026-01-19T09:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0042',
    jenisLayanan: 'SURAT_KETERANGAN_AHLI_WARIS',
    diterimaPada: '2026-01-26T10:05:00+07:00',
    selesaiPada: '2026-02-02T14:30:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0058',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-02-13T15:40:00+07:00',
    selesaiPada: '2026-02-18T08:20:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0066',
    jenisLayanan: 'REKOMENDASI_IZIN_KERAMAIAN',
    diterimaPada: '2026-02-23T09:00:00+07:00',
    selesaiPada: '2026-02-27T15:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0077',
    jenisLayanan: 'LEGALISASI_DOKUMEN',
    diterimaPada: '2026-03-16T10:30:00+07:00',
    selesaiPada: '2026-03-16T10:45:00+07:00',
    status: 'DITOLAK',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0079',
    jenisLayanan: 'SURAT_KETERANGAN_DOMISILI_USAHA',
    diterimaPada: '2026-03-17T11:00:00+07:00',
    selesaiPada: '2026-03-25T09:30:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0090',
    jenisLayanan: 'SURAT_KETERANGAN_AHLI_WARIS',
    diterimaPada: '2026-03-26T09:15:00+07:00',
    selesaiPada: '2026-04-02T13:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0093',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-03-27T14:10:00+07:00',
    selesaiPada: null,
    status: 'DIBATALKAN',
    petugasId: P,
  },
  // — Triwulan II —
  {
    id: 'PTN-2026-0104',
    jenisLayanan: 'LEGALISASI_DOKUMEN',
    diterimaPada: '2026-04-06T08:15:00+07:00',
    selesaiPada: '2026-04-07T09:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0118',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-04-30T14:50:00+07:00',
    selesaiPada: '2026-05-04T08:30:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0131',
    jenisLayanan: 'SURAT_KETERANGAN_DOMISILI_USAHA',
    diterimaPada: '2026-05-13T10:00:00+07:00',
    selesaiPada: '2026-05-19T11:10:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0140',
    jenisLayanan: 'REKOMENDASI_IZIN_KERAMAIAN',
    diterimaPada: '2026-05-26T09:30:00+07:00',
    selesaiPada: '2026-06-02T15:20:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0152',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-06-10T08:05:00+07:00',
    selesaiPada: '2026-06-10T10:40:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0163',
    jenisLayanan: 'SURAT_KETERANGAN_AHLI_WARIS',
    diterimaPada: '2026-06-22T13:45:00+07:00',
    selesaiPada: '2026-07-01T10:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0170',
    jenisLayanan: 'LEGALISASI_DOKUMEN',
    diterimaPada: '2026-06-26T15:30:00+07:00',
    selesaiPada: '2026-06-29T08:10:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  // — Triwulan III —
  {
    id: 'PTN-2026-0185',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-07-13T09:20:00+07:00',
    selesaiPada: '2026-07-14T09:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0197',
    jenisLayanan: 'SURAT_KETERANGAN_DOMISILI_USAHA',
    diterimaPada: '2026-08-14T14:00:00+07:00',
    selesaiPada: '2026-08-18T10:30:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0204',
    jenisLayanan: 'LEGALISASI_DOKUMEN',
    diterimaPada: '2026-08-24T15:45:00+07:00',
    selesaiPada: '2026-08-26T08:15:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0219',
    jenisLayanan: 'REKOMENDASI_IZIN_KERAMAIAN',
    diterimaPada: '2026-09-08T10:10:00+07:00',
    selesaiPada: '2026-09-14T14:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0226',
    jenisLayanan: 'SURAT_KETERANGAN_AHLI_WARIS',
    diterimaPada: '2026-09-16T11:30:00+07:00',
    selesaiPada: '2026-09-22T13:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0231',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-09-30T15:50:00+07:00',
    selesaiPada: '2026-10-01T08:30:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  // — Triwulan IV —
  {
    id: 'PTN-2026-0247',
    jenisLayanan: 'SURAT_KETERANGAN_DOMISILI_USAHA',
    diterimaPada: '2026-10-12T09:00:00+07:00',
    selesaiPada: '2026-10-13T14:15:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0249',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-10-14T10:00:00+07:00',
    selesaiPada: '2026-10-15T09:00:00+07:00',
    status: 'SELESAI',
    petugasId: LAIN,
  },
  {
    id: 'PTN-2026-0255',
    jenisLayanan: 'LEGALISASI_DOKUMEN',
    diterimaPada: '2026-11-05T08:20:00+07:00',
    selesaiPada: '2026-11-05T09:05:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0262',
    jenisLayanan: 'SURAT_KETERANGAN_AHLI_WARIS',
    diterimaPada: '2026-11-23T10:40:00+07:00',
    selesaiPada: '2026-11-27T15:00:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0270',
    jenisLayanan: 'SURAT_KETERANGAN_TIDAK_MAMPU',
    diterimaPada: '2026-12-23T14:30:00+07:00',
    selesaiPada: '2026-12-28T09:10:00+07:00',
    status: 'SELESAI',
    petugasId: P,
  },
  {
    id: 'PTN-2026-0274',
    jenisLayanan: 'REKOMENDASI_IZIN_KERAMAIAN',
    diterimaPada: '2026-12-29T09:45:00+07:00',
    selesaiPada: null,
    status: 'DIPROSES',
    petugasId: P,
  },
];

/** The realisasi the pegawai typed in for IKI 4 and 5, per quarter, with bukti dukung. */
export const REALISASI_MANUAL: readonly Realisasi[] = [1, 2, 3, 4].flatMap((periodeKe) => [
  {
    id: `r-iki-4-tw${periodeKe}`,
    skpId: SKP_INPUT.id,
    indikatorId: 'iki-4',
    periodeKe,
    nilai: '3',
    buktiDukung: [
      {
        id: `bd-iki-4-tw${periodeKe}`,
        uraian: `Tanda terima laporan bulanan PATEN triwulan ${periodeKe}`,
        tautan: `https://drive.example/senapelan/paten/laporan-tw${periodeKe}.pdf`,
      },
    ],
  },
  {
    id: `r-iki-5-tw${periodeKe}`,
    skpId: SKP_INPUT.id,
    indikatorId: 'iki-5',
    periodeKe,
    nilai: String([1, 2, 1, 2][periodeKe - 1]),
    buktiDukung: [
      {
        id: `bd-iki-5-tw${periodeKe}`,
        uraian: `Daftar hadir dan foto sosialisasi triwulan ${periodeKe}`,
        tautan: `https://drive.example/senapelan/paten/sosialisasi-tw${periodeKe}.pdf`,
      },
    ],
  },
]);

/** The pejabat penilai's quarterly evaluations: rating hasil kerja and rating perilaku kerja. */
export const EVALUASI_PERIODIK: readonly EvaluasiPeriodik[] = (
  [
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
  ] as const
).map(([ratingHasilKerja, ratingPerilakuKerja], i) => ({
  skpId: SKP_INPUT.id,
  periodeKe: i + 1,
  ratingHasilKerja,
  ratingPerilakuKerja,
  ratingRhk: [],
  penilaiId: IDENTITAS.pejabatPenilai.id,
}));
