import { type CreateTableBuilder, type Kysely, type Migration, sql } from 'kysely';
import { columnTypes } from '../column-types';
import type { SqlDialectName } from '../sql-codec';

/** The tables of migration 0001, in creation order (dropped in reverse). */
const TABLES = [
  'instansi',
  'unit_kerja',
  'jabatan',
  'pegawai',
  'skp',
  'rencana_hasil_kerja',
  'indikator',
  'realisasi',
  'bukti_dukung',
  'umpan_balik',
  'evaluasi',
  'capaian_kinerja_organisasi',
  'penetapan',
  'keberatan',
  'pembukaan_periode',
  'penugasan',
  'audit_event',
  'import_batch',
] as const;

/**
 * Migration 0001: the whole first schema. Every table is keyed by `instansi_id` first and every
 * foreign key stays inside one instansi; constraint names are stable (the store maps driver
 * errors through them, see `CONSTRAINTS`). SQLite tables are `STRICT, WITHOUT ROWID`.
 *
 * @param dialect - the dialect the migration writes for.
 * @returns the migration (up and down).
 * @example
 * ```ts
 * await createInitialMigration('sqlite').up(db);
 * ```
 */
export function createInitialMigration(dialect: SqlDialectName): Migration {
  const t = columnTypes(dialect);
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
  type Db = Kysely<any>;
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  type Builder = CreateTableBuilder<any, any>;
  const finish = (b: Builder): Builder => (dialect === 'sqlite' ? b.modifyEnd(sql`strict`) : b);
  const create = (db: Db, name: string, build: (b: Builder) => Builder) =>
    finish(build(db.schema.createTable(name))).execute();

  return {
    async up(db: Db) {
      await create(db, 'instansi', (b) =>
        b
          .addColumn('id', t.text, (c) => c.notNull().primaryKey())
          .addColumn('nama', t.text, (c) => c.notNull()),
      );

      await create(db, 'unit_kerja', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('nama', t.text, (c) => c.notNull())
          .addColumn('jenis', t.text)
          .addColumn('induk_id', t.text)
          .addPrimaryKeyConstraint('unit_kerja_pk', ['instansi_id', 'id'])
          .addForeignKeyConstraint('unit_kerja_instansi_fk', ['instansi_id'], 'instansi', ['id'])
          .addForeignKeyConstraint('unit_kerja_induk_fk', ['instansi_id', 'induk_id'], 'unit_kerja', [
            'instansi_id',
            'id',
          ]),
      );
      await db.schema
        .createIndex('unit_kerja_induk_idx')
        .on('unit_kerja')
        .columns(['instansi_id', 'induk_id'])
        .execute();

      await create(db, 'jabatan', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('nama', t.text, (c) => c.notNull())
          .addColumn('jenis', t.text, (c) => c.notNull())
          .addColumn('jenjang', t.text)
          .addColumn('unit_kerja_id', t.text, (c) => c.notNull())
          .addColumn('pimpinan_unit', t.boolean, (c) => c.notNull())
          .addPrimaryKeyConstraint('jabatan_pk', ['instansi_id', 'id'])
          .addForeignKeyConstraint('jabatan_unit_kerja_fk', ['instansi_id', 'unit_kerja_id'], 'unit_kerja', [
            'instansi_id',
            'id',
          ]),
      );

      await create(db, 'pegawai', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('jenis', t.text, (c) => c.notNull())
          .addColumn('nip', t.text)
          .addColumn('ni_pppk', t.text)
          .addColumn('nama', t.text, (c) => c.notNull())
          .addColumn('jenis_kelamin', t.text)
          .addColumn('golongan', t.text)
          .addColumn('jabatan_id', t.text, (c) => c.notNull())
          .addColumn('unit_kerja_id', t.text, (c) => c.notNull())
          .addPrimaryKeyConstraint('pegawai_pk', ['instansi_id', 'id'])
          .addUniqueConstraint('pegawai_nip_uq', ['instansi_id', 'nip'])
          .addUniqueConstraint('pegawai_ni_pppk_uq', ['instansi_id', 'ni_pppk'])
          .addForeignKeyConstraint('pegawai_jabatan_fk', ['instansi_id', 'jabatan_id'], 'jabatan', [
            'instansi_id',
            'id',
          ])
          .addForeignKeyConstraint('pegawai_unit_kerja_fk', ['instansi_id', 'unit_kerja_id'], 'unit_kerja', [
            'instansi_id',
            'id',
          ]),
      );
      await db.schema
        .createIndex('pegawai_unit_kerja_idx')
        .on('pegawai')
        .columns(['instansi_id', 'unit_kerja_id'])
        .execute();

      await create(db, 'skp', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('pegawai_id', t.text, (c) => c.notNull())
          .addColumn('tahun', t.integer, (c) => c.notNull())
          .addColumn('segmen', t.integer, (c) => c.notNull())
          .addColumn('periode_awal', t.date, (c) => c.notNull())
          .addColumn('periode_akhir', t.date, (c) => c.notNull())
          .addColumn('jenis_periodik', t.text, (c) => c.notNull())
          .addColumn('pendekatan', t.text, (c) => c.notNull())
          .addColumn('jabatan_id', t.text, (c) => c.notNull())
          .addColumn('jenis_jabatan', t.text, (c) => c.notNull())
          .addColumn('unit_kerja_id', t.text, (c) => c.notNull())
          .addColumn('pimpinan_unit', t.boolean, (c) => c.notNull())
          .addColumn('pejabat_penilai_id', t.text)
          .addColumn('atasan_pejabat_penilai_id', t.text)
          .addColumn('perilaku_kerja', t.json, (c) => c.notNull())
          .addColumn('lampiran', t.json, (c) => c.notNull())
          .addColumn('status', t.text, (c) => c.notNull())
          .addColumn('revisi', t.integer, (c) => c.notNull())
          .addColumn('ditetapkan_oleh', t.text)
          .addColumn('catatan', t.text)
          .addColumn('version', t.integer, (c) => c.notNull())
          .addPrimaryKeyConstraint('skp_pk', ['instansi_id', 'id'])
          .addUniqueConstraint('skp_pegawai_tahun_segmen_uq', [
            'instansi_id',
            'pegawai_id',
            'tahun',
            'segmen',
          ])
          .addForeignKeyConstraint('skp_pegawai_fk', ['instansi_id', 'pegawai_id'], 'pegawai', [
            'instansi_id',
            'id',
          ])
          .addForeignKeyConstraint('skp_jabatan_fk', ['instansi_id', 'jabatan_id'], 'jabatan', [
            'instansi_id',
            'id',
          ])
          .addForeignKeyConstraint('skp_unit_kerja_fk', ['instansi_id', 'unit_kerja_id'], 'unit_kerja', [
            'instansi_id',
            'id',
          ]),
      );
      await db.schema
        .createIndex('skp_pejabat_penilai_idx')
        .on('skp')
        .columns(['instansi_id', 'pejabat_penilai_id', 'tahun'])
        .execute();
      await db.schema
        .createIndex('skp_unit_kerja_idx')
        .on('skp')
        .columns(['instansi_id', 'unit_kerja_id', 'tahun'])
        .execute();

      await create(db, 'rencana_hasil_kerja', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('skp_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('urutan', t.integer, (c) => c.notNull())
          .addColumn('uraian', t.text, (c) => c.notNull())
          .addColumn('jenis', t.text, (c) => c.notNull())
          .addColumn('rhk_atasan_id', t.text)
          .addColumn('penugasan_dari', t.text)
          .addColumn('perspektif', t.text)
          .addPrimaryKeyConstraint('rencana_hasil_kerja_pk', ['instansi_id', 'skp_id', 'id'])
          .addForeignKeyConstraint(
            'rencana_hasil_kerja_skp_fk',
            ['instansi_id', 'skp_id'],
            'skp',
            ['instansi_id', 'id'],
            (fk) => fk.onDelete('cascade'),
          ),
      );
      await db.schema
        .createIndex('rencana_hasil_kerja_atasan_idx')
        .on('rencana_hasil_kerja')
        .columns(['instansi_id', 'rhk_atasan_id'])
        .execute();

      await create(db, 'indikator', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('skp_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('rhk_id', t.text, (c) => c.notNull())
          .addColumn('urutan', t.integer, (c) => c.notNull())
          .addColumn('uraian', t.text, (c) => c.notNull())
          .addColumn('aspek', t.text, (c) => c.notNull())
          .addColumn('target_jenis', t.text, (c) => c.notNull())
          .addColumn('target_nilai', t.decimal)
          .addColumn('target_min', t.decimal)
          .addColumn('target_max', t.decimal)
          .addColumn('target_uraian', t.text)
          .addColumn('satuan', t.text, (c) => c.notNull())
          .addColumn('polaritas', t.text, (c) => c.notNull())
          .addColumn('akumulasi', t.text, (c) => c.notNull())
          .addPrimaryKeyConstraint('indikator_pk', ['instansi_id', 'skp_id', 'id'])
          .addForeignKeyConstraint(
            'indikator_rhk_fk',
            ['instansi_id', 'skp_id', 'rhk_id'],
            'rencana_hasil_kerja',
            ['instansi_id', 'skp_id', 'id'],
            (fk) => fk.onDelete('cascade'),
          ),
      );

      await create(db, 'realisasi', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('skp_id', t.text, (c) => c.notNull())
          .addColumn('indikator_id', t.text, (c) => c.notNull())
          .addColumn('periode_ke', t.integer, (c) => c.notNull())
          .addColumn('nilai', t.decimal)
          .addColumn('uraian', t.text)
          .addColumn('version', t.integer, (c) => c.notNull())
          .addPrimaryKeyConstraint('realisasi_pk', ['instansi_id', 'id'])
          .addUniqueConstraint('realisasi_indikator_periode_uq', [
            'instansi_id',
            'skp_id',
            'indikator_id',
            'periode_ke',
          ])
          .addForeignKeyConstraint('realisasi_skp_fk', ['instansi_id', 'skp_id'], 'skp', [
            'instansi_id',
            'id',
          ])
          .addForeignKeyConstraint(
            'realisasi_indikator_fk',
            ['instansi_id', 'skp_id', 'indikator_id'],
            'indikator',
            ['instansi_id', 'skp_id', 'id'],
          ),
      );

      await create(db, 'bukti_dukung', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('realisasi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('urutan', t.integer, (c) => c.notNull())
          .addColumn('uraian', t.text, (c) => c.notNull())
          .addColumn('tautan', t.text, (c) => c.notNull())
          .addColumn('diunggah_pada', t.text)
          .addPrimaryKeyConstraint('bukti_dukung_pk', ['instansi_id', 'realisasi_id', 'id'])
          .addForeignKeyConstraint(
            'bukti_dukung_realisasi_fk',
            ['instansi_id', 'realisasi_id'],
            'realisasi',
            ['instansi_id', 'id'],
            (fk) => fk.onDelete('cascade'),
          ),
      );

      await create(db, 'umpan_balik', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('skp_id', t.text, (c) => c.notNull())
          .addColumn('periode_ke', t.integer, (c) => c.notNull())
          .addColumn('pemberi_id', t.text, (c) => c.notNull())
          .addColumn('sasaran_jenis', t.text, (c) => c.notNull())
          .addColumn('sasaran_rhk_id', t.text)
          .addColumn('sasaran_nilai', t.text)
          .addColumn('isi', t.text, (c) => c.notNull())
          .addColumn('diberikan_pada', t.text, (c) => c.notNull())
          .addPrimaryKeyConstraint('umpan_balik_pk', ['instansi_id', 'id'])
          .addForeignKeyConstraint('umpan_balik_skp_fk', ['instansi_id', 'skp_id'], 'skp', [
            'instansi_id',
            'id',
          ]),
      );
      await db.schema
        .createIndex('umpan_balik_skp_idx')
        .on('umpan_balik')
        .columns(['instansi_id', 'skp_id'])
        .execute();

      await create(db, 'evaluasi', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('skp_id', t.text, (c) => c.notNull())
          .addColumn('jenis', t.text, (c) => c.notNull())
          .addColumn('periode_ke', t.integer, (c) => c.notNull())
          .addColumn('rating_hasil_kerja', t.text, (c) => c.notNull())
          .addColumn('rating_perilaku_kerja', t.text, (c) => c.notNull())
          .addColumn('rating_rhk', t.json, (c) => c.notNull())
          .addColumn('predikat', t.text, (c) => c.notNull())
          .addColumn('rule_pack_id', t.text, (c) => c.notNull())
          .addColumn('rule_pack_version', t.text, (c) => c.notNull())
          .addColumn('rule_pack_override_name', t.text)
          .addColumn('rule_pack_override_version', t.text)
          .addColumn('hasil', t.json)
          .addColumn('status', t.text, (c) => c.notNull())
          .addColumn('penilai_id', t.text, (c) => c.notNull())
          .addColumn('dinilai_pada', t.text, (c) => c.notNull())
          .addColumn('version', t.integer, (c) => c.notNull())
          .addPrimaryKeyConstraint('evaluasi_pk', ['instansi_id', 'id'])
          .addUniqueConstraint('evaluasi_skp_jenis_periode_uq', [
            'instansi_id',
            'skp_id',
            'jenis',
            'periode_ke',
          ])
          .addForeignKeyConstraint('evaluasi_skp_fk', ['instansi_id', 'skp_id'], 'skp', [
            'instansi_id',
            'id',
          ]),
      );

      await create(db, 'capaian_kinerja_organisasi', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('unit_kerja_id', t.text, (c) => c.notNull())
          .addColumn('tahun', t.integer, (c) => c.notNull())
          .addColumn('predikat', t.text, (c) => c.notNull())
          .addColumn('ditetapkan_oleh_id', t.text)
          .addColumn('catatan', t.text)
          .addColumn('version', t.integer, (c) => c.notNull())
          .addPrimaryKeyConstraint('capaian_kinerja_organisasi_pk', ['instansi_id', 'unit_kerja_id', 'tahun'])
          .addForeignKeyConstraint(
            'capaian_kinerja_organisasi_unit_kerja_fk',
            ['instansi_id', 'unit_kerja_id'],
            'unit_kerja',
            ['instansi_id', 'id'],
          ),
      );

      await create(db, 'penetapan', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('unit_kerja_id', t.text, (c) => c.notNull())
          .addColumn('tahun', t.integer, (c) => c.notNull())
          .addColumn('ditetapkan_oleh_id', t.text, (c) => c.notNull())
          .addColumn('ditetapkan_pada', t.text, (c) => c.notNull())
          .addColumn('predikat', t.json, (c) => c.notNull())
          .addPrimaryKeyConstraint('penetapan_pk', ['instansi_id', 'unit_kerja_id', 'tahun'])
          .addForeignKeyConstraint(
            'penetapan_unit_kerja_fk',
            ['instansi_id', 'unit_kerja_id'],
            'unit_kerja',
            ['instansi_id', 'id'],
          ),
      );

      await create(db, 'keberatan', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('evaluasi_id', t.text, (c) => c.notNull())
          .addColumn('skp_id', t.text, (c) => c.notNull())
          .addColumn('pegawai_id', t.text, (c) => c.notNull())
          .addColumn('alasan', t.text, (c) => c.notNull())
          .addColumn('diajukan_pada', t.text, (c) => c.notNull())
          .addColumn('penjelasan', t.text)
          .addColumn('dijelaskan_pada', t.text)
          .addColumn('alasan_keputusan', t.text)
          .addColumn('diputuskan_oleh_id', t.text)
          .addColumn('diputuskan_pada', t.text)
          .addColumn('status', t.text, (c) => c.notNull())
          .addColumn('version', t.integer, (c) => c.notNull())
          .addPrimaryKeyConstraint('keberatan_pk', ['instansi_id', 'id'])
          .addForeignKeyConstraint('keberatan_evaluasi_fk', ['instansi_id', 'evaluasi_id'], 'evaluasi', [
            'instansi_id',
            'id',
          ])
          .addForeignKeyConstraint('keberatan_skp_fk', ['instansi_id', 'skp_id'], 'skp', [
            'instansi_id',
            'id',
          ]),
      );
      await db.schema
        .createIndex('keberatan_skp_idx')
        .on('keberatan')
        .columns(['instansi_id', 'skp_id'])
        .execute();

      await create(db, 'pembukaan_periode', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('skp_id', t.text, (c) => c.notNull())
          .addColumn('periode_ke', t.integer, (c) => c.notNull())
          .addColumn('dibuka_oleh_id', t.text, (c) => c.notNull())
          .addColumn('alasan', t.text, (c) => c.notNull())
          .addColumn('dibuka_pada', t.text, (c) => c.notNull())
          .addColumn('sampai', t.date, (c) => c.notNull())
          .addPrimaryKeyConstraint('pembukaan_periode_pk', ['instansi_id', 'id'])
          .addForeignKeyConstraint('pembukaan_periode_skp_fk', ['instansi_id', 'skp_id'], 'skp', [
            'instansi_id',
            'id',
          ]),
      );
      await db.schema
        .createIndex('pembukaan_periode_skp_idx')
        .on('pembukaan_periode')
        .columns(['instansi_id', 'skp_id'])
        .execute();

      await create(db, 'penugasan', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('id', t.text, (c) => c.notNull())
          .addColumn('pegawai_id', t.text, (c) => c.notNull())
          .addColumn('jabatan_id', t.text, (c) => c.notNull())
          .addColumn('jenis', t.text, (c) => c.notNull())
          .addColumn('mulai', t.date, (c) => c.notNull())
          .addColumn('selesai', t.date, (c) => c.notNull())
          .addPrimaryKeyConstraint('penugasan_pk', ['instansi_id', 'id'])
          .addForeignKeyConstraint('penugasan_pegawai_fk', ['instansi_id', 'pegawai_id'], 'pegawai', [
            'instansi_id',
            'id',
          ])
          .addForeignKeyConstraint('penugasan_jabatan_fk', ['instansi_id', 'jabatan_id'], 'jabatan', [
            'instansi_id',
            'id',
          ]),
      );
      await db.schema
        .createIndex('penugasan_mulai_idx')
        .on('penugasan')
        .columns(['instansi_id', 'mulai', 'selesai'])
        .execute();

      await create(db, 'audit_event', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('seq', t.integer, (c) => c.notNull())
          .addColumn('at', t.text, (c) => c.notNull())
          .addColumn('actor_id', t.text, (c) => c.notNull())
          .addColumn('action', t.text, (c) => c.notNull())
          .addColumn('entity', t.text, (c) => c.notNull())
          .addColumn('entity_id', t.text, (c) => c.notNull())
          .addColumn('before', t.json)
          .addColumn('after', t.json)
          .addColumn('prev_hash', t.text, (c) => c.notNull())
          .addColumn('hash', t.text, (c) => c.notNull())
          .addPrimaryKeyConstraint('audit_event_pk', ['instansi_id', 'seq']),
      );
      await db.schema
        .createIndex('audit_event_entity_idx')
        .on('audit_event')
        .columns(['instansi_id', 'entity', 'entity_id'])
        .execute();

      await create(db, 'import_batch', (b) =>
        b
          .addColumn('instansi_id', t.text, (c) => c.notNull())
          .addColumn('key', t.text, (c) => c.notNull())
          .addColumn('counts', t.json, (c) => c.notNull())
          .addColumn('imported_at', t.timestamp, (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
          .addPrimaryKeyConstraint('import_batch_pk', ['instansi_id', 'key'])
          .addForeignKeyConstraint('import_batch_instansi_fk', ['instansi_id'], 'instansi', ['id']),
      );
    },

    async down(db: Db) {
      for (const name of [...TABLES].reverse()) await db.schema.dropTable(name).execute();
    },
  };
}
