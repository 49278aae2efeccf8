import { sql } from 'kysely';
import { describe } from 'vitest';
import { runKinerjaStoreContract } from '../testing/index';
import { createTestDatabase, postgresUrlForTests } from '../testing/postgres-test-database';
import { createPostgresStore } from './index';

const serverUrl = postgresUrlForTests('postgres contract');

describe.skipIf(serverUrl === undefined)('postgres', () => {
  // Every test on a database of its own, dropped afterwards.
  runKinerjaStoreContract('postgres', async () => {
    const database = await createTestDatabase(serverUrl!);
    const store = await createPostgresStore({ connectionString: database.url, max: 4 });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await database.drop();
      },
      tamper: async (instansiId, seq) => {
        await sql`update audit_event set after = ${'{"tampered":true}'}::jsonb where instansi_id = ${instansiId} and seq = ${seq}`.execute(
          store.db,
        );
      },
    };
  });
});
