import {
  type AuditEntry,
  type AuditEvent,
  type CapaianOrganisasiRecord,
  type EvaluasiRecord,
  type Instansi,
  type Jabatan,
  type KeberatanRecord,
  KinerjaError,
  type KinerjaTx,
  ok,
  type Pegawai,
  type PembukaanPeriodeRecord,
  type PenetapanRecord,
  type PenugasanRecord,
  type RealisasiRecord,
  type Result,
  type SaveResult,
  type SkpRecord,
  type UmpanBalikRecord,
  type UnitKerja,
} from '@kinerja/core';
import { chainAuditEvent } from '../audit/audit-hash';
import { cloneJson } from './clone-json';
import {
  CAPAIAN_ORGANISASI,
  EVALUASI,
  JABATAN,
  KEBERATAN,
  PEGAWAI,
  PEMBUKAAN_PERIODE,
  PENETAPAN,
  PENUGASAN,
  REALISASI,
  SKP,
  UMPAN_BALIK,
  UNIT_KERJA,
} from './entity-specs';
import { MemoryReader } from './memory-reader';
import type { TxTables } from './memory-tables';
import { append, saveVersioned, upsert } from './write-ops';

const unwrap = <T>(r: Result<{ readonly value: T }>): Result<T> => (r.ok ? ok(r.value.value) : r);

/**
 * One transaction of the memory store: reads and writes over copy-on-write views of the committed
 * tables. The store commits the views when the transaction's function succeeds.
 */
export class MemoryTx extends MemoryReader implements KinerjaTx {
  private open = true;
  /** Instansi whose audit array this transaction already copied (appends then push in place). */
  private readonly ownAudit = new Set<string>();

  /** @param views - the transaction's views of the tables. */
  constructor(views: TxTables) {
    super(() => {
      if (!this.open) {
        throw new KinerjaError('transaction_closed', 'memory store: a transaction was used after it ended');
      }
      return views;
    });
  }

  /** Ends the transaction: any later use throws `transaction_closed`. */
  close(): void {
    this.open = false;
  }

  /**
   * The transaction's views (throws once the transaction ended).
   *
   * @returns the views.
   */
  views(): TxTables {
    return this.tables() as TxTables;
  }

  private get t(): TxTables {
    return this.views();
  }

  async saveInstansi(instansi: Instansi): Promise<SaveResult<Instansi>> {
    const stored = cloneJson(instansi);
    this.t.instansi.set(stored.id, stored);
    return ok(cloneJson(stored));
  }

  async saveUnitKerja(instansiId: string, unit: UnitKerja): Promise<SaveResult<UnitKerja>> {
    return unwrap(upsert(UNIT_KERJA, this.t, { instansiId, value: unit }));
  }

  async saveJabatan(instansiId: string, jabatan: Jabatan): Promise<SaveResult<Jabatan>> {
    return unwrap(upsert(JABATAN, this.t, { instansiId, value: jabatan }));
  }

  async savePegawai(instansiId: string, pegawai: Pegawai): Promise<SaveResult<Pegawai>> {
    return unwrap(upsert(PEGAWAI, this.t, { instansiId, value: pegawai }));
  }

  async saveSkp(record: SkpRecord, expectedVersion: number | null): Promise<SaveResult<SkpRecord>> {
    return saveVersioned(SKP, this.t, record, expectedVersion);
  }

  async saveRealisasi(
    record: RealisasiRecord,
    expectedVersion: number | null,
  ): Promise<SaveResult<RealisasiRecord>> {
    return saveVersioned(REALISASI, this.t, record, expectedVersion);
  }

  async addUmpanBalik(record: UmpanBalikRecord): Promise<SaveResult<UmpanBalikRecord>> {
    return append(UMPAN_BALIK, this.t, record);
  }

  async saveEvaluasi(
    record: EvaluasiRecord,
    expectedVersion: number | null,
  ): Promise<SaveResult<EvaluasiRecord>> {
    return saveVersioned(EVALUASI, this.t, record, expectedVersion);
  }

  async saveCapaianOrganisasi(
    record: CapaianOrganisasiRecord,
    expectedVersion: number | null,
  ): Promise<SaveResult<CapaianOrganisasiRecord>> {
    return saveVersioned(CAPAIAN_ORGANISASI, this.t, record, expectedVersion);
  }

  async savePenetapan(record: PenetapanRecord): Promise<SaveResult<PenetapanRecord>> {
    return append(PENETAPAN, this.t, record);
  }

  async saveKeberatan(
    record: KeberatanRecord,
    expectedVersion: number | null,
  ): Promise<SaveResult<KeberatanRecord>> {
    return saveVersioned(KEBERATAN, this.t, record, expectedVersion);
  }

  async savePembukaanPeriode(record: PembukaanPeriodeRecord): Promise<SaveResult<PembukaanPeriodeRecord>> {
    return append(PEMBUKAAN_PERIODE, this.t, record);
  }

  async savePenugasan(record: PenugasanRecord): Promise<SaveResult<PenugasanRecord>> {
    return append(PENUGASAN, this.t, record);
  }

  async appendAudit(entry: AuditEntry): Promise<AuditEvent> {
    const audit = this.t.audit;
    const events = audit.get(entry.instansiId) ?? [];
    const event = chainAuditEvent(cloneJson(entry), events[events.length - 1]);
    if (this.ownAudit.has(entry.instansiId)) {
      events.push(event);
    } else {
      audit.set(entry.instansiId, [...events, event]);
      this.ownAudit.add(entry.instansiId);
    }
    return cloneJson(event);
  }
}
