import type { Generated } from 'kysely';

/**
 * The tables of the Kinerja schema as Kysely sees them (snake_case columns). Every table is keyed
 * by `instansi_id` first, so one deployment can serve many instansi and a distributed PostgreSQL
 * can shard by it. Columns whose SQL type differs by dialect are typed loosely here and go
 * through the dialect's {@link SqlCodec}: decimals (TEXT / NUMERIC, always canonical strings in
 * the domain), booleans (INTEGER 0/1 / BOOLEAN), JSON (TEXT / JSONB) and dates (TEXT / DATE).
 *
 * @example
 * ```ts
 * const db = new Kysely<KinerjaDatabase>({ dialect });
 * await db.selectFrom('skp').select(['id', 'status']).where('instansi_id', '=', 'pemko-pekanbaru').execute();
 * ```
 */
export interface KinerjaDatabase {
  instansi: InstansiTable;
  unit_kerja: UnitKerjaTable;
  jabatan: JabatanTable;
  pegawai: PegawaiTable;
  skp: SkpTable;
  rencana_hasil_kerja: RencanaHasilKerjaTable;
  indikator: IndikatorTable;
  realisasi: RealisasiTable;
  bukti_dukung: BuktiDukungTable;
  umpan_balik: UmpanBalikTable;
  evaluasi: EvaluasiTable;
  capaian_kinerja_organisasi: CapaianKinerjaOrganisasiTable;
  penetapan: PenetapanTable;
  keberatan: KeberatanTable;
  pembukaan_periode: PembukaanPeriodeTable;
  penugasan: PenugasanTable;
  audit_event: AuditEventTable;
  import_batch: ImportBatchTable;
}

/** A boolean as stored: `0`/`1` in SQLite, `boolean` in PostgreSQL. */
export type SqlBoolean = number | boolean;

/** A JSON value as stored: text in SQLite, parsed JSONB in PostgreSQL; `null` for SQL NULL. */
export type SqlJson = unknown;

/** A calendar date as stored: `'YYYY-MM-DD'` text in SQLite, DATE in PostgreSQL. */
export type SqlDate = string | Date;

/** Row of `instansi`: the tenants. */
export interface InstansiTable {
  id: string;
  nama: string;
}

/** Row of `unit_kerja`: the unit tree of an instansi (`induk_id` references a unit of the same instansi). */
export interface UnitKerjaTable {
  instansi_id: string;
  id: string;
  nama: string;
  jenis: string | null;
  induk_id: string | null;
}

/** Row of `jabatan`. */
export interface JabatanTable {
  instansi_id: string;
  id: string;
  nama: string;
  jenis: string;
  jenjang: string | null;
  unit_kerja_id: string;
  pimpinan_unit: SqlBoolean;
}

/** Row of `pegawai`: a PNS has `nip`, a PPPK `ni_pppk`; each is unique within the instansi. */
export interface PegawaiTable {
  instansi_id: string;
  id: string;
  jenis: string;
  nip: string | null;
  ni_pppk: string | null;
  nama: string;
  jenis_kelamin: string | null;
  golongan: string | null;
  jabatan_id: string;
  unit_kerja_id: string;
}

/** Row of `skp`: one SKP segment; unique per pegawai, tahun and segmen. */
export interface SkpTable {
  instansi_id: string;
  id: string;
  pegawai_id: string;
  tahun: number;
  segmen: number;
  periode_awal: SqlDate;
  periode_akhir: SqlDate;
  jenis_periodik: string;
  pendekatan: string;
  jabatan_id: string;
  jenis_jabatan: string;
  unit_kerja_id: string;
  pimpinan_unit: SqlBoolean;
  pejabat_penilai_id: string | null;
  atasan_pejabat_penilai_id: string | null;
  perilaku_kerja: SqlJson;
  lampiran: SqlJson;
  status: string;
  revisi: number;
  ditetapkan_oleh: string | null;
  catatan: string | null;
  version: number;
}

/** Row of `rencana_hasil_kerja`: an RHK of an SKP, in the SKP's order (`urutan`). */
export interface RencanaHasilKerjaTable {
  instansi_id: string;
  skp_id: string;
  id: string;
  urutan: number;
  uraian: string;
  jenis: string;
  rhk_atasan_id: string | null;
  penugasan_dari: string | null;
  perspektif: string | null;
}

