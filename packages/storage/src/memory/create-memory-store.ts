import { AsyncLocalStorage } from 'node:async_hooks';
import {
  type AuditVerification,
  type ImportBatch,
  type ImportReport,
  KinerjaError,
  type KinerjaStore,
  type KinerjaTx,
  type Result,
} from '@kinerja/core';
import { verifyAuditEvents } from '../audit/audit-hash';
import { AsyncMutex } from './async-mutex';
import { importBatchInto } from './import-batch-into';
import { isFailedResult } from './is-failed-result';
import { MemoryReader } from './memory-reader';
import { commitTables, emptyTables, type MemoryTables, viewTables } from './memory-tables';
import { MemoryTx } from './memory-tx';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock for the import ledger's timestamps. Default: the system clock. */
  readonly now?: () => Date;
}

/** What the memory store keeps, reachable by tests through {@link memoryStoreState}. */
interface Holder {
  tables: MemoryTables;
}

const HOLDERS = new WeakMap<KinerjaStore, Holder>();

class MemoryStore extends MemoryReader implements KinerjaStore {
  private readonly mutex = new AsyncMutex();
  private readonly inside = new AsyncLocalStorage<true>();
  private closed = false;

  constructor(
    private readonly holder: Holder,
    private readonly now: () => Date,
  ) {
    super(() => {
      if (this.closed) throw new KinerjaError('store_closed', 'memory store: used after close()');
      return holder.tables;
    });
  }

  /** Runs `work` on views of the tables under the mutex; commits when `commit` says so. */
  private async serialised<T>(work: (tx: MemoryTx) => Promise<T>, commit: (value: T) => boolean): Promise<T> {
    if (this.inside.getStore()) {
      throw new KinerjaError(
        'nested_transaction',
        'memory store: transaction() or importBatch() called inside a transaction; use the tx you were given',
      );
    }
    this.tables();
    return this.mutex.run(async () => {
      const views = viewTables(this.tables() as MemoryTables);
      const tx = new MemoryTx(views);
      try {
        const value = await this.inside.run(true, () => work(tx));
        if (commit(value)) this.holder.tables = commitTables(views);
        return value;
      } finally {
        tx.close();
      }
    });
  }

  transaction<T>(fn: (tx: KinerjaTx) => Promise<T>): Promise<T> {
    return this.serialised(fn, (value) => !isFailedResult(value));
  }

  importBatch(batch: ImportBatch): Promise<Result<ImportReport>> {
    return this.serialised(
      async (tx) => importBatchInto(tx.views(), batch, this.now().toISOString()),
      (r) => r.ok && !r.value.alreadyImported,
    );
  }

  async verifyAuditChain(instansiId: string): Promise<AuditVerification> {
    return verifyAuditEvents(await this.listAudit(instansiId));
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/**
 * Creates an in-memory `KinerjaStore` with the same semantics as the SQL stores (decision
 * 0021): every key scoped by instansi, unique natural keys (`duplicate_key`), checked references
 * (`unknown_reference`), optimistic versions (`version_conflict`), transactions that roll back
 * when their function throws or returns a failed `Result`, a hash-chained audit log, and
 * idempotent all-or-nothing imports. Transactions run one at a time (an async mutex) on
 * copy-on-write views of the tables, so concurrent transactions behave like serialised database
 * transactions. Values are copied in and out: mutating a returned record never changes the store.
 *
 * For tests, demos and the browser; nothing is persisted.
 *
 * @param options - the clock of the import ledger (see {@link MemoryStoreOptions}).
 * @returns an empty store.
 * @example
 * ```ts
 * const store = createMemoryStore();
 * await store.transaction(async (tx) => tx.saveInstansi({ id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' }));
 * await store.getInstansi('pemko-pekanbaru'); // { id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' }
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): KinerjaStore {
  const holder: Holder = { tables: emptyTables() };
  const store = new MemoryStore(holder, options.now ?? (() => new Date()));
  HOLDERS.set(store, holder);
  return store;
}

/**
 * The live tables of a memory store, for tests that must change stored state behind the store's
 * back (e.g. tampering with an audit event). Not part of the public entry point.
 *
 * @param store - a store made by {@link createMemoryStore}.
 * @returns its tables; changes are seen by the store.
 * @throws KinerjaError `not_a_memory_store` for any other store.
 * @example
 * ```ts
 * const events = memoryStoreState(store).audit.get('pemko-pekanbaru')!;
 * events[0] = { ...events[0]!, action: 'forged' };
 * ```
 */
export function memoryStoreState(store: KinerjaStore): MemoryTables {
  const holder = HOLDERS.get(store);
  if (!holder) throw new KinerjaError('not_a_memory_store', 'memoryStoreState: not a memory store');
  return holder.tables;
}
