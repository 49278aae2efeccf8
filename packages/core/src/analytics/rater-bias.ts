import { z } from 'zod';
import { Decimal, toCanonical } from '../decimal/decimal';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { parseWith } from '../issues/from-zod';
import { fail, ok, type Result } from '../issues/result';
import { PREDIKATS, type Predikat, RATINGS, type Rating } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { assertRulePack62022 } from '../rules/permenpanrb-6-2022/assert-rule-pack';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { type RulePackRef, rulePackRef } from '../rules/rule-pack-ref';
import { parseDataset } from './dataset';
import { compareId, evaluatePrepared, type GagalEvaluasi, prepareDataset } from './evaluate-dataset';
import {
  differenceAtLeast,
  type Moments,
  meanOf,
  type Rational,
  rationalOf,
  scaledSpread,
  shareAtLeast,
  standardDeviationOf,
  standardizedDifference,
  varianceOf,
  varianceRatio,
  varianceRatioAtMost,
} from './score-statistics';
import { type Share, shareOf } from './share';
import { addToTallyBias, assertTallyBias, newTallyBias, TALLY_BIAS_SLOT, type TallyBias } from './tally-bias';
import type { AspekBias, TemuanBias } from './temuan-bias';

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

const GagalSchema = z.array(
  z.object({ skpId: z.string(), pegawaiId: z.string(), issues: z.array(z.unknown()) }),
);
const FromTallyOptionsSchema = OptionsSchema.extend({ gagal: GagalSchema.optional() });

/**
 * Options of {@link raterBiasFromTally}: those of {@link raterBias}, and the SKP the caller could
 * not score. `pack` names the rule pack that scored the rows counted (only its reference is
 * reported; default PermenPANRB 6/2022).
 *
 * @example
 * ```ts
 * const o: RaterBiasFromTallyOptions = { includePimpinanUnit: true, gagal: evaluasi.gagal };
 * ```
 */
export interface RaterBiasFromTallyOptions extends RaterBiasOptions {
  /**
   * The SKP left out of the tally because the rules could not score them, reported as
   * `RaterBias.gagal` (ordered by `skpId`); default none. A tally holds counts only, so a
   * streaming caller collects these itself.
   */
  readonly gagal?: readonly GagalEvaluasi[];
}

/** The options of an analysis, validated and with the defaults filled in. */
interface Resolved {
  readonly minimum: number;
  readonly thresholds: BiasThresholds;
  readonly includePimpinan: boolean;
  readonly t: {
    readonly leniency: Rational;
    readonly severity: Rational;
    readonly middleShare: Rational;
    readonly varianceRatio: Rational;
  };
}

function resolve(o: z.infer<typeof OptionsSchema>): Resolved {
  const thresholds: BiasThresholds = { ...DEFAULT_BIAS_THRESHOLDS, ...o.thresholds };
  return {
    minimum: o.minimumSampel ?? DEFAULT_MINIMUM_SAMPEL,
    thresholds,
    includePimpinan: o.includePimpinanUnit ?? false,
    t: {
      leniency: rationalOf(thresholds.leniency),
      severity: rationalOf(thresholds.severity),
      middleShare: rationalOf(thresholds.middleShare),
      varianceRatio: rationalOf(thresholds.varianceRatio),
    },
  };
}

/** The statistics of one aspect of a group: a pure function of its counts, shared across calls. */
interface Summary<K extends string> {
  readonly stats: StatistikRating<K>;
  readonly moments: Moments;
  readonly middle: number;
}

/** What of a rater's aspect depends only on its counts (given the agency and the options). */
interface Judgement {
  readonly leniencyIndex: string | null;
  readonly varianceRatio: string | null;
  readonly lunak: boolean;
  readonly ketat: boolean;
  readonly tengah: boolean;
}

