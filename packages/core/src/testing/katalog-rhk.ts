import type { Akumulasi, Aspek, Polaritas } from '../model/indikator';

/** How the values of a template indikator behave: a count, a percentage, a number of days, a score. */
export type JenisNilaiIki = 'JUMLAH' | 'PERSEN' | 'HARI' | 'NILAI';

/** @internal A template of an indikator kinerja individu for the synthetic agency. */
export interface TemplateIki {
  readonly uraian: string;
  readonly aspek: Aspek;
  readonly satuan: string;
  readonly jenisNilai: JenisNilaiIki;
  /** The annual target range at the level of a kasi or kasubbag (whole numbers). */
  readonly target: readonly [number, number];
  readonly polaritas: Polaritas;
  readonly akumulasi: Akumulasi;
  /** A TERAKHIR figure that grows through the year (PBB receipts, budget absorption). */
  readonly kumulatif: boolean;
  /** A fixed frequency (12 monthly reports): not scaled down for staff. */
  readonly tetap: boolean;
  /** The target as the kualitatif approach words it. */
  readonly naratif: string;
  /** What the bukti dukung is. */
  readonly bukti: string;
}

/** @internal A template of a rencana hasil kerja with its indikator. */
export interface TemplateRhk {
  readonly kunci: string;
  readonly uraian: string;
  readonly indikator: readonly TemplateIki[];
}

/** @internal The field of work whose RHK templates a jabatan draws from. */
export type BidangKinerja =
  | 'PIMPINAN_KECAMATAN'
  | 'SEKRETARIAT'
  | 'UMUM'
  | 'KEUANGAN'
  | 'PEMERINTAHAN'
  | 'TRANTIB'
  | 'PEMBERDAYAAN'
  | 'KESOS'
  | 'PELAYANAN'
  | 'PIMPINAN_KELURAHAN'
  | 'ADMIN_KELURAHAN'
  | 'KEL_PEMERINTAHAN'
  | 'KEL_TRANTIB'
  | 'KEL_PEMBERDAYAAN'
  | 'TEKNOLOGI'
  | 'KAJIAN'
  | 'ARSIP'
  | 'SWADAYA';

type Extra = Partial<Pick<TemplateIki, 'aspek' | 'akumulasi' | 'kumulatif' | 'tetap'>>;

function jumlah(
  uraian: string,
  satuan: string,
  target: readonly [number, number],
  naratif: string,
  bukti: string,
  extra: Extra = {},
): TemplateIki {
  return {
    uraian,
    aspek: 'KUANTITAS',
    satuan,
    jenisNilai: 'JUMLAH',
    target,
    polaritas: 'MAKSIMALISASI',
    akumulasi: 'JUMLAH',
    kumulatif: false,
    tetap: false,
    naratif,
    bukti,
    ...extra,
  };
}

function persen(
  uraian: string,
  target: readonly [number, number],
  naratif: string,
  bukti: string,
  extra: Extra = {},
): TemplateIki {
  return {
    uraian,
    aspek: 'KUALITAS',
    satuan: 'persen',
    jenisNilai: 'PERSEN',
    target,
    polaritas: 'MAKSIMALISASI',
    akumulasi: 'RATA_RATA',
    kumulatif: false,
    tetap: true,
    naratif,
    bukti,
    ...extra,
  };
}

function hari(
  uraian: string,
  satuan: string,
  target: readonly [number, number],
  naratif: string,
  bukti: string,
): TemplateIki {
  return {
    uraian,
    aspek: 'WAKTU',
    satuan,
    jenisNilai: 'HARI',
    target,
    polaritas: 'MINIMALISASI',
    akumulasi: 'RATA_RATA',
    kumulatif: false,
    tetap: true,
    naratif,
    bukti,
  };
}

function nilai(
  uraian: string,
  target: readonly [number, number],
  naratif: string,
  bukti: string,
): TemplateIki {
  return {
    uraian,
    aspek: 'KUALITAS',
    satuan: 'nilai',
    jenisNilai: 'NILAI',
    target,
    polaritas: 'MAKSIMALISASI',
    akumulasi: 'TERAKHIR',
    kumulatif: false,
    tetap: true,
    naratif,
    bukti,
  };
}

const TETAP: Extra = { tetap: true };

/**
 * @internal The RHK templates of each field of work of a kecamatan and its kelurahan, in the
 * wording of Pekanbaru's SKP. A leader's templates carry unit-level targets; staff draw from
 * their kasi's field with smaller targets.
 */
