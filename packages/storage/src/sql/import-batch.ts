import { fail, type ImportBatch, type ImportReport, type Issue, issue, ok, type Result } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { type BulkWriteSpec, bulkWrite } from './bulk-upsert';
import { FOREIGN_KEYS, type TableName, UNIQUE_CONSTRAINTS } from './constraints';
import { findPresentKeys, tupleKey } from './find-present-keys';
import { issuesForDriverError } from './issues-for-driver-error';
import type { KinerjaDatabase, UnitKerjaTable } from './kinerja-database';
import { INDIKATOR_COLUMNS, RHK_COLUMNS } from './replace-skp-children';
import { jabatanToRow, pegawaiToRow, unitKerjaToRow } from './rows/organisasi-rows';
import { capaianToRow, evaluasiToRow } from './rows/penilaian-rows';
import { realisasiToRows } from './rows/realisasi-rows';
import { skpToRows } from './rows/skp-rows';
import type { SqlBackend } from './sql-backend';

/** Thrown inside the import transaction to roll it back with issues. */
class ImportFailure extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super('import failed');
  }
}

/** The rows of one table, with the list of the batch they came from and each row's index there. */
interface TableRows {
  readonly rows: readonly object[];
  /** The batch's list, e.g. `realisasi` (also for the bukti dukung of a realisasi). */
  readonly list: string;
  /** For each row, the index of its record in the list. */
  readonly index: readonly number[];
}

/** Every row of a batch, encoded, by table (in writing order). */
interface BatchRows {
  readonly tables: ReadonlyMap<TableName, TableRows>;
}

/** The tables an import writes, in order, with the key that identifies a stored row. */
const IMPORTED: readonly { readonly table: TableName; readonly key: readonly string[] }[] = [
  { table: 'unit_kerja', key: ['id'] },
  { table: 'jabatan', key: ['id'] },
  { table: 'pegawai', key: ['id'] },
  { table: 'skp', key: ['id'] },
  { table: 'realisasi', key: ['id'] },
  { table: 'evaluasi', key: ['id'] },
  { table: 'capaian_kinerja_organisasi', key: ['unit_kerja_id', 'tahun'] },
];

/** Units in an order where a parent inside the batch comes before its children. */
function parentsFirst(units: readonly UnitKerjaTable[]): UnitKerjaTable[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const placed = new Set<string>();
  const out: UnitKerjaTable[] = [];
  const place = (u: UnitKerjaTable, depth: number) => {
    if (placed.has(u.id)) return;
    const parent = u.induk_id === null ? undefined : byId.get(u.induk_id);
    // A cycle stops here; the foreign key then reports it.
    if (parent !== undefined && depth < units.length) place(parent, depth + 1);
    if (placed.has(u.id)) return;
    placed.add(u.id);
    out.push(u);
  };
  for (const u of units) place(u, 0);
  return out;
}

