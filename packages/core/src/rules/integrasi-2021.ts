import { z } from 'zod';
import { Decimal, type DecimalInput, toCanonical } from '../decimal/decimal';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { HUNDRED, roundDecimal, ZERO } from '../decimal/rounding';
import { KinerjaError } from '../errors/kinerja-error';
import { parseWith } from '../issues/from-zod';
import { type Issue, type IssuePath, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { Predikat } from '../model/predikat';
import type { Tanggal } from '../model/tanggal';
import { evaluateTahunan82021 } from '../regimes/permenpanrb-8-2021/evaluate-tahunan-8-2021';
import type { HasilEvaluasi82021 } from '../regimes/permenpanrb-8-2021/hasil-evaluasi-8-2021';
import type { Predikat82021 } from '../regimes/permenpanrb-8-2021/predikat-8-2021';
import { predikatKinerja82021 } from '../regimes/permenpanrb-8-2021/predikat-kinerja-8-2021';
import type { PredikatKinerja82021Step, Trace82021 } from '../regimes/permenpanrb-8-2021/trace-8-2021';
import { evaluatePp46 } from '../regimes/pp-46-2011/evaluate-pp46';
import type { HasilPp46 } from '../regimes/pp-46-2011/hasil-pp46';
import type { TracePp46 } from '../regimes/pp-46-2011/trace-pp46';
import type { RulePack82021 } from './permenpanrb-8-2021/pack';
import type { RulePackPp46 } from './pp-46-2011/pack';
import { DEFAULT_REGISTRY, firstUncoveredDay, type Registry } from './registry';
import { type RulePackRef, rulePackRef } from './rule-pack-ref';

/** The tag of the 2021 integration among the regimes of {@link recomputeYear}. */
export const INTEGRASI_2021 = 'integrasi-2021';

/** The regimes of the two periods of 2021, in order. */
const REGIMES_2021 = ['pp-46-2011', 'permenpanrb-8-2021'] as const;

const RulePackRefSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  override: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }).optional(),
});

const TraceLikeSchema = z.looseObject({
  rulePack: RulePackRefSchema,
  steps: z.array(z.unknown()),
  flags: z.array(z.unknown()),
});

const NonNegativeDecimalSchema = DecimalStringSchema.refine((v) => !v.startsWith('-'), {
  params: { code: 'too_small', params: { minimum: '0', inclusive: true, origin: 'number' } },
});

/** What {@link integrate2021} reads of a {@link HasilPp46} (the rest passes through). */
const HasilPp46LikeSchema = z.looseObject({
  prestasiKerja: z.looseObject({
    nilai: z.looseObject({ nilai: NonNegativeDecimalSchema, dibulatkan: NonNegativeDecimalSchema }),
  }),
  trace: TraceLikeSchema,
});

/** What {@link integrate2021} reads of a {@link HasilEvaluasi82021} (the rest passes through). */
const Hasil82021LikeSchema = z.looseObject({
  nilaiKinerja: NonNegativeDecimalSchema,
  nilaiKinerjaDibulatkan: NonNegativeDecimalSchema,
  inovasi: z.boolean(),
  trace: TraceLikeSchema,
});

const NilaiSemesterSchema = z.strictObject({
  nilai: NonNegativeDecimalSchema,
  rulePack: RulePackRefSchema.optional(),
});

const EnvelopeSchema = z.strictObject({
  semester1: z.record(z.string(), z.unknown()),
  semester2: z.record(z.string(), z.unknown()),
  inovasi: z.boolean().optional(),
});

/**
 * One period of 2021 as {@link integrate2021} takes it, in one of three forms:
 * `{ input }` — the raw input of the period's evaluator (`evaluatePp46` for January–June,
 * `evaluateTahunan82021` for July–December), evaluated with the registry's pack;
 * `{ hasil }` — the result of that evaluator, computed before;
 * `{ nilai, rulePack? }` — a recorded value (nilai prestasi kerja / nilai kinerja), e.g. from an
 * archive, without a trace.
 *
 * @example
 * ```ts
 * const s: SemesterIntegrasi2021Input = { nilai: '85.5', rulePack: { id: 'pp-46-2011', version: '1.0.0' } };
 * ```
 */
export type SemesterIntegrasi2021Input =
  | { readonly input: unknown }
  | { readonly hasil: unknown }
  | { readonly nilai: DecimalInput; readonly rulePack?: RulePackRef };

