import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { runKinerjaStoreContract } from '../testing/index';
import { createSqliteStore } from './index';

// Every test on a new in-memory database; the file-backed variant (WAL, a second connection)
// runs the same suite on a temporary file.
runKinerjaStoreContract('sqlite (:memory:)', async () => {
  const store = await createSqliteStore({ filename: ':memory:' });
  return {
    store,
    cleanup: () => store.close(),
    tamper: async (instansiId, seq) => {
      await sql`update audit_event set action = action || '!' where instansi_id = ${instansiId} and seq = ${seq}`.execute(
        store.db,
      );
    },
  };
});

runKinerjaStoreContract('sqlite (file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-sqlite-'));
  const store = await createSqliteStore({ filename: join(dir, 'kinerja.sqlite') });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
    tamper: async (instansiId, seq) => {
      await sql`update audit_event set after = ${'{"tampered":true}'} where instansi_id = ${instansiId} and seq = ${seq}`.execute(
        store.db,
      );
    },
  };
});
