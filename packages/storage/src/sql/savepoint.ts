import { fail, type Result } from '@kinerja/core';
import { type Kysely, sql } from 'kysely';
import { issuesForDriverError, storageErrorOf, type WriteContext } from './issues-for-driver-error';
import type { KinerjaDatabase } from './kinerja-database';
import type { SqlBackend } from './sql-backend';

let counter = 0;

/**
 * Runs one write of a transaction inside a savepoint, so that the write is all-or-nothing on its
 * own: when it returns a failed result or the driver rejects it, its statements are undone and
 * the transaction stays usable (PostgreSQL would otherwise refuse every later statement), and the
 * driver error becomes issues. Errors that are not the driver's are rethrown as they are.
 *
 * @param trx - the transaction.
 * @param backend - the dialect.
 * @param context - what the write is, to name it in issues.
 * @param write - the write.
 * @returns the write's result, or the issues of its driver error.
 * @throws a `storage_error` `KinerjaError` when even the savepoint cannot be rolled back (a lost connection).
 * @example
 * ```ts
 * return inSavepoint(trx, backend, context, async () => { await insert(); return ok(record); });
 * ```
 */
export async function inSavepoint<T>(
  trx: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  context: WriteContext,
  write: () => Promise<Result<T>>,
): Promise<Result<T>> {
  counter = (counter + 1) % 1_000_000_000;
  const name = `kinerja_sp_${counter}`;
  const undo = async () => {
    await sql.raw(`rollback to savepoint ${name}`).execute(trx);
    await sql.raw(`release savepoint ${name}`).execute(trx);
  };
  await sql.raw(`savepoint ${name}`).execute(trx);
  let result: Result<T>;
  try {
    result = await write();
  } catch (error) {
    const info = backend.classifyError(error);
    try {
      await undo();
    } catch {
      throw storageErrorOf(error, backend, context.operation);
    }
    if (info === undefined) throw error;
    return fail(await issuesForDriverError(trx, backend, info, context));
  }
  if (result.ok) await sql.raw(`release savepoint ${name}`).execute(trx);
  else await undo();
  return result;
}
