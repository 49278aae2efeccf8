/**
 * @internal Inputs of the two periods of 2021 for the tests of the integration and of
 * `recomputeYear`, from the official worked examples.
 */

/**
 * @internal The Perka BKN worked example (nilai SKP 85.5) with perilaku 80 on every aspect:
 * nilai prestasi kerja 0.6 × 85.5 + 0.4 × 80 = 83.3.
 */
export const SKP_PP46 = {
  kegiatan: [
    {
      id: 'k-1',
      kuantitas: { target: 1, realisasi: 1 },
      kualitas: { target: 100, realisasi: 90 },
      waktu: { target: 12, realisasi: 12 },
      biaya: { target: '170395000', realisasi: '170395000' },
    },
  ],
  perilakuKerja: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 },
};

/**
 * @internal The 8/2021 JPT worked example (nilai SKP 96.4) with perilaku 100: nilai kinerja
 * 0.7 × 96.4 + 0.3 × 100 = 97.48.
 */
export const SKP_82021 = {
  jpt: true,
  kinerjaUtama: [
    { id: 'iki-1', target: { jenis: 'TUNGGAL', nilai: '85' }, realisasi: '85', bobot: '40' },
    { id: 'iki-2', target: { jenis: 'TUNGGAL', nilai: '95' }, realisasi: '93', bobot: '60' },
  ],
  perilaku: { atasan: '100' },
};
