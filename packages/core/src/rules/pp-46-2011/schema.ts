import { z } from 'zod';
import { DecimalStringSchema } from '../../decimal/decimal-string';
import { RoundingSchema } from '../../decimal/rounding';
import { TanggalSchema } from '../../model/tanggal';
import { LocalizedTextSchema } from '../permenpanrb-6-2022/schema';

const Pembagi = z.number().int().min(1);

/**
 * The rule pack of PP 46/2011 + Perka BKN 1/2013 as data: every constant of its formulas, its
 * tables and the choices the regulation leaves open (decision records 0011 and 0012). An
 * override changes any of them and is validated by this same schema.
 *
 * @example
 * ```ts
 * RulePackPp46Schema.safeParse(pp462011Definition).success; // true
 * ```
 */
export const RulePackPp46Schema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  regime: z.literal('pp-46-2011'),
  name: LocalizedTextSchema,
  /** The first day the pack is in force (`YYYY-MM-DD`). */
  effectiveFrom: TanggalSchema,
  /** The last day the pack is in force, or `null` while it is current. */
  effectiveUntil: TanggalSchema.nullable(),
  /** Where each table comes from. */
  sources: z.array(z.string()),
  /**
   * The waktu and biaya aspects (§3.1): with the tingkat efisiensi
   * `eff = 100 − R/T × 100`, the value is `((faktor·T − R)/T)·100` while `eff` is within
   * `batas` (`≤` when `batasInklusif`, else `<`), and `nilaiDasar − (((faktor·T − R)/T)·100 − 100)`
   * beyond it.
   */
  efisiensi: z.strictObject({
    /** The 1.76 of the Perka: 1 + 76/100, so that a realisasi of 76 % of the target scores 100. */
    faktor: DecimalStringSchema,
    /** The efficiency boundary in percent: 24. */
    batas: DecimalStringSchema,
    /** `true`: `eff ≤ batas` takes the first branch (Perka text); `false`: `eff < batas`. */
    batasInklusif: z.boolean(),
    /** The 76 of the branch beyond the boundary. */
    nilaiDasar: DecimalStringSchema,
  }),
  /** The divisor of a kegiatan's penghitungan: the number of its aspects (3, or 4 with biaya). */
  pembagiKegiatan: z.strictObject({ tanpaBiaya: Pembagi, denganBiaya: Pembagi }),
  /**
   * Points for tugas tambahan by their number: each tier applies from `jumlahMinimum` tasks up
   * to the next tier. The first tier starts at 0; tiers ascend.
   */
  tugasTambahan: z
    .array(z.strictObject({ jumlahMinimum: z.number().int().min(0), nilai: DecimalStringSchema }))
    .min(1),
  /** Points for kreativitas by its reach, and how several kreativitas combine. */
  kreativitas: z.strictObject({
    nilai: z.strictObject({
      UNIT_KERJA: DecimalStringSchema,
      ORGANISASI: DecimalStringSchema,
      NASIONAL: DecimalStringSchema,
    }),
    /** `JUMLAH`: the points add up; `TERTINGGI`: only the highest counts. */
    agregasi: z.enum(['JUMLAH', 'TERTINGGI']),
  }),
  /** The divisor of the sum of the perilaku aspects: 6 with kepemimpinan (struktural), else 5. */
  perilakuKerja: z.strictObject({ pembagiStruktural: Pembagi, pembagiNonStruktural: Pembagi }),
  /** The weights of the nilai prestasi kerja, in percent; they sum to 100. */
  bobot: z.strictObject({ nilaiSkp: DecimalStringSchema, nilaiPerilakuKerja: DecimalStringSchema }),
  /** The bands of the five categories. */
  kategori: z.strictObject({
    /** The lower bound of each category but `BURUK`, which is everything below `KURANG`; descending. */
    batasBawah: z.strictObject({
      SANGAT_BAIK: DecimalStringSchema,
      BAIK: DecimalStringSchema,
      CUKUP: DecimalStringSchema,
      KURANG: DecimalStringSchema,
    }),
    /** `true`: a value equal to a bound is in the band (`x ≥ 91`); `false`: `x > bound`. */
    inklusif: z.boolean(),
    /** Round the value this way before comparing it with the bounds; `null`: compare the exact value. */
    pembulatan: RoundingSchema.nullable(),
  }),
  pembulatan: z.strictObject({
    /** The rounding of every value shown (`dibulatkan`): 2 places half-up, as the official sheet shows 85.50. */
    nilai: RoundingSchema,
    /**
     * `true`: every aspect value, nilai capaian per kegiatan, nilai capaian SKP and nilai perilaku
     * is rounded per `nilai` before the next step uses it (as spreadsheets that round each cell);
     * `false`: exact until the end.
     */
    antara: z.boolean(),
  }),
});

/**
 * The data of a PP 46/2011 rule pack, as written in JSON.
 *
 * @example
 * ```ts
 * const input: RulePackPp46Input = { ...pp462011Definition, version: '1.0.1' };
 * ```
 */
export type RulePackPp46Input = z.input<typeof RulePackPp46Schema>;

/**
 * The data of a PP 46/2011 rule pack, validated: decimals as canonical strings.
 *
 * @example
 * ```ts
 * const def: RulePackPp46Definition = PP_46_2011.definition;
 * ```
 */
export type RulePackPp46Definition = z.output<typeof RulePackPp46Schema>;
