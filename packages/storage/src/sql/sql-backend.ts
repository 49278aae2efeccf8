import type { DriverErrorInfo } from './driver-error-info';
import type { SqlCodec } from './sql-codec';

/**
 * What the shared SQL store needs to know about a dialect beyond Kysely: its codec, its
 * parameter syntax and limit, whether it takes row locks, and how to read its driver's errors.
 *
 * @example
 * ```ts
 * const store = createSqlStore(db, backend);
 * ```
 */
export interface SqlBackend {
  /** The dialect's value codec. */
  readonly codec: SqlCodec;
  /** The most bind parameters one statement may carry (SQLite 32766, PostgreSQL 65535). */
  readonly maxParameters: number;
  /** The placeholder of the `index`-th (0-based) parameter in raw SQL: `?` or `$1`. */
  placeholder(index: number): string;
  /**
   * Whether `SELECT … FOR UPDATE` is available and needed (PostgreSQL). SQLite has one writer
   * at a time (transactions begin `IMMEDIATE`), so it needs no row locks.
   */
  readonly rowLocks: boolean;
  /**
   * Whether the store has one connection (SQLite): a read through the store while one of its
   * transactions runs would wait for that transaction forever, so it is refused instead.
   */
  readonly singleConnection: boolean;
  /**
   * Reads a thrown value as a driver error; `undefined` when it is not one (a bug in the
   * caller's code, which is rethrown as it is).
   */
  classifyError(error: unknown): DriverErrorInfo | undefined;
  /**
   * An optional fast path for bulk writes: runs one single-row statement once for each of `count` parameter rows,
   * on the connection of the transaction in progress, and returns the index of every row that
   * changed nothing (an insert skipped by `ON CONFLICT DO NOTHING`). SQLite has it (a prepared statement in a
   * synchronous loop beats multi-row statements there); without it, bulk writes use multi-row
   * statements through Kysely.
   */
  readonly runEach?: (
    sql: string,
    count: number,
    parametersAt: (index: number) => readonly unknown[],
  ) => number[];
}
