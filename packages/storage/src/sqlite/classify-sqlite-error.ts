import type { DriverErrorInfo } from '../sql/driver-error-info';

/**
 * Reads a better-sqlite3 error (`SqliteError`, whose `code` is an extended SQLite result code
 * such as `SQLITE_CONSTRAINT_UNIQUE`). A unique violation's message lists the table and columns
 * ("UNIQUE constraint failed: pegawai.instansi_id, pegawai.nip"); a foreign key violation says
 * nothing more.
 *
 * @param error - anything thrown.
 * @returns what it means, or `undefined` when it is not an SQLite error.
 * @example
 * ```ts
 * classifySqliteError(e)?.kind; // 'unique'
 * ```
 */
export function classifySqliteError(error: unknown): DriverErrorInfo | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const m = /constraint failed: (.+)$/.exec(error.message);
    const qualified = m?.[1]?.split(',').map((s) => s.trim()) ?? [];
    const table = qualified[0]?.split('.')[0];
    const columns = qualified.map((q) => q.slice(q.indexOf('.') + 1));
    return table === undefined ? { kind: 'unique', code } : { kind: 'unique', code, table, columns };
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return { kind: 'foreign_key', code };
  return { kind: 'other', code };
}
