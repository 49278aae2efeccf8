import type { RulePackPp46Input } from './schema';

/**
 * PP 46/2011 + Perka BKN 1/2013 as data: the constants of the aspect formulas, the tugas
 * tambahan and kreativitas points, the perilaku divisors, the 60/40 weights and the bands of the
 * five categories. The choices the regulation leaves open are marked [U] and explained in
 * decision records 0011 and 0012.
 *
 * @example
 * ```ts
 * const r = createRulePack({ ...pp462011Definition, version: '1.0.0+lt25', efisiensi: { ...pp462011Definition.efisiensi, batas: '25', batasInklusif: false } });
 * ```
 */
export const pp462011Definition = {
  id: 'pp-46-2011',
  version: '1.0.0',
  regime: 'pp-46-2011',
  name: {
    id: 'PP Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja PNS, dengan Peraturan Kepala BKN Nomor 1 Tahun 2013',
    en: 'Government Regulation 46 of 2011 on the Work Performance Appraisal of Civil Servants, with BKN Head Regulation 1 of 2013',
  },
  effectiveFrom: '2014-01-01',
  effectiveUntil: '2021-06-30',
  sources: [
    'PP 46/2011: unsur SKP 60 % dan perilaku kerja 40 %; aspek perilaku kerja; sebutan 91/76/61/51',
    'Perka BKN 1/2013, Lampiran: rumus penghitungan kuantitas, kualitas, waktu dan biaya (1,76; 24 %; 76)',
    'Perka BKN 1/2013: nilai tugas tambahan (1–3: 1; 4–6: 2; ≥ 7: 3) dan kreativitas (3, 6, 12 [U])',
    'Decision records 0011 (efficiency boundary, exact decimals) and 0012 (categories, rounding, additions)',
  ],
  // §3.1; decision 0011: the Perka text says "≤ 24 %"; `< 24` is { batas: '24', batasInklusif: false },
  // `< 25` is { batas: '25', batasInklusif: false }.
  efisiensi: { faktor: '1.76', batas: '24', batasInklusif: true, nilaiDasar: '76' },
  pembagiKegiatan: { tanpaBiaya: 3, denganBiaya: 4 },
  // §3.1: 0 → 0, 1–3 → 1, 4–6 → 2, ≥ 7 → 3.
  tugasTambahan: [
    { jumlahMinimum: 0, nilai: '0' },
    { jumlahMinimum: 1, nilai: '1' },
    { jumlahMinimum: 4, nilai: '2' },
    { jumlahMinimum: 7, nilai: '3' },
  ],
  // [U] §3.1 (from memory of the Perka); decision 0012: several kreativitas add up.
  kreativitas: { nilai: { UNIT_KERJA: '3', ORGANISASI: '6', NASIONAL: '12' }, agregasi: 'JUMLAH' },
  perilakuKerja: { pembagiStruktural: 6, pembagiNonStruktural: 5 },
  bobot: { nilaiSkp: '60', nilaiPerilakuKerja: '40' },
  // §3.2; [U] decision 0012: decimals between bands go by `x ≥ bound` on the value rounded to 2 places.
  kategori: {
    batasBawah: { SANGAT_BAIK: '91', BAIK: '76', CUKUP: '61', KURANG: '51' },
    inklusif: true,
    pembulatan: { scale: 2, mode: 'HALF_UP' },
  },
  pembulatan: { nilai: { scale: 2, mode: 'HALF_UP' }, antara: false },
} as const satisfies RulePackPp46Input;
