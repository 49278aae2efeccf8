import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createSqlStore } from '../sql/create-sql-store';
import type { KinerjaDatabase } from '../sql/kinerja-database';
import { migrateToLatest } from '../sql/migrate';
import { contractData, INSTANSI_A } from '../testing/contract-data';
import { seedAll } from '../testing/contract-helpers';
import { createSqliteBackend } from './create-sqlite-store';
import { KinerjaSqliteDialect } from './kinerja-sqlite-dialect';

/**
 * SQLite plans without statistics (no ANALYZE), by heuristics that do not depend on the data: a
 * read whose plan walks every row of the instansi would cost O(instansi) per call — at national
 * scale hundreds of milliseconds for each SKP. These tests read the plan of every query the
 * per-SKP and per-unit reads send.
 */
describe('SQLite query plans of the per-SKP and per-unit reads', () => {
  it('start from an index on the SKP (or its units), never from the instansi alone', async () => {
    const database = new Database(':memory:');
    database.pragma('foreign_keys = ON');
    const queries: { sql: string; parameters: readonly unknown[] }[] = [];
    const db = new Kysely<KinerjaDatabase>({
      dialect: new KinerjaSqliteDialect(database),
      log: (event) => {
        if (event.level === 'query')
          queries.push({ sql: event.query.sql, parameters: event.query.parameters });
      },
    });
    await migrateToLatest(db, 'sqlite');
    const store = createSqlStore(db, createSqliteBackend(database), () => db.destroy());
    try {
      const d = contractData(INSTANSI_A);
      await seedAll(store, d);
      const i = d.instansi.id;
      const skpId = d.skpLurah.skp.id;
      queries.length = 0;
      expect(await store.listRealisasi(i, skpId)).toHaveLength(2);
      expect(await store.listEvaluasi(i, skpId)).toHaveLength(2);
      expect(await store.listUmpanBalik(i, skpId)).toHaveLength(2);
      expect(await store.listKeberatan(i, skpId)).toHaveLength(1);
      expect(await store.listPembukaanPeriode(i, skpId)).toHaveLength(1);
      expect(await store.listSkpBawahan(i, 'p-camat', 2026)).toHaveLength(1);
      expect(await store.listSkpUnit(i, ['kel-sago'], 2026)).toHaveLength(2);
      expect(await store.listRealisasiUnit(i, ['kel-sago'], 2026)).toHaveLength(2);
      expect(await store.listEvaluasiUnit(i, ['kel-sago'], 2026)).toHaveLength(2);
      expect(await store.listCapaianOrganisasiUnit(i, ['kel-sago'], 2026)).toHaveLength(1);
      const selects = queries.filter((q) => /^select/i.test(q.sql));
      expect(selects.length).toBeGreaterThanOrEqual(13);
      for (const q of selects) {
        const plan = (
          database.prepare(`explain query plan ${q.sql}`).all(...(q.parameters as unknown[])) as {
            detail: string;
          }[]
        ).map((r) => r.detail);
        for (const step of plan) {
          // A full scan, or a search on the primary key's instansi_id prefix alone.
          expect(step, `${q.sql}\n${plan.join('\n')}`).not.toMatch(/^SCAN \w+$/);
          expect(step, `${q.sql}\n${plan.join('\n')}`).not.toMatch(
            /USING (?:PRIMARY KEY|INDEX \w+) \(instansi_id=\?\)$/,
          );
        }
      }
    } finally {
      await store.close();
    }
  });
});
