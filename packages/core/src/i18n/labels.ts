import type { Akumulasi, Aspek, Polaritas } from '../model/indikator';
import type { JenisJabatan, Jenjang } from '../model/jabatan';
import type { JenisKelamin, JenisPegawai } from '../model/pegawai';
import type { NilaiBerakhlak } from '../model/perilaku-kerja';
import type { JenisPeriodik } from '../model/periode';
import type { Predikat, PredikatOrganisasi, Rating } from '../model/predikat';
import type { JenisRhk, Perspektif } from '../model/rencana-hasil-kerja';
import type { Pendekatan } from '../model/skp';
import type { LocalizedLabel } from './locale';

const RATING = {
  DI_ATAS_EKSPEKTASI: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
  SESUAI_EKSPEKTASI: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  DI_BAWAH_EKSPEKTASI: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
} as const satisfies Record<Rating, LocalizedLabel>;

const PREDIKAT = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very good' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
} as const satisfies Record<Predikat, LocalizedLabel>;

const PREDIKAT_ORGANISASI = {
  ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very poor' },
} as const satisfies Record<PredikatOrganisasi, LocalizedLabel>;

const ASPEK = {
  KUANTITAS: { id: 'Kuantitas', en: 'Quantity' },
  KUALITAS: { id: 'Kualitas', en: 'Quality' },
  WAKTU: { id: 'Waktu', en: 'Time' },
  BIAYA: { id: 'Biaya', en: 'Cost' },
} as const satisfies Record<Aspek, LocalizedLabel>;

const POLARITAS = {
  MAKSIMALISASI: { id: 'Maksimalisasi (makin tinggi makin baik)', en: 'Maximise (higher is better)' },
  MINIMALISASI: { id: 'Minimalisasi (makin rendah makin baik)', en: 'Minimise (lower is better)' },
} as const satisfies Record<Polaritas, LocalizedLabel>;

const AKUMULASI = {
  JUMLAH: { id: 'Jumlah', en: 'Sum' },
  RATA_RATA: { id: 'Rata-rata', en: 'Average' },
  TERAKHIR: { id: 'Nilai terakhir', en: 'Latest value' },
} as const satisfies Record<Akumulasi, LocalizedLabel>;

const JENIS_JABATAN = {
  JPT_UTAMA: { id: 'Jabatan Pimpinan Tinggi Utama', en: 'Senior Executive Position, Principal (JPT Utama)' },
  JPT_MADYA: { id: 'Jabatan Pimpinan Tinggi Madya', en: 'Senior Executive Position, Middle (JPT Madya)' },
  JPT_PRATAMA: {
    id: 'Jabatan Pimpinan Tinggi Pratama',
    en: 'Senior Executive Position, Primary (JPT Pratama)',
  },
  ADMINISTRATOR: { id: 'Jabatan Administrator', en: 'Administrator Position' },
  PENGAWAS: { id: 'Jabatan Pengawas', en: 'Supervisor Position' },
  PELAKSANA: { id: 'Jabatan Pelaksana', en: 'Staff Position (Pelaksana)' },
  FUNGSIONAL: { id: 'Jabatan Fungsional', en: 'Functional Position' },
} as const satisfies Record<JenisJabatan, LocalizedLabel>;

const JENJANG = {
  PEMULA: { id: 'Pemula', en: 'Beginner' },
  TERAMPIL: { id: 'Terampil', en: 'Skilled' },
  MAHIR: { id: 'Mahir', en: 'Proficient' },
  PENYELIA: { id: 'Penyelia', en: 'Supervisor' },
  AHLI_PERTAMA: { id: 'Ahli Pertama', en: 'First Expert' },
  AHLI_MUDA: { id: 'Ahli Muda', en: 'Junior Expert' },
  AHLI_MADYA: { id: 'Ahli Madya', en: 'Middle Expert' },
  AHLI_UTAMA: { id: 'Ahli Utama', en: 'Principal Expert' },
} as const satisfies Record<Jenjang, LocalizedLabel>;

const NILAI_BERAKHLAK = {
  BERORIENTASI_PELAYANAN: { id: 'Berorientasi Pelayanan', en: 'Service-oriented' },
  AKUNTABEL: { id: 'Akuntabel', en: 'Accountable' },
  KOMPETEN: { id: 'Kompeten', en: 'Competent' },
  HARMONIS: { id: 'Harmonis', en: 'Harmonious' },
  LOYAL: { id: 'Loyal', en: 'Loyal' },
  ADAPTIF: { id: 'Adaptif', en: 'Adaptive' },
  KOLABORATIF: { id: 'Kolaboratif', en: 'Collaborative' },
} as const satisfies Record<NilaiBerakhlak, LocalizedLabel>;

