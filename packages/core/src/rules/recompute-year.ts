import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import { type Issue, type IssuePath, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { evaluateTahunan82021 } from '../regimes/permenpanrb-8-2021/evaluate-tahunan-8-2021';
import type { HasilEvaluasi82021 } from '../regimes/permenpanrb-8-2021/hasil-evaluasi-8-2021';
import { evaluatePp46 } from '../regimes/pp-46-2011/evaluate-pp46';
import type { HasilPp46 } from '../regimes/pp-46-2011/hasil-pp46';
import { evaluateTahunan } from '../scoring/evaluate-tahunan';
import type { HasilEvaluasi } from '../scoring/hasil-evaluasi';
import {
  type HasilIntegrasi2021,
  INTEGRASI_2021,
  type Integrasi2021Options,
  integrate2021,
  packs2021,
} from './integrasi-2021';
import { firstUncoveredDay, type Registry } from './registry';
import { REGIMES, type Regime, type RulePack } from './rule-pack';
import { type RulePackRef, rulePackRef } from './rule-pack-ref';

/**
 * The annual result of each regime's evaluator, keyed by regime.
 *
 * @example
 * ```ts
 * type H = HasilTahunanByRegime['pp-46-2011']; // HasilPp46
 * ```
 */
export interface HasilTahunanByRegime {
  'permenpanrb-6-2022': HasilEvaluasi;
  'permenpanrb-8-2021': HasilEvaluasi82021;
  'pp-46-2011': HasilPp46;
}

// Every regime needs an evaluator and a result type: a new regime fails to compile here.
type Evaluators = {
  readonly [R in Regime]: (
    input: unknown,
    pack: Extract<RulePack, { regime: R }>,
  ) => Result<HasilTahunanByRegime[R]>;
};

const EVALUATORS: Evaluators = {
  'permenpanrb-6-2022': evaluateTahunan,
  'permenpanrb-8-2021': evaluateTahunan82021,
  'pp-46-2011': evaluatePp46,
};

/** What {@link recomputeYear} evaluates a year with: one regime, or the 2021 integration. */
export type RegimeTahunan = Regime | typeof INTEGRASI_2021;

/**
 * The input of {@link recomputeYear}: the evaluator's input tagged with the regime it is written
 * for, so that data for one regime is never scored by another's rules.
 *
 * @example
 * ```ts
 * const input: RecomputeYearInput = { regime: 'pp-46-2011', input: skpPp46 };
 * const y2021: RecomputeYearInput = { regime: 'integrasi-2021', input: { semester1: { nilai: '85.5' }, semester2: { input: skp82021 } } };
 * ```
 */
export interface RecomputeYearInput {
  readonly regime: RegimeTahunan;
  readonly input: unknown;
}

/**
 * The result of {@link recomputeYear}, tagged by regime: the evaluator's result and the packs
 * the year was evaluated under.
 *
 * @example
 * ```ts
 * const r = recomputeYear(DEFAULT_REGISTRY, 2019, { regime: 'pp-46-2011', input });
 * if (r.ok && r.value.regime === 'pp-46-2011') r.value.hasil.prestasiKerja.nilai.predikat;
 * ```
 */
export type HasilTahun =
  | {
      [R in Regime]: {
        readonly tahun: number;
        readonly regime: R;
        readonly rulePacks: readonly RulePackRef[];
        readonly hasil: HasilTahunanByRegime[R];
      };
    }[Regime]
  | {
      readonly tahun: number;
      readonly regime: typeof INTEGRASI_2021;
      readonly rulePacks: readonly RulePackRef[];
      readonly hasil: HasilIntegrasi2021;
    };

const TahunSchema = z.number().int().min(1).max(9999);
const EnvelopeSchema = z.strictObject({
  regime: z.enum([INTEGRASI_2021, ...REGIMES] as [RegimeTahunan, ...RegimeTahunan[]]),
  input: z.unknown().refine((v) => v !== undefined, { params: { code: 'required', params: {} } }),
});

function prefix(issues: readonly Issue[], base: IssuePath): Issue[] {
  return issues.map((i) => ({ ...i, path: [...base, ...i.path] }) as Issue);
}

/** A 6/2022 SKP of another year than the one recomputed (its `skp.tahun`), else `undefined`. */
function skpTahunIssue(input: unknown, tahun: number): Issue | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const skp = (input as { skp?: unknown }).skp;
  if (typeof skp !== 'object' || skp === null) return undefined;
  const t = (skp as { tahun?: unknown }).tahun;
  if (typeof t !== 'number' || t === tahun) return undefined;
  return issue('invalid_value', ['input', 'skp', 'tahun'], { options: [String(tahun)], received: String(t) });
}

