/**
 * @internal The example TPP configuration of the tests and docs: the typical shape of §5.1 with
 * the deduction table of Kab. Tulang Bawang (SIAP TUBA [S32]) as documented example. It is an
 * EXAMPLE, not any region's rule: the pagu, the kinerja table, the absence row and the hukuman
 * base are made up for illustration.
 */
import type { TppConfigInput } from './tpp-config';

/** @internal */
export const TPP_CONTOH = {
  id: 'tpp-contoh',
  version: '1.0.0',
  name: {
    id: 'CONTOH konfigurasi TPP — bukan aturan daerah mana pun',
    en: 'EXAMPLE TPP configuration — not any region’s rule',
  },
  sources: [
    'Bentuk umum §5.1: TPP = pagu × (60% kinerja + 40% disiplin) — pola umum, bobot dapat diubah',
    'Tabel potongan keterlambatan dan apel: contoh dari aplikasi SIAP TUBA, Kab. Tulang Bawang [S32]',
    'PP 94/2021: hukuman disiplin sedang, potongan 25% selama 6/9/12 bulan',
    'Pagu, tabel kinerja dan potongan tanpa keterangan: angka contoh',
  ],
  pagu: {
    perKelasJabatan: {
      '5': '2500000',
      '6': '3000000',
      '7': '3500000',
      '8': '4200000',
      '9': '5000000',
      '11': '7500000',
      '12': '9000000',
    },
    perPegawai: { 'peg-khusus': '6000000' },
  },
  komponen: [
    {
      kode: 'KINERJA',
      nama: 'Produktivitas kerja (kinerja bulanan)',
      jenis: 'KINERJA',
      bobot: '60',
      dasar: 'PREDIKAT',
      tabel: { SANGAT_BAIK: '100', BAIK: '90', BUTUH_PERBAIKAN: '70', KURANG: '50', SANGAT_KURANG: '25' },
    },
    {
      kode: 'DISIPLIN',
      nama: 'Disiplin kerja',
      jenis: 'DISIPLIN',
      bobot: '40',
      batasPotongan: '100',
      potongan: [
        {
          kode: 'TL1',
          uraian: 'Terlambat masuk 1 s.d. < 31 menit',
          satuan: 'KEJADIAN',
          persen: '0.5',
          kelompok: 'TERLAMBAT',
          batasMenit: 1,
        },
        {
          kode: 'TL2',
          uraian: 'Terlambat masuk 31 s.d. < 61 menit',
          satuan: 'KEJADIAN',
          persen: '1',
          kelompok: 'TERLAMBAT',
          batasMenit: 31,
        },
        {
          kode: 'TL3',
          uraian: 'Terlambat masuk 61 s.d. < 91 menit',
          satuan: 'KEJADIAN',
          persen: '1.25',
          kelompok: 'TERLAMBAT',
          batasMenit: 61,
        },
        {
          kode: 'TL4',
          uraian: 'Terlambat masuk ≥ 91 menit',
          satuan: 'KEJADIAN',
          persen: '1.5',
          kelompok: 'TERLAMBAT',
          batasMenit: 91,
        },
        { kode: 'TH', uraian: 'Tidak mengisi daftar hadir', satuan: 'KEJADIAN', persen: '1.5' },
        {
          kode: 'APEL',
          uraian: 'Tidak mengikuti apel Senin pagi atau upacara',
          satuan: 'KEJADIAN',
          persen: '2',
        },
        { kode: 'TK', uraian: 'Tidak masuk kerja tanpa keterangan (contoh)', satuan: 'HARI', persen: '3' },
      ],
    },
  ],
  hukumanDisiplin: {
    dasar: 'BRUTO',
    jenis: [
      {
        kode: 'SEDANG_6',
        uraian: 'Hukuman disiplin sedang: potongan 25% selama 6 bulan',
        persen: '25',
        lamaBulan: 6,
      },
      {
        kode: 'SEDANG_9',
        uraian: 'Hukuman disiplin sedang: potongan 25% selama 9 bulan',
        persen: '25',
        lamaBulan: 9,
      },
      {
        kode: 'SEDANG_12',
        uraian: 'Hukuman disiplin sedang: potongan 25% selama 12 bulan',
        persen: '25',
        lamaBulan: 12,
      },
    ],
  },
  pembulatan: { scale: 0, mode: 'HALF_UP' },
} as const satisfies TppConfigInput;

/** @internal A JSON object. */
export type Json = Record<string, unknown>;

/** @internal The example configuration as a plain, loosely typed JSON object, to change in a test. */
export interface TppContohJson extends Json {
  pagu: Json & { perKelasJabatan?: Json; perPegawai?: Json };
  komponen: Json[];
  hukumanDisiplin?: Json & { jenis: Json[] };
  pembulatan?: unknown;
  sources?: unknown;
}

/** @internal A deep copy of {@link TPP_CONTOH}, to change in a test. */
export function tppContoh(): TppContohJson {
  return JSON.parse(JSON.stringify(TPP_CONTOH)) as TppContohJson;
}