/** Encodes a batch's records as rows of the batch's instansi (their own `instansiId` is not used). */
function encodeBatch(batch: ImportBatch, backend: SqlBackend): BatchRows {
  const { codec } = backend;
  const instansiId = batch.instansiId;
  const simple = <T>(list: string, items: readonly T[] | undefined, encode: (t: T) => object): TableRows => ({
    rows: (items ?? []).map(encode),
    list,
    index: (items ?? []).map((_, i) => i),
  });
  const unitRows = (batch.unitKerja ?? []).map((u) => unitKerjaToRow(instansiId, u));
  const unitIndex = new Map(unitRows.map((r, i) => [r, i]));
  const units = parentsFirst(unitRows);
  const skp: TableRows = { rows: [], list: 'skp', index: [] };
  const rhk: TableRows = { rows: [], list: 'skp', index: [] };
  const indikator: TableRows = { rows: [], list: 'skp', index: [] };
  const push = (t: TableRows, row: object, i: number) => {
    (t.rows as object[]).push(row);
    (t.index as number[]).push(i);
  };
  (batch.skp ?? []).forEach((s, i) => {
    const r = skpToRows({ ...s, instansiId }, 1, codec);
    push(skp, r.skp, i);
    for (const x of r.rhk) push(rhk, x, i);
    for (const x of r.indikator) push(indikator, x, i);
  });
  const realisasi: TableRows = { rows: [], list: 'realisasi', index: [] };
  const bukti: TableRows = { rows: [], list: 'realisasi', index: [] };
  (batch.realisasi ?? []).forEach((s, i) => {
    const r = realisasiToRows({ ...s, instansiId }, 1, codec);
    push(realisasi, r.realisasi, i);
    for (const x of r.bukti) push(bukti, x, i);
  });
  const tables = new Map<TableName, TableRows>([
    ['unit_kerja', { rows: units, list: 'unitKerja', index: units.map((u) => unitIndex.get(u)!) }],
    ['jabatan', simple('jabatan', batch.jabatan, (j) => jabatanToRow(instansiId, j, codec))],
    ['pegawai', simple('pegawai', batch.pegawai, (p) => pegawaiToRow(instansiId, p))],
    ['skp', skp],
    ['rencana_hasil_kerja', rhk],
    ['indikator', indikator],
    ['realisasi', realisasi],
    ['bukti_dukung', bukti],
    ['evaluasi', simple('evaluasi', batch.evaluasi, (e) => evaluasiToRow({ ...e, instansiId }, 1, codec))],
    [
      'capaian_kinerja_organisasi',
      simple('capaianOrganisasi', batch.capaianOrganisasi, (c) => capaianToRow({ ...c, instansiId }, 1)),
    ],
  ]);
  return { tables };
}

const columnsOf = (rows: readonly object[] | undefined): string[] =>
  rows === undefined || rows.length === 0 ? [] : Object.keys(rows[0]!);

/**
 * Writes the batch: each record is inserted unless its id is already stored (then it is skipped,
 * never overwritten, with its RHK, indikator and bukti dukung); a natural key held by another id
 * or a missing reference makes the driver throw.
 *
 * @returns the rows written per kind.
 */
async function writeBatch(
  db: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  rows: BatchRows,
): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  const skippedIds = new Map<TableName, Set<string>>();
  const insertNew = async (table: TableName, key: readonly string[], list: readonly object[]) => {
    const spec: BulkWriteSpec = {
      table,
      columns: columnsOf(list),
      conflict: ['instansi_id', ...key],
      action: 'nothing',
      key,
    };
    const skipped = await bulkWrite(db, backend, spec, list);
    skippedIds.set(table, new Set(skipped.map((r) => String((r as { id?: unknown }).id))));
    return list.length - skipped.length;
  };
  const rowsOf = (table: TableName) => rows.tables.get(table)?.rows ?? [];
  written.unitKerja = await insertNew('unit_kerja', ['id'], rowsOf('unit_kerja'));
  written.jabatan = await insertNew('jabatan', ['id'], rowsOf('jabatan'));
  written.pegawai = await insertNew('pegawai', ['id'], rowsOf('pegawai'));
  written.skp = await insertNew('skp', ['id'], rowsOf('skp'));
  const skippedSkp = skippedIds.get('skp')!;
  const ofNewSkp = (list: readonly object[]) =>
    skippedSkp.size === 0 ? list : list.filter((r) => !skippedSkp.has((r as { skp_id: string }).skp_id));
  await bulkWrite(
    db,
    backend,
    { table: 'rencana_hasil_kerja', columns: RHK_COLUMNS },
    ofNewSkp(rowsOf('rencana_hasil_kerja')),
  );
  await bulkWrite(
    db,
    backend,
    { table: 'indikator', columns: INDIKATOR_COLUMNS },
    ofNewSkp(rowsOf('indikator')),
  );
  written.realisasi = await insertNew('realisasi', ['id'], rowsOf('realisasi'));
  const skippedRealisasi = skippedIds.get('realisasi')!;
  const bukti = rowsOf('bukti_dukung').filter(
    (b) => !skippedRealisasi.has((b as { realisasi_id: string }).realisasi_id),
  );
  await bulkWrite(db, backend, { table: 'bukti_dukung', columns: columnsOf(bukti) }, bukti);
  written.evaluasi = await insertNew('evaluasi', ['id'], rowsOf('evaluasi'));
  written.capaianOrganisasi = await insertNew(
    'capaian_kinerja_organisasi',
    ['unit_kerja_id', 'tahun'],
    rowsOf('capaian_kinerja_organisasi'),
  );
  return written;
}

