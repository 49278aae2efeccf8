import { z } from 'zod';
import { toCanonical } from '../decimal/decimal';
import { type RoundingMode, roundToInteger } from '../decimal/rounding';
import { RulePackError } from '../errors/kinerja-error';
import { deepFreeze } from '../internal/deep-freeze';
import { parseWith } from '../issues/from-zod';
import { type IssueOf, type IssueSeverity, issue } from '../issues/issue';
import { ok, type Result } from '../issues/result';
import {
  PREDIKAT_ORGANISASIS,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  PredikatOrganisasiSchema,
} from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { type RulePackRef, rulePackRef } from '../rules/rule-pack-ref';
import { type KurvaPlanGroup, kurvaPlan, kurvaRuleHolds } from './kurva-plan';
import { type KurvaSolution, solveKurva } from './solve-kurva';

/**
 * The bound one kurva rule puts on a headcount. A MINIMUM or MAXIMUM rule's `bound` is the
 * whole number of pegawai: with a `share` $s$ (percent) of a headcount $n$,
 * $$\text{bound} = \operatorname{round}(s / 100 \cdot n)$$
 * rounded by the pack's `rounding.kurvaMinimum` (CEIL by default) or `rounding.kurvaMaximum`
 * (FLOOR by default); a rule with an absolute `count` uses it as is. A MODAL rule ("sebagian
 * besar": the predikat is the most frequent) has no bound.
 *
 * @example
 * ```ts
 * const b: KuotaBound = { ruleId: 'baik.baik-maks-70', kind: 'MAXIMUM', predikat: ['BAIK'], share: '70', severity: 'error', bound: 7 };
 * ```
 */
export type KuotaBound =
  | {
      readonly ruleId: string;
      readonly kind: 'MINIMUM' | 'MAXIMUM';
      /** The group: the rule counts the pegawai of all these predikat together. */
      readonly predikat: readonly Predikat[];
      /** The share in percent (canonical decimal string), absent for a rule with an absolute count. */
      readonly share?: string;
      /** `error` for a hard rule, `warning` for a soft one. */
      readonly severity: IssueSeverity;
      /** At least (MINIMUM) or at most (MAXIMUM) this many pegawai. */
      readonly bound: number;
    }
  | {
      readonly ruleId: string;
      readonly kind: 'MODAL';
      readonly predikat: readonly Predikat[];
      readonly severity: IssueSeverity;
      readonly bound: null;
    };

/**
 * The allowed counts of one predikat by itself, `min ≤ count ≤ max`.
 *
 * @example
 * ```ts
 * const r: KuotaRentang = { min: 0, max: 7 };
 * ```
 */
export interface KuotaRentang {
  readonly min: number;
  readonly max: number;
}

/**
 * The arithmetic of one rule's bound, as strings, e.g. share `'70'`, exact `'4.9'`, rounding
 * `'FLOOR'`, bound 4.
 *
 * @example
 * ```ts
 * const s: KuotaTraceStep = { ruleId: 'baik.baik-maks-70', kind: 'MAXIMUM', share: '70', exact: '4.9', rounding: 'FLOOR', count: null, bound: 4, formula: 'FLOOR(70% × 7) = FLOOR(4.9) = 4' };
 * ```
 */
export interface KuotaTraceStep {
  readonly ruleId: string;
  readonly kind: 'MINIMUM' | 'MAXIMUM' | 'MODAL';
  /** The share in percent, or null for a count or a MODAL rule. */
  readonly share: string | null;
  /** $s / 100 \cdot n$ exactly, or null. */
  readonly exact: string | null;
  /** The rounding mode applied to `exact`, or null. */
  readonly rounding: RoundingMode | null;
  /** The rule's absolute count, or null. */
  readonly count: number | null;
  /** The bound, or null for a MODAL rule. */
  readonly bound: number | null;
  /** The computation in one line, for people. */
  readonly formula: string;
}

/**
 * One group of predikat constrained by hard (severity `error`) rules, with the interval of its
 * count: the largest minimum and the smallest maximum among the group's rules (`maximum` is the
 * headcount when no rule caps the group).
 *
 * @example
 * ```ts
 * const g: KuotaGroup = { predikat: ['KURANG'], minimum: 2, maximum: 2, ruleIds: ['kurang.kurang-min-60'] };
 * ```
 */
