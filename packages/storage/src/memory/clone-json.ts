/**
 * A deep copy with JSON's semantics: `undefined` fields disappear, as they do in a database row or
 * a JSON column. The memory store copies every value in and out with it, so a caller can never
 * change stored state by mutating an object, and values round-trip exactly as through SQL.
 *
 * @param value - a JSON-compatible value.
 * @returns an independent copy.
 * @example
 * ```ts
 * cloneJson({ a: 1, b: undefined }); // { a: 1 }
 * ```
 */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
