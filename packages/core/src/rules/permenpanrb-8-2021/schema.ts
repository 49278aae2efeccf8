import { z } from 'zod';
import { DecimalStringSchema } from '../../decimal/decimal-string';
import { RoundingSchema } from '../../decimal/rounding';
import { TanggalSchema } from '../../model/tanggal';
import { KategoriCapaian82021Schema } from '../../regimes/permenpanrb-8-2021/kategori-capaian-8-2021';
import { Predikat82021Schema } from '../../regimes/permenpanrb-8-2021/predikat-8-2021';
import { LocalizedTextSchema } from '../permenpanrb-6-2022/schema';

/** A closed interval of decimals, `min` ≤ `max`. */
const IntervalSchema = z.strictObject({ min: DecimalStringSchema, max: DecimalStringSchema });

/**
 * One kategori band of the capaian of an IKI (PermenPANRB 8/2021, Lampiran BAB VI): the closed
 * interval of capaian (in percent) it covers and the nilai capaian IKI at its two ends; inside,
 * the nilai is interpolated linearly:
 *
 * $$N = N_{min} + \frac{N_{max} - N_{min}}{C_{max} - C_{min}} \times (C - C_{min})$$
 *
 * A one-point band (`capaian.min` = `capaian.max`, Baik at 100 %) has the constant nilai
 * `nilai.min`, which must equal `nilai.max`.
 *
 * @example
 * ```ts
 * KategoriBand82021Schema.parse({ kategori: 'CUKUP', capaian: { min: '80', max: '99' }, nilai: { min: '70', max: '89' } });
 * ```
 */
export const KategoriBand82021Schema = z.strictObject({
  kategori: KategoriCapaian82021Schema,
  capaian: IntervalSchema,
  nilai: IntervalSchema,
});

/**
 * One kategori band of the capaian of an IKI, see {@link KategoriBand82021Schema}.
 *
 * @example
 * ```ts
 * const band: KategoriBand82021 = { kategori: 'BAIK', capaian: { min: '100', max: '100' }, nilai: { min: '109', max: '109' } };
 * ```
 */
export type KategoriBand82021 = z.output<typeof KategoriBand82021Schema>;

/**
 * How the kinerja tambahan (additional work) adds to the nilai SKP:
 * `NONE` — it does not; `KATEGORI_BOBOT` — each item adds
 * `bobotKategori[kategori] × bobot lingkup penugasan / 100 × nilai / 100`, and the sum is capped
 * at `maximum` (`null`: no cap).
 *
 * @example
 * ```ts
 * KinerjaTambahanRule82021Schema.parse({ method: 'NONE' });
 * ```
 */
export const KinerjaTambahanRule82021Schema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('NONE') }),
  z.strictObject({
    method: z.literal('KATEGORI_BOBOT'),
    /** The weight of each kategori, in percent (8/2021: 100, 80, 60, 40, 20). */
    bobotKategori: z.strictObject({
      SANGAT_BAIK: DecimalStringSchema,
      BAIK: DecimalStringSchema,
      CUKUP: DecimalStringSchema,
      KURANG: DecimalStringSchema,
      SANGAT_KURANG: DecimalStringSchema,
    }),
    /** The cap of the sum (8/2021: 10), or `null` for none. */
    maximum: DecimalStringSchema.nullable(),
  }),
]);

/**
 * A kinerja tambahan rule, see {@link KinerjaTambahanRule82021Schema}.
 *
 * @example
 * ```ts
 * const rule: KinerjaTambahanRule82021 = { method: 'NONE' };
 * ```
 */
export type KinerjaTambahanRule82021 = z.output<typeof KinerjaTambahanRule82021Schema>;

/** How one kind of SKP (JPT or not) computes its nilai SKP. */
const NilaiSkpRuleSchema = z.strictObject({
  /**
   * Nilai kinerja utama: `MEAN` — the mean nilai capaian IKI; `WEIGHTED` — the sum of
   * nilai × bobot / `totalBobot`, with a bobot on every IKI utama.
   */
  utama: z.enum(['MEAN', 'WEIGHTED']),
  tambahan: KinerjaTambahanRule82021Schema,
});

