import { KinerjaError, toCanonical } from '@kinerja/core';

/**
 * A stored decimal (text, or a number from a driver that parses NUMERIC) as its canonical string.
 *
 * @param value - the stored value.
 * @returns the canonical decimal string.
 * @throws `KinerjaError` `storage_corrupt` when the value is not a decimal.
 * @example
 * ```ts
 * decodeDecimalText('85.50'); // '85.5'
 * ```
 */
export function decodeDecimalText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'bigint' || typeof value === 'number') {
    try {
      return toCanonical(typeof value === 'bigint' ? value.toString() : value);
    } catch (cause) {
      throw new KinerjaError('storage_corrupt', `stored decimal is not a number: ${String(value)}`, {
        cause,
      });
    }
  }
  throw new KinerjaError('storage_corrupt', `stored decimal has type ${typeof value}`);
}

/**
 * A stored date as `YYYY-MM-DD`: text as it is, or a `Date` that a driver built from a DATE at
 * local midnight (pg's default parser) read back with local getters.
 *
 * @param value - the stored value.
 * @returns the date `YYYY-MM-DD`.
 * @throws `KinerjaError` `storage_corrupt` for anything else.
 * @example
 * ```ts
 * decodeDateValue('2026-03-31'); // '2026-03-31'
 * ```
 */
export function decodeDateValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 10 ? value.slice(0, 10) : value;
  if (value instanceof Date) {
    const y = String(value.getFullYear()).padStart(4, '0');
    const m = String(value.getMonth() + 1).padStart(2, '0');
    const d = String(value.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  throw new KinerjaError('storage_corrupt', `stored date has type ${typeof value}`);
}

/**
 * A value as JSON text for a parameter; `null` and `undefined` become SQL NULL.
 *
 * @param value - any JSON-compatible value.
 * @returns its JSON text, or `null`.
 * @example
 * ```ts
 * encodeJsonText({ a: 1 }); // '{"a":1}'
 * ```
 */
export function encodeJsonText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value);
}
