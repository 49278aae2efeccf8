import type { RulePack82021Input } from './schema';

/**
 * PP 30/2019 with PermenPANRB 8/2021 as data. Each table names its source; the choices the
 * regulation leaves open are marked [U] and explained in decision records 0009 and 0010.
 *
 * @example
 * ```ts
 * const r = createRulePack({ ...permenpanrb82021Definition, version: '1.0.0+exact', kategoriCapaian: { ...permenpanrb82021Definition.kategoriCapaian, roundBeforeBanding: null } });
 * ```
 */
export const permenpanrb82021Definition = {
  id: 'permenpanrb-8-2021',
  version: '1.0.0',
  regime: 'permenpanrb-8-2021',
  name: {
    id: 'PP Nomor 30 Tahun 2019 tentang Penilaian Kinerja PNS dan PermenPANRB Nomor 8 Tahun 2021 tentang Sistem Manajemen Kinerja PNS',
    en: 'Government Regulation 30 of 2019 on the Performance Appraisal of Civil Servants, with MenPANRB Regulation 8 of 2021 on the Civil Servant Performance Management System',
  },
  // The performance periods of the second half of 2021; the 6/2022 pack takes the 2022 year.
  effectiveFrom: '2021-07-01',
  effectiveUntil: '2021-12-31',
  sources: [
    'PP 30/2019 Pasal 41: nilai kinerja (70/30, 60/40) and predikat kinerja',
    'PermenPANRB 8/2021, Lampiran BAB VI: capaian IKI, kategori and nilai capaian IKI, target maksimal',
    'PermenPANRB 8/2021, pp. 95–96: nilai kinerja tambahan of a JPT (weights by kategori, capped at 10)',
    'PermenPANRB 8/2021, p. 75: nilai periodik SKP; p. 363: the JPT worked example',
    'Decision records 0009 and 0010 for the choices the regulation leaves open',
  ],
  // §2.2; [U] decision 0009: a capaian below 0 % (lower is better, more than twice the target) is raised to 0.
  capaian: { floor: '0', ceiling: null },
  // §2.3: Cukup, Kurang, Sangat Kurang and "above 110 % → 120" are printed; Sangat Baik's line and
  // Baik = 109 come from the official examples [U]. Decision 0009 for the rounding and the gaps.
  kategoriCapaian: {
    bands: [
      { kategori: 'SANGAT_BAIK', capaian: { min: '101', max: '110' }, nilai: { min: '110', max: '120' } },
      { kategori: 'BAIK', capaian: { min: '100', max: '100' }, nilai: { min: '109', max: '109' } },
      { kategori: 'CUKUP', capaian: { min: '80', max: '99' }, nilai: { min: '70', max: '89' } },
      { kategori: 'KURANG', capaian: { min: '60', max: '79' }, nilai: { min: '50', max: '69' } },
      { kategori: 'SANGAT_KURANG', capaian: { min: '0', max: '59' }, nilai: { min: '0', max: '49' } },
    ],
    nilaiAbove: '120',
    // The official example prints 93 vs 95 (97.89 %) as 98 % and gives nilai 88 = 70 + 19/19 × 18.
    roundBeforeBanding: { scale: 0, mode: 'HALF_UP' },
    gap: { band: 'LOWER', nilai: 'EXTRAPOLATE' },
  },
  targetMaksimal: { capaianMinimum: '100', kategori: 'SANGAT_BAIK', nilai: '120' },
  nilaiSkp: {
    // §2.3 [V S12]: nilai KU weighted by bobot; each KT item by kategori × lingkup × nilai; ΣKT ≤ 10.
    jpt: {
      utama: 'WEIGHTED',
      tambahan: {
        method: 'KATEGORI_BOBOT',
        bobotKategori: { SANGAT_BAIK: '100', BAIK: '80', CUKUP: '60', KURANG: '40', SANGAT_KURANG: '20' },
        maximum: '10',
      },
    },
    // [U] decision 0010: the mean nilai capaian IKI utama; the tambahan as for a JPT.
    nonJpt: {
      utama: 'MEAN',
      tambahan: {
        method: 'KATEGORI_BOBOT',
        bobotKategori: { SANGAT_BAIK: '100', BAIK: '80', CUKUP: '60', KURANG: '40', SANGAT_KURANG: '20' },
        maximum: '10',
      },
    },
    totalBobot: '100',
  },
  // §2.3 [V S11 p75]: (rata-rata nilai rencana aksi + rata-rata nilai kinerja utama terukur) / 2.
  periodik: { rencanaAksi: '50', kinerjaUtamaTerukur: '50' },
  // [U] decision 0010: not in PP 30; one agency implementation (S20); ATASAN_BAWAHAN is our choice.
  perilaku: {
    maximum: '120',
    weights: {
      ATASAN_REKAN_BAWAHAN: { atasan: '60', rekan: '20', bawahan: '20' },
      ATASAN_REKAN: { atasan: '60', rekan: '40' },
      ATASAN_BAWAHAN: { atasan: '60', bawahan: '40' },
      ATASAN: { atasan: '100' },
    },
  },
  // PP 30/2019 Pasal 41 [V S9]; [U] decision 0010 for the cap at 120.
  nilaiKinerja: {
    weights: {
      with360: { skp: '60', perilaku: '40' },
      without360: { skp: '70', perilaku: '30' },
    },
    maximum: '120',
  },
  // PP 30/2019 Pasal 41(5) [V S9]; Kurang's lower end is [U] (decision 0010).
  predikat: {
    bands: [
      { predikat: 'SANGAT_BAIK', min: '110', minInclusive: true, requiresInovasi: true },
      { predikat: 'BAIK', min: '90', minInclusive: true, requiresInovasi: false },
      { predikat: 'CUKUP', min: '70', minInclusive: true, requiresInovasi: false },
      { predikat: 'KURANG', min: '50', minInclusive: true, requiresInovasi: false },
    ],
    below: 'SANGAT_KURANG',
    compareRounded: true,
  },
  rounding: {
    capaian: { scale: 2, mode: 'HALF_UP' },
    nilai: { scale: 2, mode: 'HALF_UP' },
  },
} as const satisfies RulePack82021Input;