/**
 * The input of {@link integrate2021}: the two periods of 2021 and, optionally, whether the pegawai
 * created an innovation (needed for Sangat Baik under the 8/2021 bands; by default the second
 * period's `inovasi`).
 *
 * @example
 * ```ts
 * const input: Integrasi2021Input = { semester1: { hasil: hasilPp46 }, semester2: { input: skp82021 } };
 * ```
 */
export interface Integrasi2021Input {
  /** January–June 2021, PP 46/2011: nilai prestasi kerja. */
  readonly semester1: SemesterIntegrasi2021Input;
  /** July–December 2021, PP 30/2019 + PermenPANRB 8/2021: nilai kinerja. */
  readonly semester2: SemesterIntegrasi2021Input;
  readonly inovasi?: boolean;
}

/**
 * Options of {@link integrate2021}.
 *
 * @example
 * ```ts
 * const options: Integrasi2021Options = { bobot: { semester1: '50', semester2: '50' }, basis: 'DIBULATKAN' };
 * ```
 */
export interface Integrasi2021Options {
  /** Where the packs of 2021 come from (default {@link DEFAULT_REGISTRY}). */
  readonly registry?: Registry;
  /** The weights of the two periods, in percent, adding up to 100 (default 50 / 50, SE MenPANRB 3/2021). */
  readonly bobot?: { readonly semester1: DecimalInput; readonly semester2: DecimalInput };
  /**
   * Integrate each period's exact value (`EXACT`, default) or its value rounded as the period's
   * form shows it (`DIBULATKAN`, 2 places). A recorded `nilai` is taken as given.
   */
  readonly basis?: 'EXACT' | 'DIBULATKAN';
}

/**
 * One period of the integration, as the result shows it.
 *
 * @example
 * ```ts
 * const s: SemesterIntegrasi2021<null> = {
 *   regime: 'pp-46-2011', from: '2021-01-01', until: '2021-06-30', sumber: 'NILAI',
 *   nilai: '85.5', rulePack: { id: 'pp-46-2011', version: '1.0.0' }, hasil: null,
 * };
 * ```
 */
export interface SemesterIntegrasi2021<H> {
  readonly regime: (typeof REGIMES_2021)[number];
  /** The days of the period, as the registry splits 2021. */
  readonly from: Tanggal;
  readonly until: Tanggal;
  /** How the period came in: evaluated here, a result, or a recorded value. */
  readonly sumber: 'INPUT' | 'HASIL' | 'NILAI';
  /** The value integrated (canonical decimal). */
  readonly nilai: string;
  /** The pack that produced the period's value (for a recorded value: as given, else the registry's). */
  readonly rulePack: RulePackRef;
  /** The period's full result, or `null` for a recorded value. */
  readonly hasil: H | null;
}

/**
 * The integration step:
 *
 * $$N_{2021} = \frac{b_1}{100} \cdot N_{\text{Jan–Jun}} + \frac{b_2}{100} \cdot N_{\text{Jul–Des}}$$
 *
 * @example
 * ```ts
 * const step: Integrasi2021Step = {
 *   kind: 'integrasi_2021', basis: 'EXACT', nilaiSemester1: '85.5', nilaiSemester2: '97.48',
 *   bobotSemester1: '50', bobotSemester2: '50', nilai: '91.49',
 * };
 * ```
 */
export interface Integrasi2021Step {
  readonly kind: 'integrasi_2021';
  readonly basis: 'EXACT' | 'DIBULATKAN';
  readonly nilaiSemester1: string;
  readonly nilaiSemester2: string;
  /** Percent. */
  readonly bobotSemester1: string;
  readonly bobotSemester2: string;
  /** Exact. */
  readonly nilai: string;
}

/**
 * How the 2021 result was reached: the 8/2021 pack of the predikat (`rulePack`), the packs of both
 * periods, the integration and predikat steps, review flags, and the periods' own traces (`null`
 * for a recorded value).
 *
 * @example
 * ```ts
 * const r = integrate2021(input);
 * if (r.ok) [r.value.trace.rulePacks.semester1.id, r.value.trace.rulePacks.semester2.id]; // ['pp-46-2011', 'permenpanrb-8-2021']
 * ```
 */
export interface TraceIntegrasi2021 {
  readonly rulePack: RulePackRef;
  readonly rulePacks: { readonly semester1: RulePackRef; readonly semester2: RulePackRef };
  readonly steps: readonly (Integrasi2021Step | PredikatKinerja82021Step)[];
  /** The periods' flags, with paths under `semester1` / `semester2`. */
  readonly flags: readonly Issue[];
  readonly semester1: TracePp46 | null;
  readonly semester2: Trace82021 | null;
}

