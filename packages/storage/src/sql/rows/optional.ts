/**
 * `{ [key]: value }` when the value is present, `{}` when it is SQL NULL: the domain's optional
 * fields are absent rather than `undefined` or `null`.
 *
 * @param key - the field.
 * @param value - the stored value.
 * @returns an object to spread.
 * @example
 * ```ts
 * ({ id: 'a', ...optional('catatan', null) }); // { id: 'a' }
 * ```
 */
export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
