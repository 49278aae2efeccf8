import { RulePackError } from '../../errors/kinerja-error';
import type { RulePack62022 } from './pack';

/**
 * @internal Throws unless `pack` is a PermenPANRB 6/2022 pack made by `createRulePack`.
 *
 * @param pack - anything.
 * @param name - the argument's name, for the message.
 * @throws {@link RulePackError} `rule_pack_invalid`.
 * @example
 * ```ts
 * assertRulePack62022(PERMENPANRB_6_2022, 'pack');
 * ```
 */
export function assertRulePack62022(pack: unknown, name: string): asserts pack is RulePack62022 {
  const p = pack as Partial<RulePack62022> | null | undefined;
  if (
    typeof p !== 'object' ||
    p === null ||
    p.regime !== 'permenpanrb-6-2022' ||
    p.compiled?.kurva === undefined ||
    p.definition === undefined
  ) {
    throw new RulePackError(
      'rule_pack_invalid',
      `${name} must be a PermenPANRB 6/2022 rule pack made by createRulePack`,
    );
  }
}
