import { Decimal, toCanonical } from '../decimal/decimal';
import { KinerjaError } from '../errors/kinerja-error';
import { RATINGS, type Rating } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { RATING_ORDINAL, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { AgregasiStep, RatingAspect } from './trace';

/**
 * @internal The aggregation kernel: ratings already known to be ratings, at least one, in
 * period order. The step keeps a reference to `ratings`.
 */
export function aggregateKernel(
  ratings: readonly Rating[],
  pack: RulePack62022,
  aspect: RatingAspect,
): { readonly rating: Rating; readonly step: AgregasiStep } {
  const annual = pack.definition.annual;
  let rating: Rating;
  let mean: string | null = null;
  let tie: AgregasiStep['tie'] = null;
  if (annual.method === 'LAST') {
    rating = ratings[ratings.length - 1]!;
  } else if (annual.method === 'MEAN') {
    // Scores 1 (di bawah), 2 (sesuai), 3 (di atas); the mean is exact (40 digits).
    let sum = 0;
    for (const r of ratings) sum += RATING_ORDINAL[r] + 1;
    const m = new Decimal(sum).div(ratings.length);
    const c = pack.compiled;
    rating = m.gte(c.meanDiAtas)
      ? 'DI_ATAS_EKSPEKTASI'
      : m.gte(c.meanSesuai)
        ? 'SESUAI_EKSPEKTASI'
        : 'DI_BAWAH_EKSPEKTASI';
    mean = toCanonical(m);
  } else {
    const counts = [0, 0, 0];
    for (const r of ratings) counts[RATING_ORDINAL[r]]!++;
    const top = Math.max(counts[0]!, counts[1]!, counts[2]!);
    const tied = (counts[0] === top ? 1 : 0) + (counts[1] === top ? 1 : 0) + (counts[2] === top ? 1 : 0);
    if (tied > 1) tie = annual.modeTie;
    if (tied > 1 && annual.modeTie === 'LATEST') {
      let i = ratings.length - 1;
      while (counts[RATING_ORDINAL[ratings[i]!]] !== top) i--;
      rating = ratings[i]!;
    } else {
      // The only most frequent rating, or the lowest of the tied ones.
      rating = RATINGS[counts.indexOf(top)]!;
    }
  }
  return {
    rating,
    step: {
      kind: 'agregasi',
      aspect,
      method: annual.method,
      ratings,
      mean,
      thresholds: annual.method === 'MEAN' ? annual.meanThresholds : null,
      tie,
      rating,
    },
  };
}

/**
 * Combines periodic ratings (in period order) into one, per the pack's `annual` rule
 * (built-in: `MEAN`, decision 0003):
 *
 * - `MEAN`: scores 1 (di bawah), 2 (sesuai), 3 (di atas), the exact mean
 *   $$\bar s = \frac{1}{n}\sum_{i=1}^{n} s_i$$
 *   then `≥ meanThresholds.diAtasEkspektasi` → di atas, `≥ sesuaiEkspektasi` → sesuai, else di
 *   bawah (built-in 2.5 and 1.5: [3,3,2,2] → di atas, [2,2,1,1] → sesuai);
 * - `MODE`: the most frequent rating; a tie goes to the latest of the tied ratings (`LATEST`) or
 *   the lowest (`LOWEST`), per `modeTie`;
 * - `LAST`: the rating of the last period (TRIWULAN IV-AKHIR).
 *
 * @param ratings - the periodic ratings in period order, at least one.
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @param aspect - which rating this is, for the trace (default `hasil_kerja`).
 * @returns the rating and the `agregasi` trace step.
 * @throws {@link KinerjaError} `empty_ratings` for an empty list, `invalid_rating` for a value
 *   that is not a rating at run time.
 * @example
 * ```ts
 * aggregateRatings(['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI']).rating;
 * // 'DI_ATAS_EKSPEKTASI' (mean 2.5)
 * ```
 */
export function aggregateRatings(
  ratings: readonly Rating[],
  pack: RulePack62022 = PERMENPANRB_6_2022,
  aspect: RatingAspect = 'hasil_kerja',
): { readonly rating: Rating; readonly step: AgregasiStep } {
  const list: unknown = ratings;
  if (!Array.isArray(list) || list.length === 0) {
    throw new KinerjaError('empty_ratings', 'aggregateRatings needs at least one rating');
  }
  for (const r of ratings) {
    if (typeof RATING_ORDINAL[r] !== 'number') {
      throw new KinerjaError(
        'invalid_rating',
        `not a rating: ${typeof r === 'string' ? JSON.stringify(r) : typeof r}`,
      );
    }
  }
  return aggregateKernel(ratings.slice(), pack, aspect);
}
