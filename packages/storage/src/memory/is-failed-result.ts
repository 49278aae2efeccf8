import type { Issue } from '@kinerja/core';

/**
 * Whether a transaction function returned a failed `Result` (`{ ok: false, issues }`), which rolls
 * the transaction back as a throw does.
 *
 * @param value - what the function returned.
 * @returns true for a failed result.
 * @example
 * ```ts
 * isFailedResult(fail([issue('not_found', [], { entity: 'skp', id: 'x' })])); // true
 * isFailedResult({ ok: true, value: 1 });                                      // false
 * ```
 */
export function isFailedResult(
  value: unknown,
): value is { readonly ok: false; readonly issues: readonly Issue[] } {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as { ok?: unknown }).ok === false &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}
