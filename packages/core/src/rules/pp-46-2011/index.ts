import { builtInPack } from '../compile-pack';
import { pp462011Definition } from './definition';
import { compileRulePackPp46, type RulePackPp46 } from './pack';

/**
 * The built-in rule pack of PP 46/2011 + Perka BKN 1/2013 (in force 2014-01-01 to 2021-06-30),
 * the default of {@link evaluatePp46}.
 *
 * @example
 * ```ts
 * PP_46_2011.definition.bobot; // { nilaiSkp: '60', nilaiPerilakuKerja: '40' }
 * ```
 */
export const PP_46_2011: RulePackPp46 = builtInPack(compileRulePackPp46, pp462011Definition);

export { pp462011Definition };
