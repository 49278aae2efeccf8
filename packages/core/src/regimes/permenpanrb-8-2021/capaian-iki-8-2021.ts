import { z } from 'zod';
import { Decimal, toCanonical } from '../../decimal/decimal';
import { DecimalStringSchema } from '../../decimal/decimal-string';
import { roundDecimal } from '../../decimal/rounding';
import { parseWith } from '../../issues/from-zod';
import { type Issue, type IssuePath, issue } from '../../issues/issue';
import { fail, ok, type Result } from '../../issues/result';
import { IdSchema } from '../../model/ids';
import { type Polaritas, PolaritasSchema, type Target, TargetSchema } from '../../model/indikator';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { boundedCapaian, referenceText, type TargetDecimal } from '../../scoring/capaian-formula';
import { negativeIssue, negativeTargetIssues } from '../../scoring/capaian-indikator';
import { toTargetDecimal } from '../../scoring/compute-capaian';
import type { TargetNumerik } from '../../scoring/trace';
import { newTrace82021, type Trace82021 } from './trace-8-2021';

/**
 * The input of {@link capaianIki82021}.
 *
 * @example
 * ```ts
 * const input: CapaianIki82021Input = { target: { jenis: 'RENTANG', min: '80', max: '90' }, realisasi: '70' };
 * ```
 */
export interface CapaianIki82021Input {
  readonly target: Target;
  /** A decimal string (`'6.5'`) or a finite number. */
  readonly realisasi: string | number;
  /** `MAKSIMALISASI` (8/2021 "normal", default) or `MINIMALISASI` ("khusus", lower is better). */
  readonly polaritas?: Polaritas;
  readonly indikatorId?: string;
}

/**
 * The capaian of one IKI under 8/2021, with its trace.
 *
 * @example
 * ```ts
 * const r = capaianIki82021({ target: { jenis: 'TUNGGAL', nilai: '95' }, realisasi: '93' });
 * if (r.ok) r.value.capaianDibulatkan; // '97.89'
 * ```
 */
export interface CapaianIki82021 {
  readonly indikatorId?: string;
  /** The exact capaian in percent, canonical. */
  readonly capaian: string;
  /** The capaian rounded per the pack's `rounding.capaian` (presentation only). */
  readonly capaianDibulatkan: string;
  readonly trace: Trace82021;
}

/** @internal The capaian of one IKI, as a decimal and as text. */
export interface CapaianIki82021Computed {
  readonly capaian: Decimal;
  readonly capaianText: string;
  readonly dibulatkanText: string;
}

/**
 * @internal The capaian kernel of 8/2021 (no validation): inputs must be non-negative. Appends a
 * `capaian_iki_82021` step (and a `capaian_clamped` warning) to `trace`.
 *
 * $$C_{normal} = \frac{R \times 100}{T} \qquad C_{khusus} = 200 - \frac{R \times 100}{T}$$
 *
 * computed with one division. Returns `null` when the target value the formula needs is zero.
 */
export function computeCapaianIki82021(
  target: TargetDecimal,
  targetTrace: TargetNumerik,
  realisasi: Decimal,
  realisasiText: string,
  polaritas: Polaritas,
  pack: RulePack82021,
  indikatorId: string | undefined,
  trace: Trace82021,
  path: IssuePath,
): CapaianIki82021Computed | null {
  const r = boundedCapaian(target, realisasi, polaritas, pack.compiled, indikatorId, trace.flags, path);
  if (r === null) return null;
  const { capaian, rawText, capaianText } = r;
  const dibulatkanText = toCanonical(roundDecimal(capaian, pack.definition.rounding.capaian));
  trace.steps.push({
    kind: 'capaian_iki_82021',
    indikatorId,
    polaritas,
    target: targetTrace,
    realisasi: realisasiText,
    formula: r.formula,
    reference: referenceText(targetTrace, r.reference),
    raw: rawText,
    capaian: capaianText,
    capaianDibulatkan: dibulatkanText,
  });
  return { capaian, capaianText, dibulatkanText };
}

