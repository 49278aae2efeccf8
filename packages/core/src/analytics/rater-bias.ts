import { z } from 'zod';
import { Decimal, toCanonical } from '../decimal/decimal';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { parseWith } from '../issues/from-zod';
import { fail, ok, type Result } from '../issues/result';
import { PREDIKATS, type Predikat, RATINGS, type Rating } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { RulePackRef } from '../rules/rule-pack-ref';
import { parseDataset } from './dataset';
import {
  assertRulePack62022,
  compareId,
  evaluatePrepared,
  type GagalEvaluasi,
  type HasilPegawai,
  prepareDataset,
} from './evaluate-dataset';
import {
  differenceAtLeast,
  type Moments,
  meanOf,
  momentsOf,
  rationalOf,
  shareAtLeast,
  standardDeviationOf,
  standardizedDifference,
  varianceOf,
  varianceRatio,
  varianceRatioAtMost,
} from './score-statistics';
import { type Share, shareOf } from './share';
import { ASPEK_BIAS, type AspekBias, type TemuanBias } from './temuan-bias';

/**
 * The scores the rater-bias statistics give each rating and predikat: ratings 1 (di bawah), 2
 * (sesuai), 3 (di atas), as the annual mean of decision 0003; predikat 1 (Sangat Kurang) to 5
 * (Sangat Baik), in the order of `PREDIKATS`. The middle of each scale — Sesuai Ekspektasi, Baik —
 * is the value central tendency piles up on; the top — Di Atas Ekspektasi, Sangat Baik — is the
 * one leniency inflates.
 *
 * @example
 * ```ts
 * BIAS_SCORE.predikat.BAIK; // 4
 * ```
 */
