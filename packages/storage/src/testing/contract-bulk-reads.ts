import {
  type CapaianOrganisasiRecord,
  type EvaluasiRecord,
  fail,
  issue,
  type KinerjaReader,
  type RealisasiRecord,
  type SkpRecord,
} from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { type ContractData, contractData, INSTANSI_A, INSTANSI_B, skpTahunLalu } from './contract-data';
import type { KinerjaStoreFactory } from './contract-fixture';
import { evaluasiOrder, okValue, realisasiOrder, seedAll, withStore } from './contract-helpers';

/** The extra records of the bulk-read tests, on top of a contract data set. */
function bulkData(d: ContractData) {
  const instansiId = d.instansi.id;
  const firstIki = (s: SkpRecord) => s.skp.rencanaHasilKerja[0]!.indikator[0]!.id;
  const tahunLalu = skpTahunLalu(d);
  const realisasiOf = (id: string, s: SkpRecord, nilai: string): RealisasiRecord => ({
    instansiId,
    realisasi: { id, skpId: s.skp.id, indikatorId: firstIki(s), periodeKe: 1, nilai, buktiDukung: [] },
    version: 1,
  });
  const capaianOf = (unitKerjaId: string, tahun: number): CapaianOrganisasiRecord => ({
    ...d.capaian,
    capaian: { ...d.capaian.capaian, unitKerjaId, tahun },
  });
  return {
    tahunLalu,
    // "a-…" sorts before the lurah's realisasi ids: the order is by SKP first.
    realisasiPranata: realisasiOf('a-pranata-1', d.skpPranata, '7.5'),
    realisasiCamat: realisasiOf('r-camat-1', d.skpCamat, '100'),
    realisasiLalu: realisasiOf('r-lalu-1', tahunLalu, '1'),
    evaluasiCamat: { ...d.evaluasiPeriodik, id: 'ev-camat-p1', skpId: d.skpCamat.skp.id } as EvaluasiRecord,
    evaluasiLalu: { ...d.evaluasiPeriodik, id: 'ev-lalu-p1', skpId: tahunLalu.skp.id } as EvaluasiRecord,
    capaianKecamatan: capaianOf('kec-senapelan', 2026),
    capaianLalu: capaianOf('kel-sago', 2025),
  };
}

/** Stores a contract data set and the bulk-read extras. */
async function seedBulk(store: Parameters<Parameters<typeof withStore>[1]>[0], d: ContractData) {
  await seedAll(store, d);
  const x = bulkData(d);
  await store.transaction(async (tx) => {
    okValue(await tx.saveSkp(x.tahunLalu, null));
    for (const r of [x.realisasiPranata, x.realisasiCamat, x.realisasiLalu])
      okValue(await tx.saveRealisasi(r, null));
    for (const e of [x.evaluasiCamat, x.evaluasiLalu]) okValue(await tx.saveEvaluasi(e, null));
    for (const c of [x.capaianKecamatan, x.capaianLalu]) okValue(await tx.saveCapaianOrganisasi(c, null));
  });
  return x;
}

/** Unit ids padded with unknown ones around the given ids, longer than one IN list of a SQL store. */
function padded(ids: readonly string[]): string[] {
  const out: string[] = [];
  ids.forEach((id, k) => {
    for (let n = 0; n < 700; n++) out.push(`unit-tidak-ada-${k}-${n}`);
    out.push(id, id);
  });
  return out;
}