/**
 * @internal Checks a validated target and realisasi for what the formula cannot take: a
 * narrative target (`target_not_numeric`) and negative numbers (`too_small`).
 */
export function checkIki82021(
  target: Target,
  realisasi: string,
  indikatorId: string | undefined,
  path: IssuePath,
  issues: Issue[],
): target is Exclude<Target, { jenis: 'NARATIF' }> {
  if (target.jenis === 'NARATIF') {
    issues.push(issue('target_not_numeric', [...path, 'target'], { indikatorId: indikatorId ?? '' }));
    return false;
  }
  const before = issues.length;
  if (realisasi.startsWith('-')) issues.push(negativeIssue([...path, 'realisasi']));
  negativeTargetIssues(target, [...path, 'target'], issues);
  return issues.length === before;
}

/** @internal The `target_zero` issue of an IKI whose formula would divide by zero. */
export function targetZeroIssue(
  target: TargetNumerik,
  indikatorId: string | undefined,
  path: IssuePath,
): Issue {
  const at = target.jenis === 'TUNGGAL' ? 'nilai' : 'max';
  return issue('target_zero', [...path, 'target', at], { indikatorId: indikatorId ?? '' });
}

const InputSchema = z.strictObject({
  target: TargetSchema,
  realisasi: DecimalStringSchema,
  polaritas: PolaritasSchema.optional(),
  indikatorId: IdSchema.optional(),
});

/**
 * The capaian of one indikator kinerja individu (IKI) under PermenPANRB 8/2021 (Lampiran BAB VI,
 * §2.2), with R the realisasi and T the target:
 *
 * $$\text{normal: } C = \frac{R}{T} \times 100 \qquad \text{khusus (lower is better): } C = \left(1 + \left(1 - \frac{R}{T}\right)\right) \times 100$$
 *
 * A range target `[min, max]` gives 100 for a realisasi inside it; above it the formula uses
 * `max`, below it `min`: 70 vs 80–90 → 87.5; lower-is-better 6.5 vs 7–8 → 107.14…; 9 vs 7–8 →
 * 87.5. (The printed "92 vs 80–90 → 113 %" is an erratum: the rule gives 102.22 %.) A capaian
 * below the pack's `capaian.floor` (0) is raised to it and flagged `capaian_clamped`.
 *
 * @param input - target, realisasi, polarity (default `MAKSIMALISASI`) and an optional id; validated.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns the exact and the rounded capaian with a trace, or the issues (`target_zero`,
 *   `target_not_numeric`, `too_small` for negative numbers, shape issues).
 * @example
 * ```ts
 * const r = capaianIki82021({ target: { jenis: 'RENTANG', min: '7', max: '8' }, realisasi: '6.5', polaritas: 'MINIMALISASI' });
 * if (r.ok) r.value.capaianDibulatkan; // '107.14'
 * ```
 */
export function capaianIki82021(
  input: CapaianIki82021Input,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): Result<CapaianIki82021> {
  const parsed = parseWith(InputSchema, input);
  if (!parsed.ok) return parsed;
  const { target, realisasi, indikatorId } = parsed.value;
  const issues: Issue[] = [];
  if (!checkIki82021(target, realisasi, indikatorId, [], issues)) return fail(issues);
  const trace = newTrace82021(pack);
  const c = computeCapaianIki82021(
    toTargetDecimal(target),
    target,
    new Decimal(realisasi),
    realisasi,
    parsed.value.polaritas ?? 'MAKSIMALISASI',
    pack,
    indikatorId,
    trace,
    [],
  );
  if (c === null) return fail([targetZeroIssue(target, indikatorId, [])]);
  const value: CapaianIki82021 = { capaian: c.capaianText, capaianDibulatkan: c.dibulatkanText, trace };
  return ok(indikatorId === undefined ? value : { indikatorId, ...value });
}
