import type { AuditEvent, PembukaanPeriodeRecord, PenugasanRecord } from '@kinerja/core';
import type { AuditEventTable, PembukaanPeriodeTable, PenugasanTable } from '../kinerja-database';
import type { SqlCodec } from '../sql-codec';

/**
 * A reopening of a periodic window as a row.
 *
 * @param record - the record.
 * @param codec - the dialect's codec.
 * @returns the row.
 * @example
 * ```ts
 * pembukaanPeriodeToRow(record, SQLITE_CODEC).sampai; // '2026-04-30'
 * ```
 */
export function pembukaanPeriodeToRow(
  record: PembukaanPeriodeRecord,
  codec: SqlCodec,
): PembukaanPeriodeTable {
  return {
    instansi_id: record.instansiId,
    id: record.id,
    skp_id: record.skpId,
    periode_ke: record.periodeKe,
    dibuka_oleh_id: record.dibukaOlehId,
    alasan: record.alasan,
    dibuka_pada: record.dibukaPada,
    sampai: codec.encodeDate(record.sampai),
  };
}

/**
 * A row back as a reopening of a periodic window.
 *
 * @param row - the row.
 * @param codec - the dialect's codec.
 * @returns the record.
 * @example
 * ```ts
 * pembukaanPeriodeFromRow(row, SQLITE_CODEC).periodeKe;
 * ```
 */
export function pembukaanPeriodeFromRow(row: PembukaanPeriodeTable, codec: SqlCodec): PembukaanPeriodeRecord {
  return {
    instansiId: row.instansi_id,
    id: row.id,
    skpId: row.skp_id,
    periodeKe: row.periode_ke,
    dibukaOlehId: row.dibuka_oleh_id,
    alasan: row.alasan,
    dibukaPada: row.dibuka_pada,
    sampai: codec.decodeDate(row.sampai),
  };
}

/**
 * A Plt/Plh assignment as a row.
 *
 * @param record - the record.
 * @param codec - the dialect's codec.
 * @returns the row.
 * @example
 * ```ts
 * penugasanToRow(record, SQLITE_CODEC).jenis; // 'PLT'
 * ```
 */
export function penugasanToRow(record: PenugasanRecord, codec: SqlCodec): PenugasanTable {
  return {
    instansi_id: record.instansiId,
    id: record.id,
    pegawai_id: record.pegawaiId,
    jabatan_id: record.jabatanId,
    jenis: record.jenis,
    mulai: codec.encodeDate(record.mulai),
    selesai: codec.encodeDate(record.selesai),
  };
}

/**
 * A row back as a Plt/Plh assignment.
 *
 * @param row - the row.
 * @param codec - the dialect's codec.
 * @returns the record.
 * @example
 * ```ts
 * penugasanFromRow(row, SQLITE_CODEC).mulai;
 * ```
 */
export function penugasanFromRow(row: PenugasanTable, codec: SqlCodec): PenugasanRecord {
  return {
    instansiId: row.instansi_id,
    id: row.id,
    pegawaiId: row.pegawai_id,
    jabatanId: row.jabatan_id,
    jenis: row.jenis as PenugasanRecord['jenis'],
    mulai: codec.decodeDate(row.mulai),
    selesai: codec.decodeDate(row.selesai),
  };
}

/**
 * An audit event as a row.
 *
 * @param event - the chained event.
 * @param codec - the dialect's codec.
 * @returns the row.
 * @example
 * ```ts
 * auditEventToRow(event, SQLITE_CODEC).seq;
 * ```
 */
export function auditEventToRow(event: AuditEvent, codec: SqlCodec): AuditEventTable {
  return {
    instansi_id: event.instansiId,
    seq: event.seq,
    at: event.at,
    actor_id: event.actorId,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId,
    before: codec.encodeJson(event.before),
    after: codec.encodeJson(event.after),
    prev_hash: event.prevHash,
    hash: event.hash,
  };
}

/**
 * A row back as an audit event.
 *
 * @param row - the row.
 * @param codec - the dialect's codec.
 * @returns the event.
 * @example
 * ```ts
 * auditEventFromRow(row, SQLITE_CODEC).hash;
 * ```
 */
export function auditEventFromRow(row: AuditEventTable, codec: SqlCodec): AuditEvent {
  return {
    instansiId: row.instansi_id,
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: codec.decodeJson(row.before),
    after: codec.decodeJson(row.after),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
