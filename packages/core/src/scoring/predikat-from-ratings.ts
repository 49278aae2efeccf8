import { KinerjaError } from '../errors/kinerja-error';
import type { Predikat, Rating } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { RATING_ORDINAL, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { newTrace, type Trace } from './trace';

const describe = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : typeof v);

/**
 * The predikat of a pair of ratings and the trace of the lookup.
 *
 * @example
 * ```ts
 * const { predikat, trace } = predikatFromRatings('SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'); // 'BAIK'
 * ```
 */
export interface PredikatFromRatings {
  readonly predikat: Predikat;
  readonly trace: Trace;
}

/**
 * @internal The matrix kernel: ratings already known to be ratings. Appends a
 * `matriks_predikat` step.
 */
export function lookupPredikat(
  ratingHasilKerja: Rating,
  ratingPerilakuKerja: Rating,
  pack: RulePack62022,
  trace: Trace,
): Predikat {
  const cell = RATING_ORDINAL[ratingHasilKerja] * 3 + RATING_ORDINAL[ratingPerilakuKerja];
  const predikat = pack.compiled.matrix[cell]!;
  trace.steps.push({ kind: 'matriks_predikat', ratingHasilKerja, ratingPerilakuKerja, cell, predikat });
  return predikat;
}

/**
 * The predikat kinerja pegawai from the rating hasil kerja (row) and the rating perilaku kerja
 * (column), by the pack's matrix (§1.7 of PermenPANRB 6/2022). In rule form, for the built-in
 * pack: perilaku di bawah ⇒ `KURANG` (Kurang/Misconduct) unless hasil is also di bawah
 * (⇒ `SANGAT_KURANG`); hasil di bawah ⇒ `BUTUH_PERBAIKAN`; both di atas ⇒ `SANGAT_BAIK`; else `BAIK`.
 *
 * A typed kernel for callers that hold ratings already; outside data goes through
 * {@link evaluateTahunan} / {@link evaluatePeriodik}, which validate and answer with issues.
 *
 * @param ratingHasilKerja - the rating hasil kerja.
 * @param ratingPerilakuKerja - the rating perilaku kerja.
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @returns the predikat and a trace with one `matriks_predikat` step.
 * @throws {@link KinerjaError} `invalid_rating` when either argument is not a rating at run time.
 * @example
 * ```ts
 * predikatFromRatings('DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI').predikat; // 'BAIK'
 * predikatFromRatings('DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI').predikat; // 'SANGAT_KURANG'
 * ```
 */
export function predikatFromRatings(
  ratingHasilKerja: Rating,
  ratingPerilakuKerja: Rating,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): PredikatFromRatings {
  if (
    typeof RATING_ORDINAL[ratingHasilKerja] !== 'number' ||
    typeof RATING_ORDINAL[ratingPerilakuKerja] !== 'number'
  ) {
    throw new KinerjaError(
      'invalid_rating',
      `not a rating: ${describe(ratingHasilKerja)} / ${describe(ratingPerilakuKerja)}`,
    );
  }
  const trace = newTrace(pack);
  const predikat = lookupPredikat(ratingHasilKerja, ratingPerilakuKerja, pack, trace);
  return { predikat, trace };
}
