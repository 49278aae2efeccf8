import {
  type EvaluasiRecord,
  type ImportBatch,
  PERMENPANRB_6_2022,
  rulePackRef,
  type Skp,
} from '@kinerja/core';
import type { Agency } from '@kinerja/core/testing';

/** Options of {@link agencyImportBatches}. */
export interface AgencyImportBatchesOptions {
  /** Prefix of the batch keys. Default `agency`. */
  readonly keyPrefix?: string;
}

/**
 * Splits a generated agency (`generateAgency` from `@kinerja/core/testing`) into four import
 * batches, in dependency order: `…/master` (unit kerja, jabatan, pegawai), `…/skp` (SKP and the
 * predikat kinerja organisasi), `…/realisasi` and `…/evaluasi` (the evaluasi periodik as stored
 * records, with the predikat of the 6/2022 matrix where the generator left it out). Every SKP is
 * segment 1, approved by the pejabat penilai.
 *
 * @param agency - the agency.
 * @param options - the key prefix.
 * @returns the batches, to import in order.
 * @example
 * ```ts
 * for (const batch of agencyImportBatches(generateAgency({ seed: 7 }))) await store.importBatch(batch);
 * ```
 */
export function agencyImportBatches(agency: Agency, options: AgencyImportBatchesOptions = {}): ImportBatch[] {
  const instansiId = agency.instansi.id;
  const prefix = options.keyPrefix ?? 'agency';
  const skpById = new Map<string, Skp>(agency.skp.map((s) => [s.id, s]));
  const rulePack = rulePackRef(PERMENPANRB_6_2022);
  const matrix = PERMENPANRB_6_2022.definition.predikatMatrix;
  const evaluasi: Omit<EvaluasiRecord, 'version'>[] = agency.evaluasiPeriodik.map((e) => {
    const skp = skpById.get(e.skpId);
    return {
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
      hasil: { sumber: 'generateAgency', periodeKe: e.periodeKe, catatan: e.catatan ?? null },
      status: 'FINAL',
      penilaiId: e.penilaiId ?? skp?.pejabatPenilaiId ?? 'penilai-eksternal',
      dinilaiPada: e.dinilaiPada ?? `${agency.tahun}-12-31T16:00:00+07:00`,
    };
  });
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
      skp: agency.skp.map((skp) => ({
        instansiId,
        skp,
        segmen: 1,
        status: 'DISETUJUI',
        revisi: 0,
        ditetapkanOleh: 'PEJABAT_PENILAI',
      })),
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
