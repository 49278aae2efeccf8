import { fail, type Issue, type IssuePath, issue, ok, type Result } from '@kinerja/core';
import { cloneJson } from './clone-json';
import type { EntitySpec, MissingReference } from './entity-specs';
import { keyText, rowKey, type TxTables } from './memory-tables';

const referenceIssues = (refs: readonly MissingReference[], prefix: IssuePath = []): Issue[] =>
  refs.map((r) => issue('unknown_reference', [...prefix, ...r.path], { kind: r.kind, id: r.id }));

/** The unique-index key of a record's natural key, if the entity has one. */
function uniqueKey<R>(spec: EntitySpec<R>, r: R): { index: string; text: string } | undefined {
  if (!spec.unique) return undefined;
  const parts = spec.unique.parts(r);
  return { index: rowKey(spec.instansiId(r), ...parts), text: keyText(parts) };
}

/** A natural key held by another row → `duplicate_key`. */
function naturalKeyIssue<R>(spec: EntitySpec<R>, t: TxTables, r: R): Issue | undefined {
  const u = uniqueKey(spec, r);
  if (!u || !spec.unique) return undefined;
  const owner = spec.unique.index(t).get(u.index);
  return owner !== undefined && owner !== spec.key(r)
    ? issue('duplicate_key', [], { entity: spec.entity, key: u.text })
    : undefined;
}

/** Writes a row (a copy) and moves its natural key in the unique index. */
function write<R>(spec: EntitySpec<R>, t: TxTables, r: R, previous: R | undefined): R {
  const table = spec.table(t);
  const key = spec.key(r);
  const stored = cloneJson(r);
  if (spec.unique) {
    const index = spec.unique.index(t);
    if (previous !== undefined) {
      const old = uniqueKey(spec, previous);
      if (old && index.get(old.index) === key) index.delete(old.index);
    }
    const now = uniqueKey(spec, stored);
    if (now) index.set(now.index, key);
  }
  table.set(key, stored);
  return cloneJson(stored);
}

/**
 * Inserts (`expectedVersion: null`) or updates a versioned record (decision 0021): identity and
 * version first, then references, then the natural key.
 *
 * @param spec - the entity.
 * @param t - the transaction's tables.
 * @param record - the record; its `version` is ignored.
 * @param expectedVersion - null to insert, else the version the stored record must have.
 * @returns the stored record with its new version, or the issues.
 */
export function saveVersioned<R extends { readonly version: number }>(
  spec: EntitySpec<R>,
  t: TxTables,
  record: R,
  expectedVersion: number | null,
): Result<R> {
  const current = spec.table(t).get(spec.key(record));
  if (expectedVersion === null) {
    if (current !== undefined)
      return fail([issue('duplicate_key', [], { entity: spec.entity, key: spec.id(record) })]);
  } else if (current === undefined || current.version !== expectedVersion) {
    return fail([
      issue('version_conflict', [], {
        entity: spec.entity,
        id: spec.id(record),
        expected: expectedVersion,
        actual: current?.version ?? null,
      }),
    ]);
  }
  const refs = spec.references(t, record);
  if (refs.length > 0) return fail(referenceIssues(refs));
  const dup = naturalKeyIssue(spec, t, record);
  if (dup) return fail([dup]);
  const version = expectedVersion === null ? 1 : expectedVersion + 1;
  return ok(write(spec, t, { ...record, version }, current));
}

/**
 * Inserts or replaces a record that has no version (unit kerja, jabatan, pegawai).
 *
 * @param spec - the entity.
 * @param t - the transaction's tables.
 * @param record - the record.
 * @returns the stored record, or the issues.
 */
export function upsert<R>(spec: EntitySpec<R>, t: TxTables, record: R): Result<R> {
  const refs = spec.references(t, record);
  if (refs.length > 0) return fail(referenceIssues(refs));
  const dup = naturalKeyIssue(spec, t, record);
  if (dup) return fail([dup]);
  return ok(write(spec, t, record, spec.table(t).get(spec.key(record))));
}

/**
 * Appends a record that is never updated (umpan balik, penetapan, pembukaan periode, penugasan):
 * an existing key → `duplicate_key`.
 *
 * @param spec - the entity.
 * @param t - the transaction's tables.
 * @param record - the record.
 * @returns the stored record, or the issues.
 */
export function append<R>(spec: EntitySpec<R>, t: TxTables, record: R): Result<R> {
  if (spec.table(t).has(spec.key(record))) {
    return fail([issue('duplicate_key', [], { entity: spec.entity, key: spec.id(record) })]);
  }
  return upsert(spec, t, record);
}

/**
 * Imports one row: skipped when a row with its id is already stored (so a rerun writes nothing
 * twice), else checked for references and for its natural key (held by another row →
 * `duplicate_key`), and inserted.
 *
 * @param spec - the entity.
 * @param t - the transaction's tables.
 * @param record - the record (versioned records carry version 1).
 * @param path - where the row is in the batch, e.g. `['realisasi', 12]`.
 * @returns `inserted`, `skipped`, or the row's issues.
 */
export function importRow<R>(
  spec: EntitySpec<R>,
  t: TxTables,
  record: R,
  path: IssuePath,
): 'inserted' | 'skipped' | Issue[] {
  if (spec.table(t).has(spec.key(record))) return 'skipped';
  const refs = spec.references(t, record).filter((r) => r.kind !== 'instansi');
  if (refs.length > 0) return referenceIssues(refs, path);
  const u = uniqueKey(spec, record);
  if (u && spec.unique?.index(t).has(u.index)) {
    return [issue('duplicate_key', [...path], { entity: spec.entity, key: u.text })];
  }
  write(spec, t, record, undefined);
  return 'inserted';
}
