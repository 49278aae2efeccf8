import {
  type EvaluasiRecord,
  fail,
  issue,
  type KeberatanRecord,
  type KinerjaStore,
  type RealisasiRecord,
  type Result,
  type SkpRecord,
} from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { type ContractData, contractData, INSTANSI_A, pnsBaru } from './contract-data';
import type { KinerjaStoreFactory } from './contract-fixture';
import { expectIssue, issuesOf, okValue, seedAll, seedMaster, withStore } from './contract-helpers';

/** Everything a rolled-back transaction of {@link writeEverything} would have left. */
async function expectUntouched(store: KinerjaStore, d: ContractData): Promise<void> {
  const i = d.instansi.id;
  expect(await store.getSkp(i, d.skpLurah.skp.id)).toEqual(d.skpLurah);
  expect(await store.getSkp(i, 'skp-baru')).toBeUndefined();
  expect(await store.getPegawai(i, 'p-baru')).toBeUndefined();
  expect(await store.listRealisasi(i, d.skpCamat.skp.id)).toEqual([]);
  expect(await store.listEvaluasi(i, d.skpCamat.skp.id)).toEqual([]);
  expect(await store.getCapaianOrganisasi(i, 'kec-senapelan', 2026)).toBeUndefined();
  expect(await store.getPenetapan(i, 'kec-senapelan', 2026)).toBeUndefined();
  expect(await store.listAudit(i)).toEqual([]);
  expect(await store.verifyAuditChain(i)).toEqual({ ok: true, count: 0 });
}

/** Writes one of everything in a transaction (all must succeed). */
async function writeEverything(store: KinerjaStore, d: ContractData, end: () => unknown): Promise<unknown> {
  const i = d.instansi.id;
  return store.transaction(async (tx) => {
    okValue(await tx.saveSkp({ ...d.skpLurah, status: 'DIAJUKAN' }, 1));
    okValue(await tx.savePegawai(i, pnsBaru('p-baru', '199001012015011001')));
    const skpBaru = { ...d.skpLurah, skp: { ...d.skpLurah.skp, id: 'skp-baru', pegawaiId: 'p-baru' } };
    okValue(await tx.saveSkp(skpBaru, null));
    okValue(
      await tx.saveRealisasi(
        {
          ...d.realisasi,
          realisasi: {
            ...d.realisasi.realisasi,
            id: 'r-camat',
            skpId: d.skpCamat.skp.id,
            indikatorId: `${d.skpCamat.skp.id}.rhk-1.iki-1`,
          },
        },
        null,
      ),
    );
    okValue(await tx.saveEvaluasi({ ...d.evaluasiTahunan, id: 'ev-camat', skpId: d.skpCamat.skp.id }, null));
    const capaian = { ...d.capaian, capaian: { ...d.capaian.capaian, unitKerjaId: 'kec-senapelan' } };
    okValue(await tx.saveCapaianOrganisasi(capaian, null));
    okValue(await tx.savePenetapan({ ...d.penetapan, unitKerjaId: 'kec-senapelan' }));
    await tx.appendAudit(d.audit(1));
    await tx.appendAudit(d.audit(2));
    // Reads in the transaction see its own writes.
    expect((await tx.getSkp(i, d.skpLurah.skp.id))?.version).toBe(2);
    expect((await tx.getSkp(i, 'skp-baru'))?.version).toBe(1);
    expect(await tx.listAudit(i)).toHaveLength(2);
    expect(await tx.listRealisasi(i, d.skpCamat.skp.id)).toHaveLength(1);
    return end();
  });
}

/**
 * Transactions (commit, rollback on throw and on a failed result) and optimistic concurrency.
 *
 * @param factory - the fixture factory.
 */
