import { z } from 'zod';
import { Decimal, toCanonical } from '../decimal/decimal';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { ZERO } from '../decimal/rounding';
import { parseWith } from '../issues/from-zod';
import { ok, type Result } from '../issues/result';
import { IdSchema } from '../model/ids';
import { RATINGS, type Rating } from '../model/predikat';
import { type JenisRhk, JenisRhkSchema } from '../model/rencana-hasil-kerja';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { RATING_ORDINAL, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { ratingOfCapaian, roundCapaian } from './compute-capaian';
import { newTrace, type Trace } from './trace';

/** @internal One indikator of an RHK as the RHK rating reads it (and the trace shows it). */
export interface IndikatorRated {
  readonly indikatorId?: string;
  /** The capaian (canonical), or `null` when there is no realisasi. */
  readonly capaian: string | null;
  readonly rating: Rating;
}

/**
 * @internal The RHK rating kernel. `MEAN_CAPAIAN`: the mean of the indikator's capaian (an
 * indikator without realisasi counts as 0), rated with the thresholds like one capaian;
 * `LOWEST_RATING`: the lowest indikator rating (without realisasi: di bawah). Appends a
 * `rating_rhk` step.
 *
 * @param indikator - the indikator, with their ratings; at least one.
 * @param values - the same indikator's capaian as decimals (`null`: no realisasi).
 */
export function rateRhk(
  rhkId: string | undefined,
  jenis: JenisRhk | undefined,
  indikator: readonly IndikatorRated[],
  values: readonly (Decimal | null)[],
  pack: RulePack62022,
  trace: Trace,
): Rating {
  const k = pack.definition.kuantitatif;
  let rating: Rating;
  let capaian: string | null = null;
  let compared: string | null = null;
  if (k.indikatorAggregation === 'MEAN_CAPAIAN') {
    let sum: Decimal = ZERO;
    for (const v of values) if (v !== null) sum = sum.plus(v);
    const mean = values.length === 1 && values[0] != null ? values[0] : sum.div(values.length);
    const cmp = k.compareRounded ? roundCapaian(mean, pack) : mean;
    rating = ratingOfCapaian(cmp, pack);
    capaian = toCanonical(mean);
    compared = cmp === mean ? capaian : toCanonical(cmp);
  } else {
    let lowest = 2;
    for (const i of indikator) {
      const o = RATING_ORDINAL[i.rating];
      if (o < lowest) lowest = o;
    }
    rating = RATINGS[lowest]!;
  }
  trace.steps.push({
    kind: 'rating_rhk',
    rhkId,
    jenis,
    method: k.indikatorAggregation,
    indikator,
    capaian,
    compared,
    rating,
  });
  return rating;
}

/**
 * The input of {@link ratingRhkFromCapaian}.
 *
 * @example
 * ```ts
 * const input: RatingRhkFromCapaianInput = { rhkId: 'rhk-1', indikator: [{ capaian: '104' }, { capaian: null }] };
 * ```
 */
export interface RatingRhkFromCapaianInput {
  readonly rhkId?: string;
  readonly jenis?: JenisRhk;
  /** The capaian of each indikator in percent; `null` when it has no realisasi. */
  readonly indikator: readonly { readonly indikatorId?: string; readonly capaian: string | number | null }[];
}

/**
 * The rating of an RHK from its indikator's capaian.
 *
 * @example
 * ```ts
 * const r = ratingRhkFromCapaian({ indikator: [{ capaian: '110' }, { capaian: '100' }] });
 * if (r.ok) r.value.capaian; // '105'
 * ```
 */
export interface RatingRhkFromCapaian {
  readonly rhkId?: string;
  readonly rating: Rating;
  /** The mean capaian (`MEAN_CAPAIAN`), or `null` (`LOWEST_RATING`). */
  readonly capaian: string | null;
  readonly trace: Trace;
}

const InputSchema = z.object({
  rhkId: IdSchema.optional(),
  jenis: JenisRhkSchema.optional(),
  indikator: z
    .array(z.object({ indikatorId: IdSchema.optional(), capaian: DecimalStringSchema.nullable() }))
    .min(1),
});

/**
 * The rating of a rencana hasil kerja (RHK) from the capaian of its indikator, per the pack's
 * `kuantitatif.indikatorAggregation`:
 * `MEAN_CAPAIAN` rates the mean capaian with the thresholds,
 *
 * $$\bar C = \frac{1}{m}\sum_{j=1}^{m} C_j$$
 *
 * (an indikator without realisasi, `capaian: null`, counts as 0); `LOWEST_RATING` takes the
 * lowest indikator rating (without realisasi: di bawah). 6/2022 sets no weights between
 * indikator, so none are applied.
 *
 * @param input - the indikator's capaian (at least one); validated.
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @returns the RHK rating with a trace, or the issues.
 * @example
 * ```ts
 * const r = ratingRhkFromCapaian({ indikator: [{ capaian: '104' }, { capaian: '97' }] });
 * if (r.ok) r.value.rating; // 'SESUAI_EKSPEKTASI' (mean 100.5)
 * ```
 */
export function ratingRhkFromCapaian(
  input: RatingRhkFromCapaianInput,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<RatingRhkFromCapaian> {
  const parsed = parseWith(InputSchema, input);
  if (!parsed.ok) return parsed;
  const { rhkId, jenis } = parsed.value;
  const k = pack.definition.kuantitatif;
  const trace = newTrace(pack);
  const values: (Decimal | null)[] = [];
  const indikator: IndikatorRated[] = [];
  for (const i of parsed.value.indikator) {
    let rating: Rating = 'DI_BAWAH_EKSPEKTASI';
    let value: Decimal | null = null;
    if (i.capaian !== null) {
      value = new Decimal(i.capaian);
      const rounded = roundCapaian(value, pack);
      const cmp = k.compareRounded ? rounded : value;
      rating = ratingOfCapaian(cmp, pack);
      trace.steps.push({
        kind: 'rating_indikator',
        indikatorId: i.indikatorId,
        compared: toCanonical(cmp),
        compareRounded: k.compareRounded,
        thresholds: k.ratingThresholds,
        rating,
      });
    }
    values.push(value);
    indikator.push({ indikatorId: i.indikatorId, capaian: i.capaian, rating });
  }
  const rating = rateRhk(rhkId, jenis, indikator, values, pack, trace);
  const step = trace.steps[trace.steps.length - 1];
  const capaian = step?.kind === 'rating_rhk' ? step.capaian : null;
  return ok(rhkId === undefined ? { rating, capaian, trace } : { rhkId, rating, capaian, trace });
}