const weights = <K extends string>(keys: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, DecimalStringSchema])) as Record<K, typeof DecimalStringSchema>,
  );

/**
 * One band of the predikat kinerja (PP 30/2019 Pasal 41(5)): a nilai kinerja at or above `min`
 * (above it when `minInclusive` is false) gets `predikat`, provided the pegawai created an
 * innovation when `requiresInovasi`. Bands are tried from the first; the upper end of a band is
 * the lower end of the band before it, so the bands never leave a gap.
 *
 * @example
 * ```ts
 * PredikatBand82021Schema.parse({ predikat: 'BAIK', min: '90', minInclusive: true, requiresInovasi: false });
 * ```
 */
export const PredikatBand82021Schema = z.strictObject({
  predikat: Predikat82021Schema,
  min: DecimalStringSchema,
  minInclusive: z.boolean(),
  requiresInovasi: z.boolean(),
});

/**
 * One band of the predikat kinerja, see {@link PredikatBand82021Schema}.
 *
 * @example
 * ```ts
 * const band: PredikatBand82021 = { predikat: 'SANGAT_BAIK', min: '110', minInclusive: true, requiresInovasi: true };
 * ```
 */
export type PredikatBand82021 = z.output<typeof PredikatBand82021Schema>;

/**
 * The rule pack of PP 30/2019 with PermenPANRB 8/2021 as data: the kategori bands of capaian
 * IKI and their nilai, the boundary policy, the JPT and non-JPT nilai SKP rules, the weights of
 * nilai perilaku and nilai kinerja, the predikat bands and the rounding. An override changes any
 * of them and is validated by this same schema. Decimals are canonical strings; weights are in
 * percent.
 *
 * @example
 * ```ts
 * RulePack82021Schema.safeParse(permenpanrb82021Definition).success; // true
 * ```
 */
