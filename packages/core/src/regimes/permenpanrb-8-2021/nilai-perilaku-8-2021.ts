import { z } from 'zod';
import { Decimal, toCanonical } from '../../decimal/decimal';
import { roundDecimal, ZERO } from '../../decimal/rounding';
import { parseWith } from '../../issues/from-zod';
import { type Issue, type IssuePath, issue } from '../../issues/issue';
import { fail, ok, type Result } from '../../issues/result';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import type { SkemaPerilaku82021 } from '../../rules/permenpanrb-8-2021/schema';
import { NonNegativeDecimalSchema } from './non-negative-decimal';
import { newTrace82021, type Trace82021 } from './trace-8-2021';

/**
 * The ratings of perilaku kerja for {@link nilaiPerilaku82021}: the atasan's (the pejabat
 * penilai's) nilai, and under a 360° assessment the nilai of each rekan kerja (peer) and of each
 * bawahan (subordinate); decimals ≥ 0, at most the pack's `perilaku.maximum` (120).
 *
 * @example
 * ```ts
 * PenilaianPerilaku82021Schema.parse({ atasan: '100', rekan: ['90', '110'], bawahan: ['100'] });
 * ```
 */
export const PenilaianPerilaku82021Schema = z.strictObject({
  atasan: NonNegativeDecimalSchema,
  rekan: z.array(NonNegativeDecimalSchema).default([]),
  bawahan: z.array(NonNegativeDecimalSchema).default([]),
});

/**
 * The ratings of perilaku kerja, as written.
 *
 * @example
 * ```ts
 * const input: PenilaianPerilaku82021Input = { atasan: 100, rekan: ['90'] };
 * ```
 */
export type PenilaianPerilaku82021Input = z.input<typeof PenilaianPerilaku82021Schema>;

/**
 * The ratings of perilaku kerja, validated (canonical decimal strings).
 *
 * @example
 * ```ts
 * const p: PenilaianPerilaku82021 = { atasan: '100', rekan: [], bawahan: [] };
 * ```
 */
export type PenilaianPerilaku82021 = z.output<typeof PenilaianPerilaku82021Schema>;

/**
 * The nilai perilaku under 8/2021, with a trace.
 *
 * @example
 * ```ts
 * const r = nilaiPerilaku82021({ atasan: '100', rekan: ['90'], bawahan: ['110'] }, true);
 * if (r.ok) r.value.skema; // 'ATASAN_REKAN_BAWAHAN'
 * ```
 */
export interface NilaiPerilaku82021 {
  readonly skema: SkemaPerilaku82021;
  /** The exact nilai perilaku. */
  readonly nilai: string;
  /** Rounded per the pack's `rounding.nilai` (presentation only). */
  readonly nilaiDibulatkan: string;
  readonly trace: Trace82021;
}

/** @internal Ratings above the pack's maximum, as `too_big` issues. */
export function perilakuAboveMaximum(
  p: PenilaianPerilaku82021,
  pack: RulePack82021,
  path: IssuePath,
): Issue[] {
  const max = pack.compiled.perilakuMaximum;
  const issues: Issue[] = [];
  const check = (v: string, at: IssuePath) => {
    if (new Decimal(v).gt(max)) {
      issues.push(
        issue('too_big', [...path, ...at], { maximum: max.toFixed(), inclusive: true, origin: 'number' }),
      );
    }
  };
  check(p.atasan, ['atasan']);
  p.rekan.forEach((v, i) => {
    check(v, ['rekan', i]);
  });
  p.bawahan.forEach((v, i) => {
    check(v, ['bawahan', i]);
  });
  return issues;
}

