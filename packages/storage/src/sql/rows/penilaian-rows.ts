import type {
  CapaianOrganisasiRecord,
  EvaluasiRecord,
  KeberatanRecord,
  PenetapanRecord,
  UmpanBalikRecord,
} from '@kinerja/core';
import type {
  CapaianKinerjaOrganisasiTable,
  EvaluasiTable,
  KeberatanTable,
  PenetapanTable,
  UmpanBalikTable,
} from '../kinerja-database';
import type { SqlCodec } from '../sql-codec';
import { optional } from './optional';

/**
 * An umpan balik record as a row.
 *
 * @param record - the record.
 * @returns the row.
 * @example
 * ```ts
 * umpanBalikToRow(record).sasaran_jenis; // 'RHK'
 * ```
 */
export function umpanBalikToRow(record: UmpanBalikRecord): UmpanBalikTable {
  const u = record.umpanBalik;
  return {
    instansi_id: record.instansiId,
    id: u.id,
    skp_id: u.skpId,
    periode_ke: u.periodeKe,
    pemberi_id: u.pemberiId,
    sasaran_jenis: u.sasaran.jenis,
    sasaran_rhk_id: u.sasaran.jenis === 'RHK' ? u.sasaran.rhkId : null,
    sasaran_nilai: u.sasaran.jenis === 'PERILAKU' ? u.sasaran.nilai : null,
    isi: u.isi,
    diberikan_pada: u.diberikanPada,
  };
}

/**
 * A row back as an umpan balik record.
 *
 * @param row - the row.
 * @returns the record.
 * @example
 * ```ts
 * umpanBalikFromRow(row).umpanBalik.sasaran;
 * ```
 */
export function umpanBalikFromRow(row: UmpanBalikTable): UmpanBalikRecord {
  const sasaran: UmpanBalikRecord['umpanBalik']['sasaran'] =
    row.sasaran_jenis === 'PERILAKU'
      ? { jenis: 'PERILAKU', nilai: row.sasaran_nilai as 'AKUNTABEL' }
      : { jenis: 'RHK', rhkId: row.sasaran_rhk_id ?? '' };
  return {
    instansiId: row.instansi_id,
    umpanBalik: {
      id: row.id,
      skpId: row.skp_id,
      periodeKe: row.periode_ke,
      pemberiId: row.pemberi_id,
      sasaran,
      isi: row.isi,
      diberikanPada: row.diberikan_pada,
    },
  };
}

/**
 * An evaluasi record as a row; the annual evaluation is stored with `periode_ke` 0 so that the
 * natural key (skp, jenis, periode) is a plain unique constraint.
 *
 * @param record - the record (its `version` is ignored).
 * @param version - the version to store.
 * @param codec - the dialect's codec.
 * @returns the row.
 * @example
 * ```ts
 * evaluasiToRow(tahunan, 1, SQLITE_CODEC).periode_ke; // 0
 * ```
 */
export function evaluasiToRow(
  record: Omit<EvaluasiRecord, 'version'>,
  version: number,
  codec: SqlCodec,
): EvaluasiTable {
  return {
    instansi_id: record.instansiId,
    id: record.id,
    skp_id: record.skpId,
    jenis: record.jenis,
    periode_ke: record.periodeKe ?? 0,
    rating_hasil_kerja: record.ratingHasilKerja,
    rating_perilaku_kerja: record.ratingPerilakuKerja,
    rating_rhk: codec.encodeJson(record.ratingRhk),
    predikat: record.predikat,
    rule_pack_id: record.rulePack.id,
    rule_pack_version: record.rulePack.version,
    rule_pack_override_name: record.rulePack.override?.name ?? null,
    rule_pack_override_version: record.rulePack.override?.version ?? null,
    hasil: codec.encodeJson(record.hasil),
    status: record.status,
    penilai_id: record.penilaiId,
    dinilai_pada: record.dinilaiPada,
    version,
  };
}

/**
 * A row back as an evaluasi record.
 *
 * @param row - the row.
 * @param codec - the dialect's codec.
 * @returns the record (`periodeKe: null` for the annual evaluation).
 * @example
 * ```ts
 * evaluasiFromRow(row, SQLITE_CODEC).rulePack.id;
 * ```
 */
export function evaluasiFromRow(row: EvaluasiTable, codec: SqlCodec): EvaluasiRecord {
  const override =
    row.rule_pack_override_name !== null
      ? { override: { name: row.rule_pack_override_name, version: row.rule_pack_override_version ?? '' } }
      : {};
  return {
    instansiId: row.instansi_id,
    id: row.id,
    skpId: row.skp_id,
    jenis: row.jenis as EvaluasiRecord['jenis'],
    periodeKe: row.jenis === 'TAHUNAN' ? null : row.periode_ke,
    ratingHasilKerja: row.rating_hasil_kerja as EvaluasiRecord['ratingHasilKerja'],
    ratingPerilakuKerja: row.rating_perilaku_kerja as EvaluasiRecord['ratingPerilakuKerja'],
    ratingRhk: (codec.decodeJson(row.rating_rhk) ?? []) as EvaluasiRecord['ratingRhk'],
    predikat: row.predikat as EvaluasiRecord['predikat'],
    rulePack: { id: row.rule_pack_id, version: row.rule_pack_version, ...override },
    hasil: codec.decodeJson(row.hasil),
    status: row.status as EvaluasiRecord['status'],
    penilaiId: row.penilai_id,
    dinilaiPada: row.dinilai_pada,
    version: row.version,
  };
}

