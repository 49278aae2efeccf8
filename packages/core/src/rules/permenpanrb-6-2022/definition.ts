import type { RulePack62022Input } from './schema';

/**
 * PermenPANRB 6/2022 as data. Each table names its source; the choices the regulation leaves
 * open are marked and explained in `docs/decisions/`.
 */
export const permenpanrb62022Definition = {
  id: 'permenpanrb-6-2022',
  version: '1.0.0',
  regime: 'permenpanrb-6-2022',
  name: {
    id: 'PermenPANRB Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN',
    en: 'MenPANRB Regulation 6 of 2022 on the Performance Management of ASN Employees',
  },
  // Set (ditetapkan) on 3 Feb 2022, but it governs the whole 2022 performance year: the pack is in
  // force for performance periods from 1 Jan 2022 (decision 0013).
  effectiveFrom: '2022-01-01',
  effectiveUntil: null,
  sources: [
    'PermenPANRB 6/2022, Lampiran: predikat kinerja matrix (kuadran)',
    'MenPANRB guidance on the kurva distribusi per capaian kinerja organisasi',
    'Decision records 0002–0006 for the choices the regulation leaves open',
    'Set 3 February 2022; in force for performance periods from the 2022 year (decision 0013)',
  ],
  // Rows: rating hasil kerja; columns: rating perilaku kerja (§1.7).
  predikatMatrix: {
    DI_ATAS_EKSPEKTASI: {
      DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
      SESUAI_EKSPEKTASI: 'BAIK',
      DI_BAWAH_EKSPEKTASI: 'KURANG',
    },
    SESUAI_EKSPEKTASI: {
      DI_ATAS_EKSPEKTASI: 'BAIK',
      SESUAI_EKSPEKTASI: 'BAIK',
      DI_BAWAH_EKSPEKTASI: 'KURANG',
    },
    DI_BAWAH_EKSPEKTASI: {
      DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
      SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
      DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    },
  },
  // [U] decision 0004: Istimewa → di atas, Baik → sesuai, the rest → di bawah.
  ratingPimpinanUnit: {
    ISTIMEWA: 'DI_ATAS_EKSPEKTASI',
    BAIK: 'SESUAI_EKSPEKTASI',
    BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
    KURANG: 'DI_BAWAH_EKSPEKTASI',
    SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
  },
  // [U] decision 0002: thresholds follow the 8/2021 kategori (≥ 101 % Sangat Baik, 100 % Baik).
  kuantitatif: {
    capaianFloor: '0',
    capaianCeiling: null,
    ratingThresholds: { diAtasEkspektasi: '101', sesuaiEkspektasi: '100' },
    compareRounded: true,
    indikatorAggregation: 'MEAN_CAPAIAN',
    majority: '0.5',
    minority: '0.5',
  },
  // [U] decision 0003: the mean of the periodic ratings, half-up.
  annual: {
    method: 'MEAN',
    meanThresholds: { diAtasEkspektasi: '2.5', sesuaiEkspektasi: '1.5' },
    modeTie: 'LATEST',
  },
  // §1.8; [U] decision 0005 for the rounding of shares and the "sebagian besar" rules.
  kurva: {
    ISTIMEWA: [
      { id: 'istimewa.sangat-baik-maks-70', kind: 'MAXIMUM', predikat: ['SANGAT_BAIK'], share: '70' },
      { id: 'istimewa.sangat-baik-terbanyak', kind: 'MODAL', predikat: ['SANGAT_BAIK'], severity: 'warning' },
    ],
    BAIK: [
      { id: 'baik.baik-maks-70', kind: 'MAXIMUM', predikat: ['BAIK'], share: '70' },
      { id: 'baik.baik-terbanyak', kind: 'MODAL', predikat: ['BAIK'], severity: 'warning' },
      {
        id: 'baik.ada-butuh-perbaikan-atau-kurang',
        kind: 'MINIMUM',
        predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
        count: 1,
      },
    ],
    BUTUH_PERBAIKAN: [
      {
        id: 'butuh-perbaikan.butuh-perbaikan-min-60',
        kind: 'MINIMUM',
        predikat: ['BUTUH_PERBAIKAN'],
        share: '60',
      },
      { id: 'butuh-perbaikan.sangat-baik-maks-10', kind: 'MAXIMUM', predikat: ['SANGAT_BAIK'], share: '10' },
    ],
    KURANG: [
      { id: 'kurang.kurang-min-60', kind: 'MINIMUM', predikat: ['KURANG'], share: '60' },
      { id: 'kurang.butuh-perbaikan-min-10', kind: 'MINIMUM', predikat: ['BUTUH_PERBAIKAN'], share: '10' },
      { id: 'kurang.sangat-baik-maks-10', kind: 'MAXIMUM', predikat: ['SANGAT_BAIK'], share: '10' },
    ],
    SANGAT_KURANG: [
      { id: 'sangat-kurang.sangat-kurang-min-60', kind: 'MINIMUM', predikat: ['SANGAT_KURANG'], share: '60' },
      {
        id: 'sangat-kurang.kurang-atau-butuh-perbaikan-min-10',
        kind: 'MINIMUM',
        predikat: ['KURANG', 'BUTUH_PERBAIKAN'],
        share: '10',
      },
      { id: 'sangat-kurang.tanpa-sangat-baik', kind: 'MAXIMUM', predikat: ['SANGAT_BAIK'], count: 0 },
    ],
  },
  rounding: {
    capaian: { scale: 2, mode: 'HALF_UP' },
    kurvaMinimum: 'CEIL',
    kurvaMaximum: 'FLOOR',
  },
} as const satisfies RulePack62022Input;
