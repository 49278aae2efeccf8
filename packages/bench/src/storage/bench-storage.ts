import { PERMENPANRB_6_2022, type RulePack62022 } from '@kinerja/core';
import type { BenchImpl } from '../bench-impl';
import {
  addExpectedOutcomes,
  benchScoreFromStore,
  type ScoreFromStoreResult,
} from './bench-score-from-store';
import { type ImportMeasure, importWorkload } from './bench-storage-import';
import { type BenchBackend, openBenchStore } from './open-bench-store';

/** The storage measurement of one backend: the import, then scoring the year back from the store. */
export type StorageBackendResult =
  | {
      readonly backend: BenchBackend;
      readonly label: string;
      readonly import: ImportMeasure;
      readonly score: ScoreFromStoreResult;
    }
  | { readonly backend: BenchBackend; readonly skipped: string };

/** The storage section of the bench results. */
export interface StorageResults {
  readonly size: number;
  /** Pegawai per import round (whole kecamatan). */
  readonly chunkPegawai: number;
  readonly unitsPerRead: number;
  readonly backends: readonly StorageBackendResult[];
}

/** Options of {@link benchStorage}. */
export interface BenchStorageOptions {
  readonly backends: readonly BenchBackend[];
  /** Pegawai in the workload. */
  readonly size: number;
  readonly seed?: number;
  /** The implementation that scores from storage (a parameter, so a batch path can be plugged in). */
  // biome-ignore lint/suspicious/noExplicitAny: any prepared form.
  readonly impl: BenchImpl<any>;
  /** Default PERMENPANRB 6/2022. */
  readonly pack?: RulePack62022;
  /** Pegawai per import round (default 10 000). */
  readonly chunkPegawai?: number;
  /** The most records per batch within a round (default 0: one batch per kind and round). */
  readonly maxRecords?: number;
  /** Units per bulk read when scoring (default 500). */
  readonly unitsPerRead?: number;
  /** Compare the outcomes from storage with the in-memory workload's (default true). */
  readonly verify?: boolean;
  /** Progress lines (default `console.log`). */
  readonly log?: (line: string) => void;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * The storage measurement: for each backend a fresh store (SQLite file; PostgreSQL schema on
 * `DATABASE_URL`, skipped with a note without it), the bench workload imported round by round
 * (see `importWorkload`), then the year read back through the port's bulk reads and scored
 * (see `benchScoreFromStore`), and the store removed.
 *
 * @param options - backends, size, scoring implementation, sizes of rounds, batches and reads.
 * @returns the results per backend.
 * @throws Error when a batch fails.
 * @example
 * ```ts
 * const r = await benchStorage({ backends: ['sqlite', 'postgres'], size: 100_000, impl: kinerjaKernelImpl });
 * ```
 */
export async function benchStorage(options: BenchStorageOptions): Promise<StorageResults> {
  const log = options.log ?? ((line: string) => console.log(line));
  const pack = options.pack ?? PERMENPANRB_6_2022;
  const chunkPegawai = options.chunkPegawai ?? 10_000;
  const unitsPerRead = options.unitsPerRead ?? 500;
  const results: StorageBackendResult[] = [];
  for (const backend of options.backends) {
    const opened = await openBenchStore(backend);
    if (!('store' in opened)) {
      log(`storage ${backend}: skipped — ${opened.skipped}`);
      results.push(opened);
      continue;
    }
    try {
      // The same implementation's outcome of every pegawai on the in-memory workload, scored
      // round by round between the timed imports.
      const expected = new Map<string, number>();
      const verify = options.verify ?? true;
      const imported = await importWorkload(opened.store, {
        size: options.size,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        chunkPegawai,
        maxRecords: options.maxRecords ?? 0,
        onChunk: async (chunk) => {
          if (verify) await addExpectedOutcomes(expected, options.impl, chunk.items, pack);
        },
      });
      const { instansiId, tahun, ...measure } = imported;
      log(
        `storage ${backend}: imported ${fmt(measure.rows)} rows (${fmt(measure.tableRows)} table rows) in ` +
          `${fmt(Math.round(measure.ms))} ms (process CPU ${fmt(measure.cpuMs)} ms), ${fmt(measure.rowsPerSecond)} rows/s, ` +
          `${fmt(measure.pegawaiPerSecond)} pegawai/s`,
      );
      const score = await benchScoreFromStore({
        store: opened.store,
        instansiId,
        tahun,
        impl: options.impl,
        pack,
        unitsPerRead,
        ...(verify ? { expected } : {}),
      });
      log(
        `storage ${backend}: read ${fmt(score.rows)} rows in ${fmt(Math.round(score.readMs))} ms (CPU ${fmt(score.readCpuMs)} ms, ${fmt(score.rowsPerSecond)} rows/s), ` +
          `scored ${fmt(score.pegawai)} pegawai in ${fmt(Math.round(score.scoreMs))} ms (${fmt(score.pegawaiScoredPerSecond)}/s, ${score.impl}); ` +
          `mismatches ${score.mismatches ?? '—'}`,
      );
      results.push({ backend, label: opened.label, import: measure, score });
    } finally {
      await opened.dispose();
    }
  }
  return { size: options.size, chunkPegawai, unitsPerRead, backends: results };
}

/**
 * The storage section of the results page (Markdown lines).
 *
 * @param st - the storage results, or `null` when the measurement did not run.
 * @returns the lines (none for `null`).
 * @example
 * ```ts
 * renderResults(results, storageLines(results.storage));
 * ```
 */
export function storageLines(st: StorageResults | null): string[] {
  if (st === null) return [];
  const lines = [
    '### Storage',
    '',
    `${fmt(st.size)} pegawai imported in rounds of ≥ ${fmt(st.chunkPegawai)} pegawai (whole kecamatan; per round one ` +
      'master, SKP, realisasi and evaluasi batch, each one transaction), then read back through the port ' +
      `(${fmt(st.unitsPerRead)} units per bulk read: SKP, realisasi, evaluasi, capaian organisasi) and scored. ` +
      '"rows" counts records (an SKP with its 5 RHK and 10 IKI is one); "table rows" counts every row written. ' +
      'Process CPU is this process only (SQLite runs in it; a PostgreSQL server does not), a steadier figure than wall time on a shared machine.',
    '',
    '| Backend | pegawai | batches | rows | table rows | import ms | process CPU ms | rows/s | table rows/s | pegawai/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const b of st.backends) {
    if ('skipped' in b) {
      lines.push(`| ${b.backend} | skipped: ${b.skipped} | | | | | | | | |`);
      continue;
    }
    const m = b.import;
    lines.push(
      `| ${b.label} | ${fmt(m.pegawai)} | ${fmt(m.batches)} | ${fmt(m.rows)} | ${fmt(m.tableRows)} | ${fmt(Math.round(m.ms))} | ${fmt(m.cpuMs)} | ` +
        `${fmt(m.rowsPerSecond)} | ${fmt(m.tableRowsPerSecond)} | ${fmt(m.pegawaiPerSecond)} |`,
    );
  }
  lines.push('');
  lines.push(
    '| Backend | scored by | reads | rows read | read ms | read process CPU ms | rows read/s | assemble ms | score ms | pegawai scored/s | end to end pegawai/s | mismatches |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const b of st.backends) {
    if ('skipped' in b) continue;
    const s = b.score;
    lines.push(
      `| ${b.label} | ${s.impl} | ${fmt(s.reads)} | ${fmt(s.rows)} | ${fmt(Math.round(s.readMs))} | ${fmt(s.readCpuMs)} | ${fmt(s.rowsPerSecond)} | ` +
        `${fmt(Math.round(s.assembleMs))} | ${fmt(Math.round(s.scoreMs))} | ${fmt(s.pegawaiScoredPerSecond)} | ` +
        `${fmt(s.pegawaiPerSecond)} | ${s.mismatches ?? '—'} |`,
    );
  }
  lines.push('');
  return lines;
}
