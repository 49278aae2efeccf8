import { issue } from '../issues/issue';
import { fail, type Result } from '../issues/result';

/** @internal A failed result with `transition_not_allowed`. */
export function notAllowed<T>(entity: string, from: string, action: string): Result<T> {
  return fail([issue('transition_not_allowed', [], { entity, from, action })]);
}

/** @internal A reason or note that must not be blank: the trimmed text, or a `required` issue. */
export function requireText(text: unknown, field: string): Result<string> {
  if (typeof text !== 'string' || text.trim() === '') return fail([issue('required', [field], {})]);
  return { ok: true, value: text.trim() };
}

/** @internal A copy of a record without some optional fields (so they do not linger as `undefined`). */
export function omitFields<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const out = { ...record };
  for (const k of keys) delete out[k];
  return out;
}
