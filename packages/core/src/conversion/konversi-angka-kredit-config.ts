import { z } from 'zod';
import { RoundingSchema } from '../decimal/rounding';
import type { Issue } from '../issues/issue';
import type { Result } from '../issues/result';
import { JenjangSchema } from '../model/jabatan';
import { PREDIKATS } from '../model/predikat';
import { LocalizedTextSchema } from '../rules/permenpanrb-6-2022/schema';
import { decimalBetween, NonNegativeDecimalSchema } from './decimal-bounds';
import { monotonicIssues } from './monotonic-issues';
import { validatedConfigs } from './validated-configs';

const PositiveDecimalSchema = decimalBetween('0', null, true);

/**
 * The tables of the conversion of a predikat kinerja into angka kredit for jabatan fungsional
 * (Peraturan BKN 3/2023; PermenPANRB 1/2023), as data:
 *
 * $$AK = \frac{\text{bulan}}{12} \times \frac{\text{persentasePredikat}}{100} \times \text{koefisienTahunan}$$
 *
 * - `persentasePredikat`: percent per predikat (150, 100, 75, 50, 25); a better predikat must not
 *   have a lower percentage (`tabel_not_monotonic`).
 * - `koefisienTahunan`: the annual coefficient per jenjang (> 0).
 * - `kebutuhanKenaikanPangkat`: the angka kredit a kenaikan pangkat needs, per jenjang; a jenjang
 *   left out has no known threshold.
 * - `rounding`: how an angka kredit is rounded (2 decimals, half-up).
 * - `pembulatanKumulatif`: `TOTAL` rounds the exact sum of several periods once, `PER_PERIODE`
 *   sums the periods rounded one by one.
 *
 * @example
 * ```ts
 * KonversiAngkaKreditConfigSchema.safeParse(KONVERSI_ANGKA_KREDIT).success; // true
 * ```
 */
export const KonversiAngkaKreditConfigSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  name: LocalizedTextSchema,
  sources: z.array(z.string()),
  persentasePredikat: z.strictObject({
    SANGAT_BAIK: NonNegativeDecimalSchema,
    BAIK: NonNegativeDecimalSchema,
    BUTUH_PERBAIKAN: NonNegativeDecimalSchema,
    KURANG: NonNegativeDecimalSchema,
    SANGAT_KURANG: NonNegativeDecimalSchema,
  }),
  koefisienTahunan: z.strictObject({
    PEMULA: PositiveDecimalSchema,
    TERAMPIL: PositiveDecimalSchema,
    MAHIR: PositiveDecimalSchema,
    PENYELIA: PositiveDecimalSchema,
    AHLI_PERTAMA: PositiveDecimalSchema,
    AHLI_MUDA: PositiveDecimalSchema,
    AHLI_MADYA: PositiveDecimalSchema,
    AHLI_UTAMA: PositiveDecimalSchema,
  }),
  kebutuhanKenaikanPangkat: z.partialRecord(JenjangSchema, PositiveDecimalSchema),
  rounding: RoundingSchema,
  pembulatanKumulatif: z.enum(['TOTAL', 'PER_PERIODE']),
});

/**
 * The angka kredit conversion tables as written in JSON or code.
 *
 * @example
 * ```ts
 * const input: KonversiAngkaKreditConfigInput = { ...KONVERSI_ANGKA_KREDIT, version: '1.0.0+agency' };
 * ```
 */
export type KonversiAngkaKreditConfigInput = z.input<typeof KonversiAngkaKreditConfigSchema>;

/**
 * The angka kredit conversion tables, validated (decimals as canonical strings).
 *
 * @example
 * ```ts
 * const config: KonversiAngkaKreditConfig = KONVERSI_ANGKA_KREDIT;
 * config.koefisienTahunan.AHLI_MUDA; // '25'
 * ```
 */
export type KonversiAngkaKreditConfig = z.output<typeof KonversiAngkaKreditConfigSchema>;

/** The predikat from the worst to the best: percentages must not decrease along it. */
const WORST_FIRST = [...PREDIKATS].reverse();

function check(config: KonversiAngkaKreditConfig): Issue[] {
  return monotonicIssues(
    WORST_FIRST.map((p) => ({
      key: p,
      persen: config.persentasePredikat[p],
      path: ['persentasePredikat', p],
    })),
  );
}

const CONFIGS = validatedConfigs(KonversiAngkaKreditConfigSchema, check);

/**
 * Validates angka kredit conversion tables (for instance a copy of {@link KONVERSI_ANGKA_KREDIT}
 * with another coefficient): the schema, then that a better predikat never has a lower
 * percentage. The value returned is frozen and is not validated again when passed to
 * {@link angkaKredit}, {@link angkaKreditKumulatif} or {@link kekuranganAngkaKredit}.
 *
 * @param input - the tables, of any shape.
 * @returns the validated tables, or issues with the path of every offending field.
 * @example
 * ```ts
 * const r = parseKonversiAngkaKreditConfig({ ...KONVERSI_ANGKA_KREDIT, version: '1.0.0+uji', rounding: { scale: 3, mode: 'HALF_UP' } });
 * if (r.ok) angkaKredit({ jenjang: 'TERAMPIL', predikat: 'BUTUH_PERBAIKAN', bulan: 5 }, r.value);
 * ```
 */
export function parseKonversiAngkaKreditConfig(input: unknown): Result<KonversiAngkaKreditConfig> {
  return CONFIGS.parse(input);
}

/** @internal The config itself when it was validated before, else its validation. */
export function resolveKonversiAngkaKreditConfig(input: unknown): Result<KonversiAngkaKreditConfig> {
  return CONFIGS.resolve(input);
}
