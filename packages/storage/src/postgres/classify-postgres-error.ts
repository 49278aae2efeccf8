import type { DriverErrorInfo } from '../sql/driver-error-info';

/**
 * Reads a pg error: a server error carries a five-character SQLSTATE `code` (23505 unique,
 * 23503 foreign key, 40001 serialization failure, 40P01 deadlock, …) and the `constraint` and
 * `table` it concerns; a connection failure carries a system code (`ECONNREFUSED`, …) or is
 * pg's "Connection terminated" error.
 *
 * @param error - anything thrown.
 * @returns what it means, or `undefined` when it is not a database error.
 * @example
 * ```ts
 * classifyPostgresError(e)?.kind; // 'foreign_key'
 * ```
 */
export function classifyPostgresError(error: unknown): DriverErrorInfo | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as { code?: unknown; constraint?: unknown; table?: unknown; severity?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  const serverError = code !== undefined && /^[0-9A-Z]{5}$/.test(code) && e.severity !== undefined;
  if (serverError) {
    const where = {
      ...(typeof e.constraint === 'string' ? { constraint: e.constraint } : {}),
      ...(typeof e.table === 'string' ? { table: e.table } : {}),
    };
    if (code === '23505') return { kind: 'unique', code, ...where };
    if (code === '23503') return { kind: 'foreign_key', code, ...where };
    if (code === '40001' || code === '40P01') return { kind: 'conflict', code };
    return { kind: 'other', code };
  }
  if (code !== undefined && /^E[A-Z]+$/.test(code)) return { kind: 'other', code };
  if (/^Connection terminated|^Client has encountered a connection error/.test(error.message)) {
    return { kind: 'other', code: 'connection' };
  }
  return undefined;
}
