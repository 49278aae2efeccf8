import type { BuktiDukung, RealisasiRecord } from '@kinerja/core';
import type { BuktiDukungTable, RealisasiTable } from '../kinerja-database';
import type { SqlCodec } from '../sql-codec';
import { optional } from './optional';

/**
 * A realisasi record as its row and its bukti dukung rows.
 *
 * @param record - the record (its `version` is ignored).
 * @param version - the version to store.
 * @param codec - the dialect's codec.
 * @returns the rows.
 * @example
 * ```ts
 * realisasiToRows(record, 1, SQLITE_CODEC).realisasi.nilai; // '312'
 * ```
 */
export function realisasiToRows(
  record: Omit<RealisasiRecord, 'version'>,
  version: number,
  codec: SqlCodec,
): { realisasi: RealisasiTable; bukti: BuktiDukungTable[] } {
  const r = record.realisasi;
  return {
    realisasi: {
      instansi_id: record.instansiId,
      id: r.id,
      skp_id: r.skpId,
      indikator_id: r.indikatorId,
      periode_ke: r.periodeKe,
      nilai: r.nilai === undefined ? null : codec.encodeDecimal(r.nilai),
      uraian: r.uraian ?? null,
      version,
    },
    bukti: r.buktiDukung.map((b, i) => ({
      instansi_id: record.instansiId,
      realisasi_id: r.id,
      id: b.id,
      urutan: i,
      uraian: b.uraian,
      tautan: b.tautan,
      diunggah_pada: b.diunggahPada ?? null,
    })),
  };
}

/**
 * Rows back as a realisasi record.
 *
 * @param row - the realisasi row.
 * @param bukti - its bukti dukung rows (any order; sorted by `urutan`).
 * @param codec - the dialect's codec.
 * @returns the record.
 * @example
 * ```ts
 * realisasiFromRows(row, bukti, SQLITE_CODEC).realisasi.buktiDukung.length;
 * ```
 */
export function realisasiFromRows(
  row: RealisasiTable,
  bukti: readonly BuktiDukungTable[],
  codec: SqlCodec,
): RealisasiRecord {
  const buktiDukung: BuktiDukung[] = [...bukti]
    .sort((a, b) => a.urutan - b.urutan)
    .map((b) => ({
      id: b.id,
      uraian: b.uraian,
      tautan: b.tautan,
      ...optional('diunggahPada', b.diunggah_pada),
    }));
  return {
    instansiId: row.instansi_id,
    realisasi: {
      id: row.id,
      skpId: row.skp_id,
      indikatorId: row.indikator_id,
      periodeKe: row.periode_ke,
      ...optional('nilai', row.nilai === null ? null : codec.decodeDecimal(row.nilai)),
      ...optional('uraian', row.uraian),
      buktiDukung,
    },
    version: row.version,
  };
}
