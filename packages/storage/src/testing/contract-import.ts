import type { ImportBatch, ImportReport, KinerjaStore, RealisasiRecord } from '@kinerja/core';
import { type Agency, generateAgency } from '@kinerja/core/testing';
import { describe, expect, it } from 'vitest';
import { agencyImportBatches } from './agency-import-batches';
import { contractData, INSTANSI_A, pnsBaru } from './contract-data';
import type { KinerjaStoreFactory } from './contract-fixture';
import {
  cmp,
  evaluasiOrder,
  expectUnknownReference,
  issuesOf,
  okValue,
  realisasiOrder,
  seedAll,
  sortBy,
  withStore,
} from './contract-helpers';

const IMPORT_TIMEOUT = 60_000;

const KINDS = [
  'unitKerja',
  'jabatan',
  'pegawai',
  'skp',
  'realisasi',
  'evaluasi',
  'capaianOrganisasi',
] as const;

/** How many rows of each kind a batch carries (0 for the kinds it has not). */
function sizes(batch: ImportBatch): Record<string, number> {
  return Object.fromEntries(KINDS.map((k) => [k, batch[k]?.length ?? 0]));
}

/** An import report's counts with every kind (a kind the batch has not may be 0 or absent). */
function counts(report: ImportReport): Record<string, number> {
  for (const k of Object.keys(report.counts)) expect(KINDS).toContain(k);
  return Object.fromEntries(KINDS.map((k) => [k, report.counts[k] ?? 0]));
}

/** Counts what the store holds of an agency, reading through the port. */
async function totals(store: KinerjaStore, agency: Agency) {
  const i = agency.instansi.id;
  let realisasi = 0;
  let evaluasi = 0;
  const skp = await store.listSkpUnit(
    i,
    agency.unitKerja.map((u) => u.id),
    agency.tahun,
  );
  for (const s of skp) {
    realisasi += (await store.listRealisasi(i, s.skp.id)).length;
    evaluasi += (await store.listEvaluasi(i, s.skp.id)).length;
  }
  return {
    unitKerja: (await store.listUnitKerja(i)).length,
    jabatan: (await store.listJabatan(i)).length,
    pegawai: (await store.listPegawai(i)).length,
    skp: skp.length,
    realisasi,
    evaluasi,
  };
}

/**
 * Bulk import: all-or-nothing, idempotent by batch key and by natural key.
 *
 * @param factory - the fixture factory.
 */