function sum(values: readonly string[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

function mean(values: readonly string[]): Decimal | null {
  return values.length === 0 ? null : sum(values).div(values.length);
}

/**
 * @internal The perilaku kernel (ratings validated): appends a `nilai_perilaku_82021` step (and a
 * `penilaian_360_ignored` warning).
 */
export function computeNilaiPerilaku82021(
  p: PenilaianPerilaku82021,
  penilaian360: boolean,
  pack: RulePack82021,
  trace: Trace82021,
  path: IssuePath,
): { readonly skema: SkemaPerilaku82021; readonly nilai: Decimal } {
  if (!penilaian360 && (p.rekan.length > 0 || p.bawahan.length > 0)) {
    trace.flags.push(
      issue('penilaian_360_ignored', path, { rekan: p.rekan.length, bawahan: p.bawahan.length }, 'warning'),
    );
  }
  const rekan = penilaian360 ? p.rekan : [];
  const bawahan = penilaian360 ? p.bawahan : [];
  const skema: SkemaPerilaku82021 =
    rekan.length > 0
      ? bawahan.length > 0
        ? 'ATASAN_REKAN_BAWAHAN'
        : 'ATASAN_REKAN'
      : bawahan.length > 0
        ? 'ATASAN_BAWAHAN'
        : 'ATASAN';
  const w = pack.compiled.perilakuWeights[skema];
  const rataRataRekan = mean(rekan);
  const rataRataBawahan = mean(bawahan);
  // One division over a common denominator (nR × nB), so the nilai is exact up to the last digit.
  const nR = Math.max(rekan.length, 1);
  const nB = Math.max(bawahan.length, 1);
  const nilai = new Decimal(p.atasan)
    .times(w.atasan)
    .times(nR * nB)
    .plus(sum(rekan).times(w.rekan).times(nB))
    .plus(sum(bawahan).times(w.bawahan).times(nR))
    .div(nR * nB);
  trace.steps.push({
    kind: 'nilai_perilaku_82021',
    penilaian360,
    skema,
    atasan: p.atasan,
    rekan,
    bawahan,
    rataRataRekan: rataRataRekan === null ? null : toCanonical(rataRataRekan),
    rataRataBawahan: rataRataBawahan === null ? null : toCanonical(rataRataBawahan),
    bobot: pack.definition.perilaku.weights[skema],
    nilai: toCanonical(nilai),
  });
  return { skema, nilai };
}

/**
 * The nilai perilaku (behaviour score) under PP 30/2019 and PermenPANRB 8/2021. Where the
 * instansi applies the 360° assessment (`penilaian360`), the atasan's nilai and the means of the
 * rekan's and the bawahan's nilai are weighted by the pack's `perilaku.weights` for who rated:
 *
 * | Who rated | Weights (default) |
 * |---|---|
 * | atasan, rekan, bawahan | 60 / 20 / 20 |
 * | atasan, rekan | 60 / 40 |
 * | atasan, bawahan | 60 / 40 |
 * | atasan alone | 100 |
 *
 * These weights are not in PP 30/2019: they follow one agency implementation [V S20,
 * implementation only], and "atasan, bawahan" is this library's choice (decision 0010).
 * Without the 360° assessment the nilai is the atasan's alone (8/2021 p. 75), and given peer or
 * subordinate nilai are flagged `penilaian_360_ignored`.
 *
 * @param input - see {@link PenilaianPerilaku82021Schema}; validated.
 * @param penilaian360 - whether the instansi applies the 360° assessment.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns who rated, the exact and the rounded nilai perilaku with a trace, or the issues
 *   (`too_small`, `too_big` above `perilaku.maximum`, shape issues).
 * @example
 * ```ts
 * const r = nilaiPerilaku82021({ atasan: '100', rekan: ['90', '110'] }, true);
 * if (r.ok) r.value.nilai; // '100' (60 % × 100 + 40 % × 100)
 * ```
 */
export function nilaiPerilaku82021(
  input: PenilaianPerilaku82021Input,
  penilaian360: boolean,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): Result<NilaiPerilaku82021> {
  const parsed = parseWith(PenilaianPerilaku82021Schema, input);
  if (!parsed.ok) return parsed;
  const issues = perilakuAboveMaximum(parsed.value, pack, []);
  if (issues.length > 0) return fail(issues);
  const trace = newTrace82021(pack);
  const r = computeNilaiPerilaku82021(parsed.value, penilaian360, pack, trace, []);
  return ok({
    skema: r.skema,
    nilai: toCanonical(r.nilai),
    nilaiDibulatkan: toCanonical(roundDecimal(r.nilai, pack.definition.rounding.nilai)),
    trace,
  });
}
