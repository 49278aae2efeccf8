import type {
  AuditEvent,
  Instansi,
  Jabatan,
  KinerjaReader,
  Pegawai,
  RealisasiRecord,
  SkpRecord,
  UnitKerja,
} from '@kinerja/core';
import type { Kysely } from 'kysely';
import type {
  BuktiDukungTable,
  IndikatorTable,
  KinerjaDatabase,
  RealisasiTable,
  RencanaHasilKerjaTable,
  SkpTable,
} from './kinerja-database';
import { jabatanFromRow, pegawaiFromRow, unitKerjaFromRow } from './rows/organisasi-rows';
import {
  capaianFromRow,
  evaluasiFromRow,
  keberatanFromRow,
  penetapanFromRow,
  umpanBalikFromRow,
} from './rows/penilaian-rows';
import { auditEventFromRow, pembukaanPeriodeFromRow, penugasanFromRow } from './rows/periode-rows';
import { realisasiFromRows } from './rows/realisasi-rows';
import { skpFromRows } from './rows/skp-rows';
import type { SqlBackend } from './sql-backend';

/** Ids per IN list in reads. */
const IN_LIST_SIZE = 500;

function chunked<T>(items: readonly T[], size = IN_LIST_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** JavaScript string order (UTF-16 code units), the same on every backend. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Rows by id in JavaScript string order. The per-SKP and per-penilai lists sort here rather than
 * with `ORDER BY id`: SQLite (without statistics) would satisfy that ORDER BY by walking the
 * instansi's whole primary key instead of the (instansi_id, skp_id, …) index.
 */
const byRowId = (a: { readonly id: string }, b: { readonly id: string }): number => cmp(a.id, b.id);

/** Rows by SKP id, then by id, in JavaScript string order (the bulk reads by unit). */
const bySkpThenId = (
  a: { readonly skp_id: string; readonly id: string },
  b: { readonly skp_id: string; readonly id: string },
): number => cmp(a.skp_id, b.skp_id) || cmp(a.id, b.id);

/**
 * Runs `query` for each IN list of the distinct `ids` and concatenates the rows (appended one by
 * one: a spread would overflow the stack for very long lists).
 */
async function queryChunked<T>(ids: readonly string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (const chunk of chunked([...new Set(ids)])) for (const row of await query(chunk)) rows.push(row);
  return rows;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list === undefined) m.set(k, [t]);
    else list.push(t);
  }
  return m;
}

/**
 * Loads SKP rows' RHK and indikator and assembles the records.
 *
 * @param db - a Kysely instance or transaction.
 * @param backend - the dialect.
 * @param instansiId - the tenant.
 * @param rows - the SKP rows, in the order wanted.
 * @returns the records, in the same order.
 * @example
 * ```ts
 * const records = await assembleSkp(db, backend, 'pemko', rows);
 * ```
 */
export async function assembleSkp(
  db: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  instansiId: string,
  rows: readonly SkpTable[],
): Promise<SkpRecord[]> {
  if (rows.length === 0) return [];
  const rhk: RencanaHasilKerjaTable[] = [];
  const indikator: IndikatorTable[] = [];
  for (const ids of chunked(rows.map((r) => r.id))) {
    rhk.push(
      ...(await db
        .selectFrom('rencana_hasil_kerja')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('skp_id', 'in', ids)
        .execute()),
    );
    indikator.push(
      ...(await db
        .selectFrom('indikator')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('skp_id', 'in', ids)
        .execute()),
    );
  }
  const rhkBySkp = groupBy(rhk, (r) => r.skp_id);
  const indikatorBySkp = groupBy(indikator, (r) => r.skp_id);
  return rows.map((r) =>
    skpFromRows(r, rhkBySkp.get(r.id) ?? [], indikatorBySkp.get(r.id) ?? [], backend.codec),
  );
}

/**
 * The reads of {@link KinerjaReader} over Kysely, the same for every dialect. Every query filters
 * by the instansi. `listSkpPegawai` is ordered by segmen and `listAudit` by seq; the whole-instansi
 * lists (unit kerja, jabatan, pegawai without a filter) by id in the database's collation (which
 * may differ from JavaScript's string order); every other list by id — the bulk reads by unit by
 * SKP id, then id — in JavaScript string order, sorted here so that each query can use the index
 * of its filter (see `byRowId`).
 *
 * @param db - a Kysely instance, or a transaction to read inside it.
 * @param backend - the dialect.
 * @returns the reader.
 * @example
 * ```ts
 * const reader = createSqlReader(db, backend);
 * await reader.listSkpBawahan('pemko', 'p-camat', 2026);
 * ```
 */
