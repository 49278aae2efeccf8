import type { z } from 'zod';
import { RulePack62022Schema } from './permenpanrb-6-2022/schema';
import { RulePack82021Schema } from './permenpanrb-8-2021/schema';
import { RulePackPp46Schema } from './pp-46-2011/schema';
import type { Regime } from './rule-pack';

/**
 * The zod schema of each regime's rule pack data, keyed by `regime`: what `createRulePack`
 * validates, what an override's `changes` are a deep partial of, and what the JSON Schema files
 * for editors are generated from.
 *
 * @example
 * ```ts
 * RULE_PACK_SCHEMAS['permenpanrb-6-2022'].safeParse(permenpanrb62022Definition).success; // true
 * ```
 */
export const RULE_PACK_SCHEMAS: { readonly [R in Regime]: z.ZodType } = {
  'permenpanrb-6-2022': RulePack62022Schema,
  'permenpanrb-8-2021': RulePack82021Schema,
  'pp-46-2011': RulePackPp46Schema,
};
