import { Decimal } from '../../decimal/decimal';
import { HUNDRED } from '../../decimal/rounding';
import { type Issue, issue } from '../../issues/issue';
import { fail, ok, type Result } from '../../issues/result';
import type { PredikatPp46 } from '../../regimes/pp-46-2011/predikat-pp46';
import type { TingkatKreativitas } from '../../regimes/pp-46-2011/tingkat-kreativitas';
import { compilePack } from '../compile-pack';
import type { OverrideRef } from '../rule-pack-ref';
import { type RulePackPp46Definition, RulePackPp46Schema } from './schema';

/** @internal What the PP 46/2011 formulas need of a pack, parsed once. */
export interface CompiledRulePackPp46 {
  readonly faktor: Decimal;
  readonly batas: Decimal;
  readonly nilaiDasar: Decimal;
  /** Ascending by `jumlahMinimum`; the first starts at 0. */
  readonly tugasTambahan: readonly { readonly jumlahMinimum: number; readonly nilai: Decimal }[];
  readonly kreativitas: Readonly<Record<TingkatKreativitas, Decimal>>;
  readonly bobotSkp: Decimal;
  readonly bobotPerilakuKerja: Decimal;
  /** The bands but `BURUK`, best first, with descending lower bounds. */
  readonly kategori: readonly {
    readonly predikat: Exclude<PredikatPp46, 'BURUK'>;
    readonly batas: Decimal;
  }[];
}

/**
 * A validated, ready-to-use PP 46/2011 rule pack: the data of its definition plus the decimals
 * compiled from it. {@link evaluatePp46} takes one, and every result names its `id` and `version`.
 *
 * @example
 * ```ts
 * PP_46_2011.regime; // 'pp-46-2011'
 * PP_46_2011.definition.efisiensi.batas; // '24'
 * ```
 */
export interface RulePackPp46 {
  readonly id: string;
  readonly version: string;
  readonly regime: 'pp-46-2011';
  readonly definition: RulePackPp46Definition;
  /** The override applied to the base pack, if any. */
  readonly override?: OverrideRef;
  /** @internal */
  readonly compiled: CompiledRulePackPp46;
}

const BANDS = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG'] as const;

function compile(def: RulePackPp46Definition): Result<CompiledRulePackPp46> {
  const issues: Issue[] = [];

  const tiers = def.tugasTambahan.map((t) => ({
    jumlahMinimum: t.jumlahMinimum,
    nilai: new Decimal(t.nilai),
  }));
  const first = tiers[0];
  if (first !== undefined && first.jumlahMinimum !== 0) {
    issues.push(
      issue('invalid_value', ['tugasTambahan', 0, 'jumlahMinimum'], {
        options: ['0'],
        received: String(first.jumlahMinimum),
      }),
    );
  }
  for (let i = 1; i < tiers.length; i++) {
    const previous = tiers[i - 1]!.jumlahMinimum;
    const value = tiers[i]!.jumlahMinimum;
    if (value <= previous) {
      issues.push(
        issue('rule_pack_unordered', ['tugasTambahan', i, 'jumlahMinimum'], {
          previous: String(previous),
          value: String(value),
          order: 'ascending',
        }),
      );
    }
  }

  const kategori = BANDS.map((predikat) => ({
    predikat,
    batas: new Decimal(def.kategori.batasBawah[predikat]),
  }));
  for (let i = 1; i < kategori.length; i++) {
    const previous = kategori[i - 1]!.batas;
    const value = kategori[i]!.batas;
    if (value.gte(previous)) {
      issues.push(
        issue('rule_pack_unordered', ['kategori', 'batasBawah', kategori[i]!.predikat], {
          previous: previous.toFixed(),
          value: value.toFixed(),
          order: 'descending',
        }),
      );
    }
  }

  const bobotSkp = new Decimal(def.bobot.nilaiSkp);
  const bobotPerilakuKerja = new Decimal(def.bobot.nilaiPerilakuKerja);
  const sum = bobotSkp.plus(bobotPerilakuKerja);
  if (!sum.eq(HUNDRED)) {
    issues.push(issue('bobot_total_invalid', ['bobot'], { total: sum.toFixed(), expected: '100' }));
  }

  if (issues.length > 0) return fail(issues);
  const k = def.kreativitas.nilai;
  return ok({
    faktor: new Decimal(def.efisiensi.faktor),
    batas: new Decimal(def.efisiensi.batas),
    nilaiDasar: new Decimal(def.efisiensi.nilaiDasar),
    tugasTambahan: tiers,
    kreativitas: {
      UNIT_KERJA: new Decimal(k.UNIT_KERJA),
      ORGANISASI: new Decimal(k.ORGANISASI),
      NASIONAL: new Decimal(k.NASIONAL),
    },
    bobotSkp,
    bobotPerilakuKerja,
    kategori,
  });
}

/**
 * Validates the data of a PP 46/2011 rule pack and compiles it for {@link evaluatePp46}. Most
 * callers use {@link createRulePack}, which picks the regime from the data.
 *
 * Beyond the schema: the tugas tambahan tiers start at 0 (`invalid_value`) and ascend, the
 * category bounds descend (`rule_pack_unordered`), and the weights sum to 100
 * (`bobot_total_invalid`).
 *
 * @param input - the pack's data, of any shape: it is validated.
 * @returns the rule pack, or issues naming every offending path.
 * @example
 * ```ts
 * const r = compileRulePackPp46({ ...pp462011Definition, version: '1.0.0+lt24', efisiensi: { ...pp462011Definition.efisiensi, batasInklusif: false } });
 * if (r.ok) evaluatePp46(input, r.value);
 * ```
 */
export function compileRulePackPp46(input: unknown): Result<RulePackPp46> {
  return compilePack(RulePackPp46Schema, compile, input);
}
