import type { z } from 'zod';
import { type Issue, type IssueCode, type IssuePath, issue } from './issue';
import { fail, ok, type Result } from './result';

type ZodIssue = z.core.$ZodIssue;

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function translate(zi: ZodIssue, base: IssuePath): Issue[] {
  const path = [...base, ...(zi.path as (string | number)[])];
  switch (zi.code) {
    case 'invalid_type':
      if (zi.input === undefined) return [issue('required', path, {})];
      return [issue('invalid_type', path, { expected: String(zi.expected), received: describe(zi.input) })];
    case 'invalid_value':
      return [
        issue('invalid_value', path, {
          options: zi.values.map((v) => String(v)),
          received: String(zi.input),
        }),
      ];
    case 'too_small':
      return [
        issue('too_small', path, {
          minimum: String(zi.minimum),
          inclusive: zi.inclusive ?? true,
          origin: String(zi.origin),
        }),
      ];
    case 'too_big':
      return [
        issue('too_big', path, {
          maximum: String(zi.maximum),
          inclusive: zi.inclusive ?? true,
          origin: String(zi.origin),
        }),
      ];
    case 'invalid_format':
      if (zi.message === 'invalid_decimal') return [issue('invalid_decimal', path, {})];
      if (zi.message === 'invalid_date') return [issue('invalid_date', path, { received: String(zi.input) })];
      return [issue('invalid_format', path, { format: String(zi.format) })];
    case 'unrecognized_keys':
      return [issue('unrecognized_keys', path, { keys: zi.keys })];
    case 'invalid_union': {
      // Prefer the branch that got furthest: the one with the fewest issues.
      const branches = (zi.errors ?? []).filter((b) => b.length > 0);
      if (branches.length === 0) return [issue('invalid_union', path, {})];
      const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
      return best.flatMap((inner) => translate(inner as ZodIssue, path));
    }
    case 'invalid_element':
    case 'invalid_key':
      return zi.issues.flatMap((inner) => translate(inner as ZodIssue, path));
    case 'custom': {
      const params = zi.params as { code?: IssueCode; params?: object } | undefined;
      if (params?.code) {
        return [{ code: params.code, path, params: params.params ?? {} } as Issue];
      }
      if (zi.message === 'invalid_decimal') return [issue('invalid_decimal', path, {})];
      if (zi.message === 'invalid_date') return [issue('invalid_date', path, { received: String(zi.input) })];
      return [issue('invalid_format', path, { format: zi.message })];
    }
    default:
      return [issue('invalid_format', path, { format: zi.code })];
  }
}

/**
 * Maps zod's issues to Kinerja {@link Issue}s (codes, paths and params; no prose).
 *
 * @param issues - zod's issues.
 * @param basePath - a prefix for every path, e.g. the row of an import.
 * @returns the issues.
 * @example
 * ```ts
 * const r = PegawaiSchema.safeParse(input);
 * if (!r.success) fromZodIssues(r.error.issues);
 * ```
 */
export function fromZodIssues(issues: readonly ZodIssue[], basePath: IssuePath = []): Issue[] {
  return issues.flatMap((zi) => translate(zi, basePath));
}

/**
 * Parses outside data with a zod schema and answers with a {@link Result}: never throws on
 * malformed input.
 *
 * @param schema - the schema.
 * @param input - anything.
 * @param basePath - a prefix for issue paths.
 * @returns the parsed value, or every issue found.
 * @example
 * ```ts
 * parseWith(PegawaiSchema, JSON.parse(text));
 * ```
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: IssuePath = [],
): Result<z.output<S>> {
  const r = schema.safeParse(input);
  return r.success ? ok(r.data) : fail(fromZodIssues(r.error.issues, basePath));
}