/** The statistics of one aspect from its counts: `counts[i]` ratings `keys[i]`. */
function summarise<K extends string>(
  counts: readonly number[],
  keys: readonly K[],
  score: Readonly<Record<K, number>>,
  middle: K,
  top: K,
): Summary<K> {
  const distribusi = {} as Record<K, number>;
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const count = counts[i]!;
    const s = score[k];
    distribusi[k] = count;
    n += count;
    sum += count * s;
    sumSq += count * s * s;
  }
  const moments: Moments = { n, sum, sumSq };
  const canon = (d: Decimal | null): string | null => (d === null ? null : toCanonical(d));
  const middleShare = shareOf(distribusi[middle], n);
  const topShare = shareOf(distribusi[top], n);
  return {
    moments,
    middle: distribusi[middle],
    // Frozen: a summary is shared by every group with the same counts.
    stats: Object.freeze({
      count: n,
      distribusi: Object.freeze(distribusi),
      mean: canon(meanOf(moments)),
      variance: canon(varianceOf(moments)),
      standardDeviation: canon(standardDeviationOf(moments)),
      middleShare: middleShare === null ? null : Object.freeze(middleShare),
      topShare: topShare === null ? null : Object.freeze(topShare),
    }),
  };
}

type Summaries = PerAspek<Summary<Rating>, Summary<Predikat>>;

/** Counts below this pack into a numeric cache key (5 × 10 bits < 2⁵³). */
const KEY_BASE = 1024;

/** Summaries kept per scale before a cache starts afresh (a bound on memory: ≈ 0.6 kB each, ≈ 10 MB). */
const CACHE_LIMIT = 2 ** 14;

/**
 * The summaries of one scale (ratings or predikat), one per distinct count vector, kept across
 * calls: a summary depends on nothing but the counts, and at national scale most raters have a
 * handful of bawahan, so a few thousand vectors cover a million raters in every instansi.
 */
function createSummaryCache<K extends string>(
  keys: readonly K[],
  score: Readonly<Record<K, number>>,
  middle: K,
  top: K,
): (c: readonly number[], offset: number, extra: number) => Summary<K> {
  // Packed into a number while every count fits in 10 bits, else a text key ('1200,3,0,').
  const cache = new Map<number | string, Summary<K>>();
  // The counts of the current lookup, filled while the key is built: one array per cache, so a
  // lookup allocates nothing (summarise copies what it keeps).
  const counts = keys.map(() => 0);
  return (c, offset, extra) => {
    let key: number | string = 0;
    let packed = true;
    for (let i = 0; i < keys.length; i++) {
      const count = c[offset + i]! + (extra < 0 ? 0 : c[extra + i]!);
      counts[i] = count;
      if (count >= KEY_BASE) packed = false;
      key = key * KEY_BASE + count;
    }
    if (!packed) {
      key = '';
      for (let i = 0; i < keys.length; i++) key += `${counts[i]},`;
    }
    let s = cache.get(key);
    if (s === undefined) {
      s = summarise(counts, keys, score, middle, top);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, s);
    }
    return s;
  };
}

const { rating: RATING_SCORE, predikat: PREDIKAT_SCORE, middle: MIDDLE, top: TOP } = BIAS_SCORE;
const summariseRating = createSummaryCache(RATINGS, RATING_SCORE, MIDDLE.rating, TOP.rating);
const summarisePredikat = createSummaryCache(PREDIKATS, PREDIKAT_SCORE, MIDDLE.predikat, TOP.predikat);

/** Summarises a group by its 19 tally counts (see {@link TallyBias}). */
function createSummariser(includePimpinan: boolean): (c: readonly number[]) => Summaries {
  const S = TALLY_BIAS_SLOT;
  const hkExtra = includePimpinan ? S.pimpinanRatingHasilKerja : -1;
  const prExtra = includePimpinan ? S.pimpinanPredikat : -1;
  return (c) => ({
    ratingHasilKerja: summariseRating(c, S.ratingHasilKerja, hkExtra),
    ratingPerilakuKerja: summariseRating(c, S.ratingPerilakuKerja, -1),
    predikat: summarisePredikat(c, S.predikat, prExtra),
  });
}

function statsOf(s: Summaries): PerAspek<StatistikRating<Rating>, StatistikRating<Predikat>> {
  return {
    ratingHasilKerja: s.ratingHasilKerja.stats,
    ratingPerilakuKerja: s.ratingPerilakuKerja.stats,
    predikat: s.predikat.stats,
  };
}

