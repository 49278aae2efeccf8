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
 * @internal The suggestion kernel (§1.5, decision 0002): no validation. Appends a
 * `saran_rating_hasil_kerja` step.
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
  const c = pack.compiled;
  // share > fraction ⇔ count > fraction × n: exact, without a division.
  const majorityOfAll = c.majority.times(rhk.length);
  let rule: SaranRatingHasilKerjaStep['rule'];
  let rating: Rating;
  if (utamaDiBawah === 0 && majorityOfAll.lt(diAtas)) {
    rule = 'MAJORITY_DI_ATAS';
    rating = 'DI_ATAS_EKSPEKTASI';
  } else if (majorityOfAll.lt(diBawah)) {
    rule = 'MAJORITY_DI_BAWAH';
    rating = 'DI_BAWAH_EKSPEKTASI';
  } else if (utamaDiBawah === 0 || c.minority.times(utama).gt(utamaDiBawah)) {
    rule = 'MINORITY_UTAMA_DI_BAWAH';
    rating = 'SESUAI_EKSPEKTASI';
  } else {
    rule = 'UTAMA_DI_BAWAH';
    rating = 'DI_BAWAH_EKSPEKTASI';
  }
  const counts: RatingCounts = { rhk: rhk.length, diAtas, sesuai, diBawah, utama, utamaDiBawah };
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