/**
 * Finds why a batch failed, after its transaction was rolled back, with the path of every bad
 * row: rows whose id is stored would have been skipped (with their children); of the others,
 * every reference that neither the stored data nor the batch satisfies (`unknown_reference`)
 * and every natural key that a stored record or an earlier row holds (`duplicate_key`).
 */
async function diagnoseBatch(
  db: Kysely<KinerjaDatabase>,
  rows: BatchRows,
  instansiId: string,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const report = (table: TableName, position: number, made: Issue) => {
    const t = rows.tables.get(table)!;
    const at = { ...made, path: [t.list, t.index[position]!] } as Issue;
    const k = JSON.stringify([at.code, at.path, at.params]);
    if (!seen.has(k)) issues.push(at);
    seen.add(k);
  };
  const valuesOf = (row: object, columns: readonly string[]) =>
    columns.map((c) => (row as Record<string, unknown>)[c]);

  // The rows that would be written (by position): not stored by id, nor children of a skipped
  // SKP or realisasi.
  const remaining = new Map<TableName, number[]>();
  const skipped = new Map<TableName, Set<string>>();
  const positions = (table: TableName) => (rows.tables.get(table)?.rows ?? []).map((_, i) => i);
  for (const { table, key } of IMPORTED) {
    const list = rows.tables.get(table)?.rows ?? [];
    const columns = ['instansi_id', ...key];
    const stored = await findPresentKeys(
      db,
      table,
      columns,
      list.map((r) => valuesOf(r, columns)),
    );
    const isStored = (r: object) => stored.has(tupleKey(valuesOf(r, columns)));
    remaining.set(
      table,
      positions(table).filter((i) => !isStored(list[i]!)),
    );
    skipped.set(table, new Set(list.filter(isStored).map((r) => String((r as { id?: unknown }).id))));
  }
  const childrenOf = (table: TableName, parent: TableName, column: string) => {
    const list = rows.tables.get(table)?.rows ?? [];
    const gone = skipped.get(parent)!;
    remaining.set(
      table,
      positions(table).filter((i) => !gone.has(String((list[i] as Record<string, unknown>)[column]))),
    );
  };
  childrenOf('rencana_hasil_kerja', 'skp', 'skp_id');
  childrenOf('indikator', 'skp', 'skp_id');
  childrenOf('bukti_dukung', 'realisasi', 'realisasi_id');
  const remainingRows = (table: TableName) => {
    const list = rows.tables.get(table)?.rows ?? [];
    return (remaining.get(table) ?? []).map((i) => [i, list[i]!] as const);
  };

  // References.
  for (const fk of FOREIGN_KEYS) {
    const list = remainingRows(fk.table);
    if (list.length === 0) continue;
    const provided = new Set(remainingRows(fk.refTable).map(([, r]) => tupleKey(valuesOf(r, fk.refColumns))));
    const wanted = new Map<string, unknown[]>();
    for (const [, r] of list) {
      const values = valuesOf(r, fk.columns);
      if (values.some((v) => v === null || v === undefined)) continue;
      const k = tupleKey(values);
      if (!provided.has(k)) wanted.set(k, values);
    }
    if (wanted.size === 0) continue;
    const present = await findPresentKeys(db, fk.refTable, fk.refColumns, [...wanted.values()]);
    for (const [i, r] of list) {
      const values = valuesOf(r, fk.columns);
      const k = tupleKey(values);
      if (wanted.has(k) && !present.has(k)) {
        report(
          fk.table,
          i,
          issue('unknown_reference', [], { kind: fk.refTable, id: String(values[values.length - 1]) }),
        );
      }
    }
  }

  // Natural keys held by a stored record or by an earlier row of the batch.
  for (const constraint of UNIQUE_CONSTRAINTS) {
    if (constraint.name.endsWith('_pk') || constraint.name.endsWith('_pkey')) continue;
    const candidates = remainingRows(constraint.table).filter(([, r]) =>
      valuesOf(r, constraint.columns).every((v) => v !== null && v !== undefined),
    );
    if (candidates.length === 0) continue;
    const stored = await findPresentKeys(
      db,
      constraint.table,
      constraint.columns,
      candidates.map(([, r]) => valuesOf(r, constraint.columns)),
    );
    const earlier = new Set<string>();
    for (const [i, r] of candidates) {
      const values = valuesOf(r, constraint.columns);
      const k = tupleKey(values);
      if (stored.has(k) || earlier.has(k)) {
        report(
          constraint.table,
          i,
          issue('duplicate_key', [], {
            entity: constraint.table,
            key: values.slice(1).map(String).join('/'),
          }),
        );
      }
      earlier.add(k);
    }
  }
  if (issues.length === 0 && (await findPresentKeys(db, 'instansi', ['id'], [[instansiId]])).size === 0) {
    issues.push(issue('unknown_reference', ['instansiId'], { kind: 'instansi', id: instansiId }));
  }
  return issues;
}

