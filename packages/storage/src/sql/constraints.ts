import type { KinerjaDatabase } from './kinerja-database';

/** A table of the schema. */
export type TableName = keyof KinerjaDatabase & string;

/** A primary key or unique constraint of the current schema. */
export interface UniqueConstraint {
  readonly name: string;
  readonly table: TableName;
  readonly columns: readonly string[];
}

/** A foreign key of the current schema (always inside one instansi). */
export interface ForeignKeyConstraint {
  readonly name: string;
  readonly table: TableName;
  readonly columns: readonly string[];
  readonly refTable: TableName;
  readonly refColumns: readonly string[];
}

const pk = (table: TableName, columns: readonly string[], name = `${table}_pk`): UniqueConstraint => ({
  name,
  table,
  columns,
});
const fk = (
  name: string,
  table: TableName,
  columns: readonly string[],
  refTable: TableName,
  refColumns: readonly string[] = ['instansi_id', 'id'],
): ForeignKeyConstraint => ({ name, table, columns, refTable, refColumns });

/**
 * The primary keys and unique constraints of the schema after the latest migration, by the
 * names the migrations gave them. Driver errors name a constraint (PostgreSQL) or its columns
 * (SQLite); the store maps either to the entity and natural key in a `duplicate_key` issue.
 *
 * @example
 * ```ts
 * UNIQUE_CONSTRAINTS.find((c) => c.name === 'pegawai_nip_uq')?.columns; // ['instansi_id', 'nip']
 * ```
 */
export const UNIQUE_CONSTRAINTS: readonly UniqueConstraint[] = [
  pk('instansi', ['id'], 'instansi_pkey'),
  pk('unit_kerja', ['instansi_id', 'id']),
  pk('jabatan', ['instansi_id', 'id']),
  pk('pegawai', ['instansi_id', 'id']),
  { name: 'pegawai_nip_uq', table: 'pegawai', columns: ['instansi_id', 'nip'] },
  { name: 'pegawai_ni_pppk_uq', table: 'pegawai', columns: ['instansi_id', 'ni_pppk'] },
  pk('skp', ['instansi_id', 'id']),
  {
    name: 'skp_pegawai_tahun_segmen_uq',
    table: 'skp',
    columns: ['instansi_id', 'pegawai_id', 'tahun', 'segmen'],
  },
  pk('rencana_hasil_kerja', ['instansi_id', 'skp_id', 'id']),
  pk('indikator', ['instansi_id', 'skp_id', 'id']),
  pk('realisasi', ['instansi_id', 'id']),
  {
    name: 'realisasi_indikator_periode_uq',
    table: 'realisasi',
    columns: ['instansi_id', 'skp_id', 'indikator_id', 'periode_ke'],
  },
  pk('bukti_dukung', ['instansi_id', 'realisasi_id', 'id']),
  pk('umpan_balik', ['instansi_id', 'id']),
  pk('evaluasi', ['instansi_id', 'id']),
  {
    name: 'evaluasi_skp_jenis_periode_uq',
    table: 'evaluasi',
    columns: ['instansi_id', 'skp_id', 'jenis', 'periode_ke'],
  },
  pk('capaian_kinerja_organisasi', ['instansi_id', 'unit_kerja_id', 'tahun']),
  pk('penetapan', ['instansi_id', 'unit_kerja_id', 'tahun']),
  pk('keberatan', ['instansi_id', 'id']),
  pk('pembukaan_periode', ['instansi_id', 'id']),
  pk('penugasan', ['instansi_id', 'id']),
  pk('audit_event', ['instansi_id', 'seq']),
  pk('import_batch', ['instansi_id', 'key']),
];

/**
 * The foreign keys of the schema after the latest migration. The store uses them to name the
 * missing record in an `unknown_reference` issue (SQLite's error does not say which key failed).
 *
 * @example
 * ```ts
 * FOREIGN_KEYS.filter((f) => f.table === 'realisasi').map((f) => f.refTable); // ['skp', 'indikator']
 * ```
 */
