import { z } from 'zod';

/**
 * The three-level rating of PermenPANRB 6/2022, used for both hasil kerja and perilaku kerja
 * (Lampiran, §1.5 of the regulations reference).
 *
 * @example
 * ```ts
 * RatingSchema.parse('DI_ATAS_EKSPEKTASI');
 * ```
 */
export const RatingSchema = z.enum(['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI']);

/** A rating hasil kerja or perilaku kerja: `DI_ATAS_EKSPEKTASI`, `SESUAI_EKSPEKTASI` or `DI_BAWAH_EKSPEKTASI`. */
export type Rating = z.infer<typeof RatingSchema>;

/** The ratings from the lowest to the highest. */
export const RATINGS: readonly Rating[] = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];

/**
 * The predikat kinerja pegawai, the five cells of the 6/2022 matrix. `KURANG` is the official
 * "Kurang/Misconduct".
 *
 * @example
 * ```ts
 * PredikatSchema.parse('BUTUH_PERBAIKAN');
 * ```
 */
export const PredikatSchema = z.enum(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);

/** A predikat kinerja pegawai. */
export type Predikat = z.infer<typeof PredikatSchema>;

/** The predikat from the best to the worst. */
export const PREDIKATS: readonly Predikat[] = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];

/**
 * The predikat (capaian) kinerja organisasi of a unit for a year, set by the leader one level
 * up; it fixes the unit's kurva distribusi.
 *
 * @example
 * ```ts
 * PredikatOrganisasiSchema.parse('ISTIMEWA');
 * ```
 */
export const PredikatOrganisasiSchema = z.enum([
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
]);

/** A predikat kinerja organisasi. */
export type PredikatOrganisasi = z.infer<typeof PredikatOrganisasiSchema>;

/** The predikat organisasi from the best to the worst. */
export const PREDIKAT_ORGANISASIS: readonly PredikatOrganisasi[] = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];