/**
 * A predikat kinerja organisasi record as a row.
 *
 * @param record - the record (its `version` is ignored).
 * @param version - the version to store.
 * @returns the row.
 * @example
 * ```ts
 * capaianToRow(record, 1).predikat; // 'BAIK'
 * ```
 */
export function capaianToRow(
  record: Omit<CapaianOrganisasiRecord, 'version'>,
  version: number,
): CapaianKinerjaOrganisasiTable {
  const c = record.capaian;
  return {
    instansi_id: record.instansiId,
    unit_kerja_id: c.unitKerjaId,
    tahun: c.tahun,
    predikat: c.predikat,
    ditetapkan_oleh_id: c.ditetapkanOlehId ?? null,
    catatan: c.catatan ?? null,
    version,
  };
}

/**
 * A row back as a predikat kinerja organisasi record.
 *
 * @param row - the row.
 * @returns the record.
 * @example
 * ```ts
 * capaianFromRow(row).capaian.predikat;
 * ```
 */
export function capaianFromRow(row: CapaianKinerjaOrganisasiTable): CapaianOrganisasiRecord {
  return {
    instansiId: row.instansi_id,
    capaian: {
      unitKerjaId: row.unit_kerja_id,
      tahun: row.tahun,
      predikat: row.predikat as CapaianOrganisasiRecord['capaian']['predikat'],
      ...optional('ditetapkanOlehId', row.ditetapkan_oleh_id),
      ...optional('catatan', row.catatan),
    },
    version: row.version,
  };
}

/**
 * A penetapan as a row (its list of predikat as JSON).
 *
 * @param record - the record.
 * @param codec - the dialect's codec.
 * @returns the row.
 * @example
 * ```ts
 * penetapanToRow(record, SQLITE_CODEC).tahun;
 * ```
 */
export function penetapanToRow(record: PenetapanRecord, codec: SqlCodec): PenetapanTable {
  return {
    instansi_id: record.instansiId,
    unit_kerja_id: record.unitKerjaId,
    tahun: record.tahun,
    ditetapkan_oleh_id: record.ditetapkanOlehId,
    ditetapkan_pada: record.ditetapkanPada,
    predikat: codec.encodeJson(record.predikat),
  };
}

/**
 * A row back as a penetapan.
 *
 * @param row - the row.
 * @param codec - the dialect's codec.
 * @returns the record.
 * @example
 * ```ts
 * penetapanFromRow(row, SQLITE_CODEC).predikat.length;
 * ```
 */
export function penetapanFromRow(row: PenetapanTable, codec: SqlCodec): PenetapanRecord {
  return {
    instansiId: row.instansi_id,
    unitKerjaId: row.unit_kerja_id,
    tahun: row.tahun,
    ditetapkanOlehId: row.ditetapkan_oleh_id,
    ditetapkanPada: row.ditetapkan_pada,
    predikat: (codec.decodeJson(row.predikat) ?? []) as PenetapanRecord['predikat'],
  };
}

/**
 * A keberatan as a row.
 *
 * @param record - the record (its `version` is ignored).
 * @param version - the version to store.
 * @returns the row.
 * @example
 * ```ts
 * keberatanToRow(record, 1).status; // 'DIAJUKAN'
 * ```
 */
export function keberatanToRow(record: Omit<KeberatanRecord, 'version'>, version: number): KeberatanTable {
  return {
    instansi_id: record.instansiId,
    id: record.id,
    evaluasi_id: record.evaluasiId,
    skp_id: record.skpId,
    pegawai_id: record.pegawaiId,
    alasan: record.alasan,
    diajukan_pada: record.diajukanPada,
    penjelasan: record.penjelasan ?? null,
    dijelaskan_pada: record.dijelaskanPada ?? null,
    alasan_keputusan: record.alasanKeputusan ?? null,
    diputuskan_oleh_id: record.diputuskanOlehId ?? null,
    diputuskan_pada: record.diputuskanPada ?? null,
    status: record.status,
    version,
  };
}

/**
 * A row back as a keberatan.
 *
 * @param row - the row.
 * @returns the record.
 * @example
 * ```ts
 * keberatanFromRow(row).status;
 * ```
 */
export function keberatanFromRow(row: KeberatanTable): KeberatanRecord {
  return {
    instansiId: row.instansi_id,
    id: row.id,
    evaluasiId: row.evaluasi_id,
    skpId: row.skp_id,
    pegawaiId: row.pegawai_id,
    alasan: row.alasan,
    diajukanPada: row.diajukan_pada,
    ...optional('penjelasan', row.penjelasan),
    ...optional('dijelaskanPada', row.dijelaskan_pada),
    ...optional('alasanKeputusan', row.alasan_keputusan),
    ...optional('diputuskanOlehId', row.diputuskan_oleh_id),
    ...optional('diputuskanPada', row.diputuskan_pada),
    status: row.status as KeberatanRecord['status'],
    version: row.version,
  };
}
