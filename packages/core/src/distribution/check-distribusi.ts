import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import { type Issue, type IssueSeverity, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import {
  PREDIKAT_ORGANISASIS,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  PredikatOrganisasiSchema,
  PredikatSchema,
} from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { RulePackRef } from '../rules/rule-pack-ref';
import { computeKuota, type KuotaDistribusi } from './kuota-distribusi';
import { countInMask, kurvaPlan } from './kurva-plan';

/**
 * What {@link checkDistribusi} checks: a unit's predikat organisasi and the predikat of its
 * pegawai, either as counts per predikat (missing predikat count 0) or as one predikat per
 * pegawai, in any order.
 *
 * @example
 * ```ts
 * const a: CheckDistribusiInput = { predikatOrganisasi: 'BAIK', distribusi: { BAIK: 7, SANGAT_BAIK: 2, KURANG: 1 } };
 * const b: CheckDistribusiInput = { predikatOrganisasi: 'BAIK', distribusi: ['BAIK', 'BUTUH_PERBAIKAN'] };
 * ```
 */
export interface CheckDistribusiInput {
  readonly predikatOrganisasi: PredikatOrganisasi;
  readonly distribusi: Partial<Record<Predikat, number>> | readonly Predikat[];
}

/**
 * The check of one kurva rule against a distribution. For a MINIMUM or MAXIMUM rule `bound` is
 * the rule's bound and `actual` the number of pegawai in its group; for a MODAL rule `bound` is
 * the highest count of any predikat and `actual` the count of the rule's predikat.
 *
 * @example
 * ```ts
 * const s: PemeriksaanTraceStep = { ruleId: 'baik.baik-maks-70', kind: 'MAXIMUM', severity: 'error', predikat: ['BAIK'], bound: 7, actual: 8, pass: false };
 * ```
 */
export interface PemeriksaanTraceStep {
  readonly ruleId: string;
  readonly kind: 'MINIMUM' | 'MAXIMUM' | 'MODAL';
  readonly severity: IssueSeverity;
  readonly predikat: readonly Predikat[];
  readonly bound: number;
  readonly actual: number;
  readonly pass: boolean;
}

/**
 * How a {@link PemeriksaanDistribusi} was reached.
 *
 * @example
 * ```ts
 * check.trace.steps.filter((s) => !s.pass).map((s) => s.ruleId);
 * ```
 */
export interface PemeriksaanTrace {
  readonly pack: RulePackRef;
  readonly predikatOrganisasi: PredikatOrganisasi;
  readonly headcount: number;
  /** True when the headcount is 0: the distribution conforms trivially and no rule is checked. */
  readonly trivial: boolean;
  /** One step per rule, in the pack's order (none when `trivial`). */
  readonly steps: readonly PemeriksaanTraceStep[];
}

/**
 * The outcome of checking a unit's distribution of predikat against its kurva distribusi.
 *
 * @example
 * ```ts
 * const r = checkDistribusi({ predikatOrganisasi: 'BAIK', distribusi: { BAIK: 8, KURANG: 2 } });
 * if (r.ok) r.value.violations.map((v) => v.code); // ['kurva_above_maximum']
 * ```
 */
export interface PemeriksaanDistribusi {
  /** The rule pack that produced the check. */
  readonly pack: RulePackRef;
  readonly predikatOrganisasi: PredikatOrganisasi;
  /** The number of pegawai: the sum of the counts. */
  readonly headcount: number;
  /** The number of pegawai per predikat. */
  readonly counts: Readonly<Record<Predikat, number>>;
  /** True iff no violation has severity `error`. */
  readonly conforms: boolean;
  /** Whether any distribution of this headcount can meet the kurva (see {@link KuotaDistribusi}). */
  readonly feasible: boolean;
  /**
   * Every violated rule, in the pack's order, as `kurva_below_minimum`, `kurva_above_maximum` or
   * `kurva_not_modal` with the rule's severity; preceded by the `kurva_infeasible` issue when no
   * distribution of this headcount can conform.
   */
  readonly violations: readonly Issue[];
  /** The kuota of this headcount and predikat organisasi. */
  readonly kuota: KuotaDistribusi;
  readonly trace: PemeriksaanTrace;
}

const CountSchema = z.number().int().min(0);
const RecordInputSchema = z.object({
  predikatOrganisasi: PredikatOrganisasiSchema,
  distribusi: z.strictObject({
    SANGAT_BAIK: CountSchema.optional(),
    BAIK: CountSchema.optional(),
    BUTUH_PERBAIKAN: CountSchema.optional(),
    KURANG: CountSchema.optional(),
    SANGAT_KURANG: CountSchema.optional(),
  }),
});
const ListInputSchema = z.object({
  predikatOrganisasi: PredikatOrganisasiSchema,
  distribusi: z.array(PredikatSchema),
});

/** Counts a distribusi into `counts`; false when it is not valid (then zod reports why). */
function countFast(d: unknown, counts: number[]): boolean {
  if (typeof d !== 'object' || d === null) return false;
  if (Array.isArray(d)) {
    for (let i = 0; i < d.length; i++) {
      const k = PREDIKATS.indexOf(d[i]);
      if (k < 0) return false;
      counts[k]!++;
    }
    return true;
  }
  const rec = d as Record<string, unknown>;
  for (const key of Object.keys(rec)) {
    const k = PREDIKATS.indexOf(key as Predikat);
    if (k < 0) return false;
    const v = rec[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return false;
    counts[k]! += v;
  }
  return true;
}

/**
 * Checks a unit's distribution of predikat kinerja against the kurva distribusi of its predikat
 * organisasi (PermenPANRB 6/2022, §1.8): every rule is checked and every violation reported, with
 * the rule's severity. A MODAL rule holds when no predikat has more pegawai than the rule's
 * predikat (a tie counts as modal). A headcount of 0 conforms trivially.
 *
 * @param input - `{ predikatOrganisasi, distribusi }`; validated at runtime, so data of any shape
 *   (e.g. parsed JSON cast to the type) is answered with issues, never an exception.
 * @param pack - the rule pack (PermenPANRB 6/2022 by default).
 * @returns the check, or issues with paths (`predikatOrganisasi`, `distribusi`, `distribusi.3`,
 * `distribusi.BAIK`, …) when the input is not valid.
 * @throws {@link RulePackError} when `pack` is not a rule pack made by `createRulePack`.
 * @example
 * ```ts
 * const r = checkDistribusi({ predikatOrganisasi: 'KURANG', distribusi: { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 } });
 * if (r.ok) r.value.conforms; // true
 * ```
 */
export function checkDistribusi(
  input: CheckDistribusiInput,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<PemeriksaanDistribusi> {
  const c = [0, 0, 0, 0, 0];
  let po: PredikatOrganisasi;
  const raw =
    typeof input === 'object' && input !== null ? (input as unknown as Record<string, unknown>) : null;
  if (
    raw !== null &&
    !Array.isArray(raw) &&
    (PREDIKAT_ORGANISASIS as readonly unknown[]).includes(raw.predikatOrganisasi) &&
    countFast(raw.distribusi, c)
  ) {
    po = raw.predikatOrganisasi as PredikatOrganisasi;
  } else {
    const schema = Array.isArray(raw?.distribusi) ? ListInputSchema : RecordInputSchema;
    const parsed = parseWith(schema, input);
    if (!parsed.ok) return parsed;
    po = parsed.value.predikatOrganisasi;
    c.fill(0);
    countFast(parsed.value.distribusi, c);
  }
  let n = 0;
  for (const x of c) n += x;
  if (!Number.isSafeInteger(n)) {
    return fail([
      issue('too_big', ['distribusi'], {
        maximum: String(Number.MAX_SAFE_INTEGER),
        inclusive: true,
        origin: 'number',
      }),
    ]);
  }
  return ok(check(n, po, c, pack));
}

function check(
  n: number,
  po: PredikatOrganisasi,
  c: readonly number[],
  pack: RulePack62022,
): PemeriksaanDistribusi {
  const kuota = computeKuota(n, po, pack);
  const ref = kuota.pack;
  const counts = {
    SANGAT_BAIK: c[0]!,
    BAIK: c[1]!,
    BUTUH_PERBAIKAN: c[2]!,
    KURANG: c[3]!,
    SANGAT_KURANG: c[4]!,
  };
  const violations: Issue[] = kuota.feasible ? [] : [...kuota.issues];
  const steps: PemeriksaanTraceStep[] = [];
  if (n > 0) {
    const rules = kurvaPlan(pack, po).rules;
    let most = 0;
    for (const x of c) if (x > most) most = x;
    for (let i = 0; i < rules.length; i++) {
      const { rule, mask } = rules[i]!;
      const actual = countInMask(c, mask);
      const b = kuota.bounds[i]!;
      if (b.kind === 'MODAL') {
        const pass = actual >= most;
        steps.push({
          ruleId: rule.id,
          kind: 'MODAL',
          severity: rule.severity,
          predikat: rule.predikat,
          bound: most,
          actual,
          pass,
        });
        if (!pass) {
          violations.push(
            issue(
              'kurva_not_modal',
              ['distribusi'],
              {
                ruleId: rule.id,
                predikat: rule.predikat[0]!,
                actual,
                modal: PREDIKATS.filter((_, k) => c[k] === most),
              },
              rule.severity,
            ),
          );
        }
        continue;
      }
      const pass = b.kind === 'MINIMUM' ? actual >= b.bound : actual <= b.bound;
      steps.push({
        ruleId: rule.id,
        kind: b.kind,
        severity: rule.severity,
        predikat: rule.predikat,
        bound: b.bound,
        actual,
        pass,
      });
      if (pass) continue;
      const share = b.share ?? '';
      violations.push(
        b.kind === 'MINIMUM'
          ? issue(
              'kurva_below_minimum',
              ['distribusi'],
              { ruleId: rule.id, predikat: rule.predikat, minimum: b.bound, actual, share },
              rule.severity,
            )
          : issue(
              'kurva_above_maximum',
              ['distribusi'],
              { ruleId: rule.id, predikat: rule.predikat, maximum: b.bound, actual, share },
              rule.severity,
            ),
      );
    }
  }
  let conforms = true;
  for (const v of violations) if (v.severity !== 'warning') conforms = false;
  return {
    pack: ref,
    predikatOrganisasi: po,
    headcount: n,
    counts,
    conforms,
    feasible: kuota.feasible,
    violations,
    kuota,
    trace: { pack: ref, predikatOrganisasi: po, headcount: n, trivial: n === 0, steps },
  };
}
