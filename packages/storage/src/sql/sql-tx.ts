import {
  type AuditEntry,
  type AuditEvent,
  fail,
  type Instansi,
  type Issue,
  issue,
  KinerjaError,
  type KinerjaTx,
  ok,
  type Result,
} from '@kinerja/core';
import type { Kysely } from 'kysely';
import { chainAuditEvent } from '../audit/audit-hash';
import { bulkWrite } from './bulk-upsert';
import type { TableName } from './constraints';
import type { WriteContext } from './issues-for-driver-error';
import type { KinerjaDatabase } from './kinerja-database';
import { INDIKATOR_COLUMNS, RHK_COLUMNS, replaceSkpChildren } from './replace-skp-children';
import {
  jabatanFromRow,
  jabatanToRow,
  pegawaiFromRow,
  pegawaiToRow,
  unitKerjaFromRow,
  unitKerjaToRow,
} from './rows/organisasi-rows';
import {
  capaianFromRow,
  capaianToRow,
  evaluasiFromRow,
  evaluasiToRow,
  keberatanFromRow,
  keberatanToRow,
  penetapanFromRow,
  penetapanToRow,
  umpanBalikFromRow,
  umpanBalikToRow,
} from './rows/penilaian-rows';
import {
  auditEventToRow,
  pembukaanPeriodeFromRow,
  pembukaanPeriodeToRow,
  penugasanFromRow,
  penugasanToRow,
} from './rows/periode-rows';
import { realisasiFromRows, realisasiToRows } from './rows/realisasi-rows';
import { skpFromRows, skpToRows } from './rows/skp-rows';
import { inSavepoint } from './savepoint';
import type { SqlBackend } from './sql-backend';
import { createSqlReader } from './sql-reader';

/** How often an audit append retries after a concurrent append took its sequence number. */
const AUDIT_APPEND_ATTEMPTS = 50;

// biome-ignore lint/suspicious/noExplicitAny: tables chosen at run time; rows are typed by their mappers.
type AnyDb = Kysely<any>;

/** The rows of one entity's write, for the issues of a failed write. */
function written(
  entries: readonly (readonly [TableName, readonly object[]])[],
): ReadonlyMap<TableName, readonly object[]> {
  return new Map(entries);
}

/** A JSON value as it will come back from the store (what `JSON.stringify` keeps). */
function asStored(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value));
}

function duplicatesIn(entity: string, ids: readonly string[]): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const id of ids) {
    if (seen.has(id)) issues.push(issue('duplicate_key', [], { entity, key: id }));
    seen.add(id);
  }
  return issues;
}

/**
 * The writes of {@link KinerjaTx} over a Kysely transaction, the same for every dialect. Each
 * write runs in its own savepoint (all-or-nothing on its own, see {@link inSavepoint}); updates
 * are optimistic (`UPDATE … WHERE version = expected`, zero rows → `version_conflict` with the
 * stored version); inserts of an existing key give `duplicate_key`.
 *
 * @param trx - the transaction.
 * @param backend - the dialect.
 * @returns the transaction's reads and writes.
 * @example
 * ```ts
 * await db.transaction().execute(async (trx) => createSqlTx(trx, backend).saveSkp(record, null));
 * ```
 */
