import { AsyncLocalStorage } from 'node:async_hooks';
import { KinerjaError, type KinerjaStore, type KinerjaTx, type Result } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { importBatchSql } from './import-batch';
import { storageErrorOf } from './issues-for-driver-error';
import type { KinerjaDatabase } from './kinerja-database';
import type { SqlBackend } from './sql-backend';
import { createSqlReader } from './sql-reader';
import { createSqlTx } from './sql-tx';
import { verifyAuditChainSql } from './verify-audit-chain';

/** A {@link KinerjaStore} on SQL, with its Kysely instance for migrations, the CLI and reports. */
export interface SqlKinerjaStore extends KinerjaStore {
  /** The Kysely instance the store runs on (typed by the schema). */
  readonly db: Kysely<KinerjaDatabase>;
  /** The dialect's name. */
  readonly dialect: 'sqlite' | 'postgres';
}

/** Carries a failed result out of Kysely's transaction so that it rolls back. */
class Rollback {
  constructor(readonly result: unknown) {}
}

function isFailedResult(value: unknown): value is Result<unknown> & { ok: false } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { ok?: unknown }).ok === false &&
    Array.isArray((value as { issues?: unknown }).issues)
  );
}

/**
 * Wraps every method of an object: `before` runs first (it may throw), and a driver error
 * surfaces as a `storage_error` KinerjaError.
 */
function guard<T extends object>(target: T, backend: SqlBackend, before: () => void): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(target)) {
    if (typeof method !== 'function') {
      guarded[name] = method;
      continue;
    }
    guarded[name] = async (...args: unknown[]) => {
      before();
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        throw storageErrorOf(error, backend, name);
      }
    };
  }
  return guarded as T;
}

/**
 * The one implementation of {@link KinerjaStore} over Kysely, shared by SQLite and PostgreSQL;
 * `createSqliteStore` and `createPostgresStore` only build the Kysely instance and the backend.
 *
 * - `transaction(fn)` runs `fn` in a Kysely transaction and rolls it back when `fn` throws or
 *   returns a failed `Result` (carried out by a private sentinel, then returned as it was).
 *   Transactions do not nest (`nested_transaction`), and a `tx` used after its transaction
 *   ended throws `transaction_closed`. On SQLite (one connection) a read through the store
 *   inside one of its transactions is refused (`nested_transaction`) rather than left waiting.
 * - Each write inside is optimistic and all-or-nothing on its own (a savepoint).
 * - `importBatch` runs one transaction per batch; `verifyAuditChain` pages through the log.
 * - Driver errors become issues in results, or a `storage_error` `KinerjaError` with the
 *   driver error as `cause` when they escape (a failed commit, a lost connection).
 *
 * @param db - the Kysely instance (migrated).
 * @param backend - the dialect.
 * @param close - releases the connection or pool.
 * @returns the store.
 * @throws `KinerjaError` `store_closed` from any method after `close()`.
 * @example
 * ```ts
 * const store = createSqlStore(db, backend, () => db.destroy());
 * ```
 */
export function createSqlStore(
  db: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  close: () => Promise<void>,
): SqlKinerjaStore {
  const inside = new AsyncLocalStorage<true>();
  let closed = false;
  const open = () => {
    if (closed) throw new KinerjaError('store_closed', 'the store was used after close()');
  };
  const notInside = (what: string) => {
    if (inside.getStore()) {
      throw new KinerjaError(
        'nested_transaction',
        `${what} called inside a transaction of the same store; use the tx you were given`,
      );
    }
  };
  const reader = guard(createSqlReader(db, backend), backend, () => {
    open();
    if (backend.singleConnection) notInside('a read through the store');
  });

  return {
    ...reader,
    db,
    dialect: backend.codec.dialect,

    async transaction<T>(fn: (tx: KinerjaTx) => Promise<T>): Promise<T> {
      open();
      notInside('transaction()');
      try {
        return await db.transaction().execute(async (trx) => {
          let ended = false;
          const tx = guard(createSqlTx(trx, backend), backend, () => {
            if (ended) throw new KinerjaError('transaction_closed', 'a transaction was used after it ended');
          });
          try {
            const out = await inside.run(true, () => fn(tx));
            if (isFailedResult(out)) throw new Rollback(out);
            return out;
          } finally {
            ended = true;
          }
        });
      } catch (error) {
        if (error instanceof Rollback) return error.result as T;
        throw storageErrorOf(error, backend, 'transaction');
      }
    },

    async importBatch(batch) {
      open();
      notInside('importBatch()');
      try {
        return await importBatchSql(db, backend, batch);
      } catch (error) {
        throw storageErrorOf(error, backend, 'importBatch');
      }
    },

    async verifyAuditChain(instansiId) {
      open();
      if (backend.singleConnection) notInside('verifyAuditChain()');
      try {
        return await verifyAuditChainSql(db, backend, instansiId);
      } catch (error) {
        throw storageErrorOf(error, backend, 'verifyAuditChain');
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      await close();
    },
  };
}
