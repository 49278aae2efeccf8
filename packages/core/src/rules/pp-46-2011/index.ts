import { RulePackError } from '../../errors/kinerja-error';
import { pp462011Definition } from './definition';
import { compileRulePackPp46, type RulePackPp46 } from './pack';

function build(): RulePackPp46 {
  const r = compileRulePackPp46(pp462011Definition);
  if (!r.ok)
    throw new RulePackError('rule_pack_invalid', `invalid built-in pack: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/**
 * The built-in rule pack of PP 46/2011 + Perka BKN 1/2013 (in force 2014-01-01 to 2021-06-30),
 * the default of {@link evaluatePp46}.
 *
 * @example
 * ```ts
 * PP_46_2011.definition.bobot; // { nilaiSkp: '60', nilaiPerilakuKerja: '40' }
 * ```
 */
export const PP_46_2011: RulePackPp46 = build();

export { pp462011Definition };