export function createSqlReader(db: Kysely<KinerjaDatabase>, backend: SqlBackend): KinerjaReader {
  const { codec } = backend;

  const skpList = async (instansiId: string, rows: SkpTable[]) => assembleSkp(db, backend, instansiId, rows);
  // The ids of the SKPs of a year in some units, as a subquery: `skp_id in (…)` makes both SQLite
  // (which has no statistics to reorder a join) and PostgreSQL start from the SKP index and probe
  // the child table's (instansi_id, skp_id, …) index, never scanning the instansi's children.
  const skpOfUnits = (instansiId: string, unitKerjaIds: readonly string[], tahun: number) =>
    db
      .selectFrom('skp')
      .select('id')
      .where('instansi_id', '=', instansiId)
      .where('unit_kerja_id', 'in', unitKerjaIds)
      .where('tahun', '=', tahun);
  // Realisasi rows with their bukti dukung, in the rows' order.
  const realisasiList = (rows: readonly RealisasiTable[], bukti: readonly BuktiDukungTable[]) => {
    const byRealisasi = groupBy(bukti, (b) => b.realisasi_id);
    return rows.map((r) => realisasiFromRows(r, byRealisasi.get(r.id) ?? [], codec));
  };

  return {
    async getInstansi(id): Promise<Instansi | undefined> {
      const row = await db.selectFrom('instansi').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : { id: row.id, nama: row.nama };
    },

    async listUnitKerja(instansiId): Promise<UnitKerja[]> {
      const rows = await db
        .selectFrom('unit_kerja')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .orderBy('id')
        .execute();
      return rows.map(unitKerjaFromRow);
    },

    async listJabatan(instansiId): Promise<Jabatan[]> {
      const rows = await db
        .selectFrom('jabatan')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .orderBy('id')
        .execute();
      return rows.map((r) => jabatanFromRow(r, codec));
    },

    async getPegawai(instansiId, id): Promise<Pegawai | undefined> {
      const row = await db
        .selectFrom('pegawai')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row === undefined ? undefined : pegawaiFromRow(row);
    },

    async listPegawai(instansiId, filter): Promise<Pegawai[]> {
      const base = db.selectFrom('pegawai').selectAll().where('instansi_id', '=', instansiId);
      if (filter?.unitKerjaIds === undefined) return (await base.orderBy('id').execute()).map(pegawaiFromRow);
      const rows = await queryChunked(filter.unitKerjaIds, (ids) =>
        base.where('unit_kerja_id', 'in', ids).execute(),
      );
      return rows.sort(byRowId).map(pegawaiFromRow);
    },

    async getSkp(instansiId, skpId): Promise<SkpRecord | undefined> {
      const row = await db
        .selectFrom('skp')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('id', '=', skpId)
        .executeTakeFirst();
      return row === undefined ? undefined : (await skpList(instansiId, [row]))[0];
    },

    async listSkpPegawai(instansiId, pegawaiId, tahun): Promise<SkpRecord[]> {
      const rows = await db
        .selectFrom('skp')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('pegawai_id', '=', pegawaiId)
        .where('tahun', '=', tahun)
        .orderBy('segmen')
        .execute();
      return skpList(instansiId, rows);
    },

    async listSkpBawahan(instansiId, pejabatPenilaiId, tahun): Promise<SkpRecord[]> {
      const rows = await db
        .selectFrom('skp')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('pejabat_penilai_id', '=', pejabatPenilaiId)
        .where('tahun', '=', tahun)
        .execute();
      rows.sort(byRowId);
      return skpList(instansiId, rows);
    },

    async listSkpUnit(instansiId, unitKerjaIds, tahun): Promise<SkpRecord[]> {
      const rows = await queryChunked(unitKerjaIds, (ids) =>
        db
          .selectFrom('skp')
          .selectAll()
          .where('instansi_id', '=', instansiId)
          .where('unit_kerja_id', 'in', ids)
          .where('tahun', '=', tahun)
          .execute(),
      );
      rows.sort(byRowId);
      return skpList(instansiId, rows);
    },

    async listRealisasi(instansiId, skpId): Promise<RealisasiRecord[]> {
      const rows = await db
        .selectFrom('realisasi')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('skp_id', '=', skpId)
        .execute();
      rows.sort(byRowId);
      if (rows.length === 0) return [];
      const bukti = await queryChunked(
        rows.map((r) => r.id),
        (ids) =>
          db
            .selectFrom('bukti_dukung')
            .selectAll()
            .where('instansi_id', '=', instansiId)
            .where('realisasi_id', 'in', ids)
            .execute(),
      );
      return realisasiList(rows, bukti);
    },

    async listRealisasiUnit(instansiId, unitKerjaIds, tahun): Promise<RealisasiRecord[]> {
      const rows = await queryChunked(unitKerjaIds, (ids) =>
        db
          .selectFrom('realisasi')
          .selectAll()
          .where('instansi_id', '=', instansiId)
          .where('skp_id', 'in', skpOfUnits(instansiId, ids, tahun))
          .execute(),
      );
      const bukti = await queryChunked(unitKerjaIds, (ids) =>
        db
          .selectFrom('bukti_dukung')
          .selectAll()
          .where('instansi_id', '=', instansiId)
          .where('realisasi_id', 'in', (eb) =>
            eb
              .selectFrom('realisasi as r')
              .select('r.id')
              .where('r.instansi_id', '=', instansiId)
              .where('r.skp_id', 'in', skpOfUnits(instansiId, ids, tahun)),
          )
          .execute(),
      );
      return realisasiList(rows.sort(bySkpThenId), bukti);
    },

    async listUmpanBalik(instansiId, skpId) {
      const rows = await db
        .selectFrom('umpan_balik')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('skp_id', '=', skpId)
        .execute();
      rows.sort(byRowId);
      return rows.map(umpanBalikFromRow);
    },

    async listEvaluasi(instansiId, skpId) {
      const rows = await db
        .selectFrom('evaluasi')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('skp_id', '=', skpId)
        .execute();
      rows.sort(byRowId);
      return rows.map((r) => evaluasiFromRow(r, codec));
    },

    async listEvaluasiUnit(instansiId, unitKerjaIds, tahun) {
      const rows = await queryChunked(unitKerjaIds, (ids) =>
        db
          .selectFrom('evaluasi')
          .selectAll()
          .where('instansi_id', '=', instansiId)
          .where('skp_id', 'in', skpOfUnits(instansiId, ids, tahun))
          .execute(),
      );
      rows.sort(bySkpThenId);
      return rows.map((r) => evaluasiFromRow(r, codec));
    },

    async getCapaianOrganisasi(instansiId, unitKerjaId, tahun) {
      const row = await db
        .selectFrom('capaian_kinerja_organisasi')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('unit_kerja_id', '=', unitKerjaId)
        .where('tahun', '=', tahun)
        .executeTakeFirst();
      return row === undefined ? undefined : capaianFromRow(row);
    },

    async listCapaianOrganisasiUnit(instansiId, unitKerjaIds, tahun) {
      const rows = await queryChunked(unitKerjaIds, (ids) =>
        db
          .selectFrom('capaian_kinerja_organisasi')
          .selectAll()
          .where('instansi_id', '=', instansiId)
          .where('unit_kerja_id', 'in', ids)
          .where('tahun', '=', tahun)
          .execute(),
      );
      rows.sort((a, b) => cmp(a.unit_kerja_id, b.unit_kerja_id));
      return rows.map(capaianFromRow);
    },

    async getPenetapan(instansiId, unitKerjaId, tahun) {
      const row = await db
        .selectFrom('penetapan')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('unit_kerja_id', '=', unitKerjaId)
        .where('tahun', '=', tahun)
        .executeTakeFirst();
      return row === undefined ? undefined : penetapanFromRow(row, codec);
    },

    async listKeberatan(instansiId, skpId) {
      const rows = await db
        .selectFrom('keberatan')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('skp_id', '=', skpId)
        .execute();
      rows.sort(byRowId);
      return rows.map(keberatanFromRow);
    },

    async getKeberatan(instansiId, id) {
      const row = await db
        .selectFrom('keberatan')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row === undefined ? undefined : keberatanFromRow(row);
    },

    async listPembukaanPeriode(instansiId, skpId) {
      const rows = await db
        .selectFrom('pembukaan_periode')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('skp_id', '=', skpId)
        .execute();
      rows.sort(byRowId);
      return rows.map((r) => pembukaanPeriodeFromRow(r, codec));
    },

    async listPenugasan(instansiId, tanggal) {
      const day = codec.encodeDate(tanggal);
      const rows = await db
        .selectFrom('penugasan')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('mulai', '<=', day)
        .where('selesai', '>=', day)
        .orderBy('id')
        .execute();
      return rows.map((r) => penugasanFromRow(r, codec));
    },

    async listAudit(instansiId, options): Promise<AuditEvent[]> {
      let query = db
        .selectFrom('audit_event')
        .selectAll()
        .where('instansi_id', '=', instansiId)
        .where('seq', '>', options?.afterSeq ?? 0)
        .orderBy('seq');
      if (options?.limit !== undefined) query = query.limit(options.limit);
      return (await query.execute()).map((r) => auditEventFromRow(r, codec));
    },
  };
}