export interface KuotaGroup {
  readonly predikat: readonly Predikat[];
  readonly minimum: number;
  readonly maximum: number;
  readonly ruleIds: readonly string[];
}

/**
 * How a {@link KuotaDistribusi} was computed.
 *
 * @example
 * ```ts
 * kuota.trace.steps.map((s) => s.formula);
 * ```
 */
export interface KuotaTrace {
  readonly pack: RulePackRef;
  /** The rounding modes of the pack for minimum and maximum shares. */
  readonly rounding: { readonly minimum: RoundingMode; readonly maximum: RoundingMode };
  /** One step per rule, in the pack's order. */
  readonly steps: readonly KuotaTraceStep[];
  /** The hard groups and their intervals, the basis of `feasible`. */
  readonly groups: readonly KuotaGroup[];
  /** True when the headcount is 0: nothing to distribute, every rule is taken as met. */
  readonly trivial: boolean;
  /**
   * When there is a contoh: the count given to the modal predikat (null when no MODAL rule could
   * be honoured or none exists) and the ids of the warning rules the contoh still breaks (empty
   * whenever it could avoid them; see {@link kuotaDistribusi}).
   */
  readonly contoh: { readonly modalCount: number | null; readonly breaches: readonly string[] } | null;
}

/** What every {@link KuotaDistribusi} has, feasible or not: the pack, the headcount, the bounds and the trace. */
export interface KuotaDistribusiBase {
  /** The rule pack that produced the kuota. */
  readonly pack: RulePackRef;
  readonly headcount: number;
  readonly predikatOrganisasi: PredikatOrganisasi;
  /** Every rule of the kurva with its bound, in the pack's order. */
  readonly bounds: readonly KuotaBound[];
  /**
   * The allowed count of each predikat by itself, from the hard rules: a rule on that predikat
   * alone gives a minimum and a maximum; a group maximum caps each member of the group; a group
   * minimum does not bind a single member (min 0). Otherwise `0..headcount`. All `0..0` when the
   * headcount is 0.
   */
  readonly perPredikat: Readonly<Record<Predikat, KuotaRentang>>;
  readonly trace: KuotaTrace;
}

/**
 * The kurva distribusi of a unit: the quotas that its predikat organisasi and headcount impose on
 * the predikat kinerja of its pegawai (PermenPANRB 6/2022, §1.8 of the regulations reference), and
 * whether any distribution meets them. When `feasible`, `contoh` is one distribution that does;
 * otherwise `issues` holds one `kurva_infeasible` issue saying why.
 *
 * @example
 * ```ts
 * const r = kuotaDistribusi(10, 'BAIK');
 * if (r.ok && r.value.feasible) r.value.contoh; // { SANGAT_BAIK: 2, BAIK: 7, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 }
 * ```
 */
export type KuotaDistribusi = KuotaDistribusiBase &
  (
    | {
        readonly feasible: true;
        readonly contoh: Readonly<Record<Predikat, number>>;
        readonly issues: readonly [];
      }
    | {
        readonly feasible: false;
        readonly contoh: null;
        readonly issues: readonly IssueOf<'kurva_infeasible'>[];
      }
  );

const KuotaInputSchema = z.object({
  headcount: z.number().int().min(0),
  predikatOrganisasi: PredikatOrganisasiSchema,
});

function toRecord(counts: readonly number[]): Record<Predikat, number> {
  return {
    SANGAT_BAIK: counts[0]!,
    BAIK: counts[1]!,
    BUTUH_PERBAIKAN: counts[2]!,
    KURANG: counts[3]!,
    SANGAT_KURANG: counts[4]!,
  };
}

function solveGroups(
  groups: readonly KurvaPlanGroup[],
  bound: readonly number[],
  n: number,
  modalMask: number,
  preference: readonly number[],
): KurvaSolution {
  const masks: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  for (const g of groups) {
    let l = 0;
    let h = n;
    for (const r of g.minRules) l = Math.max(l, bound[r]!);
    for (const r of g.maxRules) h = Math.min(h, bound[r]!);
    masks.push(g.mask);
    lo.push(l);
    hi.push(h);
  }
  return solveKurva(n, masks, lo, hi, modalMask, preference);
}

