import type { Issue } from './issue';

/**
 * The outcome of anything that reads outside data: the value, or every issue found.
 *
 * @example
 * ```ts
 * const r = parsePegawai(input);
 * if (!r.ok) console.log(r.issues.map((i) => formatIssue(i)).join('\n'));
 * ```
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A successful {@link Result}.
 *
 * @param value - the value.
 * @returns `{ ok: true, value }`.
 * @example
 * ```ts
 * ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * A failed {@link Result}.
 *
 * @param issues - at least one issue.
 * @returns `{ ok: false, issues }`.
 * @example
 * ```ts
 * fail([issue('required', ['nip'], {})]);
 * ```
 */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}
