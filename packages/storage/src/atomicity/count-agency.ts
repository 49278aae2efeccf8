import type { KinerjaStore } from '@kinerja/core';
import type { Agency } from '@kinerja/core/testing';

/** How many records of each kind a store holds for an agency. */
export interface AgencyCounts {
  readonly unitKerja: number;
  readonly jabatan: number;
  readonly pegawai: number;
  readonly skp: number;
  readonly realisasi: number;
  readonly evaluasi: number;
  readonly capaianOrganisasi: number;
}

/**
 * What a full import of the agency stores.
 *
 * @param agency - the agency.
 * @returns the counts.
 */
export function expectedCounts(agency: Agency): AgencyCounts {
  return {
    unitKerja: agency.unitKerja.length,
    jabatan: agency.jabatan.length,
    pegawai: agency.pegawai.length,
    skp: agency.skp.length,
    realisasi: agency.realisasi.length,
    evaluasi: agency.evaluasiPeriodik.length,
    capaianOrganisasi: agency.capaianKinerjaOrganisasi.length,
  };
}

/**
 * Counts, through the port's reads, what a store holds of an agency (every SKP's realisasi and
 * evaluations; a duplicate row would be counted twice).
 *
 * @param store - the store.
 * @param agency - the agency.
 * @returns the counts.
 */
export async function countAgency(store: KinerjaStore, agency: Agency): Promise<AgencyCounts> {
  const i = agency.instansi.id;
  const units = await store.listUnitKerja(i);
  const skp = await store.listSkpUnit(
    i,
    units.map((u) => u.id),
    agency.tahun,
  );
  let realisasi = 0;
  let evaluasi = 0;
  for (const s of skp) {
    realisasi += (await store.listRealisasi(i, s.skp.id)).length;
    evaluasi += (await store.listEvaluasi(i, s.skp.id)).length;
  }
  let capaianOrganisasi = 0;
  for (const u of units) if (await store.getCapaianOrganisasi(i, u.id, agency.tahun)) capaianOrganisasi += 1;
  return {
    unitKerja: units.length,
    jabatan: (await store.listJabatan(i)).length,
    pegawai: (await store.listPegawai(i)).length,
    skp: skp.length,
    realisasi,
    evaluasi,
    capaianOrganisasi,
  };
}
