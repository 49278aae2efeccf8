import { RulePackError } from '../../errors/kinerja-error';
import { permenpanrb82021Definition } from './definition';
import { compileRulePack82021, type RulePack82021 } from './pack';

function build(): RulePack82021 {
  const r = compileRulePack82021(permenpanrb82021Definition);
  if (!r.ok)
    throw new RulePackError('rule_pack_invalid', `invalid built-in pack: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/**
 * The built-in rule pack of PP 30/2019 with PermenPANRB 8/2021 (performance periods from
 * 1 July to 31 December 2021), the default of every 8/2021 scoring function.
 *
 * @example
 * ```ts
 * nilaiCapaianIki82021('98', {}, PERMENPANRB_8_2021).nilai; // '88'
 * ```
 */
export const PERMENPANRB_8_2021: RulePack82021 = build();

export { permenpanrb82021Definition };