export function transactionsContract(factory: KinerjaStoreFactory): void {
  describe('transactions', () => {
    it('commits when the function succeeds and returns its value', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const value = await writeEverything(store, d, () => 'selesai');
        expect(value).toBe('selesai');
        expect((await store.getSkp(d.instansi.id, d.skpLurah.skp.id))?.status).toBe('DIAJUKAN');
        expect((await store.getSkp(d.instansi.id, 'skp-baru'))?.version).toBe(1);
        expect(await store.listAudit(d.instansi.id)).toHaveLength(2);
        expect(await store.verifyAuditChain(d.instansi.id)).toEqual({ ok: true, count: 2 });
      });
    });

    it('rolls everything back when the function throws, and rethrows', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const boom = new Error('gagal di tengah jalan');
        await expect(
          writeEverything(store, d, () => {
            throw boom;
          }),
        ).rejects.toBe(boom);
        await expectUntouched(store, d);
      });
    });

    it('rolls everything back when the function returns a failed Result, and returns it', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const failed = fail([issue('forbidden', [], { action: 'skp.submit', reason: 'self' })]);
        const r = await writeEverything(store, d, () => failed);
        expect(r).toEqual(failed);
        await expectUntouched(store, d);
        // The store is usable afterwards.
        await writeEverything(store, d, () => null);
        expect((await store.getSkp(d.instansi.id, d.skpLurah.skp.id))?.version).toBe(2);
      });
    });

    it('a save that returns an issue does not spoil the transaction: later writes commit', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        const r = await store.transaction(async (tx) => {
          expectIssue(await tx.saveSkp(d.skpLurah, 7), 'version_conflict');
          expectIssue(await tx.savePegawai(i, { ...d.pegawai[1]!, id: 'p-kembar' }), 'duplicate_key');
          expectIssue(await tx.saveRealisasi(d.realisasi, null), 'duplicate_key');
          const other = { ...d.skpLurah, skp: { ...d.skpLurah.skp, id: 'skp-x', pegawaiId: 'p-x' } };
          expectIssue(await tx.saveSkp(other, null), 'unknown_reference');
          const saved = okValue(await tx.saveSkp({ ...d.skpLurah, status: 'DIAJUKAN' }, 1));
          await tx.appendAudit(d.audit(1));
          return { ok: true as const, value: saved };
        });
        expect(okValue(r).version).toBe(2);
        expect(await store.getSkp(i, d.skpLurah.skp.id)).toEqual({
          ...d.skpLurah,
          status: 'DIAJUKAN',
          version: 2,
        });
        expect(await store.verifyAuditChain(i)).toEqual({ ok: true, count: 1 });
      });
    });

    it('nothing of a failed Result returned after a failed save is kept', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedMaster(store, d);
        const r = await store.transaction(async (tx) => {
          okValue(await tx.saveSkp(d.skpLurah, null));
          return tx.saveSkp(d.skpLurah, null);
        });
        expectIssue(r, 'duplicate_key', { entity: 'skp' });
        expect(await store.getSkp(d.instansi.id, d.skpLurah.skp.id)).toBeUndefined();
      });
    });
  });

  describe('optimistic concurrency', () => {
    it('every versioned record: update with the stored version → +1; stale or missing → version_conflict', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        await store.transaction(async (tx) => {
          const skp: SkpRecord = { ...d.skpLurah, status: 'DIAJUKAN' };
          expect(okValue(await tx.saveSkp(skp, 1))).toEqual({ ...skp, version: 2 });
          expect(okValue(await tx.saveSkp({ ...skp, status: 'DISETUJUI', version: 1 }, 2)).version).toBe(3);
          expectIssue(await tx.saveSkp(skp, 1), 'version_conflict', {
            entity: 'skp',
            id: skp.skp.id,
            expected: 1,
            actual: 3,
          });
          const missing = { ...skp, skp: { ...skp.skp, id: 'skp-tidak-ada' } };
          expectIssue(await tx.saveSkp(missing, 1), 'version_conflict', {
            entity: 'skp',
            id: 'skp-tidak-ada',
            expected: 1,
            actual: null,
          });

          const realisasi: RealisasiRecord = {
            ...d.realisasi,
            realisasi: { ...d.realisasi.realisasi, nilai: '313.5' },
          };
          expect(okValue(await tx.saveRealisasi(realisasi, 1))).toEqual({ ...realisasi, version: 2 });
          expectIssue(await tx.saveRealisasi(realisasi, 1), 'version_conflict', {
            entity: 'realisasi',
            expected: 1,
            actual: 2,
          });

          const evaluasi: EvaluasiRecord = { ...d.evaluasiTahunan, status: 'FINAL' };
          expect(okValue(await tx.saveEvaluasi(evaluasi, 1))).toEqual({ ...evaluasi, version: 2 });
          expectIssue(await tx.saveEvaluasi(evaluasi, 3), 'version_conflict', {
            entity: 'evaluasi',
            expected: 3,
            actual: 2,
          });

          const capaian = { ...d.capaian, capaian: { ...d.capaian.capaian, predikat: 'ISTIMEWA' as const } };
          expect(okValue(await tx.saveCapaianOrganisasi(capaian, 1))).toEqual({ ...capaian, version: 2 });
          expectIssue(await tx.saveCapaianOrganisasi(capaian, 1), 'version_conflict', {
            entity: 'capaian_kinerja_organisasi',
            expected: 1,
            actual: 2,
          });
          const capaianLain = { ...capaian, capaian: { ...capaian.capaian, tahun: 2030 } };
          expectIssue(await tx.saveCapaianOrganisasi(capaianLain, 1), 'version_conflict', {
            entity: 'capaian_kinerja_organisasi',
            actual: null,
          });

          const keberatan: KeberatanRecord = {
            ...d.keberatan,
            status: 'DITERIMA',
            alasanKeputusan: 'Bukti sah',
            diputuskanOlehId: 'p-camat',
            diputuskanPada: '2027-01-18T08:00:00+07:00',
          };
          expect(okValue(await tx.saveKeberatan(keberatan, 1))).toEqual({ ...keberatan, version: 2 });
          expectIssue(await tx.saveKeberatan(keberatan, 1), 'version_conflict', {
            entity: 'keberatan',
            expected: 1,
            actual: 2,
          });
        });
        expect((await store.getSkp(i, d.skpLurah.skp.id))?.version).toBe(3);
        expect((await store.getSkp(i, d.skpLurah.skp.id))?.status).toBe('DISETUJUI');
        expect((await store.getKeberatan(i, 'kb-1'))?.status).toBe('DITERIMA');
        expect((await store.getCapaianOrganisasi(i, 'kel-sago', 2026))?.capaian.predikat).toBe('ISTIMEWA');
      });
    });

    it('two concurrent writers with the same expected version: exactly one wins, no lost update', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedAll(store, d);
        const i = d.instansi.id;
        const seen = await store.getSkp(i, d.skpLurah.skp.id);
        expect(seen?.version).toBe(1);
        const writer = (catatan: string) =>
          store.transaction(async (tx): Promise<Result<SkpRecord>> => {
            const r = await tx.saveSkp({ ...seen!, status: 'REVISI', catatan }, seen!.version);
            if (r.ok) {
              await tx.appendAudit({ ...d.audit(1), action: 'skp.revise', after: { catatan } });
            }
            return r;
          });
        const results = await Promise.all([writer('dari penilai A'), writer('dari penilai B')]);
        const winners = results.filter((r) => r.ok);
        const losers = results.filter((r) => !r.ok);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(issuesOf(losers[0]!)).toMatchObject([
          { code: 'version_conflict', params: { entity: 'skp', expected: 1, actual: 2 } },
        ]);
        const stored = await store.getSkp(i, d.skpLurah.skp.id);
        expect(stored).toEqual(okValue(winners[0]!));
        expect(stored?.version).toBe(2);
        expect(await store.verifyAuditChain(i)).toEqual({ ok: true, count: 1 });
      });
    });

    it('concurrent transactions appending audit events keep one unbroken chain', async () => {
      await withStore(factory, async (store) => {
        const d = contractData(INSTANSI_A);
        await seedMaster(store, d);
        const i = d.instansi.id;
        const events = await Promise.all(
          [1, 2, 3, 4, 5].map((n) =>
            store.transaction(async (tx) => {
              const first = await tx.appendAudit(d.audit(n));
              const second = await tx.appendAudit(d.audit(n + 10));
              return [first, second];
            }),
          ),
        );
        expect(
          events
            .flat()
            .map((e) => e.seq)
            .sort((a, b) => a - b),
        ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        // The two events of one transaction are adjacent.
        for (const [first, second] of events) expect(second!.seq).toBe(first!.seq + 1);
        expect(await store.verifyAuditChain(i)).toEqual({ ok: true, count: 10 });
      });
    });
  });
}