/**
 * Imports one batch in one transaction (decision 0021): when `import_batch` already holds the
 * batch's key, nothing is written and the report says `alreadyImported` with the counts of the
 * run that imported it. Otherwise unit kerja (parents first), jabatan, pegawai, SKP (with RHK and
 * indikator), realisasi (with bukti dukung), evaluasi and capaian organisasi are inserted with
 * version 1 under the batch's instansi; a record whose id is already stored is skipped, never
 * overwritten; the key and the counts of what was written are recorded last. A missing
 * reference, a natural key held by another id or an unknown instansi fails the whole batch:
 * nothing is kept, the key is not recorded, and every bad row comes back with its path.
 *
 * Writing is fast: on SQLite a prepared single-row statement per table in a synchronous loop,
 * on PostgreSQL multi-row statements as large as the parameter limit allows; the checks run only
 * after a failure.
 *
 * @param db - a Kysely instance (not a transaction: the import opens its own).
 * @param backend - the dialect.
 * @param batch - the batch.
 * @returns the report, or the issues of the bad rows.
 * @example
 * ```ts
 * const r = await importBatchSql(db, backend, { instansiId: 'pemko', key: 'pegawai-2026-01', pegawai });
 * if (r.ok && r.value.alreadyImported) console.log('already done');
 * ```
 */
export async function importBatchSql(
  db: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  batch: ImportBatch,
): Promise<Result<ImportReport>> {
  const rows = encodeBatch(batch, backend);
  const recorded = async (executor: Kysely<KinerjaDatabase>): Promise<Result<ImportReport> | undefined> => {
    const done = await executor
      .selectFrom('import_batch')
      .select('counts')
      .where('instansi_id', '=', batch.instansiId)
      .where('key', '=', batch.key)
      .executeTakeFirst();
    if (done === undefined) return undefined;
    const counts = backend.codec.decodeJson(done.counts) as Record<string, number>;
    return ok({ key: batch.key, alreadyImported: true, counts });
  };
  try {
    return await db.transaction().execute(async (trx) => {
      const instansi = await trx
        .selectFrom('instansi')
        .select('id')
        .where('id', '=', batch.instansiId)
        .executeTakeFirst();
      if (instansi === undefined) {
        throw new ImportFailure([
          issue('unknown_reference', ['instansiId'], { kind: 'instansi', id: batch.instansiId }),
        ]);
      }
      const done = await recorded(trx);
      if (done !== undefined) return done;
      const counts = await writeBatch(trx, backend, rows);
      await trx
        .insertInto('import_batch')
        .values({ instansi_id: batch.instansiId, key: batch.key, counts: backend.codec.encodeJson(counts) })
        .execute();
      return ok({ key: batch.key, alreadyImported: false, counts });
    });
  } catch (error) {
    if (error instanceof ImportFailure) return fail(error.issues);
    const info = backend.classifyError(error);
    if (info === undefined) throw error;
    if (info.kind === 'unique' && info.table === 'import_batch') {
      // A concurrent run of the same batch committed first.
      const done = await recorded(db);
      if (done !== undefined) return done;
    }
    const issues = await diagnoseBatch(db, rows, batch.instansiId);
    if (issues.length > 0) return fail(issues);
    return fail(
      await issuesForDriverError(db, backend, info, {
        operation: 'importBatch',
        entity: 'import_batch',
        id: batch.key,
        expectedVersion: null,
        written: new Map([...rows.tables].map(([table, t]) => [table, t.rows])),
      }),
    );
  }
}
