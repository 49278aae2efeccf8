import type { KinerjaReader, SkpRecord } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { type ContractData, contractData, INSTANSI_A, INSTANSI_B, skpTahunLalu } from './contract-data';
import type { KinerjaStoreFactory } from './contract-fixture';
import { okValue, seedAll, seedMaster, sortBy, withStore } from './contract-helpers';

const byId = <T extends { readonly id: string }>(list: readonly T[]) => sortBy(list, (x) => x.id);

/** Every read of the port returns exactly what the data set stored. */
async function expectAllReads(r: KinerjaReader, d: ContractData): Promise<void> {
  const i = d.instansi.id;
  expect(await r.getInstansi(i)).toEqual(d.instansi);
  expect(byId(await r.listUnitKerja(i))).toEqual(byId(d.unitKerja));
  expect(byId(await r.listJabatan(i))).toEqual(byId(d.jabatan));
  expect(byId(await r.listPegawai(i))).toEqual(byId(d.pegawai));
  for (const p of d.pegawai) expect(await r.getPegawai(i, p.id)).toEqual(p);
  for (const s of [d.skpCamat, d.skpLurah, d.skpPranata]) expect(await r.getSkp(i, s.skp.id)).toEqual(s);
  expect(await r.listSkpPegawai(i, 'p-lurah', 2026)).toEqual([d.skpLurah]);
  expect(sortBy(await r.listRealisasi(i, d.skpLurah.skp.id), (x) => x.realisasi.id)).toEqual(
    sortBy([d.realisasi, d.realisasiNaratif], (x) => x.realisasi.id),
  );
  expect(sortBy(await r.listUmpanBalik(i, d.skpLurah.skp.id), (x) => x.umpanBalik.id)).toEqual([
    d.umpanBalikRhk,
    d.umpanBalikPerilaku,
  ]);
  expect(byId(await r.listEvaluasi(i, d.skpLurah.skp.id))).toEqual(
    byId([d.evaluasiPeriodik, d.evaluasiTahunan]),
  );
  expect(await r.getCapaianOrganisasi(i, 'kel-sago', 2026)).toEqual(d.capaian);
  expect(await r.getPenetapan(i, 'kel-sago', 2026)).toEqual(d.penetapan);
  expect(await r.listKeberatan(i, d.skpLurah.skp.id)).toEqual([d.keberatan]);
  expect(await r.getKeberatan(i, d.keberatan.id)).toEqual(d.keberatan);
  expect(await r.listPembukaanPeriode(i, d.skpLurah.skp.id)).toEqual([d.pembukaan]);
  expect(await r.listPenugasan(i, '2026-04-01')).toEqual([d.penugasan]);
}

/** Every read of the port sees nothing of the data set (another instansi, or nothing stored). */
async function expectNothing(r: KinerjaReader, instansiId: string, d: ContractData): Promise<void> {
  expect(await r.getInstansi(instansiId)).toBeUndefined();
  expect(await r.listUnitKerja(instansiId)).toEqual([]);
  expect(await r.listJabatan(instansiId)).toEqual([]);
  expect(await r.listPegawai(instansiId)).toEqual([]);
  expect(await r.getPegawai(instansiId, 'p-lurah')).toBeUndefined();
  expect(await r.getSkp(instansiId, d.skpLurah.skp.id)).toBeUndefined();
  expect(await r.listSkpPegawai(instansiId, 'p-lurah', 2026)).toEqual([]);
  expect(await r.listSkpBawahan(instansiId, 'p-camat', 2026)).toEqual([]);
  expect(await r.listSkpUnit(instansiId, ['kel-sago', 'kec-senapelan'], 2026)).toEqual([]);
  expect(await r.listRealisasi(instansiId, d.skpLurah.skp.id)).toEqual([]);
  expect(await r.listUmpanBalik(instansiId, d.skpLurah.skp.id)).toEqual([]);
  expect(await r.listEvaluasi(instansiId, d.skpLurah.skp.id)).toEqual([]);
  expect(await r.listRealisasiUnit(instansiId, ['kel-sago', 'kec-senapelan'], 2026)).toEqual([]);
  expect(await r.listEvaluasiUnit(instansiId, ['kel-sago', 'kec-senapelan'], 2026)).toEqual([]);
  expect(await r.listCapaianOrganisasiUnit(instansiId, ['kel-sago', 'kec-senapelan'], 2026)).toEqual([]);
  expect(await r.getCapaianOrganisasi(instansiId, 'kel-sago', 2026)).toBeUndefined();
  expect(await r.getPenetapan(instansiId, 'kel-sago', 2026)).toBeUndefined();
  expect(await r.listKeberatan(instansiId, d.skpLurah.skp.id)).toEqual([]);
  expect(await r.getKeberatan(instansiId, d.keberatan.id)).toBeUndefined();
  expect(await r.listPembukaanPeriode(instansiId, d.skpLurah.skp.id)).toEqual([]);
  expect(await r.listPenugasan(instansiId, '2026-04-01')).toEqual([]);
  expect(await r.listAudit(instansiId)).toEqual([]);
}

