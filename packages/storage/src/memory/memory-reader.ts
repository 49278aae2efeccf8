import type {
  AuditEvent,
  CapaianOrganisasiRecord,
  EvaluasiRecord,
  Instansi,
  Jabatan,
  KeberatanRecord,
  KinerjaReader,
  Pegawai,
  PembukaanPeriodeRecord,
  PenetapanRecord,
  PenugasanRecord,
  RealisasiRecord,
  SkpRecord,
  UmpanBalikRecord,
  UnitKerja,
} from '@kinerja/core';
import { cloneJson } from './clone-json';
import type { ReadMap } from './cow-map';
import { type ReadTables, rowKey, type Scoped } from './memory-tables';

const byId = <T extends { readonly id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function scoped<T extends { readonly id: string }>(
  table: ReadMap<string, Scoped<T>>,
  instansiId: string,
): T[] {
  const out: T[] = [];
  for (const row of table.values()) if (row.instansiId === instansiId) out.push(row.value);
  return cloneJson(out.sort(byId));
}

function where<T extends { readonly instansiId: string }>(
  table: ReadMap<string, T>,
  instansiId: string,
  keep: (row: T) => boolean,
  order: (a: T, b: T) => number,
): T[] {
  const out: T[] = [];
  for (const row of table.values()) if (row.instansiId === instansiId && keep(row)) out.push(row);
  return cloneJson(out.sort(order));
}

/**
 * The reads of the memory store over a set of tables: the committed ones (the store) or a
 * transaction's views (which see the transaction's own writes). Every value is a copy.
 */
export class MemoryReader implements KinerjaReader {
  /** @param tables - gives the tables to read; throws when the store or transaction is closed. */
  constructor(protected readonly tables: () => ReadTables) {}

  async getInstansi(id: string): Promise<Instansi | undefined> {
    return cloneJson(this.tables().instansi.get(id));
  }

  async listUnitKerja(instansiId: string): Promise<UnitKerja[]> {
    return scoped(this.tables().unitKerja, instansiId);
  }

  async listJabatan(instansiId: string): Promise<Jabatan[]> {
    return scoped(this.tables().jabatan, instansiId);
  }

  async getPegawai(instansiId: string, id: string): Promise<Pegawai | undefined> {
    return cloneJson(this.tables().pegawai.get(rowKey(instansiId, id))?.value);
  }

  async listPegawai(
    instansiId: string,
    filter?: { readonly unitKerjaIds?: readonly string[] },
  ): Promise<Pegawai[]> {
    const all = scoped(this.tables().pegawai, instansiId);
    const units = filter?.unitKerjaIds;
    if (units === undefined) return all;
    const wanted = new Set(units);
    return all.filter((p) => wanted.has(p.unitKerjaId));
  }

  async getSkp(instansiId: string, skpId: string): Promise<SkpRecord | undefined> {
    return cloneJson(this.tables().skp.get(rowKey(instansiId, skpId)));
  }

  async listSkpPegawai(instansiId: string, pegawaiId: string, tahun: number): Promise<SkpRecord[]> {
    return where(
      this.tables().skp,
      instansiId,
      (r) => r.skp.pegawaiId === pegawaiId && r.skp.tahun === tahun,
      (a, b) => a.segmen - b.segmen,
    );
  }

  async listSkpBawahan(instansiId: string, pejabatPenilaiId: string, tahun: number): Promise<SkpRecord[]> {
    return where(
      this.tables().skp,
      instansiId,
      (r) => r.skp.pejabatPenilaiId === pejabatPenilaiId && r.skp.tahun === tahun,
      (a, b) => cmp(a.skp.id, b.skp.id),
    );
  }

  async listSkpUnit(
    instansiId: string,
    unitKerjaIds: readonly string[],
    tahun: number,
  ): Promise<SkpRecord[]> {
    const wanted = new Set(unitKerjaIds);
    return where(
      this.tables().skp,
      instansiId,
      (r) => wanted.has(r.skp.unitKerjaId) && r.skp.tahun === tahun,
      (a, b) => cmp(a.skp.id, b.skp.id),
    );
  }

  async listRealisasi(instansiId: string, skpId: string): Promise<RealisasiRecord[]> {
    return where(
      this.tables().realisasi,
      instansiId,
      (r) => r.realisasi.skpId === skpId,
      (a, b) => cmp(a.realisasi.id, b.realisasi.id),
    );
  }

  async listRealisasiUnit(
    instansiId: string,
    unitKerjaIds: readonly string[],
    tahun: number,
  ): Promise<RealisasiRecord[]> {
    const skp = this.skpIdsOfUnits(instansiId, unitKerjaIds, tahun);
    return where(
      this.tables().realisasi,
      instansiId,
      (r) => skp.has(r.realisasi.skpId),
      (a, b) => cmp(a.realisasi.skpId, b.realisasi.skpId) || cmp(a.realisasi.id, b.realisasi.id),
    );
  }

  async listUmpanBalik(instansiId: string, skpId: string): Promise<UmpanBalikRecord[]> {
    return where(
      this.tables().umpanBalik,
      instansiId,
      (r) => r.umpanBalik.skpId === skpId,
      (a, b) => cmp(a.umpanBalik.id, b.umpanBalik.id),
    );
  }

  async listEvaluasi(instansiId: string, skpId: string): Promise<EvaluasiRecord[]> {
    return where(this.tables().evaluasi, instansiId, (r) => r.skpId === skpId, byId);
  }

  async listEvaluasiUnit(
    instansiId: string,
    unitKerjaIds: readonly string[],
    tahun: number,
  ): Promise<EvaluasiRecord[]> {
    const skp = this.skpIdsOfUnits(instansiId, unitKerjaIds, tahun);
    return where(
      this.tables().evaluasi,
      instansiId,
      (r) => skp.has(r.skpId),
      (a, b) => cmp(a.skpId, b.skpId) || cmp(a.id, b.id),
    );
  }

  async getCapaianOrganisasi(
    instansiId: string,
    unitKerjaId: string,
    tahun: number,
  ): Promise<CapaianOrganisasiRecord | undefined> {
    return cloneJson(this.tables().capaianOrganisasi.get(rowKey(instansiId, unitKerjaId, tahun)));
  }

  async listCapaianOrganisasiUnit(
    instansiId: string,
    unitKerjaIds: readonly string[],
    tahun: number,
  ): Promise<CapaianOrganisasiRecord[]> {
    const units = new Set(unitKerjaIds);
    return where(
      this.tables().capaianOrganisasi,
      instansiId,
      (r) => units.has(r.capaian.unitKerjaId) && r.capaian.tahun === tahun,
      (a, b) => cmp(a.capaian.unitKerjaId, b.capaian.unitKerjaId),
    );
  }

  async getPenetapan(
    instansiId: string,
    unitKerjaId: string,
    tahun: number,
  ): Promise<PenetapanRecord | undefined> {
    return cloneJson(this.tables().penetapan.get(rowKey(instansiId, unitKerjaId, tahun)));
  }

  async listKeberatan(instansiId: string, skpId: string): Promise<KeberatanRecord[]> {
    return where(this.tables().keberatan, instansiId, (r) => r.skpId === skpId, byId);
  }

  async getKeberatan(instansiId: string, id: string): Promise<KeberatanRecord | undefined> {
    return cloneJson(this.tables().keberatan.get(rowKey(instansiId, id)));
  }

  async listPembukaanPeriode(instansiId: string, skpId: string): Promise<PembukaanPeriodeRecord[]> {
    return where(this.tables().pembukaanPeriode, instansiId, (r) => r.skpId === skpId, byId);
  }

  async listPenugasan(instansiId: string, tanggal: string): Promise<PenugasanRecord[]> {
    return where(
      this.tables().penugasan,
      instansiId,
      (r) => r.mulai <= tanggal && tanggal <= r.selesai,
      byId,
    );
  }

  /** The ids of the SKPs of a year of the pegawai in the given units. */
  private skpIdsOfUnits(instansiId: string, unitKerjaIds: readonly string[], tahun: number): Set<string> {
    const units = new Set(unitKerjaIds);
    const out = new Set<string>();
    for (const r of this.tables().skp.values()) {
      if (r.instansiId === instansiId && r.skp.tahun === tahun && units.has(r.skp.unitKerjaId))
        out.add(r.skp.id);
    }
    return out;
  }

  async listAudit(
    instansiId: string,
    options?: { readonly afterSeq?: number; readonly limit?: number },
  ): Promise<AuditEvent[]> {
    const after = options?.afterSeq ?? 0;
    const events = (this.tables().audit.get(instansiId) ?? []).filter((e) => e.seq > after);
    return cloneJson(options?.limit === undefined ? events : events.slice(0, Math.max(0, options.limit)));
  }
}