export const KATALOG_RHK: Readonly<Record<BidangKinerja, readonly TemplateRhk[]>> = {
  PIMPINAN_KECAMATAN: [
    {
      kunci: 'kec-pelayanan',
      uraian: 'Meningkatnya kualitas pelayanan publik di tingkat kecamatan',
      indikator: [
        nilai(
          'Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan kecamatan',
          [82, 88],
          'IKM pelayanan kecamatan berada pada kategori baik',
          'Laporan survei kepuasan masyarakat',
        ),
        persen(
          'Persentase layanan PATEN yang diselesaikan sesuai standar pelayanan',
          [90, 95],
          'Layanan PATEN diselesaikan sesuai standar pelayanan',
          'Rekapitulasi register layanan PATEN',
        ),
      ],
    },
    {
      kunci: 'kec-pemerintahan',
      uraian: 'Terselenggaranya koordinasi penyelenggaraan pemerintahan di wilayah kecamatan',
      indikator: [
        persen(
          'Persentase kelurahan yang menyampaikan laporan penyelenggaraan pemerintahan tepat waktu',
          [90, 95],
          'Seluruh kelurahan melapor tepat waktu',
          'Rekapitulasi laporan kelurahan',
        ),
        jumlah(
          'Jumlah rapat koordinasi pemerintahan kecamatan yang dilaksanakan',
          'kegiatan',
          [12, 12],
          'Rapat koordinasi bulanan terlaksana dengan notulen',
          'Notulen dan daftar hadir rapat koordinasi',
          TETAP,
        ),
      ],
    },
    {
      kunci: 'kec-pbb',
      uraian: 'Meningkatnya realisasi penerimaan PBB-P2 di wilayah kecamatan',
      indikator: [
        persen(
          'Persentase realisasi penerimaan PBB-P2 terhadap target kecamatan',
          [80, 90],
          'Penerimaan PBB-P2 mencapai target yang ditetapkan Bapenda',
          'Rekapitulasi realisasi PBB-P2 dari Bapenda',
          { aspek: 'KUANTITAS', akumulasi: 'TERAKHIR', kumulatif: true },
        ),
      ],
    },
    {
      kunci: 'kec-musrenbang',
      uraian: 'Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan',
      indikator: [
        jumlah(
          'Jumlah usulan Musrenbang kecamatan yang diakomodasi dalam RKPD',
          'usulan',
          [10, 20],
          'Usulan prioritas Musrenbang kecamatan diakomodasi dalam RKPD',
          'Berita acara Musrenbang dan daftar usulan RKPD',
        ),
      ],
    },
    {
      kunci: 'kec-trantib',
      uraian: 'Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan',
      indikator: [
        persen(
          'Persentase pengaduan gangguan ketenteraman dan ketertiban yang ditindaklanjuti',
          [85, 95],
          'Pengaduan gangguan trantibum ditindaklanjuti seluruhnya',
          'Rekapitulasi tindak lanjut pengaduan trantibum',
        ),
      ],
    },
  ],
  SEKRETARIAT: [
    {
      kunci: 'sek-perencanaan',
      uraian: 'Tersedianya dokumen perencanaan, pelaporan kinerja dan keuangan kecamatan yang tepat waktu',
      indikator: [
        jumlah(
          'Jumlah dokumen perencanaan dan pelaporan kinerja (Renja, RKA, LKjIP) yang disusun',
          'dokumen',
          [4, 6],
          'Dokumen perencanaan dan pelaporan kinerja tersusun tepat waktu',
          'Dokumen Renja, RKA dan LKjIP',
          TETAP,
        ),
        persen(
          'Persentase realisasi anggaran belanja kecamatan',
          [90, 95],
          'Anggaran belanja terserap sesuai rencana penarikan dana',
          'Laporan realisasi anggaran',
          { aspek: 'KUANTITAS', akumulasi: 'TERAKHIR', kumulatif: true },
        ),
      ],
    },
    {
      kunci: 'sek-administrasi',
      uraian: 'Terselenggaranya administrasi umum dan kepegawaian kecamatan yang tertib',
      indikator: [
        persen(
          'Persentase surat masuk yang didisposisi paling lama satu hari kerja',
          [90, 95],
          'Surat masuk didisposisi pada hari yang sama',
          'Lembar disposisi dan register surat masuk',
        ),
        hari(
          'Waktu rata-rata penyelesaian usulan administrasi kepegawaian',
          'hari kerja',
          [3, 5],
          'Usulan kepegawaian diselesaikan dengan cepat dan lengkap',
          'Register usulan kepegawaian',
        ),
      ],
    },
    {
      kunci: 'sek-akuntabilitas',
      uraian: 'Meningkatnya akuntabilitas kinerja kecamatan',
      indikator: [
        nilai(
          'Nilai evaluasi SAKIP kecamatan',
          [65, 72],
          'Nilai SAKIP kecamatan meningkat dari tahun sebelumnya',
          'Laporan hasil evaluasi SAKIP Inspektorat',
        ),
      ],
    },
  ],
  UMUM: [
    {
      kunci: 'umum-persuratan',
      uraian: 'Terlaksananya pengelolaan persuratan dan kearsipan kecamatan',
      indikator: [
        jumlah(
          'Jumlah surat masuk dan keluar yang diregistrasi',
          'surat',
          [1200, 1800],
          'Seluruh surat masuk dan keluar teregistrasi',
          'Register surat masuk dan keluar',
        ),
        jumlah(
          'Jumlah berkas arsip inaktif yang ditata',
          'berkas',
          [300, 600],
          'Arsip inaktif tertata dan mudah ditemukan kembali',
          'Daftar arsip inaktif',
        ),
      ],
    },
    {
      kunci: 'umum-kepegawaian',
      uraian: 'Terlaksananya layanan administrasi kepegawaian',
      indikator: [
        jumlah(
          'Jumlah usulan layanan kepegawaian (kenaikan pangkat, cuti, KGB) yang diproses',
          'usulan',
          [40, 80],
          'Usulan layanan kepegawaian diproses lengkap dan tepat waktu',
          'Register usulan layanan kepegawaian',
        ),
        persen(
          'Persentase data pegawai di SIASN yang dimutakhirkan',
          [90, 95],
          'Data pegawai pada SIASN mutakhir',
          'Tangkapan layar pemutakhiran SIASN',
          { akumulasi: 'TERAKHIR' },
        ),
      ],
    },
    {
      kunci: 'umum-aset',
      uraian: 'Terkelolanya barang milik daerah dan sarana prasarana kantor',
      indikator: [
        jumlah(
          'Jumlah laporan inventarisasi barang milik daerah yang disusun',
          'laporan',
          [2, 4],
          'Laporan inventarisasi BMD tersusun setiap semester',
          'Laporan inventarisasi BMD',
          TETAP,
        ),
        hari(
          'Waktu rata-rata penanganan permintaan perbaikan sarana kantor',
          'hari kerja',
          [2, 3],
          'Permintaan perbaikan sarana ditangani dengan cepat',
          'Register permintaan perbaikan',
        ),
      ],
    },
  ],
  KEUANGAN: [
    {
      kunci: 'keu-penatausahaan',
      uraian: 'Tertibnya penatausahaan keuangan kecamatan',
      indikator: [
        jumlah(
          'Jumlah dokumen SPJ yang diverifikasi',
          'dokumen',
          [300, 500],
          'SPJ diverifikasi lengkap dan sah',
          'Register verifikasi SPJ',
        ),
        jumlah(
          'Jumlah laporan keuangan bulanan yang disampaikan tepat waktu',
          'laporan',
          [12, 12],
          'Laporan keuangan bulanan disampaikan tepat waktu',
          'Laporan keuangan bulanan',
          TETAP,
        ),
      ],
    },
    {
      kunci: 'keu-perencanaan',
      uraian: 'Tersusunnya dokumen perencanaan dan penganggaran kecamatan',
      indikator: [
        jumlah(
          'Jumlah dokumen perencanaan dan penganggaran (Renja, RKA, DPA, DPPA) yang disusun',
          'dokumen',
          [4, 5],
          'Dokumen perencanaan dan penganggaran tersusun sesuai jadwal',
          'Dokumen Renja, RKA, DPA dan DPPA',
          TETAP,
        ),
      ],
    },
    {
      kunci: 'keu-pelaporan',
      uraian: 'Tersedianya laporan realisasi fisik dan keuangan kecamatan',
      indikator: [
        jumlah(
          'Jumlah laporan realisasi fisik dan keuangan yang disampaikan ke Bappeda',
          'laporan',
          [12, 12],
          'Laporan realisasi fisik dan keuangan disampaikan setiap bulan',
          'Laporan realisasi fisik dan keuangan',
          TETAP,
        ),
        hari(
          'Waktu rata-rata penyampaian laporan setelah akhir bulan',
          'hari',
          [5, 7],
          'Laporan disampaikan segera setelah akhir bulan',
          'Tanda terima laporan',
        ),
      ],
    },
  ],
  PEMERINTAHAN: [
    {
      kunci: 'pem-adminduk',
      uraian: 'Terlaksananya pelayanan rekomendasi administrasi kependudukan',
      indikator: [
        jumlah(
          'Jumlah rekomendasi dan surat pengantar KTP-el dan KK yang diproses',
          'dokumen',
          [800, 1200],
          'Rekomendasi KTP-el dan KK diproses sesuai SOP',
          'Register rekomendasi administrasi kependudukan',
        ),
        hari(
          'Waktu penyelesaian surat rekomendasi administrasi kependudukan',
          'hari kerja',
          [1, 2],
          'Rekomendasi adminduk selesai pada hari kerja yang sama',
          'Log waktu layanan rekomendasi',
        ),
      ],
    },
    {
      kunci: 'pem-pertanahan',
      uraian: 'Tertibnya administrasi pertanahan di wilayah kecamatan',
      indikator: [
        jumlah(
          'Jumlah surat keterangan ganti rugi (SKGR) dan dokumen pertanahan yang diregister',
          'berkas',
          [100, 200],
          'Dokumen pertanahan teregister dan terverifikasi',
          'Buku register pertanahan',
        ),
      ],
    },
    {
      kunci: 'pem-pbb',
      uraian: 'Terlaksananya pendataan dan rekapitulasi PBB-P2',
      indikator: [
        jumlah(
          'Jumlah rekapitulasi realisasi PBB-P2 per kelurahan yang disusun',
          'laporan',
          [12, 12],
          'Rekapitulasi PBB-P2 per kelurahan tersusun setiap bulan',
          'Rekapitulasi PBB-P2 per kelurahan',
          TETAP,
        ),
        jumlah(
          'Jumlah SPPT PBB-P2 yang didistribusikan kepada wajib pajak',
          'lembar',
          [8000, 12000],
          'SPPT PBB-P2 terdistribusi kepada wajib pajak sebelum jatuh tempo',
          'Tanda terima distribusi SPPT',
        ),
      ],
    },
    {
      kunci: 'pem-laporan',
      uraian: 'Tersusunnya laporan penyelenggaraan pemerintahan kecamatan',
      indikator: [
        jumlah(
          'Jumlah laporan penyelenggaraan pemerintahan kecamatan yang disusun',
          'laporan',
          [4, 4],
          'Laporan penyelenggaraan pemerintahan tersusun setiap triwulan',
          'Laporan penyelenggaraan pemerintahan',
          TETAP,
        ),
      ],
    },
  ],
  TRANTIB: [
    {
      kunci: 'trantib-patroli',
      uraian: 'Terlaksananya pengawasan ketenteraman dan ketertiban umum',
      indikator: [
        jumlah(
          'Jumlah patroli dan pengawasan ketertiban umum yang dilaksanakan',
          'kegiatan',
          [48, 96],
          'Patroli ketertiban terlaksana terjadwal di seluruh kelurahan',
          'Laporan dan foto patroli',
        ),
        jumlah(
          'Jumlah pelanggaran Perda yang ditertibkan',
          'kasus',
          [24, 60],
          'Pelanggaran Perda ditertibkan secara humanis',
          'Berita acara penertiban',
        ),
      ],
    },
    {
      kunci: 'trantib-pengaduan',
      uraian: 'Tertanganinya pengaduan masyarakat terkait gangguan ketenteraman',
      indikator: [
        jumlah(
          'Jumlah pengaduan masyarakat yang diselesaikan',
          'pengaduan',
          [30, 60],
          'Pengaduan masyarakat diselesaikan tuntas',
          'Rekapitulasi tindak lanjut pengaduan',
        ),
        hari(
          'Waktu rata-rata tindak lanjut pengaduan gangguan ketertiban',
          'hari',
          [2, 3],
          'Pengaduan ditindaklanjuti dengan cepat',
          'Log tindak lanjut pengaduan',
        ),
      ],
    },
    {
      kunci: 'trantib-bencana',
      uraian: 'Terlaksananya kesiapsiagaan penanggulangan bencana dan kebakaran',
      indikator: [
        jumlah(
          'Jumlah sosialisasi kesiapsiagaan bencana banjir dan karhutla yang dilaksanakan',
          'kegiatan',
          [4, 8],
          'Masyarakat memahami kesiapsiagaan bencana',
          'Daftar hadir dan foto sosialisasi',
        ),
      ],
    },
  ],
  PEMBERDAYAAN: [
    {
      kunci: 'pmk-musrenbang',
      uraian: 'Terlaksananya Musrenbang kelurahan dan kecamatan',
      indikator: [
        jumlah(
          'Jumlah usulan Musrenbang kelurahan yang diverifikasi',
          'usulan',
          [60, 120],
          'Usulan Musrenbang kelurahan terverifikasi dan terprioritaskan',
          'Daftar usulan Musrenbang terverifikasi',
        ),
        jumlah(
          'Jumlah dokumen hasil Musrenbang kecamatan yang disusun',
          'dokumen',
          [1, 1],
          'Dokumen hasil Musrenbang kecamatan tersusun',
          'Dokumen hasil Musrenbang kecamatan',
          TETAP,
        ),
      ],
    },
    {
      kunci: 'pmk-lembaga',
      uraian: 'Meningkatnya kapasitas lembaga kemasyarakatan kelurahan',
      indikator: [
        jumlah(
          'Jumlah kegiatan pembinaan LPM, RT/RW dan PKK yang dilaksanakan',
          'kegiatan',
          [8, 16],
          'Lembaga kemasyarakatan terbina dan aktif',
          'Daftar hadir dan notulen pembinaan',
        ),
      ],
    },
    {
      kunci: 'pmk-monev',
      uraian: 'Terlaksananya monitoring pembangunan kelurahan',
      indikator: [
        jumlah(
          'Jumlah laporan monitoring dan evaluasi pembangunan kelurahan',
          'laporan',
          [4, 6],
          'Monitoring pembangunan kelurahan terlaporkan',
          'Laporan monitoring dan evaluasi',
          TETAP,
        ),
        persen(
          'Persentase kegiatan fisik kelurahan yang selesai tepat waktu',
          [85, 95],
          'Kegiatan fisik kelurahan selesai sesuai jadwal',
          'Berita acara serah terima pekerjaan',
          { aspek: 'WAKTU', akumulasi: 'TERAKHIR', kumulatif: true },
        ),
      ],
    },
  ],
  KESOS: [
    {
      kunci: 'kesos-dtks',
      uraian: 'Termutakhirnya data penerima bantuan sosial',
      indikator: [
        jumlah(
          'Jumlah data keluarga dalam DTSEN yang diverifikasi dan divalidasi',
          'keluarga',
          [800, 1500],
          'Data keluarga penerima bantuan sosial tervalidasi',
          'Berita acara verifikasi dan validasi',
        ),
      ],
    },
    {
      kunci: 'kesos-sktm',
      uraian: 'Terlaksananya pelayanan rekomendasi kesejahteraan sosial',
      indikator: [
        jumlah(
          'Jumlah rekomendasi surat keterangan tidak mampu (SKTM) yang diterbitkan',
          'surat',
          [150, 300],
          'Rekomendasi SKTM diterbitkan tepat sasaran',
          'Register SKTM',
        ),
        hari(
          'Waktu penyelesaian rekomendasi SKTM',
          'hari kerja',
          [1, 2],
          'Rekomendasi SKTM selesai pada hari yang sama',
          'Log waktu layanan SKTM',
        ),
      ],
    },
    {
      kunci: 'kesos-keagamaan',
      uraian: 'Terfasilitasinya kegiatan sosial, keagamaan dan kepemudaan',
      indikator: [
        jumlah(
          'Jumlah kegiatan sosial keagamaan yang difasilitasi (MTQ, peringatan hari besar)',
          'kegiatan',
          [6, 12],
          'Kegiatan sosial keagamaan terfasilitasi dengan baik',
          'Laporan dan foto kegiatan',
        ),
      ],
    },
  ],
  PELAYANAN: [
    {
      kunci: 'pel-paten',
      uraian: 'Terselenggaranya Pelayanan Administrasi Terpadu Kecamatan (PATEN)',
      indikator: [
        jumlah(
          'Jumlah layanan PATEN yang diselesaikan',
          'layanan',
          [1500, 2500],
          'Layanan PATEN diselesaikan sesuai standar pelayanan',
          'Register layanan PATEN',
        ),
        hari(
          'Waktu penyelesaian layanan surat keterangan',
          'hari kerja',
          [1, 1],
          'Surat keterangan selesai pada hari yang sama',
          'Log waktu layanan PATEN',
        ),
      ],
    },
    {
      kunci: 'pel-pengaduan',
      uraian: 'Tertanganinya pengaduan masyarakat atas pelayanan',
      indikator: [
        persen(
          'Persentase pengaduan masyarakat yang diselesaikan',
          [85, 95],
          'Pengaduan masyarakat diselesaikan tuntas',
          'Rekapitulasi pengaduan dan tindak lanjut',
        ),
        jumlah(
          'Jumlah pengaduan SP4N-LAPOR! yang ditindaklanjuti',
          'pengaduan',
          [20, 40],
          'Pengaduan SP4N-LAPOR! ditindaklanjuti sebelum batas waktu',
          'Tangkapan layar tindak lanjut SP4N-LAPOR!',
        ),
      ],
    },
    {
      kunci: 'pel-survei',
      uraian: 'Terlaksananya survei kepuasan masyarakat atas pelayanan kecamatan',
      indikator: [
        jumlah(
          'Jumlah laporan survei kepuasan masyarakat yang disusun',
          'laporan',
          [2, 4],
          'Survei kepuasan masyarakat dilaksanakan berkala',
          'Laporan survei kepuasan masyarakat',
          TETAP,
        ),
      ],
    },
  ],
  PIMPINAN_KELURAHAN: [
    {
      kunci: 'kel-pelayanan',
      uraian: 'Meningkatnya kualitas pelayanan administrasi di kelurahan',
      indikator: [
        jumlah(
          'Jumlah surat keterangan yang diterbitkan kelurahan',
          'surat',
          [500, 900],
          'Surat keterangan diterbitkan sesuai SOP dan tepat waktu',
          'Register surat keterangan',
        ),
        nilai(
          'Indeks Kepuasan Masyarakat terhadap pelayanan kelurahan',
          [80, 86],
          'IKM pelayanan kelurahan berada pada kategori baik',
          'Laporan survei kepuasan masyarakat',
        ),
      ],
    },
    {
      kunci: 'kel-pbb',
      uraian: 'Meningkatnya realisasi PBB-P2 di wilayah kelurahan',
      indikator: [
        persen(
          'Persentase realisasi penerimaan PBB-P2 kelurahan terhadap target',
          [75, 90],
          'Penerimaan PBB-P2 kelurahan mencapai target',
          'Rekapitulasi realisasi PBB-P2 kelurahan',
          { aspek: 'KUANTITAS', akumulasi: 'TERAKHIR', kumulatif: true },
        ),
      ],
    },
    {
      kunci: 'kel-musrenbang',
      uraian: 'Terlaksananya Musrenbang dan pemberdayaan masyarakat kelurahan',
      indikator: [
        jumlah(
          'Jumlah usulan Musrenbang kelurahan yang disampaikan ke kecamatan',
          'usulan',
          [15, 30],
          'Usulan Musrenbang kelurahan disusun partisipatif',
          'Berita acara Musrenbang kelurahan',
        ),
      ],
    },
    {
      kunci: 'kel-trantib',
      uraian: 'Terjaganya ketenteraman dan ketertiban di wilayah kelurahan',
      indikator: [
        jumlah(
          'Jumlah pengaduan masyarakat yang diselesaikan di tingkat kelurahan',
          'pengaduan',
          [12, 30],
          'Pengaduan masyarakat diselesaikan di tingkat kelurahan',
          'Rekapitulasi pengaduan kelurahan',
        ),
      ],
    },
  ],
  ADMIN_KELURAHAN: [
    {
      kunci: 'kel-adm-surat',
      uraian: 'Tertibnya administrasi persuratan dan kearsipan kelurahan',
      indikator: [
        jumlah(
          'Jumlah surat masuk dan keluar kelurahan yang diregistrasi',
          'surat',
          [600, 900],
          'Surat masuk dan keluar teregistrasi lengkap',
          'Register surat kelurahan',
        ),
      ],
    },
    {
      kunci: 'kel-adm-laporan',
      uraian: 'Tersusunnya laporan kinerja dan keuangan kelurahan',
      indikator: [
        jumlah(
          'Jumlah laporan bulanan kelurahan yang disampaikan tepat waktu',
          'laporan',
          [12, 12],
          'Laporan bulanan kelurahan disampaikan tepat waktu',
          'Laporan bulanan kelurahan',
          TETAP,
        ),
        jumlah(
          'Jumlah SPJ kegiatan kelurahan yang disusun',
          'dokumen',
          [60, 120],
          'SPJ kegiatan kelurahan tersusun lengkap',
          'Register SPJ kelurahan',
        ),
      ],
    },
    {
      kunci: 'kel-adm-aset',
      uraian: 'Termutakhirnya data pegawai dan aset kelurahan',
      indikator: [
        jumlah(
          'Jumlah laporan pemutakhiran data pegawai dan aset kelurahan',
          'laporan',
          [2, 4],
          'Data pegawai dan aset kelurahan mutakhir',
          'Laporan pemutakhiran data',
          TETAP,
        ),
      ],
    },
  ],
  KEL_PEMERINTAHAN: [
    {
      kunci: 'kel-pem-adminduk',
      uraian: 'Terlaksananya pelayanan surat pengantar administrasi kependudukan',
      indikator: [
        jumlah(
          'Jumlah surat pengantar KTP-el, KK dan pindah datang yang diproses',
          'dokumen',
          [300, 600],
          'Surat pengantar adminduk diproses sesuai SOP',
          'Register surat pengantar',
        ),
        hari(
          'Waktu penyelesaian surat pengantar administrasi kependudukan',
          'hari kerja',
          [1, 1],
          'Surat pengantar selesai pada hari yang sama',
          'Log waktu layanan kelurahan',
        ),
      ],
    },
    {
      kunci: 'kel-pem-pbb',
      uraian: 'Terdistribusinya SPPT dan terpantaunya pembayaran PBB-P2',
      indikator: [
        jumlah(
          'Jumlah SPPT PBB-P2 yang didistribusikan',
          'lembar',
          [1500, 2500],
          'SPPT PBB-P2 terdistribusi sebelum jatuh tempo',
          'Tanda terima SPPT',
        ),
        jumlah(
          'Jumlah rekapitulasi pembayaran PBB-P2 per RW yang disusun',
          'laporan',
          [12, 12],
          'Pembayaran PBB-P2 per RW terpantau setiap bulan',
          'Rekapitulasi pembayaran PBB-P2 per RW',
          TETAP,
        ),
      ],
    },
    {
      kunci: 'kel-pem-data',
      uraian: 'Termutakhirnya data kependudukan dan wilayah kelurahan',
      indikator: [
        jumlah(
          'Jumlah laporan data penduduk per RT/RW yang dimutakhirkan',
          'laporan',
          [4, 12],
          'Data penduduk per RT/RW mutakhir',
          'Laporan data penduduk',
          TETAP,
        ),
      ],
    },
  ],
  KEL_TRANTIB: [
    {
      kunci: 'kel-trantib-siskamling',
      uraian: 'Terpantaunya kegiatan siskamling dan ketertiban lingkungan',
      indikator: [
        jumlah(
          'Jumlah kegiatan monitoring siskamling yang dilaksanakan',
          'kegiatan',
          [24, 48],
          'Siskamling di setiap RW terpantau',
          'Laporan dan foto monitoring siskamling',
        ),
      ],
    },
    {
      kunci: 'kel-trantib-pengaduan',
      uraian: 'Tertanganinya pengaduan gangguan ketertiban di kelurahan',
      indikator: [
        jumlah(
          'Jumlah pengaduan gangguan ketertiban yang ditindaklanjuti',
          'pengaduan',
          [12, 24],
          'Pengaduan gangguan ketertiban ditindaklanjuti',
          'Rekapitulasi pengaduan',
        ),
        hari(
          'Waktu rata-rata tindak lanjut pengaduan gangguan ketertiban',
          'hari',
          [2, 3],
          'Pengaduan ditindaklanjuti dengan cepat',
          'Log tindak lanjut pengaduan',
        ),
      ],
    },
    {
      kunci: 'kel-trantib-bencana',
      uraian: 'Terlaksananya kesiapsiagaan bencana di kelurahan',
      indikator: [
        jumlah(
          'Jumlah sosialisasi pencegahan banjir dan kebakaran',
          'kegiatan',
          [2, 6],
          'Warga memahami pencegahan banjir dan kebakaran',
          'Daftar hadir dan foto sosialisasi',
        ),
      ],
    },
  ],
  KEL_PEMBERDAYAAN: [
    {
      kunci: 'kel-pm-posyandu',
      uraian: 'Terfasilitasinya kegiatan Posyandu, PKK dan lembaga kemasyarakatan',
      indikator: [
        jumlah(
          'Jumlah kegiatan Posyandu dan PKK yang difasilitasi',
          'kegiatan',
          [24, 48],
          'Kegiatan Posyandu dan PKK berjalan rutin',
          'Laporan dan foto kegiatan',
        ),
      ],
    },
    {
      kunci: 'kel-pm-bansos',
      uraian: 'Tervalidasinya data penerima bantuan sosial di kelurahan',
      indikator: [
        jumlah(
          'Jumlah data keluarga penerima bantuan sosial yang diverifikasi',
          'keluarga',
          [150, 400],
          'Data penerima bantuan sosial tervalidasi',
          'Berita acara verifikasi',
        ),
        jumlah(
          'Jumlah surat keterangan tidak mampu (SKTM) yang diterbitkan',
          'surat',
          [60, 150],
          'SKTM diterbitkan tepat sasaran',
          'Register SKTM kelurahan',
        ),
      ],
    },
    {
      kunci: 'kel-pm-gotong-royong',
      uraian: 'Terlaksananya kegiatan gotong royong dan kebersihan lingkungan',
      indikator: [
        jumlah(
          'Jumlah kegiatan gotong royong yang dilaksanakan',
          'kegiatan',
          [12, 24],
          'Gotong royong terlaksana rutin di setiap RW',
          'Foto dan daftar hadir gotong royong',
        ),
      ],
    },
  ],
  TEKNOLOGI: [
    {
      kunci: 'ti-layanan',
      uraian: 'Tersedianya layanan teknologi informasi kecamatan yang andal',
      indikator: [
        jumlah(
          'Jumlah permintaan layanan TI (jaringan, perangkat, aplikasi) yang diselesaikan',
          'tiket',
          [48, 96],
          'Permintaan layanan TI diselesaikan tuntas',
          'Log tiket layanan TI',
        ),
        persen(
          'Persentase ketersediaan jaringan dan layanan aplikasi kantor',
          [95, 98],
          'Jaringan dan aplikasi kantor tersedia tanpa gangguan berarti',
          'Laporan pemantauan jaringan',
        ),
      ],
    },
    {
      kunci: 'ti-informasi',
      uraian: 'Termutakhirnya informasi publik pada laman kecamatan',
      indikator: [
        jumlah(
          'Jumlah berita dan informasi publik yang dipublikasikan',
          'konten',
          [48, 96],
          'Informasi publik kecamatan terbit berkala',
          'Tautan publikasi',
        ),
      ],
    },
    {
      kunci: 'ti-aplikasi',
      uraian: 'Terpeliharanya aplikasi dan basis data pelayanan kecamatan',
      indikator: [
        jumlah(
          'Jumlah kegiatan pemeliharaan aplikasi dan basis data',
          'kegiatan',
          [12, 24],
          'Aplikasi dan basis data terpelihara',
          'Log pemeliharaan aplikasi',
        ),
      ],
    },
  ],
  KAJIAN: [
    {
      kunci: 'kajian-telaah',
      uraian: 'Tersusunnya kajian dan rekomendasi kebijakan kecamatan',
      indikator: [
        jumlah(
          'Jumlah telaahan staf dan kajian kebijakan yang disusun',
          'dokumen',
          [4, 8],
          'Kajian kebijakan menjadi bahan keputusan Camat',
          'Dokumen kajian kebijakan',
        ),
      ],
    },
    {
      kunci: 'kajian-evaluasi',
      uraian: 'Terlaksananya evaluasi pelaksanaan kebijakan daerah di kecamatan',
      indikator: [
        jumlah(
          'Jumlah laporan evaluasi pelaksanaan kebijakan',
          'laporan',
          [2, 4],
          'Pelaksanaan kebijakan daerah terevaluasi',
          'Laporan evaluasi kebijakan',
          TETAP,
        ),
      ],
    },
    {
      kunci: 'kajian-konsultasi',
      uraian: 'Terfasilitasinya konsultasi publik atas rancangan kebijakan',
      indikator: [
        jumlah(
          'Jumlah forum konsultasi publik yang difasilitasi',
          'kegiatan',
          [2, 4],
          'Masyarakat dilibatkan dalam perumusan kebijakan',
          'Notulen forum konsultasi publik',
        ),
      ],
    },
  ],
  ARSIP: [
    {
      kunci: 'arsip-penataan',
      uraian: 'Tertatanya arsip dinamis kecamatan',
      indikator: [
        jumlah(
          'Jumlah berkas arsip yang ditata dan dideskripsi',
          'berkas',
          [600, 1200],
          'Arsip dinamis tertata sesuai klasifikasi',
          'Daftar berkas arsip',
        ),
      ],
    },
    {
      kunci: 'arsip-layanan',
      uraian: 'Terlaksananya layanan peminjaman arsip',
      indikator: [
        jumlah(
          'Jumlah layanan peminjaman arsip yang dilayani',
          'layanan',
          [24, 60],
          'Permintaan arsip terlayani dengan cepat',
          'Register peminjaman arsip',
        ),
      ],
    },
    {
      kunci: 'arsip-penyusutan',
      uraian: 'Tersusunnya usulan penyusutan arsip',
      indikator: [
        jumlah(
          'Jumlah daftar arsip usul musnah yang disusun',
          'dokumen',
          [1, 2],
          'Usulan penyusutan arsip tersusun',
          'Daftar arsip usul musnah',
          TETAP,
        ),
      ],
    },
  ],
  SWADAYA: [
    {
      kunci: 'psm-pendampingan',
      uraian: 'Meningkatnya keswadayaan kelompok masyarakat',
      indikator: [
        jumlah(
          'Jumlah kelompok swadaya masyarakat yang didampingi',
          'kelompok',
          [6, 12],
          'Kelompok swadaya masyarakat aktif dan mandiri',
          'Laporan pendampingan kelompok',
        ),
      ],
    },
    {
      kunci: 'psm-pelatihan',
      uraian: 'Terlaksananya penyuluhan pemberdayaan masyarakat',
      indikator: [
        jumlah(
          'Jumlah penyuluhan pemberdayaan masyarakat yang dilaksanakan',
          'kegiatan',
          [4, 8],
          'Penyuluhan pemberdayaan masyarakat terlaksana',
          'Daftar hadir dan materi penyuluhan',
        ),
      ],
    },
    {
      kunci: 'psm-laporan',
      uraian: 'Tersusunnya profil keswadayaan masyarakat kecamatan',
      indikator: [
        jumlah(
          'Jumlah laporan profil keswadayaan masyarakat',
          'laporan',
          [1, 2],
          'Profil keswadayaan masyarakat tersusun',
          'Laporan profil keswadayaan',
          TETAP,
        ),
      ],
    },
  ],
};