/**
 * Round trips of every record type, every read, instansi isolation and copy semantics.
 *
 * @param factory - the fixture factory.
 */
export function recordsContract(factory: KinerjaStoreFactory): void {
  describe('records and reads', () => {
    it('an empty store reads nothing', async () => {
      await withStore(factory, async (store) => {
        await expectNothing(store, INSTANSI_A.id, contractData(INSTANSI_A));
        expect(await store.verifyAuditChain(INSTANSI_A.id)).toEqual({ ok: true, count: 0 });
      });
    });

    it('round-trips every record type exactly (decimals, dates, JSON traces, Unicode), outside and inside a transaction', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        await expectAllReads(store, d);
        await store.transaction(async (tx) => expectAllReads(tx, d));
        // Decimals stay the exact canonical strings.
        const skp = await store.getSkp(d.instansi.id, d.skpLurah.skp.id);
        expect(skp?.skp.rencanaHasilKerja[1]?.indikator[0]?.target).toEqual({
          jenis: 'TUNGGAL',
          nilai: '123456789012345678901234.000000000000000001',
        });
        const [r] = await store.listRealisasi(d.instansi.id, d.skpLurah.skp.id);
        expect([r?.realisasi.nilai, r?.realisasi.buktiDukung[0]?.diunggahPada]).toEqual([
          '312.000000000000000000001',
          '2026-03-31T16:59:00+07:00',
        ]);
      });
    });

    it('saves return the stored record; inserts get version 1', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedMaster(store, d);
        await store.transaction(async (tx) => {
          expect(okValue(await tx.saveSkp({ ...d.skpLurah, version: 41 }, null))).toEqual(d.skpLurah);
          expect(okValue(await tx.saveRealisasi({ ...d.realisasi, version: 0 }, null))).toEqual(d.realisasi);
          expect(okValue(await tx.addUmpanBalik(d.umpanBalikRhk))).toEqual(d.umpanBalikRhk);
          expect(okValue(await tx.saveEvaluasi(d.evaluasiTahunan, null))).toEqual(d.evaluasiTahunan);
          expect(okValue(await tx.saveCapaianOrganisasi(d.capaian, null))).toEqual(d.capaian);
          expect(okValue(await tx.savePenetapan(d.penetapan))).toEqual(d.penetapan);
          expect(okValue(await tx.saveKeberatan(d.keberatan, null))).toEqual(d.keberatan);
          expect(okValue(await tx.savePembukaanPeriode(d.pembukaan))).toEqual(d.pembukaan);
          expect(okValue(await tx.savePenugasan(d.penugasan))).toEqual(d.penugasan);
          expect(okValue(await tx.saveUnitKerja(d.instansi.id, d.unitKerja[1]!))).toEqual(d.unitKerja[1]);
          expect(okValue(await tx.saveJabatan(d.instansi.id, d.jabatan[2]!))).toEqual(d.jabatan[2]);
          expect(okValue(await tx.savePegawai(d.instansi.id, d.pegawai[2]!))).toEqual(d.pegawai[2]);
          expect(okValue(await tx.saveInstansi(d.instansi))).toEqual(d.instansi);
        });
      });
    });

    it('instansi, unit kerja, jabatan and pegawai are replaced by id', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedMaster(store, d);
        const i = d.instansi.id;
        const lurah = { ...d.pegawai[1]!, nama: 'Hj. Siti Nuraini', golongan: 'Penata Tingkat I (III/d)' };
        const { jenisKelamin: _, ...lurahTanpaKelamin } = lurah;
        await store.transaction(async (tx) => {
          okValue(await tx.saveInstansi({ ...d.instansi, nama: 'Pemkot Pekanbaru' }));
          okValue(await tx.saveUnitKerja(i, { ...d.unitKerja[1]!, nama: 'Kelurahan Sago Baru' }));
          okValue(await tx.saveJabatan(i, { ...d.jabatan[1]!, nama: 'Lurah' }));
          okValue(await tx.savePegawai(i, lurahTanpaKelamin));
        });
        expect(await store.getInstansi(i)).toEqual({ ...d.instansi, nama: 'Pemkot Pekanbaru' });
        expect((await store.listUnitKerja(i)).find((u) => u.id === 'kel-sago')?.nama).toBe(
          'Kelurahan Sago Baru',
        );
        expect((await store.listJabatan(i)).find((j) => j.id === 'jab-lurah')?.nama).toBe('Lurah');
        expect(await store.getPegawai(i, 'p-lurah')).toEqual(lurahTanpaKelamin);
        expect(await store.listPegawai(i)).toHaveLength(3);
      });
    });

    it('lists: pegawai by unit, SKP segments by segmen, bawahan, unit, penugasan by day', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        const segmen2: SkpRecord = {
          ...d.skpLurah,
          skp: {
            ...d.skpLurah.skp,
            id: 'skp-2026/p-lurah/2',
            periodeAwal: '2026-07-01',
            unitKerjaId: 'kec-senapelan',
          },
          segmen: 2,
        };
        const tahunLalu = skpTahunLalu(d);
        await store.transaction(async (tx) => {
          okValue(await tx.saveSkp(segmen2, null));
          okValue(await tx.saveSkp(tahunLalu, null));
        });
        expect(byId(await store.listPegawai(i, { unitKerjaIds: ['kel-sago'] }))).toEqual(
          byId(d.pegawai.filter((p) => p.unitKerjaId === 'kel-sago')),
        );
        expect(await store.listPegawai(i, { unitKerjaIds: [] })).toEqual([]);
        expect(byId(await store.listPegawai(i, {}))).toEqual(byId(d.pegawai));
        expect(await store.listSkpPegawai(i, 'p-lurah', 2026)).toEqual([d.skpLurah, segmen2]);
        expect(await store.listSkpPegawai(i, 'p-lurah', 2025)).toEqual([tahunLalu]);
        const ids = (list: readonly SkpRecord[]) => list.map((s) => s.skp.id).sort();
        expect(ids(await store.listSkpBawahan(i, 'p-camat', 2026))).toEqual(
          [d.skpLurah.skp.id, segmen2.skp.id].sort(),
        );
        expect(ids(await store.listSkpBawahan(i, 'p-lurah', 2026))).toEqual([d.skpPranata.skp.id]);
        expect(ids(await store.listSkpUnit(i, ['kel-sago'], 2026))).toEqual(
          [d.skpLurah.skp.id, d.skpPranata.skp.id].sort(),
        );
        expect(ids(await store.listSkpUnit(i, ['kec-senapelan', 'kel-sago'], 2026))).toEqual(
          [d.skpCamat.skp.id, d.skpLurah.skp.id, d.skpPranata.skp.id, segmen2.skp.id].sort(),
        );
        expect(await store.listSkpUnit(i, [], 2026)).toEqual([]);
        expect(await store.listPenugasan(i, '2026-03-01')).toEqual([d.penugasan]);
        expect(await store.listPenugasan(i, '2026-05-31')).toEqual([d.penugasan]);
        expect(await store.listPenugasan(i, '2026-02-28')).toEqual([]);
        expect(await store.listPenugasan(i, '2026-06-01')).toEqual([]);
        expect(await store.listRealisasi(i, d.skpCamat.skp.id)).toEqual([]);
      });
    });

    it('hands out copies: mutating a saved or returned record never changes the store', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedMaster(store, d);
        const i = d.instansi.id;
        const input = structuredClone(d.skpLurah) as { -readonly [K in keyof SkpRecord]: SkpRecord[K] };
        const saved = await store.transaction(async (tx) => okValue(await tx.saveSkp(input, null)));
        input.status = 'DISETUJUI';
        (input.skp.rencanaHasilKerja as unknown[]).length = 0;
        (saved.skp.rencanaHasilKerja[0]!.indikator as unknown[]).pop();
        const read = await store.getSkp(i, d.skpLurah.skp.id);
        (read!.skp.perilakuKerja as unknown[]).length = 0;
        const pegawai = await store.listPegawai(i);
        (pegawai[0] as { nama: string }).nama = 'diubah';
        expect(await store.getSkp(i, d.skpLurah.skp.id)).toEqual(d.skpLurah);
        expect(byId(await store.listPegawai(i))).toEqual(byId(d.pegawai));
      });
    });

    it('isolates instansi: the same ids and NIP in two instansi are two records, and no read crosses', async () => {
      await withStore(factory, async (store) => {
        const a = contractData(INSTANSI_A);
        await seedAll(store, a);
        await store.transaction(async (tx) => {
          await tx.appendAudit(a.audit(1));
        });
        // Nothing of A is visible through B, before B exists…
        await expectNothing(store, INSTANSI_B.id, a);
        // …and after B stored records with the very same ids and NIP.
        const b = contractData(INSTANSI_B);
        await seedAll(store, b);
        await expectAllReads(store, a);
        await expectAllReads(store, b);
        expect(await store.listAudit(INSTANSI_B.id)).toEqual([]);
        // A change in B leaves A alone.
        await store.transaction(async (tx) => {
          okValue(await tx.saveSkp({ ...b.skpLurah, status: 'DIAJUKAN' }, 1));
          okValue(await tx.savePegawai(INSTANSI_B.id, { ...b.pegawai[1]!, nama: 'Lurah Kampar' }));
        });
        await expectAllReads(store, a);
        expect((await store.getSkp(INSTANSI_B.id, b.skpLurah.skp.id))?.version).toBe(2);
      });
    });
  });
}
