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

/** The input as text for a param: primitives as themselves, anything else by its kind (never throws). */
function received(value: unknown): string {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  return describe(value);
}

function translate(zi: ZodIssue, base: IssuePath): Issue[] {
  const path = [...base, ...(zi.path as (string | number)[])];
  switch (zi.code) {
    case 'invalid_type':
      if (zi.message === 'invalid_decimal') return [issue('invalid_decimal', path, {})];
      if (!('input' in zi)) {
        // zod leaves the input out without `reportInput`, and for a missing key of a record
        // with enumerated keys; its default message still says what it received.
        if (/received undefined$/.test(zi.message)) return [issue('required', path, {})];
        return [issue('invalid_type', path, { expected: String(zi.expected), received: 'unknown' })];
      }
      if (zi.input === undefined) return [issue('required', path, {})];
      return [issue('invalid_type', path, { expected: String(zi.expected), received: describe(zi.input) })];
    case 'invalid_value':
      if ('input' in zi && zi.input === undefined) return [issue('required', path, {})];
      return [
        issue('invalid_value', path, {
          options: zi.values.map((v) => String(v)),
          received: received(zi.input),
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
      if (zi.message === 'invalid_date')
        return [issue('invalid_date', path, { received: received(zi.input) })];
      return [issue('invalid_format', path, { format: String(zi.format) })];
    case 'unrecognized_keys':
      return [issue('unrecognized_keys', path, { keys: zi.keys })];
    case 'invalid_union': {
      // Prefer the branch that got furthest: the one with the fewest issues.
      const branches = (zi.errors ?? []).filter((b) => b.length > 0);
      if (branches.length === 0) {
        // A discriminated union whose discriminator matches no option (zod's path ends with it).
        const du = zi as { discriminator?: string; options?: readonly unknown[]; input?: unknown };
        if (du.discriminator !== undefined && du.options !== undefined) {
          const value =
            typeof du.input === 'object' && du.input !== null
              ? (du.input as Record<string, unknown>)[du.discriminator]
              : undefined;
          if (value === undefined && 'input' in zi) return [issue('required', path, {})];
          return [
            issue('invalid_value', path, {
              options: du.options.map((o) => String(o)),
              received: received(value),
            }),
          ];
        }
        return [issue('invalid_union', path, {})];
      }
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
      if (zi.message === 'invalid_date')
        return [issue('invalid_date', path, { received: received(zi.input) })];
      return [issue('invalid_format', path, { format: zi.message })];
    }
    default:
      return [issue('invalid_format', path, { format: zi.code })];
  }
}

/**
 * Maps zod's issues to Kinerja {@link Issue}s (codes, paths and params; no prose). Parse with
 * `{ reportInput: true }` (as {@link parseWith} does): zod drops the input from its issues
 * otherwise, and a missing field can then not be told from a value of the wrong type.
 *
 * @param issues - zod's issues.
 * @param basePath - a prefix for every path, e.g. the row of an import.
 * @returns the issues.
 * @example
 * ```ts
 * const r = PegawaiSchema.safeParse(input, { reportInput: true });
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
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? ok(r.data) : fail(fromZodIssues(r.error.issues, basePath));
}
