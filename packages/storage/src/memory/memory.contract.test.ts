import { runKinerjaStoreContract } from '../testing/index';
import { createMemoryStore, memoryStoreState } from './create-memory-store';

runKinerjaStoreContract('memory', async () => {
  const store = createMemoryStore();
  return {
    store,
    cleanup: () => store.close(),
    // Replace the stored event with a forged copy (same hash): the chain must break there.
    async tamper(instansiId, seq) {
      const events = memoryStoreState(store).audit.get(instansiId);
      const index = events?.findIndex((e) => e.seq === seq) ?? -1;
      if (!events || index < 0) throw new Error(`no audit event ${seq} in ${instansiId}`);
      events[index] = { ...events[index]!, action: 'skp.forged', after: { status: 'DISETUJUI' } };
    },
  };
});