export const BIAS_SCORE = {
  rating: { DI_BAWAH_EKSPEKTASI: 1, SESUAI_EKSPEKTASI: 2, DI_ATAS_EKSPEKTASI: 3 },
  predikat: { SANGAT_KURANG: 1, KURANG: 2, BUTUH_PERBAIKAN: 3, BAIK: 4, SANGAT_BAIK: 5 },
  middle: { rating: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' },
  top: { rating: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK' },
} as const satisfies {
  rating: Record<Rating, number>;
  predikat: Record<Predikat, number>;
  middle: { rating: Rating; predikat: Predikat };
  top: { rating: Rating; predikat: Predikat };
};

/**
 * The thresholds of the rater-bias findings, as decimal strings (see {@link raterBias}).
 *
 * @example
 * ```ts
 * const t: BiasThresholds = { leniency: '0.75', severity: '0.75', middleShare: '0.9', varianceRatio: '0.25' };
 * ```
 */
export interface BiasThresholds {
  /** `TERLALU_LUNAK` when the leniency index is at least this (agency standard deviations, > 0). */
  readonly leniency: string;
  /** `TERLALU_KETAT` when the leniency index is at most minus this (> 0). */
  readonly severity: string;
  /** `KECENDERUNGAN_TENGAH` needs the share of the middle rating at least this (0 < t ≤ 1) … */
  readonly middleShare: string;
  /** … and the rater's variance at most this times the agency's (≥ 0). */
  readonly varianceRatio: string;
}

/**
 * The default thresholds: half a standard deviation above (leniency) or below (severity) the
 * agency mean; central tendency when at least 80 % of the ratings are the middle one and the
 * spread is at most half the agency's.
 *
 * @example
 * ```ts
 * DEFAULT_BIAS_THRESHOLDS.leniency; // '0.5'
 * ```
 */
export const DEFAULT_BIAS_THRESHOLDS: BiasThresholds = {
  leniency: '0.5',
  severity: '0.5',
  middleShare: '0.8',
  varianceRatio: '0.5',
};

/**
 * The default smallest number of bawahan a rater must have to be judged.
 *
 * @example
 * ```ts
 * DEFAULT_MINIMUM_SAMPEL; // 5
 * ```
 */
export const DEFAULT_MINIMUM_SAMPEL = 5;

/**
 * Options of {@link raterBias}.
 *
 * @example
 * ```ts
 * const o: RaterBiasOptions = { minimumSampel: 4, thresholds: { leniency: '1' } };
 * ```
 */
export interface RaterBiasOptions {
  /** The rule pack that scores the dataset; default PermenPANRB 6/2022. */
  readonly pack?: RulePack62022;
  /** Raters (and aspects) with fewer ratings are flagged `SAMPEL_KECIL` and not judged; default 5. */
  readonly minimumSampel?: number;
  /** Any of the thresholds; the others keep their defaults ({@link DEFAULT_BIAS_THRESHOLDS}). */
  readonly thresholds?: Partial<BiasThresholds>;
  /**
   * Count the rating hasil kerja (and so the predikat) of unit leaders, which is set from the
   * unit's predikat organisasi rather than by the rater; default `false`.
   */
  readonly includePimpinanUnit?: boolean;
}

/**
 * The distribution of one aspect's ratings in a group (a rater's bawahan, a kurva unit, the
 * agency) and its statistics over the scores of {@link BIAS_SCORE}, as canonical decimal strings
 * (`null` for an empty group): the mean, the population variance and standard deviation, the
 * share of the middle rating and of the top one.
 *
 * @example
 * ```ts
 * const s: StatistikRating<Rating> = {
 *   count: 2, distribusi: { DI_ATAS_EKSPEKTASI: 1, SESUAI_EKSPEKTASI: 1, DI_BAWAH_EKSPEKTASI: 0 },
 *   mean: '2.5', variance: '0.25', standardDeviation: '0.5',
 *   middleShare: { exact: '0.5', rounded: '0.5' }, topShare: { exact: '0.5', rounded: '0.5' },
 * };
 * ```
 */
export interface StatistikRating<K extends string> {
  readonly count: number;
  readonly distribusi: Readonly<Record<K, number>>;
  readonly mean: string | null;
  readonly variance: string | null;
  readonly standardDeviation: string | null;
  readonly middleShare: Share | null;
  readonly topShare: Share | null;
}

/**
 * One aspect of one rater: the statistics of his or her ratings and how they compare.
 *
 * @example
 * ```ts
 * penilai.aspek.predikat.leniencyIndex; // '1.73…'
 * ```
 */
export interface StatistikPenilai<K extends string> extends StatistikRating<K> {
  /** Whether this aspect was judged (enough ratings, and enough bawahan). */
  readonly judged: boolean;
  /** $(\bar x_{penilai} - \bar x_{instansi}) / \sigma_{instansi}$; `null` when the agency has no spread. */
  readonly leniencyIndex: string | null;
  /** The mean of the rater's kurva unit, or `null`. */
  readonly unitMean: string | null;
  /** $(\bar x_{penilai} - \bar x_{unit}) / \sigma_{instansi}$, or `null`. */
  readonly unitIndex: string | null;
  /** $\sigma^2_{penilai} / \sigma^2_{instansi}$; `null` when the agency has no spread. */
  readonly varianceRatio: string | null;
}

/**
 * The statistics of one aspect for each kind of group.
 *
 * @example
 * ```ts
 * const byAspek: PerAspek<StatistikRating<Rating>, StatistikRating<Predikat>> = result.instansi;
 * ```
 */
export interface PerAspek<R, P> {
  readonly ratingHasilKerja: R;
  readonly ratingPerilakuKerja: R;
  readonly predikat: P;
}

/**
 * One pejabat penilai in {@link raterBias}: the bawahan, the reference kurva unit, the
 * statistics per aspect and the findings.
 *
 * @example
 * ```ts
 * const p: BiasPenilai = result.penilai[0]!;
 * p.temuan.map((t) => t.code); // ['KECENDERUNGAN_TENGAH']
 * ```
 */
export interface BiasPenilai {
  readonly pejabatPenilaiId: string;
  /** The kurva unit most of the bawahan belong to (the smallest id on a tie), or `null`. */
  readonly kurvaUnitId: string | null;
  /** The number of SKP the rater rated (in the dataset's scope). */
  readonly bawahan: number;
  /** `SAMPEL_KECIL` when `bawahan` is below the minimum: nothing is judged. */
  readonly status: 'DINILAI' | 'SAMPEL_KECIL';
  readonly aspek: PerAspek<StatistikPenilai<Rating>, StatistikPenilai<Predikat>>;
  /** The findings, by aspect then kind; empty when nothing stands out. */
  readonly temuan: readonly TemuanBias[];
}

/**
 * The statistics of one kurva unit.
 *
 * @example
 * ```ts
 * result.kurvaUnit.find((u) => u.kurvaUnitId === 'kec-senapelan')?.aspek.predikat.mean;
 * ```
 */
export interface StatistikKurvaUnit {
  readonly kurvaUnitId: string;
  readonly aspek: PerAspek<StatistikRating<Rating>, StatistikRating<Predikat>>;
}

/**
 * The result of {@link raterBias}.
 *
 * @example
 * ```ts
 * const r = raterBias(generateAgency());
 * if (r.ok) r.value.penilai.filter((p) => p.temuan.length > 0);
 * ```
 */
export interface RaterBias {
  readonly pack: RulePackRef;
  readonly minimumSampel: number;
  /** The thresholds used (defaults merged with the options). */
  readonly thresholds: BiasThresholds;
  readonly includePimpinanUnit: boolean;
  /** The whole agency: the reference of the leniency index. */
  readonly instansi: PerAspek<StatistikRating<Rating>, StatistikRating<Predikat>>;
  /** Per kurva unit, ordered by id. */
  readonly kurvaUnit: readonly StatistikKurvaUnit[];
  /** Per pejabat penilai, ordered by id. */
  readonly penilai: readonly BiasPenilai[];
  /** The SKP the rules could not score (left out of every statistic). */
  readonly gagal: readonly GagalEvaluasi[];
}

const positive = DecimalStringSchema.refine((v) => new Decimal(v).gt(0), {
  params: { code: 'too_small', params: { minimum: '0', inclusive: false, origin: 'number' } },
});
const nonNegative = DecimalStringSchema.refine((v) => new Decimal(v).gte(0), {
  params: { code: 'too_small', params: { minimum: '0', inclusive: true, origin: 'number' } },
});
const fraction = positive.refine((v) => new Decimal(v).lte(1), {
  params: { code: 'too_big', params: { maximum: '1', inclusive: true, origin: 'number' } },
});
const OptionsSchema = z.object({
  minimumSampel: z.number().int().min(1).max(1_000_000).optional(),
  thresholds: z
    .strictObject({
      leniency: positive.optional(),
      severity: positive.optional(),
      middleShare: fraction.optional(),
      varianceRatio: nonNegative.optional(),
    })
    .optional(),
  includePimpinanUnit: z.boolean().optional(),
});

interface Pools {
  ratingHasilKerja: Rating[];
  ratingPerilakuKerja: Rating[];
  predikat: Predikat[];
}

const newPools = (): Pools => ({ ratingHasilKerja: [], ratingPerilakuKerja: [], predikat: [] });

function addTo(pools: Pools, h: HasilPegawai, includePimpinan: boolean): void {
  pools.ratingPerilakuKerja.push(h.ratingPerilakuKerja);
  if (h.pimpinanUnit && !includePimpinan) return;
  pools.ratingHasilKerja.push(h.ratingHasilKerja);
  pools.predikat.push(h.predikat);
}

interface Summary<K extends string> {
  readonly stats: StatistikRating<K>;
  readonly moments: Moments;
  readonly middle: number;
}

function summarise<K extends string>(
  values: readonly K[],
  keys: readonly K[],
  score: Readonly<Record<K, number>>,
  middle: K,
  top: K,
): Summary<K> {
  const distribusi = {} as Record<K, number>;
  for (const k of keys) distribusi[k] = 0;
  for (const v of values) distribusi[v]++;
  const moments = momentsOf(values.map((v) => score[v]));
  const canon = (d: Decimal | null): string | null => (d === null ? null : toCanonical(d));
  return {
    moments,
    middle: distribusi[middle],
    stats: {
      count: values.length,
      distribusi,
      mean: canon(meanOf(moments)),
      variance: canon(varianceOf(moments)),
      standardDeviation: canon(standardDeviationOf(moments)),
      middleShare: shareOf(distribusi[middle], values.length),
      topShare: shareOf(distribusi[top], values.length),
    },
  };
}

type Summaries = PerAspek<Summary<Rating>, Summary<Predikat>>;

function summariseAll(p: Pools): Summaries {
  const { rating, predikat, middle, top } = BIAS_SCORE;
  return {
    ratingHasilKerja: summarise(p.ratingHasilKerja, RATINGS, rating, middle.rating, top.rating),
    ratingPerilakuKerja: summarise(p.ratingPerilakuKerja, RATINGS, rating, middle.rating, top.rating),
    predikat: summarise(p.predikat, PREDIKATS, predikat, middle.predikat, top.predikat),
  };
}

function statsOf(s: Summaries): PerAspek<StatistikRating<Rating>, StatistikRating<Predikat>> {
  return {
    ratingHasilKerja: s.ratingHasilKerja.stats,
    ratingPerilakuKerja: s.ratingPerilakuKerja.stats,
    predikat: s.predikat.stats,
  };
}

function push<V>(m: Map<string, V[]>, key: string, v: V): void {
  const list = m.get(key);
  if (list === undefined) m.set(key, [v]);
  else list.push(v);
}

/**
 * Rater-bias statistics (PermenPANRB 6/2022; the biases of §6): every SKP of the dataset is
 * scored with the pack, and for each pejabat penilai the distribution of the ratings he or she
 * gave — rating hasil kerja, rating perilaku kerja, predikat — is compared with the whole agency
 * and with the rater's kurva unit. Scores per {@link BIAS_SCORE}; all statistics are exact
 * decimals (population variance, square root by `Decimal.sqrt`), and every threshold is compared
 * exactly, in integers.
 *
 * Per aspect, with $\bar x$ the mean score and $\sigma$ the population standard deviation:
 * $$\text{leniencyIndex} = \frac{\bar x_{penilai} - \bar x_{instansi}}{\sigma_{instansi}} \qquad \text{varianceRatio} = \frac{\sigma^2_{penilai}}{\sigma^2_{instansi}}$$
 *
 * - `TERLALU_LUNAK` (leniency) when leniencyIndex ≥ `thresholds.leniency` (default 0.5);
 * - `TERLALU_KETAT` (severity) when leniencyIndex ≤ −`thresholds.severity` (default 0.5);
 * - `KECENDERUNGAN_TENGAH` (central tendency) when the share of the middle rating (Sesuai
 *   Ekspektasi; Baik for the predikat) ≥ `thresholds.middleShare` (default 0.8) and
 *   varianceRatio ≤ `thresholds.varianceRatio` (default 0.5);
 * - `SAMPEL_KECIL` when the rater has fewer bawahan than `minimumSampel` (default 5): nothing
 *   of that rater is judged; likewise for one aspect with fewer ratings.
 *
 * Nothing is judged against an agency without spread ($\sigma = 0$). A unit leader's rating
 * hasil kerja is set from the predikat organisasi, not by the rater, so by default it (and the
 * predikat it gives) is left out of those two aspects. The kurva unit columns (`unitMean`,
 * `unitIndex`) say whether the whole unit, or this rater within it, stands out: a rater in an
 * Istimewa unit is expected above the agency mean.
 *
 * @param input - a dataset of any shape (see `DatasetSchema`); it is validated.
 * @param options - pack, minimum sample, thresholds (see {@link RaterBiasOptions}); validated,
 *   issues under the path `options`.
 * @returns the statistics and findings, ordered by id (the same for any order of the input), or
 *   the issues of an invalid dataset or options.
 * @throws {@link RulePackError} when `options.pack` is not a 6/2022 rule pack made by `createRulePack`.
 * @example
 * ```ts
 * const r = raterBias(generateAgency(), { minimumSampel: 4 });
 * if (r.ok) for (const p of r.value.penilai) for (const t of p.temuan) console.log(p.pejabatPenilaiId, formatTemuanBias(t));
 * ```
 */
export function raterBias(input: unknown, options: RaterBiasOptions = {}): Result<RaterBias> {
  const pack = options?.pack ?? PERMENPANRB_6_2022;
  assertRulePack62022(pack, 'options.pack');
  const opts = parseWith(OptionsSchema, options ?? {}, ['options']);
  const parsed = parseDataset(input);
  if (!opts.ok || !parsed.ok) {
    return fail([...(opts.ok ? [] : opts.issues), ...(parsed.ok ? [] : parsed.issues)]);
  }
  const minimum = opts.value.minimumSampel ?? DEFAULT_MINIMUM_SAMPEL;
  const thresholds: BiasThresholds = { ...DEFAULT_BIAS_THRESHOLDS, ...opts.value.thresholds };
  const includePimpinan = opts.value.includePimpinanUnit ?? false;
  const t = {
    leniency: rationalOf(thresholds.leniency),
    severity: rationalOf(thresholds.severity),
    middleShare: rationalOf(thresholds.middleShare),
    varianceRatio: rationalOf(thresholds.varianceRatio),
  };

  const evaluated = evaluatePrepared(prepareDataset(parsed.value), pack);
  const agencyPools = newPools();
  const unitPools = new Map<string, Pools>();
  const byRater = new Map<string, HasilPegawai[]>();
  for (const h of evaluated.hasil) {
    addTo(agencyPools, h, includePimpinan);
    if (h.kurvaUnitId !== null) {
      let p = unitPools.get(h.kurvaUnitId);
      if (p === undefined) {
        p = newPools();
        unitPools.set(h.kurvaUnitId, p);
      }
      addTo(p, h, includePimpinan);
    }
    if (h.pejabatPenilaiId !== null) push(byRater, h.pejabatPenilaiId, h);
  }
  const agency = summariseAll(agencyPools);
  const units = new Map<string, Summaries>();
  for (const [id, p] of unitPools) units.set(id, summariseAll(p));

  const penilai: BiasPenilai[] = [];
  for (const raterId of [...byRater.keys()].sort(compareId)) {
    const rows = byRater.get(raterId)!;
    const pools = newPools();
    const unitCount = new Map<string, number>();
    for (const h of rows) {
      addTo(pools, h, includePimpinan);
      if (h.kurvaUnitId !== null) unitCount.set(h.kurvaUnitId, (unitCount.get(h.kurvaUnitId) ?? 0) + 1);
    }
    let kurvaUnitId: string | null = null;
    let most = 0;
    for (const [id, c] of unitCount) {
      if (c > most || (c === most && kurvaUnitId !== null && id < kurvaUnitId)) {
        kurvaUnitId = id;
        most = c;
      }
    }
    const unit = kurvaUnitId === null ? undefined : units.get(kurvaUnitId);
    const own = summariseAll(pools);
    const small = rows.length < minimum;
    const temuan: TemuanBias[] = small
      ? [{ code: 'SAMPEL_KECIL', aspek: null, count: rows.length, minimum }]
      : [];
    const aspekOf = <K extends string>(aspek: AspekBias): StatistikPenilai<K> => {
      const s = own[aspek] as unknown as Summary<K>;
      const a = agency[aspek] as unknown as Summary<K>;
      const u = unit?.[aspek] as unknown as Summary<K> | undefined;
      const judged = !small && s.stats.count >= minimum;
      if (!small && !judged) {
        temuan.push({ code: 'SAMPEL_KECIL', aspek, count: s.stats.count, minimum });
      }
      const z = standardizedDifference(s.moments, a.moments, a.moments);
      const ratio = varianceRatio(s.moments, a.moments);
      if (judged) {
        if (differenceAtLeast(s.moments, a.moments, a.moments, t.leniency, 1)) {
          temuan.push({
            code: 'TERLALU_LUNAK',
            aspek,
            index: toCanonical(z!),
            threshold: thresholds.leniency,
          });
        }
        if (differenceAtLeast(s.moments, a.moments, a.moments, t.severity, -1)) {
          temuan.push({
            code: 'TERLALU_KETAT',
            aspek,
            index: toCanonical(z!),
            threshold: thresholds.severity,
          });
        }
        if (
          shareAtLeast(s.middle, s.stats.count, t.middleShare) &&
          varianceRatioAtMost(s.moments, a.moments, t.varianceRatio)
        ) {
          temuan.push({
            code: 'KECENDERUNGAN_TENGAH',
            aspek,
            middleShare: s.stats.middleShare!.exact,
            middleShareThreshold: thresholds.middleShare,
            varianceRatio: toCanonical(ratio!),
            varianceRatioThreshold: thresholds.varianceRatio,
          });
        }
      }
      const unitZ = u === undefined ? null : standardizedDifference(s.moments, u.moments, a.moments);
      return {
        ...s.stats,
        judged,
        leniencyIndex: z === null ? null : toCanonical(z),
        unitMean: u?.stats.mean ?? null,
        unitIndex: unitZ === null ? null : toCanonical(unitZ),
        varianceRatio: ratio === null ? null : toCanonical(ratio),
      };
    };
    const aspek = {
      ratingHasilKerja: aspekOf<Rating>(ASPEK_BIAS[0]!),
      ratingPerilakuKerja: aspekOf<Rating>(ASPEK_BIAS[1]!),
      predikat: aspekOf<Predikat>(ASPEK_BIAS[2]!),
    };
    penilai.push({
      pejabatPenilaiId: raterId,
      kurvaUnitId,
      bawahan: rows.length,
      status: small ? 'SAMPEL_KECIL' : 'DINILAI',
      aspek,
      temuan,
    });
  }

  return ok({
    pack: evaluated.pack,
    minimumSampel: minimum,
    thresholds,
    includePimpinanUnit: includePimpinan,
    instansi: statsOf(agency),
    kurvaUnit: [...units.keys()]
      .sort(compareId)
      .map((id) => ({ kurvaUnitId: id, aspek: statsOf(units.get(id)!) })),
    penilai,
    gagal: evaluated.gagal,
  });
}
