/**
 * `@kinerja/storage/testing` — the contract suite every `KinerjaStore` backend passes (memory,
 * SQLite, PostgreSQL, and third-party adapters), and helpers to load a generated agency. Needs
 * `vitest` (an optional peer dependency).
 *
 * @packageDocumentation
 */
export { type AgencyImportBatchesOptions, agencyImportBatches } from './agency-import-batches';
export type { KinerjaStoreFactory, KinerjaStoreFixture } from './contract-fixture';
export { runKinerjaStoreContract } from './run-kinerja-store-contract';