const PENDEKATAN = {
  KUALITATIF: { id: 'Kualitatif', en: 'Qualitative' },
  KUANTITATIF: { id: 'Kuantitatif', en: 'Quantitative' },
} as const satisfies Record<Pendekatan, LocalizedLabel>;

const JENIS_RHK = {
  UTAMA: { id: 'Utama', en: 'Main' },
  TAMBAHAN: { id: 'Tambahan', en: 'Additional' },
} as const satisfies Record<JenisRhk, LocalizedLabel>;

const PERSPEKTIF = {
  PENERIMA_LAYANAN: { id: 'Penerima Layanan', en: 'Service recipients' },
  PROSES_BISNIS: { id: 'Proses Bisnis', en: 'Business processes' },
  PENGUATAN_INTERNAL: { id: 'Penguatan Internal', en: 'Internal strengthening' },
  ANGGARAN: { id: 'Anggaran', en: 'Budget' },
} as const satisfies Record<Perspektif, LocalizedLabel>;

const JENIS_PERIODIK = {
  BULANAN: { id: 'Bulanan', en: 'Monthly' },
  TRIWULANAN: { id: 'Triwulanan', en: 'Quarterly' },
  SEMESTERAN: { id: 'Semesteran', en: 'Half-yearly' },
} as const satisfies Record<JenisPeriodik, LocalizedLabel>;

const JENIS_PEGAWAI = {
  PNS: { id: 'PNS', en: 'Civil servant (PNS)' },
  PPPK: { id: 'PPPK', en: 'Contract government employee (PPPK)' },
} as const satisfies Record<JenisPegawai, LocalizedLabel>;

const JENIS_KELAMIN = {
  PRIA: { id: 'Laki-laki', en: 'Male' },
  WANITA: { id: 'Perempuan', en: 'Female' },
} as const satisfies Record<JenisKelamin, LocalizedLabel>;

/**
 * Which enumeration each label kind names: the key of `LABELS` and the first argument of
 * `label`.
 */
export interface LabelValueByKind {
  rating: Rating;
  predikat: Predikat;
  predikatOrganisasi: PredikatOrganisasi;
  aspek: Aspek;
  polaritas: Polaritas;
  akumulasi: Akumulasi;
  jenisJabatan: JenisJabatan;
  jenjang: Jenjang;
  nilaiBerakhlak: NilaiBerakhlak;
  pendekatan: Pendekatan;
  jenisRhk: JenisRhk;
  perspektif: Perspektif;
  jenisPeriodik: JenisPeriodik;
  jenisPegawai: JenisPegawai;
  jenisKelamin: JenisKelamin;
}

/** A kind of enumeration that has labels, e.g. `'predikat'`. */
export type LabelKind = keyof LabelValueByKind;

/**
 * The display labels of every enumeration value of the model, in Indonesian (the official
 * wording of the regulations) and English. Each table is checked against its enum type, so a
 * value added to a model enum fails to compile until it has a label.
 *
 * @example
 * ```ts
 * LABELS.predikat.KURANG.id; // 'Kurang/Misconduct'
 * LABELS.jenjang.AHLI_PERTAMA.en; // 'First Expert'
 * ```
 */
export const LABELS: { readonly [K in LabelKind]: Readonly<Record<LabelValueByKind[K], LocalizedLabel>> } = {
  rating: RATING,
  predikat: PREDIKAT,
  predikatOrganisasi: PREDIKAT_ORGANISASI,
  aspek: ASPEK,
  polaritas: POLARITAS,
  akumulasi: AKUMULASI,
  jenisJabatan: JENIS_JABATAN,
  jenjang: JENJANG,
  nilaiBerakhlak: NILAI_BERAKHLAK,
  pendekatan: PENDEKATAN,
  jenisRhk: JENIS_RHK,
  perspektif: PERSPEKTIF,
  jenisPeriodik: JENIS_PERIODIK,
  jenisPegawai: JENIS_PEGAWAI,
  jenisKelamin: JENIS_KELAMIN,
};