/** What judging one rater's aspect needs: the options, the agency and the caches. */
interface Context {
  readonly o: Resolved;
  readonly agency: Summaries;
  readonly spread: Readonly<Record<AspekBias, Decimal | null>>;
  readonly unitIndexCache: Readonly<Record<AspekBias, Map<number, string | null>>>;
  /** Each summary's comparison with this agency, on first use. */
  readonly judgements: Readonly<Record<AspekBias, Map<Summary<string>, Judgement>>>;
}

/** A rater's aspect against the agency: the same for every rater with these counts. */
function judge(ctx: Context, s: Summary<string>, aspek: AspekBias): Judgement {
  const cache = ctx.judgements[aspek];
  let j = cache.get(s);
  if (j !== undefined) return j;
  const { t } = ctx.o;
  const a = ctx.agency[aspek].moments;
  const z = standardizedDifference(s.moments, a, a, ctx.spread[aspek]);
  const ratio = varianceRatio(s.moments, a);
  j = {
    leniencyIndex: z === null ? null : toCanonical(z),
    varianceRatio: ratio === null ? null : toCanonical(ratio),
    lunak: differenceAtLeast(s.moments, a, a, t.leniency, 1),
    ketat: differenceAtLeast(s.moments, a, a, t.severity, -1),
    tengah:
      shareAtLeast(s.middle, s.stats.count, t.middleShare) &&
      varianceRatioAtMost(s.moments, a, t.varianceRatio),
  };
  cache.set(s, j);
  return j;
}

/** Below this, a difference and a denominator pack into one numeric key (2 × 26 bits < 2⁵³). */
const INDEX_KEY_BASE = 2 ** 26;

/**
 * A rater's index within the kurva unit, $(\bar a - \bar u) / \sigma_{instansi}$. Within one call
 * the yardstick is fixed, so the digits depend only on $\sum a \cdot n_u - \sum u \cdot n_a$ and
 * $n_a n_u$ (what {@link standardizedDifference} divides): cached per aspect on that pair, which
 * many raters share (small groups have few distinct means).
 */
function unitIndexOf(ctx: Context, own: Moments, unit: Moments, aspek: AspekBias): string | null {
  if (own.n === 0 || unit.n === 0) return null;
  const ownPart = own.sum * unit.n;
  const unitPart = unit.sum * own.n;
  const difference = ownPart - unitPart;
  const denominator = own.n * unit.n;
  const cached =
    ownPart < INDEX_KEY_BASE &&
    unitPart < INDEX_KEY_BASE &&
    denominator < INDEX_KEY_BASE &&
    Math.abs(difference) < INDEX_KEY_BASE / 2;
  const key = (difference + INDEX_KEY_BASE / 2) * INDEX_KEY_BASE + denominator;
  const cache = ctx.unitIndexCache[aspek];
  let z = cached ? cache.get(key) : undefined;
  if (z === undefined) {
    const d = standardizedDifference(own, unit, ctx.agency[aspek].moments, ctx.spread[aspek]);
    z = d === null ? null : toCanonical(d);
    if (cached) cache.set(key, z);
  }
  return z;
}