/**
 * The annual result of 2021: both periods, the integrated nilai and its predikat under the bands
 * of PermenPANRB 8/2021 (decision 0014).
 *
 * @example
 * ```ts
 * const r = integrate2021(input);
 * if (r.ok) console.log(r.value.nilai, r.value.predikat, r.value.predikat62022);
 * ```
 */
export interface HasilIntegrasi2021 {
  readonly tahun: 2021;
  readonly semester1: SemesterIntegrasi2021<HasilPp46>;
  readonly semester2: SemesterIntegrasi2021<HasilEvaluasi82021>;
  /** Percent, canonical. */
  readonly bobot: { readonly semester1: string; readonly semester2: string };
  /** The exact integrated nilai. */
  readonly nilai: string;
  /** Rounded per the 8/2021 pack's `rounding.nilai`. */
  readonly nilaiDibulatkan: string;
  readonly inovasi: boolean;
  readonly predikat: Predikat82021;
  /** The corresponding 6/2022 predikat (`CUKUP` → `BUTUH_PERBAIKAN`). */
  readonly predikat62022: Predikat;
  readonly trace: TraceIntegrasi2021;
}

interface Packs2021 {
  readonly pp46: { readonly pack: RulePackPp46; readonly from: Tanggal; readonly until: Tanggal };
  readonly p82021: { readonly pack: RulePack82021; readonly from: Tanggal; readonly until: Tanggal };
}

/**
 * @internal The two packs of 2021 in a registry: PP 46/2011 from 1 January, then 8/2021 until
 * 31 December, without a gap; else `rule_pack_missing` (the first uncovered day) or
 * `regime_mismatch` (the regimes in force, for the integration).
 */
export function packs2021(registry: Registry, path: IssuePath = []): Result<Packs2021> {
  const intervals = registry.packsForYear(2021);
  const gap = firstUncoveredDay(intervals, 2021);
  if (gap !== undefined) return fail([issue('rule_pack_missing', path, { tahun: 2021, tanggal: gap })]);
  const [a, b] = intervals;
  if (intervals.length !== 2 || a?.pack.regime !== 'pp-46-2011' || b?.pack.regime !== 'permenpanrb-8-2021') {
    return fail([
      issue('regime_mismatch', path, {
        expected: intervals.map((i) => i.pack.regime),
        received: INTEGRASI_2021,
      }),
    ]);
  }
  return ok({
    pp46: { pack: a.pack, from: a.from, until: a.until },
    p82021: { pack: b.pack, from: b.from, until: b.until },
  });
}

function prefix(issues: readonly Issue[], base: IssuePath): Issue[] {
  return issues.map((i) => ({ ...i, path: [...base, ...i.path] }) as Issue);
}

function weights(options: Integrasi2021Options): { w1: Decimal; w2: Decimal } {
  const raw = options.bobot ?? { semester1: '50', semester2: '50' };
  let w1: Decimal;
  let w2: Decimal;
  try {
    w1 = new Decimal(raw.semester1);
    w2 = new Decimal(raw.semester2);
  } catch (cause) {
    throw new KinerjaError(
      'invalid_argument',
      `bobot is not a pair of numbers: ${String(raw.semester1)}, ${String(raw.semester2)}`,
      {
        cause,
      },
    );
  }
  if (!w1.isFinite() || !w2.isFinite() || w1.lt(ZERO) || w2.lt(ZERO) || !w1.plus(w2).eq(HUNDRED)) {
    throw new KinerjaError('invalid_argument', `bobot must be ≥ 0 and add up to 100: ${w1}, ${w2}`);
  }
  return { w1, w2 };
}

interface Period<H> {
  readonly sumber: 'INPUT' | 'HASIL' | 'NILAI';
  readonly exact: Decimal;
  readonly dibulatkan: Decimal | null;
  readonly rulePack: RulePackRef;
  readonly hasil: H | null;
  readonly trace: (H extends { trace: infer T } ? T : never) | null;
  readonly inovasi?: boolean;
}

/** Which period's result a value looks like, to report a swapped period as a regime mismatch. */
function looksLike(value: unknown): 'pp-46-2011' | 'permenpanrb-8-2021' | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if ('prestasiKerja' in value) return 'pp-46-2011';
  if ('nilaiKinerja' in value) return 'permenpanrb-8-2021';
  return undefined;
}

