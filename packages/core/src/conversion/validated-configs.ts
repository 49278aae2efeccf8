import type { z } from 'zod';
import { deepFreeze } from '../internal/deep-freeze';
import { parseWith } from '../issues/from-zod';
import type { Issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';

/**
 * @internal The configurations one schema has validated: deep-frozen, so that a function given
 * the same object again can skip validating it.
 */
export interface ValidatedConfigs<T> {
  /** Validates `input` (schema, then `check` on the parsed value); a frozen copy on success. */
  parse(input: unknown): Result<T>;
  /**
   * `input` itself when this set validated it, else the result of {@link ValidatedConfigs.parse}
   * with every issue path under `['config']`, to tell them from the issues of a function's input.
   */
  resolve(input: unknown): Result<T>;
}

/**
 * @internal A {@link ValidatedConfigs} for a schema and a check across its fields.
 */
export function validatedConfigs<S extends z.ZodType>(
  schema: S,
  check: (value: z.output<S>) => Issue[],
): ValidatedConfigs<z.output<S>> {
  const seen = new WeakSet<object>();
  const parse = (input: unknown): Result<z.output<S>> => {
    const parsed = parseWith(schema, input);
    if (!parsed.ok) return parsed;
    const issues = check(parsed.value);
    if (issues.length > 0) return fail(issues);
    const frozen = deepFreeze(parsed.value);
    if (typeof frozen === 'object' && frozen !== null) seen.add(frozen);
    return ok(frozen);
  };
  return {
    parse,
    resolve: (input) => {
      if (typeof input === 'object' && input !== null && seen.has(input)) return ok(input as z.output<S>);
      const r = parse(input);
      return r.ok ? r : fail(r.issues.map((i) => ({ ...i, path: ['config', ...i.path] })));
    },
  };
}
