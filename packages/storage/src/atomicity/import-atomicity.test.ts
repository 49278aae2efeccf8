import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Agency, generateAgency } from '@kinerja/core/testing';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyImportBatches } from '../testing/agency-import-batches';
import {
  createTestDatabase,
  postgresUrlForTests,
  type TestDatabase,
} from '../testing/postgres-test-database';
import { countAgency, expectedCounts } from './count-agency';
import { openStore, type StoreTarget, targetArgs } from './open-store';
import { spawnWorker } from './spawn-worker';

// A child process imports a 3000-pegawai agency in four batches (master, skp, realisasi,
// evaluasi) and is killed with SIGKILL inside the transaction of the realisasi batch, after it
// has written rows (the driver trap blocks it there, so the moment is exact, not timed). The
// store must hold exactly the two committed batches; a rerun must complete the import with no
// duplicates, after which every batch is recognised as imported.
const JUMLAH_PEGAWAI = 3000;
const SEED = 4;
const TRAP = 'agency/realisasi';
const TIMEOUT = 240_000;

let agency: Agency;
beforeAll(() => {
  agency = generateAgency({ jumlahPegawai: JUMLAH_PEGAWAI, seed: SEED });
});

async function killMidBatchThenRerun(target: StoreTarget): Promise<void> {
  const args = [...targetArgs(target), String(JUMLAH_PEGAWAI), String(SEED)];
  const full = expectedCounts(agency);
  const batches = agencyImportBatches(agency);

  // 1. Killed inside the realisasi batch's transaction.
  const first = spawnWorker('import-worker.ts', [...args, TRAP]);
  await first.waitFor((l) => l === `inside ${TRAP}`);
  first.child.kill('SIGKILL');
  const ended = await first.exited;
  expect(ended.signal).toBe('SIGKILL');
  expect(first.lines.filter((l) => l.startsWith('done ')).map((l) => l.split(' ')[1])).toEqual([
    'agency/master',
    'agency/skp',
  ]);

  // Exactly the two committed batches, nothing of the killed one.
  let store = await openStore(target);
  try {
    expect(await countAgency(store, agency)).toEqual({ ...full, realisasi: 0, evaluasi: 0 });
  } finally {
    await store.close();
  }

  // 2. The rerun skips the committed batches by key and completes the rest.
  const second = spawnWorker('import-worker.ts', args);
  const { code, stderr } = await second.exited;
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const reports = second.lines.filter((l) => l.startsWith('done ')).map((l) => JSON.parse(l.split(' ')[2]!));
  expect(reports.map((r) => [r.key, r.alreadyImported])).toEqual([
    ['agency/master', true],
    ['agency/skp', true],
    ['agency/realisasi', false],
    ['agency/evaluasi', false],
  ]);
  expect(reports[2].counts.realisasi).toBe(full.realisasi);
  expect(reports[3].counts.evaluasi).toBe(full.evaluasi);

  // 3. Once complete, every batch is recognised and nothing is written; the counts are exact and
  // a sample of records reads back exactly.
  store = await openStore(target);
  try {
    for (const batch of batches) {
      const again = await store.importBatch(batch);
      expect(again.ok && again.value.alreadyImported).toBe(true);
    }
    expect(await countAgency(store, agency)).toEqual(full);
    const i = agency.instansi.id;
    const byId = (a: { realisasi: { id: string } }, b: { realisasi: { id: string } }) =>
      a.realisasi.id < b.realisasi.id ? -1 : 1;
    for (const s of (batches[1]!.skp ?? []).filter((_, k) => k % 500 === 0)) {
      expect(await store.getSkp(i, s.skp.id)).toEqual({ ...s, version: 1 });
      const realisasi = (batches[2]!.realisasi ?? [])
        .filter((r) => r.realisasi.skpId === s.skp.id)
        .map((r) => ({ ...r, version: 1 }));
      expect([...(await store.listRealisasi(i, s.skp.id))].sort(byId)).toEqual(realisasi.sort(byId));
    }
  } finally {
    await store.close();
  }
}

describe('atomicity of importBatch across a killed process: SQLite', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kinerja-atomicity-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'a process killed inside a batch leaves no partial batch; a rerun completes it with no duplicates',
    async () => {
      const filename = join(dir, 'kinerja.sqlite');
      await killMidBatchThenRerun({ backend: 'sqlite', filename });
      const db = new Database(filename, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    },
    TIMEOUT,
  );
});

const pgUrl = postgresUrlForTests('atomicity (PostgreSQL)');
describe.skipIf(pgUrl === undefined)('atomicity of importBatch across a killed process: PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(pgUrl!);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it(
    'a process killed inside a batch leaves no partial batch; a rerun completes it with no duplicates',
    async () => {
      await killMidBatchThenRerun({ backend: 'postgres', url: database.url });
    },
    TIMEOUT,
  );
});
