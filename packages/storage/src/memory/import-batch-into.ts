import {
  fail,
  type ImportBatch,
  type ImportReport,
  type Issue,
  issue,
  ok,
  type Result,
  type UnitKerja,
} from '@kinerja/core';
import {
  CAPAIAN_ORGANISASI,
  type EntitySpec,
  EVALUASI,
  JABATAN,
  PEGAWAI,
  REALISASI,
  SKP,
  UNIT_KERJA,
} from './entity-specs';
import { rowKey, type TxTables } from './memory-tables';
import { importRow } from './write-ops';

/** The kinds of a batch, in the order they are written. */
export const IMPORT_KINDS = [
  'unitKerja',
  'jabatan',
  'pegawai',
  'skp',
  'realisasi',
  'evaluasi',
  'capaianOrganisasi',
] as const satisfies readonly (keyof ImportBatch)[];

/**
 * Unit kerja in an order where every induk comes before its children (parents that are already
 * stored, or missing, do not hold a unit back); the original index is kept for issue paths.
 */
function parentsFirst(units: readonly UnitKerja[]): { unit: UnitKerja; index: number }[] {
  const inBatch = new Set(units.map((u) => u.id));
  const placed = new Set<string>();
  const out: { unit: UnitKerja; index: number }[] = [];
  let pending = units.map((unit, index) => ({ unit, index }));
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (const p of pending) {
      const induk = p.unit.indukId;
      if (induk === null || !inBatch.has(induk) || placed.has(induk)) {
        out.push(p);
        placed.add(p.unit.id);
      } else next.push(p);
    }
    // A cycle: place the rest as they are; their references fail the batch.
    if (next.length === pending.length) {
      out.push(...next);
      break;
    }
    pending = next;
  }
  return out;
}

/**
 * Imports a batch into a transaction's tables (decision 0021): a key already imported returns the
 * counts of its first run; otherwise rows are written in dependency order, rows whose id is stored
 * are skipped, and every reference and natural-key issue is collected. The caller commits only an
 * `ok` result that was not already imported.
 *
 * @param t - the transaction's tables.
 * @param batch - the batch.
 * @param importedAt - the time to record in the ledger.
 * @returns the report, or every issue (nothing of the batch is to be committed then).
 */
export function importBatchInto(t: TxTables, batch: ImportBatch, importedAt: string): Result<ImportReport> {
  const { instansiId, key } = batch;
  const kinds = IMPORT_KINDS.filter((k) => batch[k] !== undefined);
  const counts: Record<string, number> = Object.fromEntries(kinds.map((k) => [k, 0]));
  const done = t.importLedger.get(rowKey(instansiId, key));
  if (done) return ok({ key, alreadyImported: true, counts: { ...done.counts } });
  if (!t.instansi.has(instansiId)) {
    return fail([issue('unknown_reference', ['instansiId'], { kind: 'instansi', id: instansiId })]);
  }
  const issues: Issue[] = [];
  const run = <R>(kind: string, spec: EntitySpec<R>, rows: readonly { record: R; index: number }[]) => {
    for (const { record, index } of rows) {
      const r = importRow(spec, t, record, [kind, index]);
      if (r === 'inserted') counts[kind] = (counts[kind] ?? 0) + 1;
      else if (r !== 'skipped') issues.push(...r);
    }
  };
  const indexed = <T, R>(rows: readonly T[] | undefined, map: (row: T) => R) =>
    (rows ?? []).map((row, index) => ({ record: map(row), index }));

  run(
    'unitKerja',
    UNIT_KERJA,
    parentsFirst(batch.unitKerja ?? []).map(({ unit, index }) => ({
      record: { instansiId, value: unit },
      index,
    })),
  );
  run(
    'jabatan',
    JABATAN,
    indexed(batch.jabatan, (value) => ({ instansiId, value })),
  );
  run(
    'pegawai',
    PEGAWAI,
    indexed(batch.pegawai, (value) => ({ instansiId, value })),
  );
  run(
    'skp',
    SKP,
    indexed(batch.skp, (r) => ({ ...r, instansiId, version: 1 })),
  );
  run(
    'realisasi',
    REALISASI,
    indexed(batch.realisasi, (r) => ({ ...r, instansiId, version: 1 })),
  );
  run(
    'evaluasi',
    EVALUASI,
    indexed(batch.evaluasi, (r) => ({ ...r, instansiId, version: 1 })),
  );
  run(
    'capaianOrganisasi',
    CAPAIAN_ORGANISASI,
    indexed(batch.capaianOrganisasi, (r) => ({ ...r, instansiId, version: 1 })),
  );
  if (issues.length > 0) return fail(issues);
  t.importLedger.set(rowKey(instansiId, key), { instansiId, key, counts: { ...counts }, importedAt });
  return ok({ key, alreadyImported: false, counts });
}