function predikatOf(mask: number): Predikat[] {
  return PREDIKATS.filter((_, i) => (mask >> i) & 1);
}

/**
 * Computes the kurva distribusi of a unit of `headcount` pegawai whose predikat organisasi is
 * `predikatOrganisasi`: every rule's bound, the allowed count of each predikat, whether the hard
 * rules can be met at all (exactly, not heuristically) and, if so, an example distribution.
 *
 * Bounds: a MINIMUM share $s$ requires $\text{count} \ge \operatorname{round_{min}}(s/100 \cdot n)$,
 * a MAXIMUM share allows $\text{count} \le \operatorname{round_{max}}(s/100 \cdot n)$ (the pack's
 * `rounding.kurvaMinimum` / `kurvaMaximum`, CEIL / FLOOR by default); an absolute count is used as
 * is. A headcount of 0 is trivially feasible (nothing to distribute).
 *
 * The contoh: the predikat of the MODAL rules take the same count $m$, as large as the rules
 * allow, and every other predikat at most $m$ (so they are the most frequent); every group below
 * its minimum is topped up and the rest is placed in the order: modal predikat, then by distance
 * from the predikat named like the predikat organisasi (ISTIMEWA → Sangat Baik, BAIK → Baik,
 * BUTUH_PERBAIKAN → Butuh Perbaikan, KURANG → Kurang, SANGAT_KURANG → Sangat Kurang), the better
 * one first on a tie. Under ISTIMEWA the Sangat Baik left over after the 70 % cap go to Baik; under
 * BAIK the Baik left over after the cap go to Sangat Baik. The contoh honours, in this order of
 * preference, every rule (when the warning groups nest with the hard ones); the hard rules and
 * every MODAL rule; the hard rules (including MODAL rules of severity `error`) only. The trace
 * lists any warning rule it still breaks.
 *
 * @param headcount - the number of pegawai of the unit, a non-negative safe integer.
 * @param predikatOrganisasi - the unit's predikat organisasi for the year.
 * @param pack - the rule pack (PermenPANRB 6/2022 by default).
 * @returns the kuota, or issues (paths `headcount`, `predikatOrganisasi`) when an argument is
 * not valid. An infeasible kurva is a successful result with `feasible: false`. The kuota is
 * deeply frozen and, for a headcount up to 2048, memoised per pack: the same object each time.
 * @throws {@link RulePackError} when `pack` is not a rule pack made by `createRulePack`.
 * @example
 * ```ts
 * const r = kuotaDistribusi(2, 'KURANG');
 * if (r.ok && !r.value.feasible) r.value.issues[0].params;
 * // { headcount: 2, predikatOrganisasi: 'KURANG', reason: 'minimums_exceed_headcount', required: 3 }
 * ```
 */
