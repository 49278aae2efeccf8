import { describe } from 'vitest';
import { auditContract } from './contract-audit';
import { bulkReadsContract } from './contract-bulk-reads';
import type { KinerjaStoreFactory, KinerjaStoreFixture } from './contract-fixture';
import { importContract } from './contract-import';
import { keysContract } from './contract-keys';
import { recordsContract } from './contract-records';
import { transactionsContract } from './contract-transactions';

/**
 * Registers the contract suite of `KinerjaStore` (decision 0021) as vitest `describe`/`it`
 * blocks: every read and write of the port (with the bulk reads by unit), exact round trips of every record type (decimals,
 * dates, JSON traces, Unicode), instansi isolation, natural keys (`duplicate_key`), references
 * (`unknown_reference`), optimistic concurrency with truly concurrent transactions
 * (`version_conflict`, exactly one winner), rollback on a throw and on a failed `Result`, the
 * hash-chained audit log and tamper detection, and idempotent all-or-nothing imports (with a
 * seeded `generateAgency`). Every backend of Kinerja runs it; so can a third-party adapter.
 *
 * Call it at the top level of a test file. `factory` is called once per test and must return a
 * new, empty (migrated) store; `cleanup` is always called. Needs `vitest` (an optional peer
 * dependency of `@kinerja/storage`).
 *
 * @param name - the backend's name, shown in the test titles.
 * @param factory - makes a fresh fixture per test (see {@link KinerjaStoreFixture}).
 * @example
 * ```ts
 * import { createMemoryStore } from '@kinerja/storage/memory';
 * import { runKinerjaStoreContract } from '@kinerja/storage/testing';
 *
 * runKinerjaStoreContract('memory', async () => ({ store: createMemoryStore(), cleanup: async () => {} }));
 * ```
 */
export function runKinerjaStoreContract(name: string, factory: KinerjaStoreFactory): void {
  describe(`KinerjaStore contract: ${name}`, () => {
    recordsContract(factory);
    bulkReadsContract(factory);
    keysContract(factory);
    transactionsContract(factory);
    auditContract(factory);
    importContract(factory);
  });
}
