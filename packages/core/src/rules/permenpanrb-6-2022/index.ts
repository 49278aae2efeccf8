import { builtInPack } from '../compile-pack';
import { permenpanrb62022Definition } from './definition';
import { compileRulePack62022, type RulePack62022 } from './pack';

/**
 * The built-in rule pack of PermenPANRB 6/2022, the default of every 6/2022 scoring function.
 *
 * @example
 * ```ts
 * predikatFromRatings('DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', PERMENPANRB_6_2022).predikat; // 'SANGAT_BAIK'
 * ```
 */
export const PERMENPANRB_6_2022: RulePack62022 = builtInPack(
  compileRulePack62022,
  permenpanrb62022Definition,
);

export { permenpanrb62022Definition };
