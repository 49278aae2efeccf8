import { describe } from 'vitest';
import { createPostgresStore } from '../postgres/index';
import { createTestDatabase, postgresUrlForTests } from '../testing/postgres-test-database';
import { runWorkflowScenario } from './workflow-scenario';

const serverUrl = postgresUrlForTests('postgres workflow e2e');

// The whole year of the seeded agency through the services, on a real PostgreSQL database of its own.
describe.skipIf(serverUrl === undefined)('postgres workflow', () => {
  runWorkflowScenario(async () => {
    const database = await createTestDatabase(serverUrl!);
    const store = await createPostgresStore({ connectionString: database.url, max: 4 });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await database.drop();
      },
    };
  }, 'postgres');
});
