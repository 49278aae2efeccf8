import type { KinerjaStore } from '@kinerja/core';

/**
 * What a contract factory hands to each test: a new, empty, migrated store, how to dispose of it,
 * and optionally how to tamper with one stored audit event behind the store's back.
 *
 * @example
 * ```ts
 * const fixture: KinerjaStoreFixture = { store: createMemoryStore(), cleanup: async () => {} };
 * ```
 */
export interface KinerjaStoreFixture {
  /** A new, empty store (migrated, for SQL backends). */
  readonly store: KinerjaStore;
  /** Closes the store and removes what the factory created (files, schemas, databases). */
  cleanup(): Promise<void>;
  /**
   * Changes the content of the stored audit event `seq` of an instansi (e.g. its `action` or
   * `after`) without fixing its hash, directly in the backing storage: the contract checks that
   * `verifyAuditChain` then names that `seq` as the first broken link. Without it, the tamper
   * test is skipped.
   */
  tamper?(instansiId: string, seq: number): Promise<void>;
}

/**
 * Makes a {@link KinerjaStoreFixture}; called once per test.
 *
 * @example
 * ```ts
 * const factory: KinerjaStoreFactory = async () => ({ store: createMemoryStore(), cleanup: async () => {} });
 * ```
 */
export type KinerjaStoreFactory = () => Promise<KinerjaStoreFixture>;
