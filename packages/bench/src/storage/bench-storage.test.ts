import { PERMENPANRB_6_2022 } from '@kinerja/core';
import { createMemoryStore } from '@kinerja/storage/memory';
import { describe, expect, it } from 'vitest';
import { implEntry } from '../implementations';
import { buildWorkload } from '../workload';
import { benchImportBatches } from './bench-import-batches';
import { addExpectedOutcomes, benchScoreFromStore } from './bench-score-from-store';
import { storageLines } from './bench-storage';
import { importWorkload } from './bench-storage-import';

const kernel = implEntry('kinerja-kernel').impl;

describe('benchImportBatches', () => {
  it('splits SKP, realisasi and evaluasi into batches of at most maxRecords, every record once, in order', () => {
    const { agency } = buildWorkload({ size: 120, seed: 5, keepAgency: true });
    const whole = benchImportBatches(agency!, { maxRecords: 0 });
    expect(whole.map((b) => b.key)).toEqual([
      'bench/master',
      'bench/skp',
      'bench/realisasi',
      'bench/evaluasi',
    ]);
    const split = benchImportBatches(agency!, { maxRecords: 50 });
    expect(new Set(split.map((b) => b.key)).size).toBe(split.length);
    for (const b of split) {
      for (const list of [b.skp, b.realisasi, b.evaluasi]) expect(list?.length ?? 0).toBeLessThanOrEqual(50);
    }
    const all = (k: 'skp' | 'realisasi' | 'evaluasi', batches: typeof split) =>
      batches.flatMap((b): readonly unknown[] => b[k] ?? []);
    for (const k of ['skp', 'realisasi', 'evaluasi'] as const) expect(all(k, split)).toEqual(all(k, whole));
    // The predikat organisasi comes once, with the first SKP batch; the master batch is whole.
    expect(split.filter((b) => b.capaianOrganisasi !== undefined).map((b) => b.key)).toEqual([
      'bench/skp/0001',
    ]);
    expect(split[0]).toEqual(whole[0]);
  });
});

describe('import and scoring from storage', () => {
  it('stores the workload round by round and scores every SKP read back as in memory', async () => {
    const size = 300;
    const store = createMemoryStore();
    const expected = new Map<string, number>();
    const imported = await importWorkload(store, {
      size,
      seed: 11,
      chunkPegawai: 100,
      maxRecords: 1000,
      onChunk: (chunk) => addExpectedOutcomes(expected, kernel, chunk.items, PERMENPANRB_6_2022),
    });
    const { workload } = buildWorkload({ size, seed: 11 });
    expect(imported.pegawai).toBe(workload.items.length);
    expect(imported.batches).toBeGreaterThan(4);
    expect(expected.size).toBe(workload.items.length);
    const options = {
      store,
      instansiId: imported.instansiId,
      tahun: imported.tahun,
      impl: kernel,
      pack: PERMENPANRB_6_2022,
      unitsPerRead: 7,
    };
    const r = await benchScoreFromStore({ ...options, expected });
    expect([r.pegawai, r.notScored, r.mismatches]).toEqual([workload.items.length, 0, 0]);
    const realisasi = workload.items.reduce((n, item) => n + item.realisasi.length, 0);
    expect(r.rows).toBeGreaterThan(workload.items.length + realisasi);
    // A wrong expectation, and an SKP that storage never returned, are both counted.
    const wrong = new Map(expected);
    const [first] = wrong.keys();
    wrong.set(first!, -1);
    wrong.set('skp-yang-tidak-ada', 0);
    expect((await benchScoreFromStore({ ...options, expected: wrong })).mismatches).toBe(2);
    expect((await benchScoreFromStore(options)).mismatches).toBeNull();
    const lines = storageLines({
      size,
      chunkPegawai: 100,
      unitsPerRead: 7,
      backends: [
        { backend: 'sqlite', label: 'memory', import: imported, score: r },
        { backend: 'postgres', skipped: 'no DATABASE_URL' },
      ],
    });
    expect(lines[0]).toBe('### Storage');
    expect(lines.some((l) => l.includes('skipped: no DATABASE_URL'))).toBe(true);
  });
});
