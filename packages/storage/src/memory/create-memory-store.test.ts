import { type KinerjaError, type KinerjaTx, ok } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { contractData, INSTANSI_A } from '../testing/contract-data';
import { createMemoryStore, memoryStoreState } from './create-memory-store';

const code = (e: unknown) => (e as KinerjaError).code;

describe('createMemoryStore (beyond the contract)', () => {
  it('refuses a transaction inside a transaction instead of deadlocking', async () => {
    const store = createMemoryStore();
    const nested = store.transaction(async () => store.transaction(async () => 1));
    await expect(nested).rejects.toSatisfy((e) => code(e) === 'nested_transaction');
    const nestedImport = store.transaction(async () => store.importBatch({ instansiId: 'x', key: 'k' }));
    await expect(nestedImport).rejects.toSatisfy((e) => code(e) === 'nested_transaction');
    // The store still works.
    expect(await store.transaction(async () => 2)).toBe(2);
  });

  it('a transaction object cannot be used after its transaction ended', async () => {
    const store = createMemoryStore();
    let leaked: KinerjaTx | undefined;
    await store.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked!.getInstansi('x')).rejects.toSatisfy((e) => code(e) === 'transaction_closed');
    await expect(leaked!.saveInstansi(INSTANSI_A)).rejects.toSatisfy((e) => code(e) === 'transaction_closed');
    expect(await store.getInstansi(INSTANSI_A.id)).toBeUndefined();
  });

  it('a closed store refuses to work', async () => {
    const store = createMemoryStore();
    await store.close();
    await expect(store.getInstansi('x')).rejects.toSatisfy((e) => code(e) === 'store_closed');
    await expect(store.transaction(async () => 1)).rejects.toSatisfy((e) => code(e) === 'store_closed');
  });

  it('records imports in a ledger with the time of the injected clock', async () => {
    const store = createMemoryStore({ now: () => new Date('2026-02-01T03:04:05.000Z') });
    const d = contractData(INSTANSI_A);
    await store.transaction(async (tx) => tx.saveInstansi(d.instansi));
    const r = await store.importBatch({ instansiId: d.instansi.id, key: 'unit', unitKerja: d.unitKerja });
    expect(r).toEqual(ok({ key: 'unit', alreadyImported: false, counts: { unitKerja: 2 } }));
    expect([...memoryStoreState(store).importLedger.values()]).toEqual([
      {
        instansiId: d.instansi.id,
        key: 'unit',
        counts: { unitKerja: 2 },
        importedAt: '2026-02-01T03:04:05.000Z',
      },
    ]);
  });

  it('memoryStoreState only knows memory stores', () => {
    const other = { ...createMemoryStore() };
    expect(() => memoryStoreState(other as never)).toThrow(
      expect.objectContaining({ code: 'not_a_memory_store' }),
    );
  });
});