export const FOREIGN_KEYS: readonly ForeignKeyConstraint[] = [
  fk('unit_kerja_instansi_fk', 'unit_kerja', ['instansi_id'], 'instansi', ['id']),
  fk('unit_kerja_induk_fk', 'unit_kerja', ['instansi_id', 'induk_id'], 'unit_kerja'),
  fk('jabatan_unit_kerja_fk', 'jabatan', ['instansi_id', 'unit_kerja_id'], 'unit_kerja'),
  fk('pegawai_jabatan_fk', 'pegawai', ['instansi_id', 'jabatan_id'], 'jabatan'),
  fk('pegawai_unit_kerja_fk', 'pegawai', ['instansi_id', 'unit_kerja_id'], 'unit_kerja'),
  fk('skp_pegawai_fk', 'skp', ['instansi_id', 'pegawai_id'], 'pegawai'),
  fk('skp_jabatan_fk', 'skp', ['instansi_id', 'jabatan_id'], 'jabatan'),
  fk('skp_unit_kerja_fk', 'skp', ['instansi_id', 'unit_kerja_id'], 'unit_kerja'),
  fk('rencana_hasil_kerja_skp_fk', 'rencana_hasil_kerja', ['instansi_id', 'skp_id'], 'skp'),
  fk('indikator_rhk_fk', 'indikator', ['instansi_id', 'skp_id', 'rhk_id'], 'rencana_hasil_kerja', [
    'instansi_id',
    'skp_id',
    'id',
  ]),
  fk('realisasi_skp_fk', 'realisasi', ['instansi_id', 'skp_id'], 'skp'),
  fk('realisasi_indikator_fk', 'realisasi', ['instansi_id', 'skp_id', 'indikator_id'], 'indikator', [
    'instansi_id',
    'skp_id',
    'id',
  ]),
  fk('bukti_dukung_realisasi_fk', 'bukti_dukung', ['instansi_id', 'realisasi_id'], 'realisasi'),
  fk('umpan_balik_skp_fk', 'umpan_balik', ['instansi_id', 'skp_id'], 'skp'),
  fk('evaluasi_skp_fk', 'evaluasi', ['instansi_id', 'skp_id'], 'skp'),
  fk(
    'capaian_kinerja_organisasi_unit_kerja_fk',
    'capaian_kinerja_organisasi',
    ['instansi_id', 'unit_kerja_id'],
    'unit_kerja',
  ),
  fk('penetapan_unit_kerja_fk', 'penetapan', ['instansi_id', 'unit_kerja_id'], 'unit_kerja'),
  fk('keberatan_evaluasi_fk', 'keberatan', ['instansi_id', 'evaluasi_id'], 'evaluasi'),
  fk('keberatan_skp_fk', 'keberatan', ['instansi_id', 'skp_id'], 'skp'),
  fk('pembukaan_periode_skp_fk', 'pembukaan_periode', ['instansi_id', 'skp_id'], 'skp'),
  fk('penugasan_pegawai_fk', 'penugasan', ['instansi_id', 'pegawai_id'], 'pegawai'),
  fk('penugasan_jabatan_fk', 'penugasan', ['instansi_id', 'jabatan_id'], 'jabatan'),
  fk('import_batch_instansi_fk', 'import_batch', ['instansi_id'], 'instansi', ['id']),
];

/**
 * The unique constraint a driver error names: by name (PostgreSQL), or by table and columns
 * (SQLite's "UNIQUE constraint failed: t.a, t.b").
 *
 * @param info - what the driver said.
 * @returns the constraint, or `undefined` when it is not one of the schema's.
 * @example
 * ```ts
 * findUniqueConstraint({ table: 'pegawai', columns: ['instansi_id', 'nip'] })?.name; // 'pegawai_nip_uq'
 * ```
 */
export function findUniqueConstraint(info: {
  readonly constraint?: string;
  readonly table?: string;
  readonly columns?: readonly string[];
}): UniqueConstraint | undefined {
  if (info.constraint !== undefined) {
    const byName = UNIQUE_CONSTRAINTS.find((c) => c.name === info.constraint);
    if (byName) return byName;
  }
  if (info.table !== undefined && info.columns !== undefined) {
    const cols = info.columns.join(',');
    return UNIQUE_CONSTRAINTS.find((c) => c.table === info.table && c.columns.join(',') === cols);
  }
  return undefined;
}
