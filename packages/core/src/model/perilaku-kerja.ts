import { z } from 'zod';

/** The seven BerAKHLAK core values, in their official order (§1.6). */
export const NilaiBerakhlakSchema = z.enum([
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
]);
/** A BerAKHLAK core value. */
export type NilaiBerakhlak = z.infer<typeof NilaiBerakhlakSchema>;

/** The BerAKHLAK values in their official order. */
export const NILAI_BERAKHLAK: readonly NilaiBerakhlak[] = NilaiBerakhlakSchema.options;

/**
 * The three panduan perilaku (behaviour guides) of each BerAKHLAK value, in the regulation's
 * Indonesian wording (§1.6).
 *
 * @example
 * ```ts
 * PANDUAN_PERILAKU.AKUNTABEL[2]; // 'Tidak menyalahgunakan kewenangan jabatan'
 * ```
 */
export const PANDUAN_PERILAKU: Readonly<Record<NilaiBerakhlak, readonly [string, string, string]>> = {
  BERORIENTASI_PELAYANAN: [
    'Memahami dan memenuhi kebutuhan masyarakat',
    'Ramah, cekatan, solutif, dan dapat diandalkan',
    'Melakukan perbaikan tiada henti',
  ],
  AKUNTABEL: [
    'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
    'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
    'Tidak menyalahgunakan kewenangan jabatan',
  ],
  KOMPETEN: [
    'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
    'Membantu orang lain belajar',
    'Melaksanakan tugas dengan kualitas terbaik',
  ],
  HARMONIS: [
    'Menghargai setiap orang apapun latar belakangnya',
    'Suka menolong orang lain',
    'Membangun lingkungan kerja yang kondusif',
  ],
  LOYAL: [
    'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
    'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
    'Menjaga rahasia jabatan dan negara',
  ],
  ADAPTIF: [
    'Cepat menyesuaikan diri menghadapi perubahan',
    'Terus berinovasi dan mengembangkan kreativitas',
    'Bertindak proaktif',
  ],
  KOLABORATIF: [
    'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
    'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
    'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
  ],
};

/**
 * The perilaku kerja expectation of one BerAKHLAK value in an SKP: the value and the leader's
 * ekspektasi khusus (free text, may be empty). The guides are those of {@link PANDUAN_PERILAKU}.
 *
 * @example
 * ```ts
 * PerilakuKerjaSchema.parse({ nilai: 'KOLABORATIF', ekspektasiKhusus: 'Aktif dalam rapat koordinasi kelurahan' });
 * ```
 */
export const PerilakuKerjaSchema = z.object({
  nilai: NilaiBerakhlakSchema,
  ekspektasiKhusus: z.string().default(''),
});
/** The perilaku kerja expectation of one value. */
export type PerilakuKerja = z.output<typeof PerilakuKerjaSchema>;
