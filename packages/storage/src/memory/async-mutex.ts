/**
 * A first-come, first-served lock for async work: `run(fn)` starts `fn` only when every earlier
 * `run` has settled. The memory store runs each transaction under it, so that two concurrent
 * transactions behave like two database transactions that serialise.
 *
 * @example
 * ```ts
 * const mutex = new AsyncMutex();
 * await Promise.all([mutex.run(async () => a()), mutex.run(async () => b())]); // b starts after a ends
 * ```
 */
export class AsyncMutex {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Runs `fn` after the work queued before it.
   *
   * @param fn - the work.
   * @returns what `fn` returns (or its rejection).
   */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
