import type { Pegawai } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { contractData, INSTANSI_A, pnsBaru } from './contract-data';
import type { KinerjaStoreFactory } from './contract-fixture';
import {
  expectIssue,
  expectUnknownReference,
  issuesOf,
  okValue,
  seedAll,
  seedMaster,
  withStore,
} from './contract-helpers';

/**
 * Natural keys (`duplicate_key`) and references (`unknown_reference`), decision 0021.
 *
 * @param factory - the fixture factory.
 */
export function keysContract(factory: KinerjaStoreFactory): void {
  describe('natural keys', () => {
    it('the NIP (and NI PPPK) is unique within an instansi', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedMaster(store, d);
        const i = d.instansi.id;
        const kembar: Pegawai = { ...d.pegawai[1]!, id: 'p-kembar' };
        const kembarPppk: Pegawai = { ...d.pegawai[2]!, id: 'p-kembar-pppk' };
        await store.transaction(async (tx) => {
          expectIssue(await tx.savePegawai(i, kembar), 'duplicate_key', { entity: 'pegawai' });
          expectIssue(await tx.savePegawai(i, kembarPppk), 'duplicate_key', { entity: 'pegawai' });
          // Changing one's own NIP is fine; taking another's is not.
          okValue(await tx.savePegawai(i, { ...d.pegawai[1]!, nip: '198507202010012099' } as Pegawai));
          expectIssue(
            await tx.savePegawai(i, { ...d.pegawai[0]!, nip: '198507202010012099' } as Pegawai),
            'duplicate_key',
            { entity: 'pegawai' },
          );
          // The freed NIP can be taken.
          okValue(await tx.savePegawai(i, kembar));
        });
        expect((await store.listPegawai(i)).map((p) => p.id).sort()).toEqual([
          'p-camat',
          'p-kembar',
          'p-lurah',
          'p-pranata',
        ]);
      });
    });

    it('one SKP per pegawai, tahun and segmen; an insert of an existing id is a duplicate', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        await store.transaction(async (tx) => {
          const other = { ...d.skpLurah, skp: { ...d.skpLurah.skp, id: 'skp-lain' } };
          expectIssue(await tx.saveSkp(other, null), 'duplicate_key', { entity: 'skp' });
          expectIssue(await tx.saveSkp(d.skpLurah, null), 'duplicate_key', { entity: 'skp' });
          // Moving the camat's SKP onto the lurah's key is a duplicate too.
          const moved = { ...d.skpCamat, skp: { ...d.skpCamat.skp, pegawaiId: 'p-lurah' } };
          expectIssue(await tx.saveSkp(moved, 1), 'duplicate_key', { entity: 'skp' });
          okValue(await tx.saveSkp({ ...other, segmen: 2 }, null));
        });
        expect(await store.listSkpPegawai(d.instansi.id, 'p-lurah', 2026)).toHaveLength(2);
      });
    });

    it('one realisasi per SKP, indikator and window; one evaluation per SKP, jenis and window', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        await store.transaction(async (tx) => {
          const r = { ...d.realisasi, realisasi: { ...d.realisasi.realisasi, id: 'r-lain' } };
          expectIssue(await tx.saveRealisasi(r, null), 'duplicate_key', { entity: 'realisasi' });
          expectIssue(await tx.saveRealisasi(d.realisasi, null), 'duplicate_key', { entity: 'realisasi' });
          okValue(await tx.saveRealisasi({ ...r, realisasi: { ...r.realisasi, periodeKe: 2 } }, null));
          expectIssue(await tx.saveEvaluasi({ ...d.evaluasiTahunan, id: 'ev-lain' }, null), 'duplicate_key', {
            entity: 'evaluasi',
          });
          expectIssue(
            await tx.saveEvaluasi({ ...d.evaluasiPeriodik, id: 'ev-lain' }, null),
            'duplicate_key',
            {
              entity: 'evaluasi',
            },
          );
          expectIssue(await tx.saveEvaluasi(d.evaluasiPeriodik, null), 'duplicate_key', {
            entity: 'evaluasi',
          });
          okValue(await tx.saveEvaluasi({ ...d.evaluasiPeriodik, id: 'ev-lurah-p2', periodeKe: 2 }, null));
          okValue(
            await tx.saveEvaluasi(
              { ...d.evaluasiTahunan, id: 'ev-pranata', skpId: d.skpPranata.skp.id },
              null,
            ),
          );
        });
        expect(await store.listRealisasi(d.instansi.id, d.skpLurah.skp.id)).toHaveLength(3);
        expect(await store.listEvaluasi(d.instansi.id, d.skpLurah.skp.id)).toHaveLength(3);
      });
    });

    it('one capaian organisasi and one penetapan per unit and tahun; umpan balik, pembukaan and penugasan are appended once', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        await store.transaction(async (tx) => {
          expectIssue(await tx.saveCapaianOrganisasi(d.capaian, null), 'duplicate_key', {
            entity: 'capaian_kinerja_organisasi',
          });
          expectIssue(await tx.savePenetapan({ ...d.penetapan, predikat: [] }), 'duplicate_key', {
            entity: 'penetapan',
          });
          expectIssue(await tx.addUmpanBalik(d.umpanBalikRhk), 'duplicate_key', { entity: 'umpan_balik' });
          expectIssue(await tx.savePembukaanPeriode(d.pembukaan), 'duplicate_key', {
            entity: 'pembukaan_periode',
          });
          expectIssue(await tx.savePenugasan(d.penugasan), 'duplicate_key', { entity: 'penugasan' });
          expectIssue(await tx.saveKeberatan(d.keberatan, null), 'duplicate_key', { entity: 'keberatan' });
          const next = { ...d.capaian, capaian: { ...d.capaian.capaian, tahun: 2027 } };
          okValue(await tx.saveCapaianOrganisasi(next, null));
          okValue(await tx.savePenetapan({ ...d.penetapan, tahun: 2027 }));
        });
        expect(await store.getPenetapan(d.instansi.id, 'kel-sago', 2026)).toEqual(d.penetapan);
        expect((await store.getCapaianOrganisasi(d.instansi.id, 'kel-sago', 2027))?.version).toBe(1);
      });
    });
  });

  describe('references', () => {
    it('a record needs what it points to', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        await store.transaction(async (tx) => {
          const noPegawai = {
            ...d.skpLurah,
            skp: { ...d.skpLurah.skp, id: 'skp-x', pegawaiId: 'p-tidak-ada' },
          };
          expectIssue(await tx.saveSkp(noPegawai, null), 'unknown_reference', { id: 'p-tidak-ada' });
          const noSkp = {
            ...d.realisasi,
            realisasi: { ...d.realisasi.realisasi, id: 'r-x', skpId: 'skp-tidak-ada' },
          };
          expectUnknownReference(await tx.saveRealisasi(noSkp, null), 'skp-tidak-ada');
          const noIki = {
            ...d.realisasi,
            realisasi: { ...d.realisasi.realisasi, id: 'r-y', indikatorId: 'iki-tidak-ada' },
          };
          expectIssue(await tx.saveRealisasi(noIki, null), 'unknown_reference', { id: 'iki-tidak-ada' });
          // An indikator of another SKP is not one of this SKP's.
          const otherIki = {
            ...d.realisasi,
            realisasi: {
              ...d.realisasi.realisasi,
              id: 'r-z',
              indikatorId: `${d.skpCamat.skp.id}.rhk-1.iki-1`,
            },
          };
          expectIssue(await tx.saveRealisasi(otherIki, null), 'unknown_reference', {
            id: `${d.skpCamat.skp.id}.rhk-1.iki-1`,
          });
          expectIssue(
            await tx.savePegawai(i, pnsBaru('p-baru', '199001012015011001', 'unit-x')),
            'unknown_reference',
            { id: 'unit-x' },
          );
          expectIssue(
            await tx.saveUnitKerja(i, { id: 'kel-baru', nama: 'Kelurahan Baru', indukId: 'kec-tidak-ada' }),
            'unknown_reference',
            { id: 'kec-tidak-ada' },
          );
          expectIssue(
            await tx.saveEvaluasi({ ...d.evaluasiTahunan, id: 'ev-x', skpId: 'skp-y' }, null),
            'unknown_reference',
            {
              id: 'skp-y',
            },
          );
          expectIssue(
            await tx.saveKeberatan({ ...d.keberatan, id: 'kb-x', evaluasiId: 'ev-y' }, null),
            'unknown_reference',
            {
              id: 'ev-y',
            },
          );
          expectUnknownReference(
            await tx.addUmpanBalik({
              ...d.umpanBalikRhk,
              umpanBalik: { ...d.umpanBalikRhk.umpanBalik, id: 'ub-x', skpId: 'skp-y' },
            }),
            'skp-y',
          );
          const otherUnit = {
            ...d.skpLurah,
            skp: { ...d.skpLurah.skp, id: 'skp-z', unitKerjaId: 'unit-z' },
            segmen: 3,
          };
          expectIssue(await tx.saveSkp(otherUnit, null), 'unknown_reference', { id: 'unit-z' });
          const otherJabatan = {
            ...d.skpLurah,
            skp: { ...d.skpLurah.skp, id: 'skp-z', jabatanId: 'jab-z' },
            segmen: 3,
          };
          expectIssue(await tx.saveSkp(otherJabatan, null), 'unknown_reference', { id: 'jab-z' });
          expectIssue(
            await tx.saveCapaianOrganisasi(
              { ...d.capaian, capaian: { ...d.capaian.capaian, unitKerjaId: 'unit-x' } },
              null,
            ),
            'unknown_reference',
            { id: 'unit-x' },
          );
          expectIssue(
            await tx.savePenugasan({ ...d.penugasan, id: 'plh-x', pegawaiId: 'p-y' }),
            'unknown_reference',
            {
              id: 'p-y',
            },
          );
          expectIssue(
            await tx.savePembukaanPeriode({ ...d.pembukaan, id: 'bk-x', skpId: 'skp-y' }),
            'unknown_reference',
            {
              id: 'skp-y',
            },
          );
        });
        expect(await store.getSkp(i, 'skp-x')).toBeUndefined();
        expect(await store.listRealisasi(i, d.skpLurah.skp.id)).toHaveLength(2);
      });
    });

    it('references are scoped by instansi: a record of another instansi does not count', async () => {
      await withStore(factory, async (store) => {
        const a = contractData(INSTANSI_A);
        await seedMaster(store, a);
        await store.transaction(async (tx) => {
          okValue(await tx.saveInstansi({ id: 'pemkab-siak', nama: 'Pemerintah Kabupaten Siak' }));
          expectUnknownReference(
            await tx.saveSkp({ ...a.skpLurah, instansiId: 'pemkab-siak' }, null),
            'p-lurah',
          );
        });
      });
    });

    it('a save in an unknown instansi is an unknown reference', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await store.transaction(async (tx) => {
          const r = await tx.saveUnitKerja('instansi-tidak-ada', d.unitKerja[0]!);
          expect(issuesOf(r).map((x) => x.code)).toEqual(['unknown_reference']);
        });
        expect(await store.listUnitKerja('instansi-tidak-ada')).toEqual([]);
      });
    });
  });
}
