import { Decimal } from '../../decimal/decimal';
import { type Issue, issue } from '../../issues/issue';
import { fail, ok, type Result } from '../../issues/result';
import {
  PREDIKAT_ORGANISASIS,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  RATINGS,
  type Rating,
} from '../../model/predikat';
import { compilePack } from '../compile-pack';
import type { OverrideRef } from '../rule-pack-ref';
import { type KurvaRule, type RulePack62022Definition, RulePack62022Schema } from './schema';

/** The ordinal of a rating: 0 di bawah, 1 sesuai, 2 di atas. */
export const RATING_ORDINAL: Readonly<Record<Rating, 0 | 1 | 2>> = {
  DI_BAWAH_EKSPEKTASI: 0,
  SESUAI_EKSPEKTASI: 1,
  DI_ATAS_EKSPEKTASI: 2,
};

/** @internal A kurva rule with its share parsed once. */
export interface CompiledKurvaRule {
  readonly rule: KurvaRule;
  /** The share as a fraction (70 % → 0.7), or null for a count or a MODAL rule. */
  readonly fraction: Decimal | null;
  /** Bit mask over {@link PREDIKATS} of the group. */
  readonly mask: number;
}

/** @internal What scoring needs of a pack, parsed once: decimals and lookup tables. */
export interface CompiledRulePack {
  /** matrix[hasil * 3 + perilaku] with the ordinals of {@link RATING_ORDINAL}. */
  readonly matrix: readonly Predikat[];
  readonly diAtas: Decimal;
  readonly sesuai: Decimal;
  readonly capaianFloor: Decimal | null;
  readonly capaianCeiling: Decimal | null;
  readonly majority: Decimal;
  readonly minority: Decimal;
  readonly meanDiAtas: Decimal;
  readonly meanSesuai: Decimal;
  readonly kurva: Readonly<Record<PredikatOrganisasi, readonly CompiledKurvaRule[]>>;
}

/**
 * A validated, ready-to-use rule pack: the data of its definition plus the tables compiled from
 * it. Every scoring function takes one, and every result names its `id` and `version`.
 *
 * @example
 * ```ts
 * import { PERMENPANRB_6_2022 } from '@kinerja/core';
 * PERMENPANRB_6_2022.id; // 'permenpanrb-6-2022'
 * ```
 */
export interface RulePack62022 {
  readonly id: string;
  readonly version: string;
  readonly regime: 'permenpanrb-6-2022';
  readonly definition: RulePack62022Definition;
  /** The override applied to the base pack, if any. */
  readonly override?: OverrideRef;
  /** @internal */
  readonly compiled: CompiledRulePack;
}

function maskOf(predikat: readonly Predikat[]): number {
  let m = 0;
  for (const p of predikat) m |= 1 << PREDIKATS.indexOf(p);
  return m;
}

function compileKurva(def: RulePack62022Definition, issues: Issue[]): CompiledRulePack['kurva'] {
  const out = {} as Record<PredikatOrganisasi, CompiledKurvaRule[]>;
  for (const po of PREDIKAT_ORGANISASIS) {
    const rules = def.kurva[po].map((rule) => ({
      rule,
      fraction: rule.kind !== 'MODAL' && rule.share !== undefined ? new Decimal(rule.share).div(100) : null,
      mask: maskOf(rule.predikat),
    }));
    // Hard MINIMUM/MAXIMUM groups must be identical or disjoint, so that feasibility and a
    // witness distribution can be computed exactly (decision 0005).
    const hard = rules.filter((r) => r.rule.kind !== 'MODAL' && r.rule.severity === 'error');
    for (let i = 0; i < hard.length; i++) {
      for (let j = i + 1; j < hard.length; j++) {
        const a = hard[i]!.mask;
        const b = hard[j]!.mask;
        if (a !== b && (a & b) !== 0) {
          const shared = PREDIKATS.filter((_, k) => (a & b & (1 << k)) !== 0);
          issues.push(
            issue('rule_pack_overlapping_groups', ['kurva', po], {
              predikatOrganisasi: po,
              predikat: shared.join(', '),
            }),
          );
        }
      }
    }
    out[po] = rules;
  }
  return out;
}

function compile(def: RulePack62022Definition): Result<CompiledRulePack> {
  const issues: Issue[] = [];
  const matrix: Predikat[] = [];
  for (const hasil of RATINGS)
    for (const perilaku of RATINGS) matrix.push(def.predikatMatrix[hasil][perilaku]);
  const k = def.kuantitatif;
  const diAtas = new Decimal(k.ratingThresholds.diAtasEkspektasi);
  const sesuai = new Decimal(k.ratingThresholds.sesuaiEkspektasi);
  if (diAtas.lt(sesuai)) {
    issues.push(
      issue('invalid_interval', ['kuantitatif', 'ratingThresholds'], {
        start: sesuai.toFixed(),
        end: diAtas.toFixed(),
      }),
    );
  }
  const meanDiAtas = new Decimal(def.annual.meanThresholds.diAtasEkspektasi);
  const meanSesuai = new Decimal(def.annual.meanThresholds.sesuaiEkspektasi);
  if (meanDiAtas.lt(meanSesuai)) {
    issues.push(
      issue('invalid_interval', ['annual', 'meanThresholds'], {
        start: meanSesuai.toFixed(),
        end: meanDiAtas.toFixed(),
      }),
    );
  }
  const kurva = compileKurva(def, issues);
  if (issues.length > 0) return fail(issues);
  return ok({
    matrix,
    diAtas,
    sesuai,
    capaianFloor: k.capaianFloor === null ? null : new Decimal(k.capaianFloor),
    capaianCeiling: k.capaianCeiling === null ? null : new Decimal(k.capaianCeiling),
    majority: new Decimal(k.majority),
    minority: new Decimal(k.minority),
    meanDiAtas,
    meanSesuai,
    kurva,
  });
}

/**
 * Validates the data of a PermenPANRB 6/2022 rule pack and compiles it for scoring. Most callers
 * use {@link createRulePack}, which picks the regime from the data.
 *
 * @param input - the pack's data, of any shape: it is validated.
 * @returns the rule pack, or issues naming every offending path.
 * @example
 * ```ts
 * const r = compileRulePack62022({ ...permenpanrb62022Definition, version: '1.0.0+strict' });
 * if (r.ok) predikatFromRatings('SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', r.value);
 * ```
 */
export function compileRulePack62022(input: unknown): Result<RulePack62022> {
  return compilePack(RulePack62022Schema, compile, input);
}
