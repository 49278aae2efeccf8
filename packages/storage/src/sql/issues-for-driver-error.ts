import { type Issue, issue, KinerjaError } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { findUniqueConstraint, type UniqueConstraint } from './constraints';
import type { DriverErrorInfo } from './driver-error-info';
import { findMissingReferences, type WrittenRows } from './find-missing-references';
import { findPresentKeys, tupleKey } from './find-present-keys';
import type { KinerjaDatabase } from './kinerja-database';
import type { SqlBackend } from './sql-backend';

/** What a failed write was about, to name it in the issues. */
export interface WriteContext {
  /** The store method, e.g. `saveSkp`, for `storage_error`. */
  readonly operation: string;
  /** The entity written, e.g. `skp`. */
  readonly entity: string;
  /** The record's id (or composite key), for `version_conflict`. */
  readonly id: string;
  /** The expected version of an update; `null` for an insert. */
  readonly expectedVersion: number | null;
  /** The rows the write carried, by table. */
  readonly written: WrittenRows;
}

/** The natural key of a row under a constraint: its columns but the instansi, joined by `/`. */
function keyOf(constraint: UniqueConstraint, row: Record<string, unknown>): string {
  return constraint.columns
    .filter((c) => c !== 'instansi_id')
    .map((c) => String(row[c] ?? ''))
    .join('/');
}

/**
 * Turns a driver error of a failed write into issues (never the raw error): a unique violation
 * into `duplicate_key` with the entity and the natural key, a foreign key violation into
 * `unknown_reference` naming the missing record (found by querying after the rollback), a lost
 * race into `version_conflict`, anything else into `storage_error`.
 *
 * @param db - where to look for the missing references (after the failed write was undone).
 * @param backend - the dialect.
 * @param info - the classified driver error.
 * @param context - what the write was.
 * @returns the issues, at least one.
 * @example
 * ```ts
 * const info = backend.classifyError(e);
 * if (info) return fail(await issuesForDriverError(trx, backend, info, context));
 * ```
 */
export async function issuesForDriverError(
  db: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  info: DriverErrorInfo,
  context: WriteContext,
): Promise<Issue[]> {
  if (info.kind === 'unique') {
    const constraint = findUniqueConstraint(info);
    if (constraint === undefined)
      return [issue('duplicate_key', [], { entity: context.entity, key: context.id })];
    const rows = (context.written.get(constraint.table) ?? []) as Record<string, unknown>[];
    // The entity is the table whose key is taken (an SKP's RHK, a realisasi's bukti dukung, …).
    const entity = constraint.table;
    if (rows.length === 0) return [issue('duplicate_key', [], { entity, key: context.id })];
    if (rows.length === 1) return [issue('duplicate_key', [], { entity, key: keyOf(constraint, rows[0]!) })];
    // Several rows: a key they repeat, else the keys already stored (the write was undone).
    const seen = new Map<string, unknown[]>();
    for (const row of rows) {
      const values = constraint.columns.map((c) => row[c]);
      if (values.some((v) => v === null || v === undefined)) continue; // NULLs never conflict
      const k = tupleKey(values);
      if (seen.has(k)) return [issue('duplicate_key', [], { entity, key: keyOf(constraint, row) })];
      seen.set(k, values);
    }
    const present = await findPresentKeys(db, constraint.table, constraint.columns, [...seen.values()]);
    const stored = rows
      .filter((row) => present.has(tupleKey(constraint.columns.map((c) => row[c]))))
      .slice(0, 10);
    if (stored.length === 0) return [issue('duplicate_key', [], { entity, key: context.id })];
    return stored.map((row) => issue('duplicate_key', [], { entity, key: keyOf(constraint, row) }));
  }
  if (info.kind === 'foreign_key') {
    let missing: Awaited<ReturnType<typeof findMissingReferences>> = [];
    try {
      missing = await findMissingReferences(db, context.written);
    } catch (cause) {
      const second = backend.classifyError(cause);
      if (second === undefined) throw cause;
    }
    if (missing.length === 0)
      return [issue('unknown_reference', [], { kind: info.table ?? 'unknown', id: '' })];
    return missing.map((m) => issue('unknown_reference', [], { kind: m.refTable, id: m.id }));
  }
  if (info.kind === 'conflict') {
    return [
      issue('version_conflict', [], {
        entity: context.entity,
        id: context.id,
        expected: context.expectedVersion ?? 0,
        actual: null,
      }),
    ];
  }
  return [issue('storage_error', [], { operation: context.operation })];
}

/**
 * A driver error that escapes the store (a failed commit, a lost connection, a read that
 * failed) as a `KinerjaError` `storage_error` with the driver error as its `cause`;
 * anything that is not a driver error is returned as it is.
 *
 * @param error - what was thrown.
 * @param backend - the dialect.
 * @param operation - the store method.
 * @returns the error to throw.
 * @example
 * ```ts
 * try { … } catch (e) { throw storageErrorOf(e, backend, 'listSkpUnit'); }
 * ```
 */
export function storageErrorOf(error: unknown, backend: SqlBackend, operation: string): unknown {
  if (error instanceof KinerjaError) return error;
  const info = backend.classifyError(error);
  if (info === undefined) return error;
  return new KinerjaError('storage_error', `${operation} failed (${info.code ?? info.kind})`, {
    cause: error,
  });
}
