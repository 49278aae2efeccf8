import type { NilaiBerakhlak } from '../model/perilaku-kerja';
import type { Rating } from '../model/predikat';

/** @internal How a kualitatif realisasi is qualified, by the window's rating hasil kerja. */
export const KUALIFIKASI_REALISASI: Readonly<Record<Rating, readonly string[]>> = {
  DI_ATAS_EKSPEKTASI: [
    'melampaui ekspektasi pimpinan',
    'lebih cepat dari jadwal dan tanpa revisi',
    'seluruhnya tuntas dengan kualitas sangat baik',
  ],
  SESUAI_EKSPEKTASI: ['sesuai ekspektasi', 'sesuai SOP dan jadwal', 'lengkap dan tepat waktu'],
  DI_BAWAH_EKSPEKTASI: [
    'belum sesuai ekspektasi, sebagian berkas tertunda',
    'terdapat keterlambatan dan perbaikan berulang',
    'belum mencapai rencana periode ini',
  ],
};

/** @internal The pejabat penilai's umpan balik on an RHK, by the window's rating hasil kerja. */
export const UMPAN_BALIK_RHK: Readonly<Record<Rating, readonly string[]>> = {
  DI_ATAS_EKSPEKTASI: [
    'Capaian melampaui rencana; pertahankan dan bagikan praktik baiknya kepada rekan.',
    'Hasil kerja sangat baik dan bukti dukung lengkap; layak dijadikan contoh di unit.',
    'Terima kasih atas inisiatif mempercepat layanan; dokumentasikan caranya sebagai SOP.',
  ],
  SESUAI_EKSPEKTASI: [
    'Hasil kerja sesuai rencana; unggah bukti dukung paling lambat tanggal 5 bulan berikutnya.',
    'Sudah sesuai ekspektasi; rapikan register agar mudah diverifikasi.',
    'Progres sesuai target; koordinasikan lebih awal bila ada kendala di lapangan.',
  ],
  DI_BAWAH_EKSPEKTASI: [
    'Capaian periode ini di bawah rencana; susun rencana aksi perbaikan dan laporkan progres setiap minggu.',
    'Bukti dukung belum lengkap dan beberapa layanan terlambat; mari bahas kendalanya dalam dialog kinerja.',
    'Target periode ini belum tercapai; prioritaskan penyelesaian tunggakan berkas.',
  ],
};

/** @internal Per BerAKHLAK value: praise, a point to improve, and an ekspektasi khusus pimpinan. */
export const FRASA_PERILAKU: Readonly<
  Record<NilaiBerakhlak, { readonly baik: string; readonly perbaikan: string; readonly ekspektasi: string }>
> = {
  BERORIENTASI_PELAYANAN: {
    baik: 'Warga dilayani dengan ramah dan tuntas pada hari yang sama; pertahankan.',
    perbaikan: 'Beberapa warga mengeluhkan antrean; perbaiki pengaturan loket dan jam layanan.',
    ekspektasi: 'Menyelesaikan layanan warga pada hari yang sama dengan ramah dan solutif',
  },
  AKUNTABEL: {
    baik: 'Laporan dan bukti dukung disampaikan jujur, lengkap dan tepat waktu.',
    perbaikan: 'Beberapa kali terlambat menyampaikan laporan; tingkatkan disiplin waktu.',
    ekspektasi: 'Menyampaikan laporan dan bukti dukung tepat waktu',
  },
  KOMPETEN: {
    baik: 'Aktif membimbing rekan menggunakan aplikasi layanan.',
    perbaikan: 'Perlu meningkatkan penguasaan aplikasi SIAK dan e-Kinerja.',
    ekspektasi: 'Menguasai aplikasi e-Kinerja, SIAK dan SIPD serta berbagi pengetahuan',
  },
  HARMONIS: {
    baik: 'Membangun suasana kerja yang kondusif dan saling membantu.',
    perbaikan: 'Jaga komunikasi yang santun dengan rekan kerja dan warga.',
    ekspektasi: 'Menjaga suasana kerja yang kondusif',
  },
  LOYAL: {
    baik: 'Menjaga nama baik instansi dalam pelayanan dan di media sosial.',
    perbaikan: 'Jaga kerahasiaan data warga; jangan dibagikan di grup percakapan.',
    ekspektasi: 'Menjaga kerahasiaan data kependudukan dan nama baik Pemerintah Kota Pekanbaru',
  },
  ADAPTIF: {
    baik: 'Cepat menyesuaikan diri dengan layanan daring yang baru.',
    perbaikan: 'Perlu lebih proaktif menghadapi perubahan prosedur layanan.',
    ekspektasi: 'Cepat menyesuaikan diri dengan layanan digital dan mengusulkan inovasi',
  },
  KOLABORATIF: {
    baik: 'Terbuka bekerja sama dengan RT/RW, LPM dan seksi lain.',
    perbaikan: 'Tingkatkan koordinasi dengan seksi lain sebelum turun ke lapangan.',
    ekspektasi: 'Aktif berkoordinasi dengan RT/RW, LPM dan lintas seksi',
  },
};