export function importContract(factory: KinerjaStoreFactory): void {
  describe('importBatch', () => {
    it(
      'imports a generated agency in batches, reads it back exactly, and a second run imports nothing',
      async () => {
        await withStore(factory, async (store) => {
          const agency = generateAgency({ seed: 2026 });
          const i = agency.instansi.id;
          await store.transaction(async (tx) => okValue(await tx.saveInstansi(agency.instansi)));
          const batches = agencyImportBatches(agency);
          // Children before their parents in the batch: the store orders them.
          const master = batches[0]!;
          const shuffled: ImportBatch = { ...master, unitKerja: [...(master.unitKerja ?? [])].reverse() };
          const all = [shuffled, ...batches.slice(1)];
          for (const batch of all) {
            const report = okValue(await store.importBatch(batch));
            expect(report.key).toBe(batch.key);
            expect(report.alreadyImported).toBe(false);
            expect(counts(report)).toEqual(sizes(batch));
          }
          const expected = {
            unitKerja: agency.unitKerja.length,
            jabatan: agency.jabatan.length,
            pegawai: agency.pegawai.length,
            skp: agency.skp.length,
            realisasi: agency.realisasi.length,
            evaluasi: agency.evaluasiPeriodik.length,
          };
          expect(await totals(store, agency)).toEqual(expected);

          // Exact round trip of every record.
          const byId = <T extends { readonly id: string }>(l: readonly T[]) => sortBy(l, (x) => x.id);
          expect(byId(await store.listUnitKerja(i))).toEqual(byId(agency.unitKerja));
          expect(byId(await store.listJabatan(i))).toEqual(byId(agency.jabatan));
          expect(byId(await store.listPegawai(i))).toEqual(byId(agency.pegawai));
          const realisasiBySkp = new Map<string, RealisasiRecord[]>();
          for (const r of batches[2]!.realisasi ?? []) {
            const list = realisasiBySkp.get(r.realisasi.skpId) ?? [];
            list.push({ ...r, version: 1 });
            realisasiBySkp.set(r.realisasi.skpId, list);
          }
          const evaluasi = batches[3]!.evaluasi ?? [];
          for (const s of batches[1]!.skp ?? []) {
            expect(await store.getSkp(i, s.skp.id)).toEqual({ ...s, version: 1 });
            expect(sortBy(await store.listRealisasi(i, s.skp.id), (r) => r.realisasi.id)).toEqual(
              sortBy(realisasiBySkp.get(s.skp.id) ?? [], (r) => r.realisasi.id),
            );
            expect(byId(await store.listEvaluasi(i, s.skp.id))).toEqual(
              byId(evaluasi.filter((e) => e.skpId === s.skp.id).map((e) => ({ ...e, version: 1 }))),
            );
          }
          for (const c of agency.capaianKinerjaOrganisasi) {
            expect(await store.getCapaianOrganisasi(i, c.unitKerjaId, c.tahun)).toEqual({
              instansiId: i,
              capaian: c,
              version: 1,
            });
          }
          // The bulk reads by unit return the same records, in their order.
          const units = agency.unitKerja.map((u) => u.id);
          expect(await store.listRealisasiUnit(i, units, agency.tahun)).toEqual(
            (batches[2]!.realisasi ?? []).map((r) => ({ ...r, version: 1 })).sort(realisasiOrder),
          );
          expect(await store.listEvaluasiUnit(i, units, agency.tahun)).toEqual(
            evaluasi.map((e) => ({ ...e, version: 1 })).sort(evaluasiOrder),
          );
          expect(await store.listCapaianOrganisasiUnit(i, units, agency.tahun)).toEqual(
            agency.capaianKinerjaOrganisasi
              .filter((c) => c.tahun === agency.tahun)
              .map((capaian) => ({ instansiId: i, capaian, version: 1 }))
              .sort((a, b) => cmp(a.capaian.unitKerjaId, b.capaian.unitKerjaId)),
          );

          // The same batches again: recognised by key, nothing written; the counts are the first run's.
          for (const batch of all) {
            const report = okValue(await store.importBatch(batch));
            expect(report.alreadyImported).toBe(true);
            expect(report.key).toBe(batch.key);
            expect(counts(report)).toEqual(sizes(batch));
          }
          // Under new keys: every row is already there (by id or natural key), nothing twice.
          for (const batch of all) {
            const report = okValue(await store.importBatch({ ...batch, key: `${batch.key}/lagi` }));
            expect(report.alreadyImported).toBe(false);
            expect(counts(report)).toEqual(sizes({ instansiId: i, key: '' }));
          }
          expect(await totals(store, agency)).toEqual(expected);
          expect(await store.verifyAuditChain(i)).toEqual({ ok: true, count: 0 });
        });
      },
      IMPORT_TIMEOUT,
    );

    it('skips rows whose id is already stored (never overwriting them) and counts only what it writes', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        const baru = pnsBaru('p-baru', '199001012015011001');
        const report = okValue(
          await store.importBatch({
            instansiId: i,
            key: 'tambahan-1',
            unitKerja: d.unitKerja,
            pegawai: [{ ...d.pegawai[1]!, nama: 'Nama lain di berkas impor' }, baru, d.pegawai[0]!],
            skp: [{ ...d.skpLurah, status: 'DISETUJUI' }],
            realisasi: [{ ...d.realisasi, realisasi: { ...d.realisasi.realisasi, nilai: '1' } }],
          }),
        );
        expect(report.alreadyImported).toBe(false);
        expect(counts(report)).toEqual({ ...sizes({ instansiId: i, key: '' }), pegawai: 1 });
        expect(sortBy(await store.listPegawai(i), (p) => p.id).map((p) => p.id)).toEqual([
          'p-baru',
          'p-camat',
          'p-lurah',
          'p-pranata',
        ]);
        // Stored rows are not overwritten.
        expect(await store.getPegawai(i, 'p-lurah')).toEqual(d.pegawai[1]);
        expect(await store.getSkp(i, d.skpLurah.skp.id)).toEqual(d.skpLurah);
        expect(sortBy(await store.listRealisasi(i, d.skpLurah.skp.id), (r) => r.realisasi.id)).toEqual(
          sortBy([d.realisasi, d.realisasiNaratif], (r) => r.realisasi.id),
        );
      });
    });

    it('a row whose natural key another row holds (stored or in the batch) fails the batch with duplicate_key', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        const baru = pnsBaru('p-baru', '199001012015011001');
        const nipSama = { ...d.pegawai[1]!, id: 'p-nip-sama' };
        const r = await store.importBatch({ instansiId: i, key: 'nip-sama', pegawai: [baru, nipSama] });
        expect(issuesOf(r).map((x) => [x.code, ...x.path.slice(0, 2)])).toEqual([
          ['duplicate_key', 'pegawai', 1],
        ]);
        const realisasiSama = { ...d.realisasi, realisasi: { ...d.realisasi.realisasi, id: 'r-kunci-sama' } };
        const r2 = await store.importBatch({
          instansiId: i,
          key: 'realisasi-sama',
          realisasi: [realisasiSama],
        });
        expect(issuesOf(r2).map((x) => [x.code, ...x.path.slice(0, 2)])).toEqual([
          ['duplicate_key', 'realisasi', 0],
        ]);
        const kembar = pnsBaru('p-kembar', '199001012015011001');
        const r3 = await store.importBatch({ instansiId: i, key: 'kembar', pegawai: [baru, kembar] });
        expect(issuesOf(r3).map((x) => x.code)).toEqual(['duplicate_key']);
        expect(await store.getPegawai(i, 'p-baru')).toBeUndefined();
        expect(await store.listPegawai(i)).toHaveLength(d.pegawai.length);
        expect(await store.listRealisasi(i, d.skpLurah.skp.id)).toHaveLength(2);
      });
    });

    it('a batch with a bad row stores nothing of the batch, returns the issues, and can be fixed and rerun', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        const unit = { id: 'kel-baru', nama: 'Kelurahan Baru', jenis: 'KELURAHAN', indukId: 'kec-senapelan' };
        const pegawai = pnsBaru('p-baru', '199001012015011001', 'kel-baru');
        const good: RealisasiRecord = {
          ...d.realisasi,
          realisasi: { ...d.realisasi.realisasi, id: 'r-baru', periodeKe: 3 },
        };
        const bad: RealisasiRecord = {
          ...d.realisasi,
          realisasi: { ...d.realisasi.realisasi, id: 'r-salah', skpId: 'skp-tidak-ada' },
        };
        const batch: ImportBatch = {
          instansiId: i,
          key: 'batch-rusak',
          unitKerja: [unit],
          pegawai: [pegawai],
          realisasi: [good, bad],
        };
        const r = await store.importBatch(batch);
        expectUnknownReference(r, 'skp-tidak-ada');
        for (const x of issuesOf(r)) expect(x.path.slice(0, 2)).toEqual(['realisasi', 1]);
        expect(await store.listUnitKerja(i)).toHaveLength(d.unitKerja.length);
        expect(await store.getPegawai(i, 'p-baru')).toBeUndefined();
        expect(await store.listRealisasi(i, d.skpLurah.skp.id)).toHaveLength(2);

        // The key was not recorded: the fixed batch imports under the same key.
        const fixed = okValue(await store.importBatch({ ...batch, realisasi: [good] }));
        expect([fixed.key, fixed.alreadyImported]).toEqual(['batch-rusak', false]);
        expect(counts(fixed)).toEqual({ ...sizes(batch), realisasi: 1 });
        expect(await store.getPegawai(i, 'p-baru')).toEqual(pegawai);
        expect(await store.listRealisasi(i, d.skpLurah.skp.id)).toHaveLength(3);
      });
    });

    it('reports every bad row, and an unknown instansi', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        const r = await store.importBatch({
          instansiId: i,
          key: 'banyak-salah',
          jabatan: [{ ...d.jabatan[0]!, id: 'jab-x', unitKerjaId: 'unit-x' }],
          skp: [{ ...d.skpLurah, skp: { ...d.skpLurah.skp, id: 'skp-x', pegawaiId: 'p-x' } }],
        });
        expect(
          issuesOf(r)
            .map((x) => `${x.code}:${x.path.slice(0, 2).join('.')}`)
            .sort(),
        ).toEqual(['unknown_reference:jabatan.0', 'unknown_reference:skp.0']);
        const unknown = await store.importBatch({
          instansiId: 'instansi-tidak-ada',
          key: 'k',
          unitKerja: d.unitKerja,
        });
        expect(issuesOf(unknown).map((x) => x.code)).toEqual(['unknown_reference']);
        expect(await store.listUnitKerja('instansi-tidak-ada')).toEqual([]);
      });
    });
  });
}
