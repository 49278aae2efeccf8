import { generateAgency } from '@kinerja/core/testing';
import { createSqliteStore } from '@kinerja/storage/sqlite';
import { describe, expect, it } from 'vitest';
import { evaluateAgency, renderReport } from './report';
import { agencyBatches, loadAgency, storeAgency } from './store-agency';

describe('storeAgency and loadAgency', () => {
  it.each([undefined, 7])(
    'scoring the agency read back from SQLite gives the same report (seed %s)',
    async (seed) => {
      const agency = generateAgency(seed === undefined ? {} : { seed });
      const store = await createSqliteStore({ filename: ':memory:' });
      try {
        const reports = await storeAgency(store, agency);
        expect(reports.map((r) => r.alreadyImported)).toEqual([false, false, false, false]);
        expect(reports.reduce((n, r) => n + (r.counts.realisasi ?? 0), 0)).toBe(agency.realisasi.length);
        const stored = await loadAgency(store, agency.instansi.id, agency.tahun);
        expect(stored.skp).toHaveLength(agency.skp.length);
        expect(stored.realisasi).toHaveLength(agency.realisasi.length);
        expect(stored.evaluasiPeriodik).toHaveLength(agency.evaluasiPeriodik.length);
        // The store lists units by id (kecamatan first, then its kelurahan): in that order, the
        // generated agency renders exactly the same report as the one read back.
        expect(stored.unitKerja.map((u) => u.id).sort()).toEqual(agency.unitKerja.map((u) => u.id).sort());
        const sameOrder = { ...agency, unitKerja: stored.unitKerja };
        expect(evaluateAgency(stored)).toEqual(evaluateAgency(sameOrder));
        expect(renderReport(stored)).toBe(renderReport(sameOrder));
        expect(renderReport(stored, { locale: 'en' })).toBe(renderReport(sameOrder, { locale: 'en' }));
        // A second run recognises every batch and writes nothing.
        for (const batch of agencyBatches(agency)) {
          const again = await store.importBatch(batch);
          expect(again.ok && again.value.alreadyImported).toBe(true);
        }
      } finally {
        await store.close();
      }
    },
  );
});
