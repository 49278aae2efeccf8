import type { Result } from '../issues/result';
import type { Jabatan } from '../model/jabatan';
import type { Pegawai } from '../model/pegawai';
import type { UnitKerja } from '../model/unit-kerja';
import type {
  AuditEntry,
  AuditEvent,
  CapaianOrganisasiRecord,
  EvaluasiRecord,
  KeberatanRecord,
  PembukaanPeriodeRecord,
  PenetapanRecord,
  PenugasanRecord,
  RealisasiRecord,
  SkpRecord,
  UmpanBalikRecord,
} from '../workflow/records';

/** An instansi (agency): the tenant every record belongs to. */
export interface Instansi {
  readonly id: string;
  readonly nama: string;
}

/**
 * What a save returns: the record as stored (with its new version), or issues — `version_conflict`
 * when the expected version is stale, `duplicate_key` / `unknown_reference` for constraint
 * violations. Driver errors never leak raw.
 */
export type SaveResult<T> = Result<T>;

/** The result of verifying an instansi's audit chain. */
export type AuditVerification =
  | { readonly ok: true; readonly count: number }
  | {
      readonly ok: false;
      readonly count: number;
      /** The first entry whose hash or link does not match. */
      readonly firstBroken: number;
      readonly reason: 'hash_mismatch' | 'link_mismatch' | 'sequence_gap';
    };

/**
 * One batch of a bulk import, all-or-nothing and idempotent on natural keys (NIP; pegawai + tahun
 * + segmen; skp + indikator + periode; skp + jenis + periode): running the same batch twice stores
 * nothing twice. `key` names the batch so a rerun after a crash is recognised.
 */
export interface ImportBatch {
  readonly instansiId: string;
  readonly key: string;
  readonly unitKerja?: readonly UnitKerja[];
  readonly jabatan?: readonly Jabatan[];
  readonly pegawai?: readonly Pegawai[];
  readonly skp?: readonly Omit<SkpRecord, 'version'>[];
  readonly realisasi?: readonly Omit<RealisasiRecord, 'version'>[];
  readonly evaluasi?: readonly Omit<EvaluasiRecord, 'version'>[];
  readonly capaianOrganisasi?: readonly Omit<CapaianOrganisasiRecord, 'version'>[];
}