/**
 * Evaluates a past (or the current) year under the rules in force then: finds the pack(s) of the
 * year in the registry and dispatches on their regime — PermenPANRB 6/2022 → `evaluateTahunan`,
 * PermenPANRB 8/2021 → `evaluateTahunan82021`, PP 46/2011 → `evaluatePp46`, and a year split
 * between PP 46/2011 and 8/2021 (2021) → {@link integrate2021}. The input is tagged with the
 * regime it is written for; input for another regime than the year's is `regime_mismatch`
 * (at `['regime']`), a year not wholly covered by the registry is `rule_pack_missing` (naming the
 * first uncovered day), and any other split of a year is `regime_mismatch` too.
 *
 * Never throws on malformed input: the evaluator's issues come back under `['input', …]`.
 *
 * @param registry - the packs by date, e.g. `DEFAULT_REGISTRY` or an agency's with overridden packs.
 * @param tahun - the year, 1–9999.
 * @param input - `{ regime, input }`, see {@link RecomputeYearInput}.
 * @param options - for the 2021 integration: weights and basis (the registry is `registry`).
 * @returns the year's result tagged by regime, or the issues.
 * @example
 * ```ts
 * const r = recomputeYear(DEFAULT_REGISTRY, 2019, { regime: 'pp-46-2011', input: skpPp46 });
 * if (r.ok) r.value.rulePacks; // [{ id: 'pp-46-2011', version: '1.0.0' }]
 * recomputeYear(DEFAULT_REGISTRY, 2019, { regime: 'permenpanrb-6-2022', input: skp }).ok; // false: regime_mismatch
 * ```
 */
export function recomputeYear(
  registry: Registry,
  tahun: number,
  input: unknown,
  options: Omit<Integrasi2021Options, 'registry'> = {},
): Result<HasilTahun> {
  const t = parseWith(TahunSchema, tahun, ['tahun']);
  const envelope = parseWith(EnvelopeSchema, input);
  if (!t.ok || !envelope.ok)
    return fail([...(t.ok ? [] : t.issues), ...(envelope.ok ? [] : envelope.issues)]);
  const { regime, input: inner } = envelope.value;

  const intervals = registry.packsForYear(tahun);
  const gap = firstUncoveredDay(intervals, tahun);
  if (gap !== undefined) return fail([issue('rule_pack_missing', [], { tahun, tanggal: gap })]);
  const only = intervals.length === 1 ? intervals[0]!.pack : undefined;
  const integrasi = tahun === 2021 && only === undefined && packs2021(registry).ok;
  const expected: RegimeTahunan | undefined = only?.regime ?? (integrasi ? INTEGRASI_2021 : undefined);
  if (expected === undefined || regime !== expected) {
    return fail([
      issue('regime_mismatch', ['regime'], {
        expected: expected === undefined ? intervals.map((i) => i.pack.regime) : [expected],
        received: regime,
      }),
    ]);
  }
  const rulePacks = intervals.map((i) => rulePackRef(i.pack));

  if (expected === INTEGRASI_2021) {
    const r = integrate2021(inner, { ...options, registry });
    if (!r.ok) return fail(prefix(r.issues, ['input']));
    return ok({ tahun, regime: INTEGRASI_2021, rulePacks, hasil: r.value });
  }
  const pack = only!;
  if (pack.regime === 'permenpanrb-6-2022') {
    const mismatch = skpTahunIssue(inner, tahun);
    if (mismatch !== undefined) return fail([mismatch]);
  }
  const evaluate = EVALUATORS[pack.regime] as (input: unknown, pack: RulePack) => Result<unknown>;
  const r = evaluate(inner, pack);
  if (!r.ok) return fail(prefix(r.issues, ['input']));
  return ok({ tahun, regime: pack.regime, rulePacks, hasil: r.value } as HasilTahun);
}
