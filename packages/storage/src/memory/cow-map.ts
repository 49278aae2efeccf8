/** The read side of a map, shared by `Map` and {@link CowMap}. */
export interface ReadMap<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  values(): IterableIterator<V>;
}

/**
 * A copy-on-write view of a map: reads go to the base map until the first write, which copies it;
 * the base is never changed. A transaction of the memory store views every table through one, and
 * commits by taking `current`.
 *
 * @example
 * ```ts
 * const view = new CowMap(committed);
 * view.set('k', 1);            // committed is unchanged
 * const next = view.current;   // the base, or its changed copy
 * ```
 */
export class CowMap<K, V> implements ReadMap<K, V> {
  private own: Map<K, V> | undefined;

  /** @param base - the map to view; never modified. */
  constructor(private readonly base: ReadonlyMap<K, V>) {}

  /** The map as seen through this view: the base, or the copy if anything was written. */
  get current(): ReadonlyMap<K, V> {
    return this.own ?? this.base;
  }

  /** Whether anything was written. */
  get changed(): boolean {
    return this.own !== undefined;
  }

  get(key: K): V | undefined {
    return (this.own ?? this.base).get(key);
  }

  has(key: K): boolean {
    return (this.own ?? this.base).has(key);
  }

  values(): IterableIterator<V> {
    return (this.own ?? this.base).values() as IterableIterator<V>;
  }

  /**
   * Sets a value, copying the base on the first write.
   *
   * @param key - the key.
   * @param value - the value.
   */
  set(key: K, value: V): void {
    this.own ??= new Map(this.base);
    this.own.set(key, value);
  }

  /**
   * Deletes a key, copying the base on the first write.
   *
   * @param key - the key.
   */
  delete(key: K): void {
    if (!this.has(key)) return;
    this.own ??= new Map(this.base);
    this.own.delete(key);
  }
}