/** @internal RHK tambahan: assignments outside the jabatan, each "penugasan dari" a leader. */
export const KATALOG_RHK_TAMBAHAN: readonly TemplateRhk[] = [
  {
    kunci: 'tambahan-mtq',
    uraian: 'Terlaksananya tugas sebagai panitia MTQ tingkat kecamatan',
    indikator: [
      jumlah(
        'Jumlah laporan pelaksanaan tugas kepanitiaan',
        'laporan',
        [1, 1],
        'Tugas kepanitiaan MTQ terlaksana',
        'Surat keputusan panitia dan laporan',
        TETAP,
      ),
    ],
  },
  {
    kunci: 'tambahan-posko',
    uraian: 'Terlaksananya piket posko siaga banjir dan karhutla',
    indikator: [
      jumlah(
        'Jumlah piket posko siaga yang dilaksanakan',
        'kali',
        [6, 12],
        'Piket posko siaga terlaksana sesuai jadwal',
        'Daftar piket posko',
        TETAP,
      ),
    ],
  },
  {
    kunci: 'tambahan-stunting',
    uraian: 'Terlaksananya tugas sebagai anggota Tim Percepatan Penurunan Stunting',
    indikator: [
      jumlah(
        'Jumlah data balita berisiko stunting yang diverifikasi',
        'anak',
        [50, 150],
        'Data balita berisiko stunting terverifikasi',
        'Rekapitulasi verifikasi data balita',
        TETAP,
      ),
    ],
  },
  {
    kunci: 'tambahan-ekinerja',
    uraian: 'Terlaksananya tugas sebagai operator e-Kinerja unit kerja',
    indikator: [
      jumlah(
        'Jumlah SKP pegawai yang difasilitasi penyusunannya',
        'SKP',
        [20, 40],
        'Penyusunan SKP pegawai terfasilitasi tepat waktu',
        'Daftar SKP pegawai',
        TETAP,
      ),
    ],
  },
  {
    kunci: 'tambahan-lomba',
    uraian: 'Terlaksananya tugas sebagai tim penilai lomba kelurahan',
    indikator: [
      jumlah(
        'Jumlah kelurahan yang dinilai',
        'kelurahan',
        [3, 6],
        'Penilaian lomba kelurahan terlaksana objektif',
        'Berita acara penilaian',
        TETAP,
      ),
    ],
  },
];