/** One aspect of one rater; pushes its findings onto `temuan`. */
function penilaiAspek<K extends string>(
  ctx: Context,
  aspek: AspekBias,
  s: Summary<K>,
  u: Summary<K> | undefined,
  small: boolean,
  temuan: TemuanBias[],
): StatistikPenilai<K> {
  const { minimum, thresholds } = ctx.o;
  const judged = !small && s.stats.count >= minimum;
  if (!small && !judged) temuan.push({ code: 'SAMPEL_KECIL', aspek, count: s.stats.count, minimum });
  const j = judge(ctx, s as unknown as Summary<string>, aspek);
  if (judged) {
    if (j.lunak) {
      temuan.push({ code: 'TERLALU_LUNAK', aspek, index: j.leniencyIndex!, threshold: thresholds.leniency });
    }
    if (j.ketat) {
      temuan.push({ code: 'TERLALU_KETAT', aspek, index: j.leniencyIndex!, threshold: thresholds.severity });
    }
    if (j.tengah) {
      temuan.push({
        code: 'KECENDERUNGAN_TENGAH',
        aspek,
        middleShare: s.stats.middleShare!.exact,
        middleShareThreshold: thresholds.middleShare,
        varianceRatio: j.varianceRatio!,
        varianceRatioThreshold: thresholds.varianceRatio,
      });
    }
  }
  const st = s.stats;
  // Listed, not spread: a spread of the frozen statistics takes V8's slow path.
  return {
    count: st.count,
    distribusi: st.distribusi,
    mean: st.mean,
    variance: st.variance,
    standardDeviation: st.standardDeviation,
    middleShare: st.middleShare,
    topShare: st.topShare,
    judged,
    leniencyIndex: j.leniencyIndex,
    unitMean: u?.stats.mean ?? null,
    unitIndex: u === undefined ? null : unitIndexOf(ctx, s.moments, u.moments, aspek),
    varianceRatio: j.varianceRatio,
  };
}

/** The statistics and findings of a (well-formed) tally. */
function summariseTally(
  tally: TallyBias,
  o: Resolved,
  pack: RulePackRef,
  gagal: readonly GagalEvaluasi[],
): RaterBias {
  const { minimum, includePimpinan } = o;
  const summariseGroup = createSummariser(includePimpinan);
  const agency = summariseGroup(tally.instansi);
  const ctx: Context = {
    o,
    agency,
    spread: {
      ratingHasilKerja: scaledSpread(agency.ratingHasilKerja.moments),
      ratingPerilakuKerja: scaledSpread(agency.ratingPerilakuKerja.moments),
      predikat: scaledSpread(agency.predikat.moments),
    },
    unitIndexCache: { ratingHasilKerja: new Map(), ratingPerilakuKerja: new Map(), predikat: new Map() },
    judgements: { ratingHasilKerja: new Map(), ratingPerilakuKerja: new Map(), predikat: new Map() },
  };
  const unitIds: string[] = new Array<string>(tally.kurvaUnitCounts.length);
  for (const [id, slot] of tally.kurvaUnit) unitIds[slot] = id;
  const units = tally.kurvaUnitCounts.map(summariseGroup);

  const W = TALLY_BIAS_SLOT.width;
  const P = TALLY_BIAS_SLOT.ratingPerilakuKerja;
  const penilai: BiasPenilai[] = [];
  // The default sort of strings is code-unit order, as compareId, and twice as fast.
  for (const raterId of [...tally.penilai.keys()].sort()) {
    const counts = tally.penilai.get(raterId)!;
    // Every row counts one rating perilaku kerja: their sum is the number of bawahan.
    const bawahan = counts[P]! + counts[P + 1]! + counts[P + 2]!;
    // The kurva unit most of the bawahan belong to, the smallest id on a tie.
    let unitSlot = -1;
    let kurvaUnitId: string | null = null;
    let most = 0;
    for (let i = W; i < counts.length; i += 2) {
      const id = unitIds[counts[i]!]!;
      const c = counts[i + 1]!;
      if (c > most || (c === most && kurvaUnitId !== null && id < kurvaUnitId)) {
        unitSlot = counts[i]!;
        kurvaUnitId = id;
        most = c;
      }
    }
    const unit = unitSlot < 0 ? undefined : units[unitSlot];
    const own = summariseGroup(counts);
    const small = bawahan < minimum;
    const temuan: TemuanBias[] = small
      ? [{ code: 'SAMPEL_KECIL', aspek: null, count: bawahan, minimum }]
      : [];
    const aspek = {
      ratingHasilKerja: penilaiAspek(
        ctx,
        'ratingHasilKerja',
        own.ratingHasilKerja,
        unit?.ratingHasilKerja,
        small,
        temuan,
      ),
      ratingPerilakuKerja: penilaiAspek(
        ctx,
        'ratingPerilakuKerja',
        own.ratingPerilakuKerja,
        unit?.ratingPerilakuKerja,
        small,
        temuan,
      ),
      predikat: penilaiAspek(ctx, 'predikat', own.predikat, unit?.predikat, small, temuan),
    };
    penilai.push({
      pejabatPenilaiId: raterId,
      kurvaUnitId,
      bawahan,
      status: small ? 'SAMPEL_KECIL' : 'DINILAI',
      aspek,
      temuan,
    });
  }

  return {
    pack,
    minimumSampel: minimum,
    thresholds: o.thresholds,
    includePimpinanUnit: includePimpinan,
    instansi: statsOf(agency),
    kurvaUnit: [...tally.kurvaUnit.keys()]
      .sort() // code-unit order, as the raters above
      .map((id) => ({ kurvaUnitId: id, aspek: statsOf(units[tally.kurvaUnit.get(id)!]!) })),
    penilai,
    gagal,
  };
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
 * Every statistic depends only on the number of each rating per group: the scored rows are
 * counted into a {@link TallyBias} and summarised by {@link raterBiasFromTally}, which also
 * serves datasets too large to hold at once (counted in chunks or on worker threads).
 *
 * @param input - a dataset of any shape (see `DatasetSchema`); it is validated.
 * @param options - pack, minimum sample, thresholds (see {@link RaterBiasOptions}); validated,
 *   issues under the path `options`.
 * @returns the statistics and findings, ordered by id (the same for any order of the input), or
 *   the issues of an invalid dataset or options. Groups with the same counts share their
 *   (frozen) statistics objects — within one answer and across calls (the statistics of a count
 *   vector are computed once per process; treat them as read-only).
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
  const evaluated = evaluatePrepared(prepareDataset(parsed.value), pack);
  const tally = newTallyBias();
  for (const h of evaluated.hasil) addToTallyBias(tally, h);
  return ok(summariseTally(tally, resolve(opts.value), evaluated.pack, evaluated.gagal));
}