export function createSqlTx(trx: Kysely<KinerjaDatabase>, backend: SqlBackend): KinerjaTx {
  const { codec } = backend;
  const db = trx as AnyDb;
  const reader = createSqlReader(trx, backend);

  const write = <T>(context: WriteContext, body: () => Promise<Result<T>>) =>
    inSavepoint(trx, backend, context, body);

  /** `UPDATE … WHERE key AND version = expected`; on zero rows, the stale-version issue. */
  const updateVersioned = async (
    table: TableName,
    key: Readonly<Record<string, unknown>>,
    row: object,
    expected: number,
    entity: string,
    id: string,
  ): Promise<Result<never> | undefined> => {
    const values: Record<string, unknown> = {};
    for (const [c, v] of Object.entries(row)) if (!(c in key)) values[c] = v;
    values.version = expected + 1;
    let update = db.updateTable(table).set(values);
    for (const [c, v] of Object.entries(key)) update = update.where(c, '=', v);
    const result = await update.where('version', '=', expected).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return undefined;
    let select = db.selectFrom(table).select('version');
    for (const [c, v] of Object.entries(key)) select = select.where(c, '=', v);
    const stored = (await select.executeTakeFirst()) as { version: number } | undefined;
    return fail([issue('version_conflict', [], { entity, id, expected, actual: stored?.version ?? null })]);
  };

  /** `INSERT … ON CONFLICT (key) DO UPDATE`: the records without a version are upserted by id. */
  const upsert = async (table: TableName, key: readonly string[], row: object) => {
    await bulkWrite(trx, backend, { table, columns: Object.keys(row), conflict: key, action: 'update' }, [
      row,
    ]);
  };

  return {
    ...reader,

    async saveInstansi(instansi: Instansi) {
      const row = { id: instansi.id, nama: instansi.nama };
      const context = {
        operation: 'saveInstansi',
        entity: 'instansi',
        id: instansi.id,
        expectedVersion: null,
        written: written([['instansi', [row]]]),
      };
      return write(context, async () => {
        await upsert('instansi', ['id'], row);
        return ok({ id: row.id, nama: row.nama });
      });
    },

    async saveUnitKerja(instansiId, unit) {
      const row = unitKerjaToRow(instansiId, unit);
      const context = {
        operation: 'saveUnitKerja',
        entity: 'unit_kerja',
        id: unit.id,
        expectedVersion: null,
        written: written([['unit_kerja', [row]]]),
      };
      return write(context, async () => {
        await upsert('unit_kerja', ['instansi_id', 'id'], row);
        return ok(unitKerjaFromRow(row));
      });
    },

    async saveJabatan(instansiId, jabatan) {
      const row = jabatanToRow(instansiId, jabatan, codec);
      const context = {
        operation: 'saveJabatan',
        entity: 'jabatan',
        id: jabatan.id,
        expectedVersion: null,
        written: written([['jabatan', [row]]]),
      };
      return write(context, async () => {
        await upsert('jabatan', ['instansi_id', 'id'], row);
        return ok(jabatanFromRow(row, codec));
      });
    },

    async savePegawai(instansiId, pegawai) {
      const row = pegawaiToRow(instansiId, pegawai);
      const context = {
        operation: 'savePegawai',
        entity: 'pegawai',
        id: pegawai.id,
        expectedVersion: null,
        written: written([['pegawai', [row]]]),
      };
      return write(context, async () => {
        await upsert('pegawai', ['instansi_id', 'id'], row);
        return ok(pegawaiFromRow(row));
      });
    },

    async saveSkp(record, expectedVersion) {
      const version = expectedVersion === null ? 1 : expectedVersion + 1;
      const rows = skpToRows(record, version, codec);
      const duplicates = [
        ...duplicatesIn(
          'rencana_hasil_kerja',
          rows.rhk.map((r) => r.id),
        ),
        ...duplicatesIn(
          'indikator',
          rows.indikator.map((i) => i.id),
        ),
      ];
      if (duplicates.length > 0) return fail(duplicates);
      const context = {
        operation: 'saveSkp',
        entity: 'skp',
        id: record.skp.id,
        expectedVersion,
        written: written([
          ['skp', [rows.skp]],
          ['rencana_hasil_kerja', rows.rhk],
          ['indikator', rows.indikator],
        ]),
      };
      return write(context, async () => {
        if (expectedVersion === null) {
          await db.insertInto('skp').values(rows.skp).execute();
          await bulkWrite(trx, backend, { table: 'rencana_hasil_kerja', columns: RHK_COLUMNS }, rows.rhk);
          await bulkWrite(trx, backend, { table: 'indikator', columns: INDIKATOR_COLUMNS }, rows.indikator);
        } else {
          const key = { instansi_id: record.instansiId, id: record.skp.id };
          const stale = await updateVersioned('skp', key, rows.skp, expectedVersion, 'skp', record.skp.id);
          if (stale) return stale;
          const replaced = await replaceSkpChildren(
            trx,
            backend,
            record.instansiId,
            record.skp.id,
            rows.rhk,
            rows.indikator,
          );
          if (!replaced.ok) return replaced;
        }
        return ok(skpFromRows(rows.skp, rows.rhk, rows.indikator, codec));
      });
    },

    async saveRealisasi(record, expectedVersion) {
      const version = expectedVersion === null ? 1 : expectedVersion + 1;
      const rows = realisasiToRows(record, version, codec);
      const id = record.realisasi.id;
      const duplicates = duplicatesIn(
        'bukti_dukung',
        rows.bukti.map((b) => b.id),
      );
      if (duplicates.length > 0) return fail(duplicates);
      const context = {
        operation: 'saveRealisasi',
        entity: 'realisasi',
        id,
        expectedVersion,
        written: written([
          ['realisasi', [rows.realisasi]],
          ['bukti_dukung', rows.bukti],
        ]),
      };
      return write(context, async () => {
        if (expectedVersion === null) {
          await db.insertInto('realisasi').values(rows.realisasi).execute();
        } else {
          const key = { instansi_id: record.instansiId, id };
          const stale = await updateVersioned(
            'realisasi',
            key,
            rows.realisasi,
            expectedVersion,
            'realisasi',
            id,
          );
          if (stale) return stale;
          await trx
            .deleteFrom('bukti_dukung')
            .where('instansi_id', '=', record.instansiId)
            .where('realisasi_id', '=', id)
            .execute();
        }
        await bulkWrite(
          trx,
          backend,
          { table: 'bukti_dukung', columns: Object.keys(rows.bukti[0] ?? {}) },
          rows.bukti,
        );
        return ok(realisasiFromRows(rows.realisasi, rows.bukti, codec));
      });
    },

    async addUmpanBalik(record) {
      const row = umpanBalikToRow(record);
      const context = {
        operation: 'addUmpanBalik',
        entity: 'umpan_balik',
        id: row.id,
        expectedVersion: null,
        written: written([['umpan_balik', [row]]]),
      };
      return write(context, async () => {
        await db.insertInto('umpan_balik').values(row).execute();
        return ok(umpanBalikFromRow(row));
      });
    },

    async saveEvaluasi(record, expectedVersion) {
      const version = expectedVersion === null ? 1 : expectedVersion + 1;
      const row = evaluasiToRow(record, version, codec);
      const context = {
        operation: 'saveEvaluasi',
        entity: 'evaluasi',
        id: record.id,
        expectedVersion,
        written: written([['evaluasi', [row]]]),
      };
      return write(context, async () => {
        if (expectedVersion === null) await db.insertInto('evaluasi').values(row).execute();
        else {
          const key = { instansi_id: record.instansiId, id: record.id };
          const stale = await updateVersioned('evaluasi', key, row, expectedVersion, 'evaluasi', record.id);
          if (stale) return stale;
        }
        return ok(evaluasiFromRow(row, codec));
      });
    },

    async saveCapaianOrganisasi(record, expectedVersion) {
      const version = expectedVersion === null ? 1 : expectedVersion + 1;
      const row = capaianToRow(record, version);
      const id = `${row.unit_kerja_id}/${row.tahun}`;
      const context = {
        operation: 'saveCapaianOrganisasi',
        entity: 'capaian_kinerja_organisasi',
        id,
        expectedVersion,
        written: written([['capaian_kinerja_organisasi', [row]]]),
      };
      return write(context, async () => {
        if (expectedVersion === null) await db.insertInto('capaian_kinerja_organisasi').values(row).execute();
        else {
          const key = { instansi_id: row.instansi_id, unit_kerja_id: row.unit_kerja_id, tahun: row.tahun };
          const stale = await updateVersioned(
            'capaian_kinerja_organisasi',
            key,
            row,
            expectedVersion,
            'capaian_kinerja_organisasi',
            id,
          );
          if (stale) return stale;
        }
        return ok(capaianFromRow(row));
      });
    },

    async savePenetapan(record) {
      const row = penetapanToRow(record, codec);
      const id = `${row.unit_kerja_id}/${row.tahun}`;
      const context = {
        operation: 'savePenetapan',
        entity: 'penetapan',
        id,
        expectedVersion: null,
        written: written([['penetapan', [row]]]),
      };
      return write(context, async () => {
        await db.insertInto('penetapan').values(row).execute();
        return ok(penetapanFromRow(row, codec));
      });
    },

    async saveKeberatan(record, expectedVersion) {
      const version = expectedVersion === null ? 1 : expectedVersion + 1;
      const row = keberatanToRow(record, version);
      const context = {
        operation: 'saveKeberatan',
        entity: 'keberatan',
        id: record.id,
        expectedVersion,
        written: written([['keberatan', [row]]]),
      };
      return write(context, async () => {
        if (expectedVersion === null) await db.insertInto('keberatan').values(row).execute();
        else {
          const key = { instansi_id: record.instansiId, id: record.id };
          const stale = await updateVersioned('keberatan', key, row, expectedVersion, 'keberatan', record.id);
          if (stale) return stale;
        }
        return ok(keberatanFromRow(row));
      });
    },

    async savePembukaanPeriode(record) {
      const row = pembukaanPeriodeToRow(record, codec);
      const context = {
        operation: 'savePembukaanPeriode',
        entity: 'pembukaan_periode',
        id: record.id,
        expectedVersion: null,
        written: written([['pembukaan_periode', [row]]]),
      };
      return write(context, async () => {
        await db.insertInto('pembukaan_periode').values(row).execute();
        return ok(pembukaanPeriodeFromRow(row, codec));
      });
    },

    async savePenugasan(record) {
      const row = penugasanToRow(record, codec);
      const context = {
        operation: 'savePenugasan',
        entity: 'penugasan',
        id: record.id,
        expectedVersion: null,
        written: written([['penugasan', [row]]]),
      };
      return write(context, async () => {
        await db.insertInto('penugasan').values(row).execute();
        return ok(penugasanFromRow(row, codec));
      });
    },

    async appendAudit(entry: AuditEntry): Promise<AuditEvent> {
      // Hash what will be stored: the JSON form of before/after (a Decimal becomes its string).
      const stored: AuditEntry = { ...entry, before: asStored(entry.before), after: asStored(entry.after) };
      const context = {
        operation: 'appendAudit',
        entity: 'audit_event',
        id: entry.instansiId,
        expectedVersion: null,
        written: written([]),
      };
      let last: Result<AuditEvent> | undefined;
      for (let attempt = 0; attempt < AUDIT_APPEND_ATTEMPTS; attempt++) {
        last = await write(context, async () => {
          let query = trx
            .selectFrom('audit_event')
            .select(['seq', 'hash'])
            .where('instansi_id', '=', entry.instansiId)
            .orderBy('seq', 'desc')
            .limit(1);
          if (backend.rowLocks) query = query.forUpdate();
          const previous = await query.executeTakeFirst();
          const event = chainAuditEvent(stored, previous);
          await trx.insertInto('audit_event').values(auditEventToRow(event, codec)).execute();
          return ok(event);
        });
        if (last.ok) return last.value;
        // A concurrent transaction appended the same sequence number first: read again.
        if (!last.issues.every((i) => i.code === 'duplicate_key' || i.code === 'version_conflict')) break;
      }
      throw new KinerjaError(
        'storage_error',
        `appendAudit failed for instansi ${entry.instansiId}: ${last?.ok === false ? last.issues.map((i) => i.code).join(', ') : 'unknown'}`,
      );
    },
  };
}