export const RulePack82021Schema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  regime: z.literal('permenpanrb-8-2021'),
  name: LocalizedTextSchema,
  /** The first day of the performance periods the pack governs (`YYYY-MM-DD`). */
  effectiveFrom: TanggalSchema,
  /** The last such day, or `null` while it is current. */
  effectiveUntil: TanggalSchema.nullable(),
  /** Where each table comes from. */
  sources: z.array(z.string()),
  /** The capaian of an IKI (§2.2). */
  capaian: z.strictObject({
    /** A lower capaian (a lower-is-better IKI far over target) is raised to this; `null` for none. */
    floor: DecimalStringSchema.nullable(),
    /** A higher capaian is lowered to this; `null` for none. */
    ceiling: DecimalStringSchema.nullable(),
  }),
  /** From capaian to kategori and nilai capaian IKI (§2.3). */
  kategoriCapaian: z.strictObject({
    /** The bands, from the highest capaian to the lowest, disjoint. */
    bands: z.array(KategoriBand82021Schema).min(1),
    /** The nilai of a capaian above the first band (8/2021: above 110 % → 120). */
    nilaiAbove: DecimalStringSchema,
    /** The capaian is rounded so before it is banded (`null`: banded exact). */
    roundBeforeBanding: RoundingSchema.nullable(),
    /** A capaian between two bands, which the regulation leaves open (§2.3 [U]). */
    gap: z.strictObject({
      /** It belongs to the band below it (`LOWER`) or above it (`UPPER`). */
      band: z.enum(['LOWER', 'UPPER']),
      /** Its nilai continues that band's line (`EXTRAPOLATE`) or stops at that band's end (`CLAMP`). */
      nilai: z.enum(['EXTRAPOLATE', 'CLAMP']),
    }),
  }),
  /**
   * An IKI whose target is the maximum achievable (e.g. "bebas temuan" 100 %): a capaian of at
   * least `capaianMinimum` gets `kategori` and `nilai` (8/2021: Sangat Baik, 120).
   */
  targetMaksimal: z.strictObject({
    capaianMinimum: DecimalStringSchema,
    kategori: KategoriCapaian82021Schema,
    nilai: DecimalStringSchema,
  }),
  /** The nilai SKP: nilai kinerja utama + nilai kinerja tambahan. */
  nilaiSkp: z.strictObject({
    /** Jabatan pimpinan tinggi. */
    jpt: NilaiSkpRuleSchema,
    /** Every other jabatan. */
    nonJpt: NilaiSkpRuleSchema,
    /** What the bobot of the IKI utama add up to under `WEIGHTED` (100). */
    totalBobot: DecimalStringSchema,
  }),
  /** The periodic nilai SKP: weights of the two means, in percent, adding up to 100. */
  periodik: weights(['rencanaAksi', 'kinerjaUtamaTerukur'] as const),
  /** The nilai perilaku from the raters (§2.1). */
  perilaku: z.strictObject({
    /** The highest nilai a rater may give. */
    maximum: DecimalStringSchema,
    /** The weights of each rater group by who rated, in percent, each adding up to 100. */
    weights: z.strictObject({
      ATASAN_REKAN_BAWAHAN: weights(['atasan', 'rekan', 'bawahan'] as const),
      ATASAN_REKAN: weights(['atasan', 'rekan'] as const),
      ATASAN_BAWAHAN: weights(['atasan', 'bawahan'] as const),
      ATASAN: weights(['atasan'] as const),
    }),
  }),
  /** The nilai kinerja (PP 30/2019 Pasal 41). */
  nilaiKinerja: z.strictObject({
    /** The weights of nilai SKP and nilai perilaku, in percent: with and without 360° input. */
    weights: z.strictObject({
      with360: weights(['skp', 'perilaku'] as const),
      without360: weights(['skp', 'perilaku'] as const),
    }),
    /** A higher nilai kinerja is lowered to this and flagged (120); `null` for no cap. */
    maximum: DecimalStringSchema.nullable(),
  }),
  /** The predikat kinerja (PP 30/2019 Pasal 41(5)). */
  predikat: z.strictObject({
    /** The bands, tried in order; their `min` must not increase. */
    bands: z.array(PredikatBand82021Schema),
    /** The predikat below every band. */
    below: Predikat82021Schema,
    /** Compare the nilai kinerja rounded per `rounding.nilai` (true) or exact (false). */
    compareRounded: z.boolean(),
  }),
  rounding: z.strictObject({
    /** Rounding of a capaian for presentation. */
    capaian: RoundingSchema,
    /** Rounding of a nilai for presentation and (with `predikat.compareRounded`) the predikat. */
    nilai: RoundingSchema,
  }),
});

/**
 * The data of a PP 30/2019 + PermenPANRB 8/2021 rule pack, as written in JSON.
 *
 * @example
 * ```ts
 * const data: RulePack82021Input = { ...permenpanrb82021Definition, version: '1.0.1' };
 * ```
 */
export type RulePack82021Input = z.input<typeof RulePack82021Schema>;

/**
 * The data of a PP 30/2019 + PermenPANRB 8/2021 rule pack, validated.
 *
 * @example
 * ```ts
 * const def: RulePack82021Definition = PERMENPANRB_8_2021.definition;
 * ```
 */
export type RulePack82021Definition = z.output<typeof RulePack82021Schema>;

/**
 * Who rated the perilaku, which picks the weights of the nilai perilaku: the atasan with rekan
 * (peers) and bawahan (subordinates), with one of them, or alone.
 *
 * @example
 * ```ts
 * const skema: SkemaPerilaku82021 = 'ATASAN_REKAN';
 * ```
 */
export type SkemaPerilaku82021 = keyof RulePack82021Definition['perilaku']['weights'];
