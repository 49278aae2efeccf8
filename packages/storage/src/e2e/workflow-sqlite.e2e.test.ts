import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '../sqlite/index';
import { runWorkflowScenario } from './workflow-scenario';

// The whole year of the seeded agency through the services, on an SQLite file (WAL, foreign keys on).
runWorkflowScenario(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-'));
  const store = await createSqliteStore({ filename: join(dir, 'kinerja.sqlite') });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}, 'sqlite');
