/**
 * `@kinerja/storage/memory` — an in-memory `KinerjaStore` with the same semantics as the SQL
 * stores, for tests, demos and the browser.
 *
 * @packageDocumentation
 */
export { createMemoryStore, type MemoryStoreOptions } from './create-memory-store';
