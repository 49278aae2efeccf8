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
  /** The instansi with this id. */
  getInstansi(id: string): Promise<Instansi | undefined>;
  /** The instansi's unit tree. */
  listUnitKerja(instansiId: string): Promise<UnitKerja[]>;
  /** The instansi's jabatan. */
  listJabatan(instansiId: string): Promise<Jabatan[]>;
  /** One pegawai by id. */
  getPegawai(instansiId: string, id: string): Promise<Pegawai | undefined>;
  /** The pegawai of the instansi, optionally only those in the given units. */
  listPegawai(instansiId: string, filter?: { readonly unitKerjaIds?: readonly string[] }): Promise<Pegawai[]>;
  /** One SKP by id. */
  getSkp(instansiId: string, skpId: string): Promise<SkpRecord | undefined>;
  /** The SKP segments of a pegawai for a year, by segment. */
  listSkpPegawai(instansiId: string, pegawaiId: string, tahun: number): Promise<SkpRecord[]>;
  /** The SKPs of a year whose pejabat penilai is the given pegawai (the bawahan). */
  listSkpBawahan(instansiId: string, pejabatPenilaiId: string, tahun: number): Promise<SkpRecord[]>;
  /** The SKPs of a year of the pegawai in the given units. */
  listSkpUnit(instansiId: string, unitKerjaIds: readonly string[], tahun: number): Promise<SkpRecord[]>;
  /** The realisasi of an SKP, every indikator and window. */
  listRealisasi(instansiId: string, skpId: string): Promise<RealisasiRecord[]>;
  /**
   * The realisasi of every SKP of a year of the pegawai in the given units (the SKPs
   * {@link KinerjaReader.listSkpUnit} returns), ordered by SKP id, then id (JavaScript string
   * order): the bulk form of {@link KinerjaReader.listRealisasi} for reports and batch scoring,
   * one read per chunk of units instead of one per SKP.
   */
  listRealisasiUnit(
    instansiId: string,
    unitKerjaIds: readonly string[],
    tahun: number,
  ): Promise<RealisasiRecord[]>;
  /** The umpan balik given on an SKP. */
  listUmpanBalik(instansiId: string, skpId: string): Promise<UmpanBalikRecord[]>;
  /** The periodic and annual evaluations of an SKP. */
  listEvaluasi(instansiId: string, skpId: string): Promise<EvaluasiRecord[]>;
  /**
   * The periodic and annual evaluations of every SKP of a year of the pegawai in the given units,
   * ordered by SKP id, then id (JavaScript string order): the bulk form of
   * {@link KinerjaReader.listEvaluasi}.
   */
  listEvaluasiUnit(
    instansiId: string,
    unitKerjaIds: readonly string[],
    tahun: number,
  ): Promise<EvaluasiRecord[]>;
  /** A unit's predikat kinerja organisasi for a year. */
  getCapaianOrganisasi(
    instansiId: string,
    unitKerjaId: string,
    tahun: number,
  ): Promise<CapaianOrganisasiRecord | undefined>;
  /**
   * The predikat kinerja organisasi of a year of the given units that have one, ordered by unit
   * id (JavaScript string order): the bulk form of {@link KinerjaReader.getCapaianOrganisasi}.
   */
  listCapaianOrganisasiUnit(
    instansiId: string,
    unitKerjaIds: readonly string[],
    tahun: number,
  ): Promise<CapaianOrganisasiRecord[]>;
  /** A unit's penetapan for a year, if it was made. */
  getPenetapan(instansiId: string, unitKerjaId: string, tahun: number): Promise<PenetapanRecord | undefined>;
  /** The keberatan filed against an SKP’s evaluations, with their history. */
  listKeberatan(instansiId: string, skpId: string): Promise<KeberatanRecord[]>;
  /** One keberatan by id. */
  getKeberatan(instansiId: string, id: string): Promise<KeberatanRecord | undefined>;
  /** The recorded reopenings of periodic windows of an SKP. */
  listPembukaanPeriode(instansiId: string, skpId: string): Promise<PembukaanPeriodeRecord[]>;
  /** The Plt/Plh assignments of an instansi that overlap a day. */
  listPenugasan(instansiId: string, tanggal: string): Promise<PenugasanRecord[]>;
  /** The instansi's audit events in sequence order. */
  listAudit(
    instansiId: string,
    options?: { readonly afterSeq?: number; readonly limit?: number },
  ): Promise<AuditEvent[]>;
}

/**
 * The writes of the store, inside one transaction. A save with `expectedVersion: null` inserts;
 * with a number it updates only if the stored version is that number (else `version_conflict`),
 * and the stored record gets version + 1. Every state change should append an audit entry in
 * the same transaction.
 */
export interface KinerjaTx extends KinerjaReader {
  /** Inserts or updates an instansi. */
  saveInstansi(instansi: Instansi): Promise<SaveResult<Instansi>>;
  /** Inserts or updates a unit kerja. */
  saveUnitKerja(instansiId: string, unit: UnitKerja): Promise<SaveResult<UnitKerja>>;
  /** Inserts or updates a jabatan. */
  saveJabatan(instansiId: string, jabatan: Jabatan): Promise<SaveResult<Jabatan>>;
  /** Inserts or updates a pegawai (the NIP is unique). */
  savePegawai(instansiId: string, pegawai: Pegawai): Promise<SaveResult<Pegawai>>;
  /** Inserts (`expectedVersion: null`) or updates an SKP with its RHK and indikator. */
  saveSkp(record: SkpRecord, expectedVersion: number | null): Promise<SaveResult<SkpRecord>>;
  /** Inserts or updates the realisasi of one indikator and window. */
  saveRealisasi(
    record: RealisasiRecord,
    expectedVersion: number | null,
  ): Promise<SaveResult<RealisasiRecord>>;
  /** Appends a piece of umpan balik. */
  addUmpanBalik(record: UmpanBalikRecord): Promise<SaveResult<UmpanBalikRecord>>;
  /** Inserts or updates a periodic or annual evaluation. */
  saveEvaluasi(record: EvaluasiRecord, expectedVersion: number | null): Promise<SaveResult<EvaluasiRecord>>;
  /** Inserts or updates a unit's predikat kinerja organisasi. */
  saveCapaianOrganisasi(
    record: CapaianOrganisasiRecord,
    expectedVersion: number | null,
  ): Promise<SaveResult<CapaianOrganisasiRecord>>;
  /** Records a unit's penetapan for a year (once). */
  savePenetapan(record: PenetapanRecord): Promise<SaveResult<PenetapanRecord>>;
  /** Inserts or updates a keberatan. */
  saveKeberatan(
    record: KeberatanRecord,
    expectedVersion: number | null,
  ): Promise<SaveResult<KeberatanRecord>>;
  /** Records the reopening of a periodic window. */
  savePembukaanPeriode(record: PembukaanPeriodeRecord): Promise<SaveResult<PembukaanPeriodeRecord>>;
  /** Records a Plt/Plh assignment. */
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
  /** Releases the connection or pool. */
  close(): Promise<void>;
}