/** The bulk reads of a data set with its extras, as a reader sees them. */
async function expectBulkReads(r: KinerjaReader, d: ContractData, x: ReturnType<typeof bulkData>) {
  const i = d.instansi.id;
  const kelurahan2026 = [d.realisasi, d.realisasiNaratif, x.realisasiPranata].sort(realisasiOrder);
  expect(kelurahan2026.map((y) => y.realisasi.id)).toEqual(['r-lurah-1-1-1', 'r-lurah-1-2-1', 'a-pranata-1']);
  expect(await r.listRealisasiUnit(i, ['kel-sago'], 2026)).toEqual(kelurahan2026);
  const both2026 = [x.realisasiCamat, ...kelurahan2026];
  expect(await r.listRealisasiUnit(i, ['kec-senapelan', 'kel-sago'], 2026)).toEqual(both2026);
  expect(await r.listRealisasiUnit(i, padded(['kel-sago', 'kec-senapelan']), 2026)).toEqual(both2026);
  expect(await r.listRealisasiUnit(i, ['kel-sago'], 2025)).toEqual([x.realisasiLalu]);
  expect(await r.listRealisasiUnit(i, ['kel-sago'], 2027)).toEqual([]);
  expect(await r.listRealisasiUnit(i, ['unit-tidak-ada'], 2026)).toEqual([]);
  expect(await r.listRealisasiUnit(i, [], 2026)).toEqual([]);

  const evaluasi2026 = [x.evaluasiCamat, d.evaluasiPeriodik, d.evaluasiTahunan].sort(evaluasiOrder);
  expect(await r.listEvaluasiUnit(i, ['kel-sago'], 2026)).toEqual(evaluasi2026.slice(1));
  expect(await r.listEvaluasiUnit(i, padded(['kel-sago', 'kec-senapelan']), 2026)).toEqual(evaluasi2026);
  expect(await r.listEvaluasiUnit(i, ['kel-sago', 'kec-senapelan'], 2025)).toEqual([x.evaluasiLalu]);
  expect(await r.listEvaluasiUnit(i, [], 2026)).toEqual([]);

  expect(await r.listCapaianOrganisasiUnit(i, ['kel-sago', 'kec-senapelan'], 2026)).toEqual([
    x.capaianKecamatan,
    d.capaian,
  ]);
  expect(await r.listCapaianOrganisasiUnit(i, padded(['kel-sago']), 2026)).toEqual([d.capaian]);
  expect(await r.listCapaianOrganisasiUnit(i, ['kel-sago', 'kec-senapelan'], 2025)).toEqual([x.capaianLalu]);
  expect(await r.listCapaianOrganisasiUnit(i, [], 2026)).toEqual([]);

  // The bulk reads agree with the per-SKP reads over the same SKPs.
  const units = ['kec-senapelan', 'kel-sago'];
  const perSkp: RealisasiRecord[] = [];
  const perSkpEvaluasi: EvaluasiRecord[] = [];
  for (const s of await r.listSkpUnit(i, units, 2026)) {
    perSkp.push(...(await r.listRealisasi(i, s.skp.id)));
    perSkpEvaluasi.push(...(await r.listEvaluasi(i, s.skp.id)));
  }
  expect(await r.listRealisasiUnit(i, units, 2026)).toEqual(perSkp.sort(realisasiOrder));
  expect(await r.listEvaluasiUnit(i, units, 2026)).toEqual(perSkpEvaluasi.sort(evaluasiOrder));
}

/**
 * The bulk reads by unit (`listRealisasiUnit`, `listEvaluasiUnit`, `listCapaianOrganisasiUnit`):
 * exactly the records of the units' SKPs of the year, in the promised order, across IN-list
 * chunks and duplicate ids, inside and outside a transaction, scoped by instansi.
 *
 * @param factory - the fixture factory.
 */
export function bulkReadsContract(factory: KinerjaStoreFactory): void {
  describe('bulk reads by unit', () => {
    it('reads realisasi, evaluasi and capaian organisasi of units for a year, in order, like the per-SKP reads', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        const x = await seedBulk(store, d);
        await expectBulkReads(store, d, x);
        await store.transaction(async (tx) => expectBulkReads(tx, d, x));
      });
    });

    it('sees a transaction’s own writes, and keeps instansi apart', async () => {
      await withStore(factory, async (store) => {
        const a = contractData(INSTANSI_A);
        const xa = await seedBulk(store, a);
        const units = ['kec-senapelan', 'kel-sago'];
        // Nothing of A through B.
        expect(await store.listRealisasiUnit(INSTANSI_B.id, units, 2026)).toEqual([]);
        expect(await store.listEvaluasiUnit(INSTANSI_B.id, units, 2026)).toEqual([]);
        expect(await store.listCapaianOrganisasiUnit(INSTANSI_B.id, units, 2026)).toEqual([]);
        // B with the very same ids: each instansi reads its own.
        const b = contractData(INSTANSI_B);
        const xb = await seedBulk(store, b);
        await expectBulkReads(store, a, xa);
        await expectBulkReads(store, b, xb);
        // A write inside a transaction is seen by the transaction's bulk read, and gone after a rollback.
        const extra: RealisasiRecord = {
          ...xa.realisasiCamat,
          realisasi: { ...xa.realisasiCamat.realisasi, id: 'r-camat-2', periodeKe: 2 },
        };
        await store.transaction(async (tx) => {
          okValue(await tx.saveRealisasi(extra, null));
          const seen = await tx.listRealisasiUnit(a.instansi.id, ['kec-senapelan'], 2026);
          expect(seen.map((r) => r.realisasi.id)).toEqual(['r-camat-1', 'r-camat-2']);
          return fail([issue('forbidden', [], { action: 'rollback', reason: 'test' })]);
        });
        expect(
          (await store.listRealisasiUnit(a.instansi.id, ['kec-senapelan'], 2026)).map((r) => r.realisasi.id),
        ).toEqual(['r-camat-1']);
      });
    });
  });
}