/** Row of `indikator`: an IKI of an RHK with its target (decimal columns are canonical strings). */
export interface IndikatorTable {
  instansi_id: string;
  skp_id: string;
  id: string;
  rhk_id: string;
  urutan: number;
  uraian: string;
  aspek: string;
  target_jenis: string;
  target_nilai: string | null;
  target_min: string | null;
  target_max: string | null;
  target_uraian: string | null;
  satuan: string;
  polaritas: string;
  akumulasi: string;
}

/** Row of `realisasi`: unique per SKP, indikator and window (`periode_ke`). */
export interface RealisasiTable {
  instansi_id: string;
  id: string;
  skp_id: string;
  indikator_id: string;
  periode_ke: number;
  nilai: string | null;
  uraian: string | null;
  version: number;
}

/** Row of `bukti_dukung`: the evidence of a realisasi, in order. */
export interface BuktiDukungTable {
  instansi_id: string;
  realisasi_id: string;
  id: string;
  urutan: number;
  uraian: string;
  tautan: string;
  diunggah_pada: string | null;
}

/** Row of `umpan_balik`: on one RHK (`sasaran_rhk_id`) or one BerAKHLAK value (`sasaran_nilai`). */
export interface UmpanBalikTable {
  instansi_id: string;
  id: string;
  skp_id: string;
  periode_ke: number;
  pemberi_id: string;
  sasaran_jenis: string;
  sasaran_rhk_id: string | null;
  sasaran_nilai: string | null;
  isi: string;
  diberikan_pada: string;
}

/** Row of `evaluasi`: unique per SKP, jenis and `periode_ke` (0 for the annual evaluation). */
export interface EvaluasiTable {
  instansi_id: string;
  id: string;
  skp_id: string;
  jenis: string;
  periode_ke: number;
  rating_hasil_kerja: string;
  rating_perilaku_kerja: string;
  rating_rhk: SqlJson;
  predikat: string;
  rule_pack_id: string;
  rule_pack_version: string;
  rule_pack_override_name: string | null;
  rule_pack_override_version: string | null;
  hasil: SqlJson;
  status: string;
  penilai_id: string;
  dinilai_pada: string;
  version: number;
}

/** Row of `capaian_kinerja_organisasi`: a unit's predikat organisasi for a year. */
export interface CapaianKinerjaOrganisasiTable {
  instansi_id: string;
  unit_kerja_id: string;
  tahun: number;
  predikat: string;
  ditetapkan_oleh_id: string | null;
  catatan: string | null;
  version: number;
}

/** Row of `penetapan`: a kurva unit's frozen predikat for a year (the list as JSON). */
export interface PenetapanTable {
  instansi_id: string;
  unit_kerja_id: string;
  tahun: number;
  ditetapkan_oleh_id: string;
  ditetapkan_pada: string;
  predikat: SqlJson;
}

/** Row of `keberatan`. */
export interface KeberatanTable {
  instansi_id: string;
  id: string;
  evaluasi_id: string;
  skp_id: string;
  pegawai_id: string;
  alasan: string;
  diajukan_pada: string;
  penjelasan: string | null;
  dijelaskan_pada: string | null;
  alasan_keputusan: string | null;
  diputuskan_oleh_id: string | null;
  diputuskan_pada: string | null;
  status: string;
  version: number;
}

/** Row of `pembukaan_periode`: a recorded reopening of a periodic window. */
export interface PembukaanPeriodeTable {
  instansi_id: string;
  id: string;
  skp_id: string;
  periode_ke: number;
  dibuka_oleh_id: string;
  alasan: string;
  dibuka_pada: string;
  sampai: SqlDate;
}

/** Row of `penugasan`: a Plt/Plh assignment. */
export interface PenugasanTable {
  instansi_id: string;
  id: string;
  pegawai_id: string;
  jabatan_id: string;
  jenis: string;
  mulai: SqlDate;
  selesai: SqlDate;
}

/** Row of `audit_event`: the hash-chained audit log, keyed by instansi and sequence. */
export interface AuditEventTable {
  instansi_id: string;
  seq: number;
  at: string;
  actor_id: string;
  action: string;
  entity: string;
  entity_id: string;
  before: SqlJson;
  after: SqlJson;
  prev_hash: string;
  hash: string;
}

/** Row of `import_batch`: the batches already imported, with what they wrote. */
export interface ImportBatchTable {
  instansi_id: string;
  key: string;
  counts: SqlJson;
  /** When the batch was imported, by the database's clock (set by default). */
  imported_at: Generated<string | Date>;
}