/** What an import batch did. */
export interface ImportReport {
  readonly key: string;
  /** True when the batch had been imported before and nothing was written now. */
  readonly alreadyImported: boolean;
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * The reads of the store, shaped by the domain. Every read is scoped by instansi.
 */
export interface KinerjaReader {
  getInstansi(id: string): Promise<Instansi | undefined>;
  listUnitKerja(instansiId: string): Promise<UnitKerja[]>;
  listJabatan(instansiId: string): Promise<Jabatan[]>;
  getPegawai(instansiId: string, id: string): Promise<Pegawai | undefined>;
  listPegawai(instansiId: string, filter?: { readonly unitKerjaIds?: readonly string[] }): Promise<Pegawai[]>;
  getSkp(instansiId: string, skpId: string): Promise<SkpRecord | undefined>;
  /** The SKP segments of a pegawai for a year, by segment. */
  listSkpPegawai(instansiId: string, pegawaiId: string, tahun: number): Promise<SkpRecord[]>;
  /** The SKPs of a year whose pejabat penilai is the given pegawai (the bawahan). */
  listSkpBawahan(instansiId: string, pejabatPenilaiId: string, tahun: number): Promise<SkpRecord[]>;
  /** The SKPs of a year of the pegawai in the given units. */
  listSkpUnit(instansiId: string, unitKerjaIds: readonly string[], tahun: number): Promise<SkpRecord[]>;
  listRealisasi(instansiId: string, skpId: string): Promise<RealisasiRecord[]>;
  listUmpanBalik(instansiId: string, skpId: string): Promise<UmpanBalikRecord[]>;
  listEvaluasi(instansiId: string, skpId: string): Promise<EvaluasiRecord[]>;
  getCapaianOrganisasi(instansiId: string, unitKerjaId: string, tahun: number): Promise<CapaianOrganisasiRecord | undefined>;
  getPenetapan(instansiId: string, unitKerjaId: string, tahun: number): Promise<PenetapanRecord | undefined>;
  listKeberatan(instansiId: string, skpId: string): Promise<KeberatanRecord[]>;
  getKeberatan(instansiId: string, id: string): Promise<KeberatanRecord | undefined>;
  listPembukaanPeriode(instansiId: string, skpId: string): Promise<PembukaanPeriodeRecord[]>;
  /** The Plt/Plh assignments of an instansi that overlap a day. */
  listPenugasan(instansiId: string, tanggal: string): Promise<PenugasanRecord[]>;
  listAudit(instansiId: string, options?: { readonly afterSeq?: number; readonly limit?: number }): Promise<AuditEvent[]>;
}

/**
 * The writes of the store, inside one transaction. A save with `expectedVersion: null` inserts;
 * with a number it updates only if the stored version is that number (else `version_conflict`),
 * and the stored record gets version + 1. Every state change should append an audit entry in
 * the same transaction.
 */
export interface KinerjaTx extends KinerjaReader {
  saveInstansi(instansi: Instansi): Promise<SaveResult<Instansi>>;
  saveUnitKerja(instansiId: string, unit: UnitKerja): Promise<SaveResult<UnitKerja>>;
  saveJabatan(instansiId: string, jabatan: Jabatan): Promise<SaveResult<Jabatan>>;
  savePegawai(instansiId: string, pegawai: Pegawai): Promise<SaveResult<Pegawai>>;
  saveSkp(record: SkpRecord, expectedVersion: number | null): Promise<SaveResult<SkpRecord>>;
  saveRealisasi(record: RealisasiRecord, expectedVersion: number | null): Promise<SaveResult<RealisasiRecord>>;
  addUmpanBalik(record: UmpanBalikRecord): Promise<SaveResult<UmpanBalikRecord>>;
  saveEvaluasi(record: EvaluasiRecord, expectedVersion: number | null): Promise<SaveResult<EvaluasiRecord>>;
  saveCapaianOrganisasi(
    record: CapaianOrganisasiRecord,
    expectedVersion: number | null,
  ): Promise<SaveResult<CapaianOrganisasiRecord>>;
  savePenetapan(record: PenetapanRecord): Promise<SaveResult<PenetapanRecord>>;
  saveKeberatan(record: KeberatanRecord, expectedVersion: number | null): Promise<SaveResult<KeberatanRecord>>;
  savePembukaanPeriode(record: PembukaanPeriodeRecord): Promise<SaveResult<PembukaanPeriodeRecord>>;
  savePenugasan(record: PenugasanRecord): Promise<SaveResult<PenugasanRecord>>;
  /** Appends an entry to the instansi's hash-chained audit log and returns it numbered and chained. */
  appendAudit(entry: AuditEntry): Promise<AuditEvent>;
}

/**
 * The port every storage adapter implements (SQLite, PostgreSQL, memory). Shaped by the domain,
 * not by CRUD; every record carries its instansi.
 *
 * @example
 * ```ts
 * const saved = await store.transaction(async (tx) => {
 *   const r = await tx.saveSkp(next, current.version);
 *   if (r.ok) await tx.appendAudit({ instansiId, at, actorId, action: 'skp.submit', entity: 'skp', entityId: next.skp.id, before: current, after: r.value });
 *   return r;
 * });
 * ```
 */
export interface KinerjaStore extends KinerjaReader {
  /**
   * Runs `fn` in one transaction: every write in it is committed together, or — when `fn`
   * throws or returns a failed {@link Result} — none is.
   */
  transaction<T>(fn: (tx: KinerjaTx) => Promise<T>): Promise<T>;
  /** Imports one batch, all-or-nothing and idempotent (see {@link ImportBatch}). */
  importBatch(batch: ImportBatch): Promise<Result<ImportReport>>;
  /** Verifies an instansi's audit chain and names the first broken link. */
  verifyAuditChain(instansiId: string): Promise<AuditVerification>;
  close(): Promise<void>;
}