/**
 * {@link raterBias} from a tally: the same statistics and findings, from the counts of a
 * {@link TallyBias} built row by row ({@link addToTallyBias}) and possibly merged from chunks
 * or worker threads ({@link mergeTallyBias}) — for a dataset too large to hold at once. For the
 * rows of a dataset's evaluation (`evaluateDataset(d).hasil`) and its `gagal`, the answer equals
 * `raterBias(d, options)` exactly, and it is the same for any split into chunks and any order of
 * merges. Every statistic depends only on the counts, so it stays exact (integers and `Decimal`).
 *
 * @param tally - the counts (not changed).
 * @param options - as {@link raterBias}'s, plus the SKP that could not be scored (see
 *   {@link RaterBiasFromTallyOptions}); validated, issues under the path `options`.
 * @returns the statistics and findings, ordered by id, or the issues of invalid options.
 * @throws {@link RulePackError} when `options.pack` is not a 6/2022 rule pack made by `createRulePack`.
 * @throws {@link KinerjaError} `tally_bias_invalid` when `tally` is not a well-formed tally.
 * @example
 * ```ts
 * const tally = newTallyBias();
 * for (const chunk of chunks) mergeTallyBias(tally, countChunk(chunk)); // e.g. from worker threads
 * const r = raterBiasFromTally(tally, { minimumSampel: 4, gagal });
 * if (r.ok) r.value.penilai.filter((p) => p.temuan.length > 0);
 * ```
 */
export function raterBiasFromTally(
  tally: TallyBias,
  options: RaterBiasFromTallyOptions = {},
): Result<RaterBias> {
  const pack = options?.pack ?? PERMENPANRB_6_2022;
  assertRulePack62022(pack, 'options.pack');
  assertTallyBias(tally);
  const opts = parseWith(FromTallyOptionsSchema, options ?? {}, ['options']);
  if (!opts.ok) return opts;
  const gagal = [...(options?.gagal ?? [])].sort((a, b) => compareId(a.skpId, b.skpId));
  return ok(summariseTally(tally, resolve(opts.value), rulePackRef(pack), gagal));
}
