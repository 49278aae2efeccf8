import { z } from 'zod';
import { Decimal } from '../decimal/decimal';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { parseWith } from '../issues/from-zod';
import { type Issue, type IssuePath, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { IdSchema } from '../model/ids';
import { type Polaritas, PolaritasSchema, type Target, TargetSchema } from '../model/indikator';
import type { Rating } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { computeCapaian, toTargetDecimal } from './compute-capaian';
import { newTrace, type Trace } from './trace';

/**
 * The input of {@link capaianIndikator}.
 *
 * @example
 * ```ts
 * const input: CapaianIndikatorInput = { target: { jenis: 'TUNGGAL', nilai: '95' }, realisasi: '93' };
 * ```
 */
export interface CapaianIndikatorInput {
  readonly target: Target;
  /** A decimal string (`'6.5'`) or a finite number. */
  readonly realisasi: string | number;
  /** Default `MAKSIMALISASI`. */
  readonly polaritas?: Polaritas;
  readonly indikatorId?: string;
}

/**
 * The capaian of one indikator kinerja individu, its rating and how it was reached.
 *
 * @example
 * ```ts
 * const r = capaianIndikator({ target: { jenis: 'TUNGGAL', nilai: '85' }, realisasi: 85 });
 * if (r.ok) r.value.rating; // 'SESUAI_EKSPEKTASI'
 * ```
 */
export interface CapaianIndikator {
  readonly indikatorId?: string;
  /** The exact capaian in percent, canonical (`'107.1428571428571428571428571428571428571'`). */
  readonly capaian: string;
  /** The capaian rounded per the pack's `rounding.capaian` (`'107.14'`). */
  readonly capaianDibulatkan: string;
  readonly rating: Rating;
  readonly trace: Trace;
}

const InputSchema = z.object({
  target: TargetSchema,
  realisasi: DecimalStringSchema,
  polaritas: PolaritasSchema.optional(),
  indikatorId: IdSchema.optional(),
});

/** @internal A `too_small` issue for a value that must be ≥ 0. */
export function negativeIssue(path: IssuePath): Issue {
  return issue('too_small', path, { minimum: '0', inclusive: true, origin: 'number' });
}

/**
 * @internal The paths of the negative values of a (validated, canonical) numeric target.
 */
export function negativeTargetIssues(target: Target, path: IssuePath, out: Issue[]): void {
  if (target.jenis === 'TUNGGAL') {
    if (target.nilai.startsWith('-')) out.push(negativeIssue([...path, 'nilai']));
  } else if (target.jenis === 'RENTANG') {
    if (target.min.startsWith('-')) out.push(negativeIssue([...path, 'min']));
    if (target.max.startsWith('-')) out.push(negativeIssue([...path, 'max']));
  }
}

/**
 * The capaian of one indikator kinerja individu (IKI) from its target and realisasi, with the
 * formulas of PermenPANRB 8/2021 (Lampiran BAB VI), which 6/2022 leaves to the agencies
 * (decision 0007):
 *
 * $$\text{MAKSIMALISASI: } C = \frac{R}{T} \times 100 \qquad \text{MINIMALISASI: } C = \left(2 - \frac{R}{T}\right) \times 100$$
 *
 * A range target `[min, max]` gives 100 for a realisasi inside it; above it the formula uses
 * `max`, below it `min` (so 70 vs 80–90 → 87.5; lower-is-better 6.5 vs 7–8 → 107.14…, 9 vs 7–8 →
 * 87.5). The capaian is raised to the pack's `capaianFloor` and lowered to its `capaianCeiling`
 * (a `capaian_clamped` warning in `trace.flags`), rounded per `rounding.capaian`, and rated with
 * `kuantitatif.ratingThresholds` (inclusive lower bounds), comparing the rounded value when
 * `compareRounded`.
 *
 * Choices: realisasi and target must be ≥ 0 (`too_small`); a zero target value where the formula
 * divides by it is `target_zero` (a range `[0, x]` still works for a realisasi inside it); a
 * narrative target is `target_not_numeric`.
 *
 * @param input - target, realisasi, polarity (default `MAKSIMALISASI`) and an optional id; validated.
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @returns the capaian, its rounded value and rating with a trace, or the issues.
 * @example
 * ```ts
 * const r = capaianIndikator({ target: { jenis: 'RENTANG', min: '7', max: '8' }, realisasi: '6.5', polaritas: 'MINIMALISASI' });
 * if (r.ok) r.value.capaianDibulatkan; // '107.14'
 * ```
 */
export function capaianIndikator(
  input: CapaianIndikatorInput,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<CapaianIndikator> {
  const parsed = parseWith(InputSchema, input);
  if (!parsed.ok) return parsed;
  const { target, realisasi, indikatorId } = parsed.value;
  const polaritas = parsed.value.polaritas ?? 'MAKSIMALISASI';
  if (target.jenis === 'NARATIF') {
    return fail([issue('target_not_numeric', ['target'], { indikatorId: indikatorId ?? '' })]);
  }
  const issues: Issue[] = [];
  if (realisasi.startsWith('-')) issues.push(negativeIssue(['realisasi']));
  negativeTargetIssues(target, ['target'], issues);
  if (issues.length > 0) return fail(issues);

  const trace = newTrace(pack);
  const c = computeCapaian(
    toTargetDecimal(target),
    target,
    new Decimal(realisasi),
    realisasi,
    polaritas,
    pack,
    indikatorId,
    trace,
    [],
  );
  if (c === null) {
    const at = target.jenis === 'TUNGGAL' ? 'nilai' : 'max';
    return fail([issue('target_zero', ['target', at], { indikatorId: indikatorId ?? '' })]);
  }
  const value: CapaianIndikator = {
    capaian: c.capaianText,
    capaianDibulatkan: c.dibulatkanText,
    rating: c.rating,
    trace,
  };
  return ok(indikatorId === undefined ? value : { indikatorId, ...value });
}