/** How to read one period of 2021: its place, its regime, its evaluator and its result's nilai. */
interface PeriodReader<H extends { readonly trace: { readonly rulePack: RulePackRef } }, P> {
  readonly path: 'semester1' | 'semester2';
  readonly regime: (typeof REGIMES_2021)[number];
  /** The other period's regime, whose result here is a `regime_mismatch`. */
  readonly other: (typeof REGIMES_2021)[number];
  readonly evaluate: (input: unknown, pack: P) => Result<H>;
  readonly hasilSchema: z.ZodType;
  /** The exact and rounded nilai of a result (and its `inovasi`, if the regime has one). */
  readonly nilai: (hasil: H) => Pick<Period<H>, 'exact' | 'dibulatkan' | 'inovasi'>;
}

function readPeriod<
  H extends { readonly trace: { readonly rulePack: RulePackRef } },
  P extends Parameters<typeof rulePackRef>[0],
>(raw: Record<string, unknown>, pack: P, reader: PeriodReader<H, P>, issues: Issue[]): Period<H> | null {
  const path = [reader.path];
  if ('input' in raw || 'hasil' in raw) {
    const form = 'input' in raw ? 'input' : 'hasil';
    const extra = Object.keys(raw).filter((k) => k !== form);
    if (extra.length > 0) {
      issues.push(issue('unrecognized_keys', path, { keys: extra }));
      return null;
    }
    if (form === 'hasil' && looksLike(raw.hasil) === reader.other) {
      issues.push(
        issue('regime_mismatch', [...path, 'hasil'], {
          expected: [reader.regime],
          received: reader.other,
        }),
      );
      return null;
    }
    let hasil: H;
    if (form === 'input') {
      const r = reader.evaluate(raw.input, pack);
      if (!r.ok) {
        issues.push(...prefix(r.issues, [...path, 'input']));
        return null;
      }
      hasil = r.value;
    } else {
      const r = parseWith(reader.hasilSchema, raw.hasil, [...path, 'hasil']);
      if (!r.ok) {
        issues.push(...r.issues);
        return null;
      }
      hasil = r.value as unknown as H;
    }
    return {
      sumber: form === 'input' ? 'INPUT' : 'HASIL',
      ...reader.nilai(hasil),
      rulePack: hasil.trace.rulePack,
      hasil,
      trace: hasil.trace as Period<H>['trace'],
    };
  }
  const r = parseWith(NilaiSemesterSchema, raw, path);
  if (!r.ok) {
    issues.push(...r.issues);
    return null;
  }
  const exact = new Decimal(r.value.nilai);
  return {
    sumber: 'NILAI',
    exact,
    dibulatkan: null,
    rulePack: r.value.rulePack ?? rulePackRef(pack),
    hasil: null,
    trace: null,
  };
}

const READ_PP46: PeriodReader<HasilPp46, RulePackPp46> = {
  path: 'semester1',
  regime: 'pp-46-2011',
  other: 'permenpanrb-8-2021',
  evaluate: evaluatePp46,
  hasilSchema: HasilPp46LikeSchema,
  nilai: (hasil) => ({
    exact: new Decimal(hasil.prestasiKerja.nilai.nilai),
    dibulatkan: new Decimal(hasil.prestasiKerja.nilai.dibulatkan),
  }),
};

const READ_82021: PeriodReader<HasilEvaluasi82021, RulePack82021> = {
  path: 'semester2',
  regime: 'permenpanrb-8-2021',
  other: 'pp-46-2011',
  evaluate: evaluateTahunan82021,
  hasilSchema: Hasil82021LikeSchema,
  nilai: (hasil) => ({
    exact: new Decimal(hasil.nilaiKinerja),
    dibulatkan: new Decimal(hasil.nilaiKinerjaDibulatkan),
    inovasi: hasil.inovasi,
  }),
};

