import { builtInPack } from '../compile-pack';
import { permenpanrb82021Definition } from './definition';
import { compileRulePack82021, type RulePack82021 } from './pack';

/**
 * The built-in rule pack of PP 30/2019 with PermenPANRB 8/2021 (performance periods from
 * 1 July to 31 December 2021), the default of every 8/2021 scoring function.
 *
 * @example
 * ```ts
 * nilaiCapaianIki82021('98', {}, PERMENPANRB_8_2021).nilai; // '88'
 * ```
 */
export const PERMENPANRB_8_2021: RulePack82021 = builtInPack(
  compileRulePack82021,
  permenpanrb82021Definition,
);

export { permenpanrb82021Definition };
