import { RulePackError } from '../errors/kinerja-error';
import { issue } from '../issues/issue';
import { fail, type Result } from '../issues/result';
import { compileRulePack62022, type RulePack62022 } from './permenpanrb-6-2022/pack';
import { compileRulePack82021, type RulePack82021 } from './permenpanrb-8-2021/pack';
import { compileRulePackPp46, type RulePackPp46 } from './pp-46-2011/pack';

/**
 * Any rule pack, discriminated by `regime`. Each regime has its own tables and formulas; the
 * scoring functions of a regime take that regime's pack.
 *
 * @example
 * ```ts
 * function describe(pack: RulePack): string {
 *   return `${pack.id}@${pack.version} (${pack.regime})`;
 * }
 * ```
 */
export type RulePack = RulePack62022 | RulePack82021 | RulePackPp46;

/** The regime of a rule pack, e.g. `permenpanrb-6-2022`. */
export type Regime = RulePack['regime'];

/** @internal How each regime validates and compiles its data. */
const COMPILERS: { readonly [R in Regime]: (input: unknown) => Result<Extract<RulePack, { regime: R }>> } = {
  'permenpanrb-6-2022': compileRulePack62022,
  'permenpanrb-8-2021': compileRulePack82021,
  'pp-46-2011': compileRulePackPp46,
};

/** The regimes this version of Kinerja knows. */
export const REGIMES: readonly Regime[] = Object.keys(COMPILERS) as Regime[];

/**
 * Validates a rule pack's data (from code or a JSON file) and compiles it for scoring; the
 * `regime` field picks the schema.
 *
 * @param input - the pack's data, of any shape: it is validated.
 * @returns the rule pack, or issues naming every offending path.
 * @example
 * ```ts
 * const r = createRulePack({ ...permenpanrb62022Definition, version: '1.0.1' });
 * if (r.ok) predikatFromRatings('SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', r.value);
 * ```
 */
export function createRulePack(input: unknown): Result<RulePack> {
  const regime =
    typeof input === 'object' && input !== null && 'regime' in input
      ? (input as { regime: unknown }).regime
      : undefined;
  if (typeof regime !== 'string' || !(regime in COMPILERS)) {
    return fail([
      regime === undefined
        ? issue('required', ['regime'], {})
        : issue('invalid_value', ['regime'], {
            options: REGIMES,
            received: typeof regime === 'string' ? regime : typeof regime,
          }),
    ]);
  }
  return COMPILERS[regime as Regime](input);
}

/**
 * Like {@link createRulePack} for a pack that must be valid (a built-in one): throws instead.
 *
 * @param input - the pack's data.
 * @returns the rule pack.
 * @throws {@link RulePackError} when the data is invalid.
 * @example
 * ```ts
 * const pack = requireRulePack(permenpanrb62022Definition);
 * ```
 */
export function requireRulePack(input: unknown): RulePack {
  const r = createRulePack(input);
  if (!r.ok) throw new RulePackError('rule_pack_invalid', `invalid rule pack: ${JSON.stringify(r.issues)}`);
  return r.value;
}
