import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result, SkpRecord } from '@kinerja/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractData, INSTANSI_A } from '../testing/contract-data';
import { seedAll } from '../testing/contract-helpers';
import {
  createTestDatabase,
  postgresUrlForTests,
  type TestDatabase,
} from '../testing/postgres-test-database';
import { openStore, type StoreTarget, targetArgs } from './open-store';
import { spawnWorker } from './spawn-worker';

// Two writers, each with its own connection to the same database, save the same SKP with the
// version they both read: exactly one wins and the other gets `version_conflict`, never a lost
// update. With processes (each its own store) on SQLite and PostgreSQL, and on PostgreSQL also
// with two pools in this process, many rounds in a row.
const TIMEOUT = 60_000;
const d = contractData(INSTANSI_A);
const SKP_ID = d.skpLurah.skp.id;

type SaveResult = Result<SkpRecord>;

function expectOneWinner(results: readonly SaveResult[], expectedVersion: number): SkpRecord {
  const winners = results.filter((r) => r.ok);
  const losers = results.filter((r) => !r.ok);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(results.length - 1);
  for (const l of losers) {
    expect(l.ok ? [] : l.issues).toMatchObject([
      {
        code: 'version_conflict',
        params: { entity: 'skp', expected: expectedVersion, actual: expectedVersion + 1 },
      },
    ]);
  }
  const w = winners[0]!;
  if (!w.ok) throw new Error('unreachable');
  expect(w.value.version).toBe(expectedVersion + 1);
  return w.value;
}

async function twoProcesses(target: StoreTarget): Promise<void> {
  const seeding = await openStore(target);
  try {
    await seedAll(seeding, d);
  } finally {
    await seeding.close();
  }
  const workers = ['penilai A', 'penilai B'].map((catatan) =>
    spawnWorker('save-skp-worker.ts', [...targetArgs(target), INSTANSI_A.id, SKP_ID, catatan]),
  );
  await Promise.all(workers.map((w) => w.waitFor((l) => l === 'ready')));
  for (const w of workers) w.child.stdin!.end('go\n');
  const results = await Promise.all(
    workers.map(async (w) => {
      const line = await w.waitFor((l) => l.startsWith('result '));
      const { code, stderr } = await w.exited;
      expect([code, stderr]).toEqual([0, '']);
      return JSON.parse(line.slice('result '.length)) as SaveResult;
    }),
  );
  const winner = expectOneWinner(results, 1);
  const store = await openStore(target);
  try {
    expect(await store.getSkp(INSTANSI_A.id, SKP_ID)).toEqual(winner);
  } finally {
    await store.close();
  }
}

describe('concurrent writers: SQLite file, two processes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kinerja-concurrency-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'two processes save the same SKP version: exactly one wins',
    async () => {
      await twoProcesses({ backend: 'sqlite', filename: join(dir, 'kinerja.sqlite') });
    },
    TIMEOUT,
  );
});

const pgUrl = postgresUrlForTests('concurrent writers (PostgreSQL)');
describe.skipIf(pgUrl === undefined)('concurrent writers: PostgreSQL', () => {
  const databases: TestDatabase[] = [];
  const database = async () => {
    const db = await createTestDatabase(pgUrl!);
    databases.push(db);
    return db;
  };
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it(
    'two processes save the same SKP version: exactly one wins',
    async () => {
      await twoProcesses({ backend: 'postgres', url: (await database()).url });
    },
    TIMEOUT,
  );

  it(
    'two pools in one process, twenty rounds: each round exactly one wins, versions advance by one',
    async () => {
      const target: StoreTarget = { backend: 'postgres', url: (await database()).url };
      const a = await openStore(target);
      const b = await openStore(target);
      try {
        await seedAll(a, d);
        let current = (await a.getSkp(INSTANSI_A.id, SKP_ID))!;
        for (let round = 1; round <= 20; round++) {
          const seen = current;
          const write = (store: typeof a, catatan: string) =>
            store.transaction(async (tx) => {
              // Read inside the transaction too, as a service would, then write with the version seen before.
              await tx.getSkp(INSTANSI_A.id, SKP_ID);
              return tx.saveSkp({ ...seen, catatan }, seen.version);
            });
          const results = await Promise.all([write(a, `A${round}`), write(b, `B${round}`)]);
          current = expectOneWinner(results, seen.version);
          expect(await b.getSkp(INSTANSI_A.id, SKP_ID)).toEqual(current);
        }
        expect(current.version).toBe(21);
      } finally {
        await a.close();
        await b.close();
      }
    },
    TIMEOUT,
  );
});
