import { z } from 'zod';
import { DecimalStringSchema } from '../../decimal/decimal-string';
import { RoundingModeSchema, RoundingSchema } from '../../decimal/rounding';
import { PredikatSchema, RatingSchema } from '../../model/predikat';
import { TanggalSchema } from '../../model/tanggal';

/** A localized text: Indonesian and English. */
export const LocalizedTextSchema = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });

/**
 * One rule of a kurva distribusi: a minimum or maximum number of pegawai in a group of predikat,
 * as a share of the headcount (`share`, in percent) or an absolute `count`; or a `MODAL` rule,
 * "sebagian besar", that a predikat is the most frequent.
 */
export const KurvaRuleSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      id: z.string().min(1),
      kind: z.enum(['MINIMUM', 'MAXIMUM']),
      predikat: z.array(PredikatSchema).min(1),
      share: DecimalStringSchema.optional(),
      count: z.number().int().min(0).optional(),
      severity: z.enum(['error', 'warning']).default('error'),
    })
    .refine((r) => (r.share === undefined) !== (r.count === undefined), {
      error: 'a MINIMUM or MAXIMUM rule has exactly one of share and count',
      path: ['share'],
    }),
  z.strictObject({
    id: z.string().min(1),
    kind: z.literal('MODAL'),
    predikat: z.array(PredikatSchema).length(1),
    severity: z.enum(['error', 'warning']).default('warning'),
  }),
]);

/** One rule of a kurva distribusi. */
export type KurvaRule = z.output<typeof KurvaRuleSchema>;

const perRating = <T extends z.ZodType>(value: T) =>
  z.strictObject({ DI_ATAS_EKSPEKTASI: value, SESUAI_EKSPEKTASI: value, DI_BAWAH_EKSPEKTASI: value });

const perPredikatOrganisasi = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    ISTIMEWA: value,
    BAIK: value,
    BUTUH_PERBAIKAN: value,
    KURANG: value,
    SANGAT_KURANG: value,
  });

/** How periodic ratings combine into an annual one. */
export const AnnualAggregationSchema = z.strictObject({
  /**
   * `MEAN`: ratings scored 1 (di bawah), 2 (sesuai), 3 (di atas) and averaged, then compared with
   * `meanThresholds`; `MODE`: the most frequent rating, ties broken by `modeTie`; `LAST`: the
   * rating of the last period (TRIWULAN IV-AKHIR).
   */
  method: z.enum(['MEAN', 'MODE', 'LAST']),
  /** Lower bounds (inclusive) of the mean for di atas and sesuai. */
  meanThresholds: z.strictObject({
    diAtasEkspektasi: DecimalStringSchema,
    sesuaiEkspektasi: DecimalStringSchema,
  }),
  /** Among equally frequent ratings, take the latest one or the lowest one. */
  modeTie: z.enum(['LATEST', 'LOWEST']),
});

/**
 * The rule pack of PermenPANRB 6/2022 as data: every table and parameter of its scoring. An
 * override changes any of them and is validated by this same schema.
 */
export const RulePack62022Schema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  regime: z.literal('permenpanrb-6-2022'),
  name: LocalizedTextSchema,
  /** The first day the pack is in force (`YYYY-MM-DD`). */
  effectiveFrom: TanggalSchema,
  /** The last day the pack is in force, or `null` while it is current. */
  effectiveUntil: TanggalSchema.nullable(),
  /** Where each table comes from. */
  sources: z.array(z.string()),
  /** predikatMatrix[ratingHasilKerja][ratingPerilakuKerja] → predikat (§1.7). */
  predikatMatrix: perRating(perRating(PredikatSchema)),
  /** A unit leader's rating hasil kerja from the unit's predikat organisasi (§1.5; mapping [U]). */
  ratingPimpinanUnit: perPredikatOrganisasi(RatingSchema),
  /** The kuantitatif approach: capaian per IKI and the suggested rating hasil kerja. */
  kuantitatif: z.strictObject({
    /** A capaian below this floor (e.g. a lower-is-better IKI far over target) is raised to it; `null` for none. */
    capaianFloor: DecimalStringSchema.nullable(),
    /** A capaian above this ceiling is lowered to it; `null` for none. */
    capaianCeiling: DecimalStringSchema.nullable(),
    /** Lower bounds (inclusive, in percent) of the capaian for each rating of an IKI or RHK. */
    ratingThresholds: z.strictObject({
      diAtasEkspektasi: DecimalStringSchema,
      sesuaiEkspektasi: DecimalStringSchema,
    }),
    /** Compare the capaian rounded per `rounding.capaian` (true) or exact (false) with the thresholds. */
    compareRounded: z.boolean(),
    /** How an RHK with several IKI is rated: the mean capaian, or the lowest IKI rating. */
    indikatorAggregation: z.enum(['MEAN_CAPAIAN', 'LOWEST_RATING']),
    /** "Sebagian besar": a share strictly greater than this fraction. */
    majority: DecimalStringSchema,
    /** "Sebagian kecil" of RHK utama below expectation: a share strictly less than this fraction. */
    minority: DecimalStringSchema,
  }),
  /** How periodic ratings combine into the annual suggestion. */
  annual: AnnualAggregationSchema,
  /** The kurva distribusi per predikat organisasi (§1.8). */
  kurva: perPredikatOrganisasi(z.array(KurvaRuleSchema)),
  rounding: z.strictObject({
    /** Rounding of a capaian in percent, for presentation and (with `compareRounded`) for rating. */
    capaian: RoundingSchema,
    /** Rounding of a kurva quota: a maximum share rounds down, a minimum share rounds up by default. */
    kurvaMinimum: RoundingModeSchema,
    kurvaMaximum: RoundingModeSchema,
  }),
});

/** The data of a PermenPANRB 6/2022 rule pack, as written in JSON. */
export type RulePack62022Input = z.input<typeof RulePack62022Schema>;
/** The data of a PermenPANRB 6/2022 rule pack, validated. */
export type RulePack62022Definition = z.output<typeof RulePack62022Schema>;