/**
 * @internal Which RHK of the rater a template usually intervenes, by template key prefix (first
 * match wins), so that the cascade reads naturally: a kelurahan's PBB work intervenes the
 * lurah's PBB result, which intervenes the camat's.
 */
const INDUK_KUNCI: readonly (readonly [string, readonly string[]])[] = [
  ['kel-pem-pbb', ['kel-pbb']],
  ['kel-pem-', ['kel-pelayanan']],
  ['kel-trantib-', ['kel-trantib']],
  ['kel-pm-', ['kel-musrenbang']],
  ['kel-adm-', ['kel-pelayanan']],
  ['kel-pelayanan', ['kec-pelayanan']],
  ['kel-pbb', ['kec-pbb']],
  ['kel-musrenbang', ['kec-musrenbang']],
  ['kel-trantib', ['kec-trantib']],
  ['pem-pbb', ['kec-pbb']],
  ['pem-', ['kec-pemerintahan']],
  ['trantib-', ['kec-trantib']],
  ['pmk-', ['kec-musrenbang']],
  ['kesos-', ['kec-pelayanan']],
  ['pel-', ['kec-pelayanan']],
  ['sek-', ['kec-pemerintahan', 'kec-pelayanan']],
  ['umum-', ['sek-administrasi']],
  ['keu-', ['sek-perencanaan', 'sek-akuntabilitas']],
  ['ti-', ['umum-persuratan', 'sek-administrasi']],
  ['arsip-', ['umum-persuratan']],
  ['kajian-', ['kec-pemerintahan', 'sek-akuntabilitas']],
  ['psm-', ['pmk-lembaga', 'pmk-musrenbang']],
];

/**
 * @internal The template keys of the rater's RHK that an RHK from a template usually intervenes.
 *
 * @param kunci - the template key of the subordinate's RHK.
 * @returns the preferred keys of the rater's RHK, best first (empty: any).
 */
export function preferredInduk(kunci: string): readonly string[] {
  return INDUK_KUNCI.find(([prefix]) => kunci.startsWith(prefix))?.[1] ?? [];
}
