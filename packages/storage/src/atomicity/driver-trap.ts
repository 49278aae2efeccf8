import { writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * A trap in the database drivers for the kill tests: once armed, it lets `inserts` INSERT
 * statements run inside a transaction, then writes `inside <label>` to stdout and blocks the
 * process for good (`Atomics.wait`), so that the parent can kill it with SIGKILL at a known point:
 * in the middle of the batch's transaction, with rows written and nothing committed. No timer is
 * involved, so the test is deterministic.
 *
 * It wraps better-sqlite3's statements (`run`/`all`/`get`/`iterate`, whose database knows whether
 * it is in a transaction) and pg's `Client#query` (tracking `begin`/`commit`/`rollback` per
 * client), whatever query builder the store uses on top.
 */
export interface DriverTrap {
  /**
   * Arms the trap for the next transaction.
   *
   * @param label - what to report (e.g. the batch key).
   */
  arm(label: string): void;
}

const WRITE = /^\s*insert\b/i;
const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
const END = /^\s*(commit|end|rollback)\s*;?\s*$/i;

function block(label: string): never {
  writeSync(1, `inside ${label}\n`);
  // Wait on a value nobody will change: the process sleeps until it is killed.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  throw new Error('unreachable: the trap was released');
}

/**
 * Installs the trap (disarmed) in both drivers.
 *
 * @param inserts - how many INSERT statements of the armed transaction run before it springs.
 * @returns the trap.
 */
export function installDriverTrap(inserts: number): DriverTrap {
  let label: string | undefined;
  let seen = 0;
  const count = (sql: string, inTransaction: boolean) => {
    if (label === undefined || !inTransaction || !WRITE.test(sql)) return;
    if (seen >= inserts) block(label);
    seen += 1;
  };

  // better-sqlite3: the Statement class is not exported; reach its prototype through one statement.
  const probe = new Database(':memory:');
  const statementProto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<
    string,
    (...args: unknown[]) => unknown
  >;
  probe.close();
  for (const method of ['run', 'all', 'get', 'iterate']) {
    const original = statementProto[method]!;
    statementProto[method] = function (
      this: { source: string; database: Database.Database },
      ...args: unknown[]
    ) {
      count(this.source, this.database.inTransaction);
      return original.apply(this, args);
    };
  }

  // pg: one flag per client.
  const inTx = new WeakMap<object, boolean>();
  const clientProto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const originalQuery = clientProto.query;
  clientProto.query = function (this: object, ...args: unknown[]) {
    const first = args[0];
    const sql = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
    if (BEGIN.test(sql)) inTx.set(this, true);
    else if (END.test(sql)) inTx.set(this, false);
    else count(sql, inTx.get(this) === true);
    return originalQuery.apply(this, args);
  };

  return {
    arm(l: string) {
      label = l;
      seen = 0;
    },
  };
}
