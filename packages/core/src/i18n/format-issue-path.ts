import type { IssuePath } from '../issues/issue';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Renders an issue path the way a developer or an analyst reads a field in a JSON document:
 * keys joined by dots, array indexes (0-based) in brackets, and keys that are not identifiers
 * quoted in brackets.
 *
 * @param path - the path, e.g. `['rencanaHasilKerja', 0, 'indikator', 1, 'target']`.
 * @returns e.g. `'rencanaHasilKerja[0].indikator[1].target'`; `''` for the empty path.
 * @example
 * ```ts
 * formatIssuePath(['rencanaHasilKerja', 0, 'indikator', 1, 'target']); // 'rencanaHasilKerja[0].indikator[1].target'
 * formatIssuePath([2, 'nama lengkap']);                               // '[2]["nama lengkap"]'
 * ```
 */
export function formatIssuePath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}
