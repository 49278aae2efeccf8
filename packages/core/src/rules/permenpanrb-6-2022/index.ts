import { type RulePack, requireRulePack } from '../rule-pack';
import { permenpanrb62022Definition } from './definition';

/**
 * The built-in rule pack of PermenPANRB 6/2022, the default of every scoring function.
 *
 * @example
 * ```ts
 * predikatFromRatings('DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', PERMENPANRB_6_2022).predikat; // 'SANGAT_BAIK'
 * ```
 */
export const PERMENPANRB_6_2022: RulePack = requireRulePack(permenpanrb62022Definition);

export { permenpanrb62022Definition };