export function kuotaDistribusi(
  headcount: number,
  predikatOrganisasi: PredikatOrganisasi,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<KuotaDistribusi> {
  if (
    !(
      Number.isSafeInteger(headcount) &&
      headcount >= 0 &&
      (PREDIKAT_ORGANISASIS as readonly unknown[]).includes(predikatOrganisasi)
    )
  ) {
    const parsed = parseWith(KuotaInputSchema, { headcount, predikatOrganisasi });
    if (!parsed.ok) return parsed;
    return ok(computeKuota(parsed.value.headcount, parsed.value.predikatOrganisasi, pack));
  }
  return ok(computeKuota(headcount, predikatOrganisasi, pack));
}

/**
 * @internal Headcounts up to this are memoised by {@link computeKuota}: one kuota per pack,
 * predikat organisasi and headcount, at most 5 × 2049 per pack (a few kilobytes each, and only
 * the headcounts actually met); a larger unit is computed afresh each time.
 *
 * @example
 * ```ts
 * computeKuota(KUOTA_MEMO_LIMIT + 1, 'BAIK', pack); // computed, not remembered
 * ```
 */
export const KUOTA_MEMO_LIMIT = 2048;

/** Per pack (collected with it), per predikat organisasi index, the kuota by headcount. */
const memo = new WeakMap<RulePack62022, (KuotaDistribusi | undefined)[][]>();

/**
 * @internal {@link kuotaDistribusi} on validated arguments, memoised: the kuota depends only on
 * the pack, the predikat organisasi and the headcount, so for a headcount up to
 * {@link KUOTA_MEMO_LIMIT} it is computed once per pack (a `WeakMap`, so a pack no longer used
 * is collected with its kuota) and the same deeply frozen object is returned every time.
 *
 * @param headcount - a non-negative safe integer.
 * @param po - a predikat organisasi.
 * @param pack - the rule pack.
 * @returns the kuota (deeply frozen, possibly shared with other callers).
 * @throws {@link RulePackError} when `pack` is not a rule pack.
 * @example
 * ```ts
 * computeKuota(10, 'BAIK', PERMENPANRB_6_2022).feasible; // true
 * computeKuota(10, 'BAIK', PERMENPANRB_6_2022) === computeKuota(10, 'BAIK', PERMENPANRB_6_2022); // true
 * ```
 */
export function computeKuota(
  headcount: number,
  po: PredikatOrganisasi,
  pack: RulePack62022,
): KuotaDistribusi {
  if (pack?.compiled?.kurva === undefined) {
    throw new RulePackError('rule_pack_invalid', 'kuotaDistribusi needs a rule pack made by createRulePack');
  }
  if (headcount > KUOTA_MEMO_LIMIT) return deepFreeze(buildKuota(headcount, po, pack));
  let byPo = memo.get(pack);
  if (byPo === undefined) {
    byPo = PREDIKAT_ORGANISASIS.map(() => []);
    memo.set(pack, byPo);
  }
  const byN = byPo[PREDIKAT_ORGANISASIS.indexOf(po)]!;
  // -0 indexes the same entry as 0, and buildKuota writes it as 0.
  let kuota = byN[headcount];
  if (kuota === undefined) {
    kuota = deepFreeze(buildKuota(headcount, po, pack));
    byN[headcount] = kuota;
  }
  return kuota;
}

/**
 * @internal Computes a kuota, without the memo (see {@link computeKuota}).
 *
 * @param headcount - a non-negative safe integer.
 * @param po - a predikat organisasi.
 * @param pack - a rule pack made by `createRulePack`.
 * @returns a fresh kuota.
 * @example
 * ```ts
 * buildKuota(10, 'BAIK', PERMENPANRB_6_2022).feasible; // true
 * ```
 */
export function buildKuota(headcount: number, po: PredikatOrganisasi, pack: RulePack62022): KuotaDistribusi {
  const n = headcount === 0 ? 0 : headcount; // no -0
  const plan = kurvaPlan(pack, po);
  const ref = rulePackRef(pack);
  const { kurvaMinimum, kurvaMaximum } = pack.definition.rounding;
  const rules = plan.rules;
  const bound: number[] = new Array<number>(rules.length);
  const bounds: KuotaBound[] = [];
  const steps: KuotaTraceStep[] = [];
  for (let i = 0; i < rules.length; i++) {
    const { rule, fraction } = rules[i]!;
    if (rule.kind === 'MODAL') {
      bound[i] = Number.NaN;
      bounds.push({
        ruleId: rule.id,
        kind: 'MODAL',
        predikat: rule.predikat,
        severity: rule.severity,
        bound: null,
      });
      steps.push({
        ruleId: rule.id,
        kind: 'MODAL',
        share: null,
        exact: null,
        rounding: null,
        count: null,
        bound: null,
        formula: `${rule.predikat.join(', ')}: most frequent`,
      });
    } else if (fraction !== null) {
      const mode = rule.kind === 'MINIMUM' ? kurvaMinimum : kurvaMaximum;
      const exactDecimal = fraction.mul(n);
      const b = roundToInteger(exactDecimal, mode);
      const exact = toCanonical(exactDecimal);
      bound[i] = b;
      bounds.push({
        ruleId: rule.id,
        kind: rule.kind,
        predikat: rule.predikat,
        share: rule.share!,
        severity: rule.severity,
        bound: b,
      });
      steps.push({
        ruleId: rule.id,
        kind: rule.kind,
        share: rule.share!,
        exact,
        rounding: mode,
        count: null,
        bound: b,
        formula: `${mode}(${rule.share}% × ${n}) = ${mode}(${exact}) = ${b}`,
      });
    } else {
      const b = rule.count!;
      bound[i] = b;
      bounds.push({
        ruleId: rule.id,
        kind: rule.kind,
        predikat: rule.predikat,
        severity: rule.severity,
        bound: b,
      });
      steps.push({
        ruleId: rule.id,
        kind: rule.kind,
        share: null,
        exact: null,
        rounding: null,
        count: b,
        bound: b,
        formula: `count ${b}`,
      });
    }
  }

  // Hard groups, their intervals and the per-predikat ranges.
  const groups: KuotaGroup[] = [];
  const min = [0, 0, 0, 0, 0];
  const max = [n, n, n, n, n];
  for (const g of plan.hardGroups) {
    let lo = 0;
    let hi = n;
    const ruleIds: string[] = [];
    for (const r of g.minRules) {
      lo = Math.max(lo, bound[r]!);
      ruleIds.push(rules[r]!.rule.id);
    }
    for (const r of g.maxRules) {
      hi = Math.min(hi, bound[r]!);
      ruleIds.push(rules[r]!.rule.id);
    }
    groups.push({ predikat: predikatOf(g.mask), minimum: lo, maximum: hi, ruleIds });
    const single = (g.mask & (g.mask - 1)) === 0;
    for (let i = 0; i < 5; i++) {
      if (((g.mask >> i) & 1) === 0) continue;
      max[i] = Math.max(0, hi);
      if (single) min[i] = lo;
    }
  }
  if (n === 0) {
    min.fill(0);
    max.fill(0);
  }
  const perPredikat: Record<Predikat, KuotaRentang> = {
    SANGAT_BAIK: { min: min[0]!, max: max[0]! },
    BAIK: { min: min[1]!, max: max[1]! },
    BUTUH_PERBAIKAN: { min: min[2]!, max: max[2]! },
    KURANG: { min: min[3]!, max: max[3]! },
    SANGAT_KURANG: { min: min[4]!, max: max[4]! },
  };
  const base = { pack: ref, headcount: n, predikatOrganisasi: po, bounds, perPredikat };
  const traceBase = { pack: ref, rounding: { minimum: kurvaMinimum, maximum: kurvaMaximum }, steps, groups };

  if (n === 0) {
    return {
      ...base,
      feasible: true,
      contoh: toRecord([0, 0, 0, 0, 0]),
      issues: [],
      trace: { ...traceBase, trivial: true, contoh: { modalCount: null, breaches: [] } },
    };
  }

  // Nicest first: every rule; the hard rules and every MODAL rule; the hard rules only.
  let solution: KurvaSolution | null = null;
  const { modalMask, hardModalMask, preference } = plan;
  if (plan.allGroups !== null && (plan.hasSoftBounds || modalMask !== hardModalMask)) {
    solution = solveGroups(plan.allGroups, bound, n, modalMask, preference);
  }
  if ((solution === null || !solution.feasible) && plan.hasSoftBounds && modalMask !== hardModalMask) {
    solution = solveGroups(plan.hardGroups, bound, n, modalMask, preference);
  }
  if (solution === null || !solution.feasible) {
    solution = solveGroups(plan.hardGroups, bound, n, hardModalMask, preference);
  }

  if (!solution.feasible) {
    return {
      ...base,
      feasible: false,
      contoh: null,
      issues: [
        issue(
          'kurva_infeasible',
          [],
          { headcount: n, predikatOrganisasi: po, reason: solution.reason, required: solution.required },
          'error',
        ),
      ],
      trace: { ...traceBase, trivial: false, contoh: null },
    };
  }
  const counts = solution.counts;
  const breaches: string[] = [];
  for (let i = 0; i < rules.length; i++) {
    if (!kurvaRuleHolds(rules[i]!, bound[i]!, counts)) breaches.push(rules[i]!.rule.id);
  }
  return {
    ...base,
    feasible: true,
    contoh: toRecord(counts),
    issues: [],
    trace: { ...traceBase, trivial: false, contoh: { modalCount: solution.modalCount, breaches } },
  };
}
