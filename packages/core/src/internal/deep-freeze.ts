/**
 * @internal Freezes a tree of plain objects and arrays in place, so that a shared value cannot
 * be changed. A frozen node is taken as frozen all the way down and not walked again.
 *
 * @param value - any value; objects and arrays are frozen with everything they reach.
 * @returns `value` itself.
 * @example
 * ```ts
 * const config = deepFreeze({ limits: [1, 2] });
 * Object.isFrozen(config.limits); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
