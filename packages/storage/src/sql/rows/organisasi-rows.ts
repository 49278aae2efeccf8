import type { Jabatan, Pegawai, UnitKerja } from '@kinerja/core';
import type { JabatanTable, PegawaiTable, UnitKerjaTable } from '../kinerja-database';
import type { SqlCodec } from '../sql-codec';
import { optional } from './optional';

/**
 * A unit kerja as a row.
 *
 * @param instansiId - the tenant.
 * @param unit - the unit.
 * @returns the row.
 * @example
 * ```ts
 * unitKerjaToRow('pemko', { id: 'kel-sago', nama: 'Kelurahan Sago', indukId: 'kec' });
 * ```
 */
export function unitKerjaToRow(instansiId: string, unit: UnitKerja): UnitKerjaTable {
  return {
    instansi_id: instansiId,
    id: unit.id,
    nama: unit.nama,
    jenis: unit.jenis ?? null,
    induk_id: unit.indukId,
  };
}

/**
 * A row back as a unit kerja.
 *
 * @param row - the row.
 * @returns the unit.
 * @example
 * ```ts
 * unitKerjaFromRow(row).indukId;
 * ```
 */
export function unitKerjaFromRow(row: UnitKerjaTable): UnitKerja {
  return { id: row.id, nama: row.nama, ...optional('jenis', row.jenis), indukId: row.induk_id };
}

/**
 * A jabatan as a row.
 *
 * @param instansiId - the tenant.
 * @param jabatan - the jabatan.
 * @param codec - the dialect's codec.
 * @returns the row.
 * @example
 * ```ts
 * jabatanToRow('pemko', jabatan, SQLITE_CODEC).pimpinan_unit; // 0 or 1
 * ```
 */
export function jabatanToRow(instansiId: string, jabatan: Jabatan, codec: SqlCodec): JabatanTable {
  return {
    instansi_id: instansiId,
    id: jabatan.id,
    nama: jabatan.nama,
    jenis: jabatan.jenis,
    jenjang: jabatan.jenjang ?? null,
    unit_kerja_id: jabatan.unitKerjaId,
    pimpinan_unit: codec.encodeBoolean(jabatan.pimpinanUnit),
  };
}

/**
 * A row back as a jabatan.
 *
 * @param row - the row.
 * @param codec - the dialect's codec.
 * @returns the jabatan.
 * @example
 * ```ts
 * jabatanFromRow(row, SQLITE_CODEC).pimpinanUnit;
 * ```
 */
export function jabatanFromRow(row: JabatanTable, codec: SqlCodec): Jabatan {
  return {
    id: row.id,
    nama: row.nama,
    jenis: row.jenis as Jabatan['jenis'],
    ...optional('jenjang', row.jenjang as Jabatan['jenjang']),
    unitKerjaId: row.unit_kerja_id,
    pimpinanUnit: codec.decodeBoolean(row.pimpinan_unit),
  };
}

/**
 * A pegawai as a row: a PNS fills `nip`, a PPPK `ni_pppk`.
 *
 * @param instansiId - the tenant.
 * @param pegawai - the pegawai.
 * @returns the row.
 * @example
 * ```ts
 * pegawaiToRow('pemko', pegawai).nip;
 * ```
 */
export function pegawaiToRow(instansiId: string, pegawai: Pegawai): PegawaiTable {
  return {
    instansi_id: instansiId,
    id: pegawai.id,
    jenis: pegawai.jenis,
    nip: pegawai.jenis === 'PNS' ? pegawai.nip : null,
    ni_pppk: pegawai.jenis === 'PPPK' ? pegawai.niPppk : null,
    nama: pegawai.nama,
    jenis_kelamin: pegawai.jenisKelamin ?? null,
    golongan: pegawai.golongan ?? null,
    jabatan_id: pegawai.jabatanId,
    unit_kerja_id: pegawai.unitKerjaId,
  };
}

/**
 * A row back as a pegawai.
 *
 * @param row - the row.
 * @returns the pegawai.
 * @example
 * ```ts
 * pegawaiFromRow(row).jenis; // 'PNS'
 * ```
 */
export function pegawaiFromRow(row: PegawaiTable): Pegawai {
  const common = {
    id: row.id,
    nama: row.nama,
    ...optional('jenisKelamin', row.jenis_kelamin as Pegawai['jenisKelamin']),
    ...optional('golongan', row.golongan),
    jabatanId: row.jabatan_id,
    unitKerjaId: row.unit_kerja_id,
  };
  return row.jenis === 'PPPK'
    ? { jenis: 'PPPK', niPppk: row.ni_pppk ?? '', ...common }
    : { jenis: 'PNS', nip: row.nip ?? '', ...common };
}