/**
 * The annual result of 2021 (SE MenPANRB 3/2021): the January–June period was appraised under
 * PP 46/2011 (nilai prestasi kerja) and the July–December period under PP 30/2019 with
 * PermenPANRB 8/2021 (nilai kinerja); the year's nilai integrates both, 50 % each by default,
 * exactly in decimals:
 *
 * $$N_{2021} = 0.5 \cdot N_{\text{Jan–Jun}} + 0.5 \cdot N_{\text{Jul–Des}}$$
 *
 * and its predikat comes from the predikat bands of the 8/2021 pack in force on 31 December 2021
 * (PP 30/2019 Pasal 41(5); [U] decision 0014), with the innovation condition of Sangat Baik taken
 * from `input.inovasi`, else the second period's. Each period is given as its evaluator's raw
 * input (evaluated here with the registry's pack of that period), as its result, or as a recorded
 * value; see {@link SemesterIntegrasi2021Input}. The trace holds both packs' references and both
 * periods' traces.
 *
 * Never throws on malformed input: issues name their place (`['semester1', 'input', …]`,
 * `['semester2', 'hasil', …]`); a period given in the other period's form is `regime_mismatch`;
 * a registry that does not split 2021 into PP 46/2011 and 8/2021 is `rule_pack_missing` or
 * `regime_mismatch`.
 *
 * @param input - see {@link Integrasi2021Input}; anything is accepted and validated.
 * @param options - the registry, the weights, and whether to integrate exact or rounded values.
 * @returns the integrated result with its trace, or the issues.
 * @throws {@link KinerjaError} `invalid_argument` when `options.bobot` are not two numbers ≥ 0 adding up to 100.
 * @example
 * ```ts
 * const r = integrate2021({
 *   semester1: { nilai: '85.5' },                     // nilai prestasi kerja, Baik under PP 46
 *   semester2: { input: skp82021 },                   // evaluated here: nilai kinerja 97.48
 * });
 * if (r.ok) [r.value.nilai, r.value.predikat];      // ['91.49', 'BAIK']
 * ```
 */
export function integrate2021(
  input: unknown,
  options: Integrasi2021Options = {},
): Result<HasilIntegrasi2021> {
  const { w1, w2 } = weights(options);
  const basis = options.basis ?? 'EXACT';
  const envelope = parseWith(EnvelopeSchema, input);
  if (!envelope.ok) return envelope;
  const packs = packs2021(options.registry ?? DEFAULT_REGISTRY);
  if (!packs.ok) return packs;
  const { pp46, p82021 } = packs.value;

  const issues: Issue[] = [];
  const s1 = readPeriod(envelope.value.semester1, pp46.pack, READ_PP46, issues);
  const s2 = readPeriod(envelope.value.semester2, p82021.pack, READ_82021, issues);
  if (s1 === null || s2 === null || issues.length > 0) return fail(issues);

  const n1 = basis === 'DIBULATKAN' && s1.dibulatkan !== null ? s1.dibulatkan : s1.exact;
  const n2 = basis === 'DIBULATKAN' && s2.dibulatkan !== null ? s2.dibulatkan : s2.exact;
  const nilai = w1.div(HUNDRED).times(n1).plus(w2.div(HUNDRED).times(n2));
  const inovasi = envelope.value.inovasi ?? s2.inovasi ?? false;
  const p = predikatKinerja82021(nilai, inovasi, p82021.pack);
  const step: Integrasi2021Step = {
    kind: 'integrasi_2021',
    basis,
    nilaiSemester1: toCanonical(n1),
    nilaiSemester2: toCanonical(n2),
    bobotSemester1: toCanonical(w1),
    bobotSemester2: toCanonical(w2),
    nilai: toCanonical(nilai),
  };
  const flags = [
    ...prefix(s1.trace?.flags ?? [], ['semester1']),
    ...prefix(s2.trace?.flags ?? [], ['semester2']),
    ...p.trace.flags,
  ];
  return ok({
    tahun: 2021,
    semester1: {
      regime: 'pp-46-2011',
      from: pp46.from,
      until: pp46.until,
      sumber: s1.sumber,
      nilai: toCanonical(n1),
      rulePack: s1.rulePack,
      hasil: s1.hasil,
    },
    semester2: {
      regime: 'permenpanrb-8-2021',
      from: p82021.from,
      until: p82021.until,
      sumber: s2.sumber,
      nilai: toCanonical(n2),
      rulePack: s2.rulePack,
      hasil: s2.hasil,
    },
    bobot: { semester1: toCanonical(w1), semester2: toCanonical(w2) },
    nilai: toCanonical(nilai),
    nilaiDibulatkan: toCanonical(roundDecimal(nilai, p82021.pack.definition.rounding.nilai)),
    inovasi,
    predikat: p.predikat,
    predikat62022: p.predikat62022,
    trace: {
      rulePack: p.trace.rulePack,
      rulePacks: { semester1: s1.rulePack, semester2: s2.rulePack },
      steps: [
        step,
        ...p.trace.steps.filter((s): s is PredikatKinerja82021Step => s.kind === 'predikat_kinerja_82021'),
      ],
      flags,
      semester1: s1.trace,
      semester2: s2.trace,
    },
  });
}
