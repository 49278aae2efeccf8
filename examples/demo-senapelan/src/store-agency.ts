import {
  descendantUnitIds,
  type EvaluasiPeriodik,
  type EvaluasiRecord,
  type ImportBatch,
  type ImportReport,
  type KinerjaReader,
  type KinerjaStore,
  PERMENPANRB_6_2022,
  type Realisasi,
  rulePackRef,
  type UnitKerja,
} from '@kinerja/core';
import type { Agency } from '@kinerja/core/testing';

/**
 * The import batches of a generated agency, in dependency order: master data (unit kerja,
 * jabatan, pegawai), SKP with the predikat kinerja organisasi, realisasi, and the evaluasi
 * periodik as stored records (predikat from the 6/2022 matrix where the generator left it out).
 *
 * @param agency - the generated agency.
 * @returns the batches; their keys name the seed-independent content, so a rerun imports nothing twice.
 */
export function agencyBatches(agency: Agency): ImportBatch[] {
  const instansiId = agency.instansi.id;
  const prefix = `demo-senapelan/${agency.tahun}`;
  const pejabat = new Map(agency.skp.map((s) => [s.id, s.pejabatPenilaiId]));
  const matrix = PERMENPANRB_6_2022.definition.predikatMatrix;
  const rulePack = rulePackRef(PERMENPANRB_6_2022);
  const evaluasi: Omit<EvaluasiRecord, 'version'>[] = agency.evaluasiPeriodik.map((e) => ({
    instansiId,
    id: `${e.skpId}.ev-${e.periodeKe}`,
    skpId: e.skpId,
    jenis: 'PERIODIK',
    periodeKe: e.periodeKe,
    ratingHasilKerja: e.ratingHasilKerja,
    ratingPerilakuKerja: e.ratingPerilakuKerja,
    ratingRhk: e.ratingRhk,
    predikat: e.predikat ?? matrix[e.ratingHasilKerja][e.ratingPerilakuKerja],
    rulePack,
    hasil: e.catatan === undefined ? null : { catatan: e.catatan },
    status: 'FINAL',
    penilaiId: e.penilaiId ?? pejabat.get(e.skpId) ?? 'penilai-eksternal',
    dinilaiPada: e.dinilaiPada ?? `${agency.tahun}-12-31T16:00:00+07:00`,
  }));
  return [
    {
      instansiId,
      key: `${prefix}/master`,
      unitKerja: agency.unitKerja,
      jabatan: agency.jabatan,
      pegawai: agency.pegawai,
    },
    {
      instansiId,
      key: `${prefix}/skp`,
      skp: agency.skp.map((skp) => ({ instansiId, skp, segmen: 1, status: 'DISETUJUI', revisi: 0 })),
      capaianOrganisasi: agency.capaianKinerjaOrganisasi.map((capaian) => ({ instansiId, capaian })),
    },
    {
      instansiId,
      key: `${prefix}/realisasi`,
      realisasi: agency.realisasi.map((realisasi) => ({ instansiId, realisasi })),
    },
    { instansiId, key: `${prefix}/evaluasi`, evaluasi },
  ];
}

/**
 * Stores a generated agency: the instansi, then each import batch (one transaction each).
 *
 * @param store - the store.
 * @param agency - the agency.
 * @returns the report of each batch.
 * @throws Error when the store refuses a batch (the issues' codes in the message).
 */
export async function storeAgency(store: KinerjaStore, agency: Agency): Promise<ImportReport[]> {
  const saved = await store.transaction((tx) => tx.saveInstansi(agency.instansi));
  if (!saved.ok) throw new Error(`saveInstansi: ${saved.issues.map((i) => i.code).join(', ')}`);
  const reports: ImportReport[] = [];
  for (const batch of agencyBatches(agency)) {
    const r = await store.importBatch(batch);
    if (!r.ok) throw new Error(`import ${batch.key}: ${r.issues.map((i) => i.code).join(', ')}`);
    reports.push(r.value);
  }
  return reports;
}

/** The units in tree order: each root, then its descendants depth first (siblings by id). */
function treeOrder(units: readonly UnitKerja[]): UnitKerja[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const order = units
    .filter((u) => u.indukId === null || !byId.has(u.indukId))
    .flatMap((root) => descendantUnitIds(units, root.id));
  return order.map((id) => byId.get(id)!);
}

/**
 * Reads an agency's year back from a store, in the shape the report scores: every unit, jabatan
 * and pegawai of the instansi, the year's SKP of every unit with their realisasi and periodic
 * evaluations, and each unit's predikat kinerja organisasi.
 *
 * @param store - the store (any backend).
 * @param instansiId - the instansi.
 * @param tahun - the year.
 * @returns the agency as stored.
 * @throws Error when the instansi is not in the store.
 */
export async function loadAgency(store: KinerjaReader, instansiId: string, tahun: number): Promise<Agency> {
  const instansi = await store.getInstansi(instansiId);
  if (instansi === undefined) throw new Error(`instansi ${instansiId} is not in the store`);
  const unitKerja = treeOrder(await store.listUnitKerja(instansiId));
  const records = await store.listSkpUnit(
    instansiId,
    unitKerja.map((u) => u.id),
    tahun,
  );
  const skp = records.map((r) => r.skp);
  const realisasi: Realisasi[] = [];
  const evaluasiPeriodik: EvaluasiPeriodik[] = [];
  for (const s of skp) {
    const stored = (await store.listRealisasi(instansiId, s.id)).map((r) => r.realisasi);
    realisasi.push(...stored.sort((a, b) => a.periodeKe - b.periodeKe));
    for (const e of await store.listEvaluasi(instansiId, s.id)) {
      if (e.jenis !== 'PERIODIK' || e.periodeKe === null) continue;
      evaluasiPeriodik.push({
        skpId: e.skpId,
        periodeKe: e.periodeKe,
        ratingHasilKerja: e.ratingHasilKerja,
        ratingPerilakuKerja: e.ratingPerilakuKerja,
        ratingRhk: [...e.ratingRhk],
        predikat: e.predikat,
        penilaiId: e.penilaiId,
        dinilaiPada: e.dinilaiPada,
      });
    }
  }
  const capaianKinerjaOrganisasi = [];
  for (const u of unitKerja) {
    const c = await store.getCapaianOrganisasi(instansiId, u.id, tahun);
    if (c !== undefined) capaianKinerjaOrganisasi.push(c.capaian);
  }
  return {
    instansi,
    tahun,
    jenisPeriodik: skp[0]?.jenisPeriodik ?? 'TRIWULANAN',
    unitKerja,
    jabatan: await store.listJabatan(instansiId),
    pegawai: await store.listPegawai(instansiId),
    skp,
    realisasi,
    umpanBalik: [],
    evaluasiPeriodik,
    capaianKinerjaOrganisasi,
  };
}
