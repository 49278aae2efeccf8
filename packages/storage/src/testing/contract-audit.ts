import { describe, expect, it } from 'vitest';
import { auditHash } from '../audit/audit-hash';
import { contractData, INSTANSI_A, INSTANSI_B } from './contract-data';
import type { KinerjaStoreFactory } from './contract-fixture';
import { seedMaster, withStore } from './contract-helpers';

/**
 * The hash-chained audit log: numbering, links, reads, verification and tamper detection.
 *
 * @param factory - the fixture factory.
 */
export function auditContract(factory: KinerjaStoreFactory): void {
  describe('audit chain', () => {
    it('numbers and chains events per instansi, and reads them back exactly', async () => {
      await withStore(factory, async (store) => {
        const a = contractData(INSTANSI_A);
        const b = contractData(INSTANSI_B);
        await seedMaster(store, a);
        await seedMaster(store, b);
        const appended = await store.transaction(async (tx) => [
          await tx.appendAudit(a.audit(1)),
          await tx.appendAudit(b.audit(1)),
          await tx.appendAudit(a.audit(2)),
        ]);
        const more = await store.transaction(async (tx) => [await tx.appendAudit(a.audit(3))]);
        const [a1, b1, a2] = appended;
        const [a3] = more;
        expect([a1?.seq, a2?.seq, a3?.seq, b1?.seq]).toEqual([1, 2, 3, 1]);
        expect(a1).toEqual({
          ...a.audit(1),
          before: null,
          seq: 1,
          prevHash: '',
          hash: auditHash(a.audit(1), 1, ''),
        });
        expect(a2?.prevHash).toBe(a1?.hash);
        expect(a3?.prevHash).toBe(a2?.hash);
        expect(a3?.hash).toBe(auditHash(a.audit(3), 3, a2!.hash));
        expect(b1?.prevHash).toBe('');
        expect(await store.listAudit(INSTANSI_A.id)).toEqual([a1, a2, a3]);
        expect(await store.listAudit(INSTANSI_B.id)).toEqual([b1]);
        expect(await store.listAudit(INSTANSI_A.id, { afterSeq: 1 })).toEqual([a2, a3]);
        expect(await store.listAudit(INSTANSI_A.id, { limit: 2 })).toEqual([a1, a2]);
        expect(await store.listAudit(INSTANSI_A.id, { afterSeq: 1, limit: 1 })).toEqual([a2]);
        expect(await store.listAudit(INSTANSI_A.id, { afterSeq: 3 })).toEqual([]);
        expect(await store.verifyAuditChain(INSTANSI_A.id)).toEqual({ ok: true, count: 3 });
        expect(await store.verifyAuditChain(INSTANSI_B.id)).toEqual({ ok: true, count: 1 });
        expect(await store.verifyAuditChain('instansi-tanpa-log')).toEqual({ ok: true, count: 0 });
      });
    });

    it('events whose before and after are undefined are stored with null', async () => {
      await withStore(factory, async (store) => {
        const a = contractData(INSTANSI_A);
        await seedMaster(store, a);
        const entry = { ...a.audit(2), before: undefined, after: undefined };
        const e = await store.transaction(async (tx) => tx.appendAudit(entry));
        expect(e).toMatchObject({ before: null, after: null, seq: 1 });
        expect(await store.listAudit(INSTANSI_A.id)).toEqual([e]);
        expect(await store.verifyAuditChain(INSTANSI_A.id)).toEqual({ ok: true, count: 1 });
      });
    });

    it('tampering with one stored event is detected at that event', async (ctx) => {
      await withStore(factory, async (store, fixture) => {
        if (!fixture.tamper) {
          ctx.skip();
          return;
        }
        const a = contractData(INSTANSI_A);
        await seedMaster(store, a);
        await store.transaction(async (tx) => {
          for (const n of [1, 2, 3, 4]) await tx.appendAudit(a.audit(n));
        });
        expect(await store.verifyAuditChain(INSTANSI_A.id)).toEqual({ ok: true, count: 4 });
        await fixture.tamper(INSTANSI_A.id, 3);
        expect(await store.verifyAuditChain(INSTANSI_A.id)).toEqual({
          ok: false,
          count: 4,
          firstBroken: 3,
          reason: 'hash_mismatch',
        });
      });
    });
  });
}
