import { z } from 'zod';
import { DecimalStringSchema } from '../../decimal/decimal-string';
import { IdSchema } from '../../model/ids';
import { PolaritasSchema, TargetSchema } from '../../model/indikator';
import { PenilaianPerilaku82021Schema } from './nilai-perilaku-8-2021';
import { NonNegativeDecimalSchema } from './non-negative-decimal';

const common = {
  id: IdSchema.optional(),
  /** A single value or a range; a narrative target is `target_not_numeric`. */
  target: TargetSchema,
  realisasi: DecimalStringSchema,
  /** `MAKSIMALISASI` (8/2021 "normal") or `MINIMALISASI` ("khusus", lower is better). */
  polaritas: PolaritasSchema.default('MAKSIMALISASI'),
  /** The target is the maximum achievable (e.g. "bebas temuan" 100 %). */
  targetMaksimal: z.boolean().default(false),
};

/**
 * One IKI of the kinerja utama in {@link EvaluasiTahunan82021InputSchema}: target, realisasi,
 * polarity, whether the target is maximal, and for a JPT its bobot (percent).
 *
 * @example
 * ```ts
 * KinerjaUtama82021InputSchema.parse({ id: 'iki-1', target: { jenis: 'TUNGGAL', nilai: '85' }, realisasi: '85', bobot: '40' });
 * ```
 */
export const KinerjaUtama82021InputSchema = z.strictObject({
  ...common,
  /** Required when the pack weighs the kinerja utama (`WEIGHTED`, a JPT by default). */
  bobot: NonNegativeDecimalSchema.optional(),
});

/**
 * One item of the kinerja tambahan in {@link EvaluasiTahunan82021InputSchema}: like an IKI
 * utama, with the bobot of its lingkup penugasan (percent, at most 100).
 *
 * @example
 * ```ts
 * KinerjaTambahan82021InputSchema.parse({ target: { jenis: 'TUNGGAL', nilai: '1' }, realisasi: '1', bobotLingkupPenugasan: '10' });
 * ```
 */
export const KinerjaTambahan82021InputSchema = z.strictObject({
  ...common,
  /** Required when the pack counts the kinerja tambahan (`KATEGORI_BOBOT`, the default). */
  bobotLingkupPenugasan: NonNegativeDecimalSchema.optional(),
});

/**
 * The input of {@link evaluateTahunan82021}: the annual evaluation of one SKP under PP 30/2019
 * and PermenPANRB 8/2021.
 *
 * - `jpt`: a jabatan pimpinan tinggi's SKP (default `false`);
 * - `kinerjaUtama`: at least one IKI; `kinerjaTambahan`: possibly none;
 * - `perilaku`: the atasan's nilai and, under a 360° assessment, the rekan's and bawahan's;
 * - `inovasi`: the pegawai created a new idea or way of working that benefits the organisation
 *   (needed for Sangat Baik; default `false`);
 * - `penilaian360`: the instansi applies the 360° assessment (default `false`).
 *
 * Unknown fields are rejected (`unrecognized_keys`), so a misspelt flag never silently defaults.
 *
 * @example
 * ```ts
 * EvaluasiTahunan82021InputSchema.parse({
 *   kinerjaUtama: [{ target: { jenis: 'TUNGGAL', nilai: '95' }, realisasi: '93' }],
 *   perilaku: { atasan: '100' },
 * });
 * ```
 */
export const EvaluasiTahunan82021InputSchema = z.strictObject({
  jpt: z.boolean().default(false),
  kinerjaUtama: z.array(KinerjaUtama82021InputSchema).min(1),
  kinerjaTambahan: z.array(KinerjaTambahan82021InputSchema).default([]),
  perilaku: PenilaianPerilaku82021Schema,
  inovasi: z.boolean().default(false),
  penilaian360: z.boolean().default(false),
});

/**
 * The input of {@link evaluateTahunan82021}, as written.
 *
 * @example
 * ```ts
 * const input: EvaluasiTahunan82021Input = {
 *   jpt: true,
 *   kinerjaUtama: [{ target: { jenis: 'TUNGGAL', nilai: '85' }, realisasi: '85', bobot: '100' }],
 *   perilaku: { atasan: '110' },
 *   inovasi: true,
 * };
 * ```
 */
export type EvaluasiTahunan82021Input = z.input<typeof EvaluasiTahunan82021InputSchema>;
