import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import { ok, type Result } from '../issues/result';
import { IdSchema } from '../model/ids';
import { type Rating, RatingSchema } from '../model/predikat';
import { JenisRhkSchema } from '../model/rencana-hasil-kerja';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import {
  newTrace,
  type RatingCounts,
  type RatingRhkEntry,
  type SaranRatingHasilKerjaStep,
  type Trace,
} from './trace';

/**
 * The suggested rating hasil kerja, the RHK counts it rests on, and the trace.
 *
 * @example
 * ```ts
 * const r = saranRatingHasilKerja([{ rhkId: 'rhk-1', jenis: 'UTAMA', rating: 'DI_BAWAH_EKSPEKTASI' }]);
 * if (r.ok) r.value.counts.utamaDiBawah; // 1
 * ```
 */
export interface SaranRatingHasilKerja {
  readonly rating: Rating;
  readonly counts: RatingCounts;
  readonly trace: Trace;
}

/**
 * @internal The rule of §1.5 that decided a suggestion, and the rating it suggests.
 *
 * @example
 * ```ts
 * const s: SaranOfCounts = { rule: 'UTAMA_DI_BAWAH', rating: 'DI_BAWAH_EKSPEKTASI' };
 * ```
 */
export interface SaranOfCounts {
  readonly rule: SaranRatingHasilKerjaStep['rule'];
  readonly rating: Rating;
}

/**
 * @internal The suggestion rule on the RHK counts alone (see {@link saranRatingHasilKerja}): the
 * shares are compared exactly (count > fraction × n, without a division).
 *
 * @param counts - the counts of the RHK ratings.
 * @param pack - the rule pack.
 * @returns the rule that held and the suggested rating.
 * @example
 * ```ts
 * const counts = { rhk: 300, diAtas: 0, sesuai: 284, diBawah: 16, utama: 20, utamaDiBawah: 15 };
 * saranOfCounts(counts, PERMENPANRB_6_2022).rule; // 'UTAMA_DI_BAWAH' (15 of 20 utama di bawah)
 * ```
 */
export function saranOfCounts(counts: RatingCounts, pack: RulePack62022): SaranOfCounts {
  const { diAtas, diBawah, utama, utamaDiBawah } = counts;
  const c = pack.compiled;
  const majorityOfAll = c.majority.times(counts.rhk);
  if (utamaDiBawah === 0 && majorityOfAll.lt(diAtas)) {
    return { rule: 'MAJORITY_DI_ATAS', rating: 'DI_ATAS_EKSPEKTASI' };
  }
  if (majorityOfAll.lt(diBawah)) return { rule: 'MAJORITY_DI_BAWAH', rating: 'DI_BAWAH_EKSPEKTASI' };
  if (utamaDiBawah === 0 || c.minority.times(utama).gt(utamaDiBawah)) {
    return { rule: 'MINORITY_UTAMA_DI_BAWAH', rating: 'SESUAI_EKSPEKTASI' };
  }
  return { rule: 'UTAMA_DI_BAWAH', rating: 'DI_BAWAH_EKSPEKTASI' };
}

/**
 * @internal The suggestion kernel (§1.5, decision 0002): no validation. Counts the ratings,
 * applies {@link saranOfCounts} and appends a `saran_rating_hasil_kerja` step.
 *
 * @param rhk - at least one RHK rating.
 * @param basis - whether the ratings are the penilai's or computed from capaian.
 */
export function suggestRatingHasilKerja(
  rhk: readonly RatingRhkEntry[],
  basis: SaranRatingHasilKerjaStep['basis'],
  pack: RulePack62022,
  trace: Trace,
): { readonly rating: Rating; readonly counts: RatingCounts } {
  let diAtas = 0;
  let sesuai = 0;
  let diBawah = 0;
  let utama = 0;
  let utamaDiBawah = 0;
  for (const r of rhk) {
    const isUtama = r.jenis === 'UTAMA';
    if (isUtama) utama++;
    if (r.rating === 'DI_ATAS_EKSPEKTASI') diAtas++;
    else if (r.rating === 'SESUAI_EKSPEKTASI') sesuai++;
    else {
      diBawah++;
      if (isUtama) utamaDiBawah++;
    }
  }
  const counts: RatingCounts = { rhk: rhk.length, diAtas, sesuai, diBawah, utama, utamaDiBawah };
  const { rule, rating } = saranOfCounts(counts, pack);
  const k = pack.definition.kuantitatif;
  trace.steps.push({
    kind: 'saran_rating_hasil_kerja',
    basis,
    rhk,
    counts,
    majority: k.majority,
    minority: k.minority,
    rule,
    rating,
  });
  return { rating, counts };
}

const InputSchema = z
  .array(z.object({ rhkId: IdSchema, jenis: JenisRhkSchema, rating: RatingSchema }))
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (seen.has(r.rhkId)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'rhkId'],
          message: 'duplicate_id',
          params: { code: 'duplicate_id', params: { id: r.rhkId } },
        });
      }
      seen.add(r.rhkId);
    });
  });

/**
 * The rating hasil kerja suggested by the ratings of the RHK (§1.5: "sebagian besar atau
 * seluruh hasil kerja …", no weights between RHK; decision 0002). With n = all RHK, utama and
 * tambahan, the first rule that holds:
 *
 * 1. di atas / n > `majority` and no RHK utama di bawah → `DI_ATAS_EKSPEKTASI`;
 * 2. di bawah / n > `majority` → `DI_BAWAH_EKSPEKTASI`;
 * 3. no RHK utama di bawah, or utama di bawah / utama < `minority` → `SESUAI_EKSPEKTASI`;
 * 4. otherwise (too many RHK utama di bawah) → `DI_BAWAH_EKSPEKTASI`.
 *
 * The shares are compared exactly (count > fraction × n). An SKP without RHK utama passes rule 3.
 * The result never depends on the order of the list, and raising one RHK's rating never lowers it.
 *
 * @param rhk - the RHK with their kind and rating; validated (at least one, ids unique).
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @returns the suggestion, the counts and a trace; or `too_small` for an empty list, and the
 *   shape issues of a malformed one.
 * @example
 * ```ts
 * const r = saranRatingHasilKerja([
 *   { rhkId: 'rhk-1', jenis: 'UTAMA', rating: 'DI_ATAS_EKSPEKTASI' },
 *   { rhkId: 'rhk-2', jenis: 'UTAMA', rating: 'DI_ATAS_EKSPEKTASI' },
 *   { rhkId: 'rhk-3', jenis: 'TAMBAHAN', rating: 'SESUAI_EKSPEKTASI' },
 * ]);
 * if (r.ok) r.value.rating; // 'DI_ATAS_EKSPEKTASI'
 * ```
 */
export function saranRatingHasilKerja(
  rhk: readonly RatingRhkEntry[],
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<SaranRatingHasilKerja> {
  const parsed = parseWith(InputSchema, rhk);
  if (!parsed.ok) return parsed;
  const trace = newTrace(pack);
  const { rating, counts } = suggestRatingHasilKerja(parsed.value, 'RATING_RHK', pack, trace);
  return ok({ rating, counts, trace });
}
