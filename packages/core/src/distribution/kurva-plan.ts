import { RulePackError } from '../errors/kinerja-error';
import { PREDIKAT_ORGANISASIS, PREDIKATS, type PredikatOrganisasi } from '../model/predikat';
import type { CompiledKurvaRule, RulePack62022 } from '../rules/permenpanrb-6-2022/pack';

/**
 * @internal One group of predikat that kurva rules constrain together: the union of its
 * predikat as a bit mask over {@link PREDIKATS}, and the indexes (into {@link KurvaPlan.rules})
 * of the MINIMUM and MAXIMUM rules on exactly that group.
 */
export interface KurvaPlanGroup {
  readonly mask: number;
  readonly minRules: readonly number[];
  readonly maxRules: readonly number[];
}

/**
 * @internal What the kurva functions need of one predikat organisasi of a pack, computed once
 * per pack and cached: the rules, their groups, the modal predikat and the order in which an
 * example distribution (contoh) places pegawai.
 */
export interface KurvaPlan {
  readonly predikatOrganisasi: PredikatOrganisasi;
  /** The pack's compiled rules for this predikat organisasi, in the pack's order. */
  readonly rules: readonly CompiledKurvaRule[];
  /** The groups of the hard (severity `error`) MINIMUM/MAXIMUM rules: distinct and pairwise disjoint. */
  readonly hardGroups: readonly KurvaPlanGroup[];
  /**
   * The groups of every MINIMUM/MAXIMUM rule, hard and warning, when they are pairwise identical or
   * disjoint; `null` when a warning rule's group partly overlaps another group.
   */
  readonly allGroups: readonly KurvaPlanGroup[] | null;
  /** Whether any MINIMUM/MAXIMUM rule has severity `warning`. */
  readonly hasSoftBounds: boolean;
  /** Mask of the predikat of every MODAL rule. */
  readonly modalMask: number;
  /** Mask of the predikat of the MODAL rules with severity `error`. */
  readonly hardModalMask: number;
  /**
   * Predikat indexes in the order a contoh fills them: first the modal predikat (best first), then
   * by distance from the predikat named like the predikat organisasi (ISTIMEWA → SANGAT_BAIK,
   * BAIK → BAIK, …), the better one first on a tie.
   */
  readonly preference: readonly number[];
}

const cache = new WeakMap<RulePack62022, readonly KurvaPlan[]>();

/**
 * @internal Groups the given rules by mask; `null` if two different masks overlap.
 */
function groupRules(rules: readonly CompiledKurvaRule[], pick: (r: CompiledKurvaRule) => boolean) {
  const groups: { mask: number; minRules: number[]; maxRules: number[] }[] = [];
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    if (r.rule.kind === 'MODAL' || !pick(r)) continue;
    let g = groups.find((x) => x.mask === r.mask);
    if (g === undefined) {
      if (groups.some((x) => (x.mask & r.mask) !== 0)) return null;
      g = { mask: r.mask, minRules: [], maxRules: [] };
      groups.push(g);
    }
    (r.rule.kind === 'MINIMUM' ? g.minRules : g.maxRules).push(i);
  }
  return groups;
}

function buildPlan(pack: RulePack62022, po: PredikatOrganisasi): KurvaPlan {
  const rules = pack.compiled.kurva[po];
  const hardGroups = groupRules(rules, (r) => r.rule.severity === 'error');
  if (hardGroups === null) {
    // createRulePack rejects such packs (rule_pack_overlapping_groups); unreachable for a RulePack62022.
    throw new RulePackError('rule_pack_invalid', `kurva ${po}: hard MINIMUM/MAXIMUM groups overlap`);
  }
  let modalMask = 0;
  let hardModalMask = 0;
  let hasSoftBounds = false;
  for (const r of rules) {
    if (r.rule.kind === 'MODAL') {
      modalMask |= r.mask;
      if (r.rule.severity === 'error') hardModalMask |= r.mask;
    } else if (r.rule.severity === 'warning') {
      hasSoftBounds = true;
    }
  }
  const home = PREDIKAT_ORGANISASIS.indexOf(po);
  const preference = PREDIKATS.map((_, i) => i).sort((a, b) => {
    const ma = (modalMask >> a) & 1;
    const mb = (modalMask >> b) & 1;
    if (ma !== mb) return mb - ma;
    const da = Math.abs(a - home);
    const db = Math.abs(b - home);
    return da !== db ? da - db : a - b;
  });
  return {
    predikatOrganisasi: po,
    rules,
    hardGroups,
    allGroups: hasSoftBounds ? groupRules(rules, () => true) : hardGroups,
    hasSoftBounds,
    modalMask,
    hardModalMask,
    preference,
  };
}

/**
 * @internal The plan of one predikat organisasi of a pack, built on first use and cached per pack.
 *
 * @param pack - a rule pack (from `createRulePack`).
 * @param po - the predikat organisasi.
 * @returns the plan.
 * @example
 * ```ts
 * kurvaPlan(PERMENPANRB_6_2022, 'BAIK').preference; // [1, 0, 2, 3, 4]
 * ```
 */
export function kurvaPlan(pack: RulePack62022, po: PredikatOrganisasi): KurvaPlan {
  let plans = cache.get(pack);
  if (plans === undefined) {
    plans = PREDIKAT_ORGANISASIS.map((p) => buildPlan(pack, p));
    cache.set(pack, plans);
  }
  return plans[PREDIKAT_ORGANISASIS.indexOf(po)]!;
}

/**
 * @internal The number of pegawai in a group.
 *
 * @param counts - counts per predikat index.
 * @param mask - the group's mask over {@link PREDIKATS}.
 * @returns the sum of the group's counts.
 * @example
 * ```ts
 * countInMask([1, 7, 1, 1, 0], 0b01100); // 2
 * ```
 */
export function countInMask(counts: readonly number[], mask: number): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) if ((mask >> i) & 1) s += counts[i]!;
  return s;
}

/**
 * @internal Whether a distribution satisfies one kurva rule.
 *
 * @param rule - the compiled rule.
 * @param bound - its bound (ignored for MODAL).
 * @param counts - counts per predikat index.
 * @returns true when the rule holds; a MODAL predikat holds when no predikat has more pegawai.
 * @example
 * ```ts
 * kurvaRuleHolds(plan.rules[0], 7, [2, 7, 1, 0, 0]); // true
 * ```
 */
export function kurvaRuleHolds(
  rule: CompiledKurvaRule,
  bound: number | null,
  counts: readonly number[],
): boolean {
  if (rule.rule.kind === 'MODAL') {
    const own = countInMask(counts, rule.mask);
    for (let i = 0; i < counts.length; i++) if (counts[i]! > own) return false;
    return true;
  }
  const actual = countInMask(counts, rule.mask);
  return rule.rule.kind === 'MINIMUM' ? actual >= bound! : actual <= bound!;
}
