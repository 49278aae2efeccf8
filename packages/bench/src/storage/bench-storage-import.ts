import type { ImportBatch, Instansi, KinerjaStore } from '@kinerja/core';
import { type Agency, agencyOfParts } from '@kinerja/core/testing';
import { DEFAULT_WORKLOAD_SEED, type WorkChunk, workloadParts } from '../workload';
import { benchImportBatches } from './bench-import-batches';
import { realisasiTableRows, skpTableRows } from './table-rows';

/** The instansi the bench workload is stored under. */
export const BENCH_INSTANSI: Instansi = { id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' };

/** What one bulk import measured. */
export interface ImportMeasure {
  readonly pegawai: number;
  readonly batches: number;
  /** Records written, as the import reports count them (an SKP with its RHK and IKI is one). */
  readonly rows: number;
  /** Table rows written: records plus each SKP's RHK and indikator rows and bukti dukung. */
  readonly tableRows: number;
  /** Time in `importBatch` (and the one `saveInstansi`), not generating the workload. */
  readonly ms: number;
  /** Process CPU time (user + system) during those calls; the server's is not in it. */
  readonly cpuMs: number;
  readonly rowsPerSecond: number;
  readonly tableRowsPerSecond: number;
  readonly pegawaiPerSecond: number;
  /** Milliseconds per kind of batch (`master`, `skp`, `realisasi`, `evaluasi`). */
  readonly phasesMs: Readonly<Record<string, number>>;
}

/** Options of {@link importWorkload}. */
export interface ImportWorkloadOptions {
  /** Pegawai in the workload. */
  readonly size: number;
  /** The workload's seed. Default 62022. */
  readonly seed?: number;
  /**
   * Pegawai per import round: whole kecamatan are collected until a round has at least this many,
   * then imported as one master, SKP, realisasi and evaluasi batch each (split further by
   * `maxRecords`). Default 10 000.
   */
  readonly chunkPegawai?: number;
  /** The most SKP/realisasi/evaluasi records per batch. Default: that of `benchImportBatches`. */
  readonly maxRecords?: number;
  /** Called with every chunk of the workload after it was imported (untimed), e.g. to score it in memory. */
  readonly onChunk?: (chunk: WorkChunk) => void | Promise<void>;
}

/** Table rows a batch writes (records and their child rows). */
function tableRowsOf(batch: ImportBatch): number {
  let n = (batch.unitKerja?.length ?? 0) + (batch.jabatan?.length ?? 0) + (batch.pegawai?.length ?? 0);
  for (const s of batch.skp ?? []) n += skpTableRows(s.skp);
  for (const r of batch.realisasi ?? []) n += realisasiTableRows(r.realisasi);
  n += (batch.evaluasi?.length ?? 0) + (batch.capaianOrganisasi?.length ?? 0);
  return n;
}

/** The kind of a batch, for the phase timings. */
function kindOf(batch: ImportBatch): string {
  if (batch.unitKerja !== undefined || batch.pegawai !== undefined) return 'master';
  if (batch.skp !== undefined) return 'skp';
  if (batch.realisasi !== undefined) return 'realisasi';
  return 'evaluasi';
}

/** The agency of one chunk of the workload (its kecamatan, whole). */
function agencyOf(chunk: WorkChunk): Agency {
  return agencyOfParts(chunk.parts, {
    instansi: BENCH_INSTANSI,
    tahun: chunk.tahun,
    jenisPeriodik: 'TRIWULANAN',
  });
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Imports the bench workload (`workloadParts`: 5 RHK × 2 IKI per SKP, quarterly realisasi,
 * periodic ratings, predikat organisasi) into a store, streaming: the workload is generated a
 * round of whole kecamatan at a time and each round imported as its own batches (master, SKP with
 * capaian organisasi, realisasi, evaluasi — in that order, each all-or-nothing), so memory stays
 * flat as a nightly import from files would. Only the store's calls are timed.
 *
 * @param store - an empty store.
 * @param options - size, seed, round and batch sizes, a callback per chunk.
 * @returns the counts and timings, and the instansi and year stored.
 * @throws Error when a batch fails (the first issues are in the message).
 * @example
 * ```ts
 * const r = await importWorkload(store, { size: 100_000 });
 * console.log(r.rowsPerSecond);
 * ```
 */
export async function importWorkload(
  store: KinerjaStore,
  options: ImportWorkloadOptions,
): Promise<ImportMeasure & { readonly instansiId: string; readonly tahun: number }> {
  const phasesMs: Record<string, number> = {};
  let ms = 0;
  let cpuMs = 0;
  const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      ms += performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpuMs += (c.user + c.system) / 1000;
    }
  };
  const saved = await timed(() => store.transaction((tx) => tx.saveInstansi(BENCH_INSTANSI)));
  if (!saved.ok) throw new Error(`saveInstansi: ${saved.issues.map((i) => i.code).join(', ')}`);
  let rows = 0;
  let tableRows = 0;
  let batches = 0;
  let pegawai = 0;
  let tahun = 0;
  let round = 0;
  for (const chunk of workloadParts({
    size: options.size,
    seed: options.seed ?? DEFAULT_WORKLOAD_SEED,
    chunkSize: options.chunkPegawai ?? 10_000,
    keepParts: true,
  })) {
    round++;
    if (chunk.tahun !== 0) tahun = chunk.tahun;
    const agency = agencyOf(chunk);
    pegawai += agency.pegawai.length;
    const list = benchImportBatches(agency, {
      keyPrefix: `bench/${String(round).padStart(4, '0')}`,
      ...(options.maxRecords === undefined ? {} : { maxRecords: options.maxRecords }),
    });
    for (const batch of list) {
      const t0 = performance.now();
      const r = await timed(() => store.importBatch(batch));
      if (!r.ok) throw new Error(`import of ${batch.key} failed: ${JSON.stringify(r.issues.slice(0, 3))}`);
      const kind = kindOf(batch);
      phasesMs[kind] = (phasesMs[kind] ?? 0) + performance.now() - t0;
      for (const c of Object.values(r.value.counts)) rows += c;
      tableRows += tableRowsOf(batch);
      batches++;
    }
    await options.onChunk?.(chunk);
  }
  for (const k of Object.keys(phasesMs)) phasesMs[k] = round1(phasesMs[k]!);
  return {
    instansiId: BENCH_INSTANSI.id,
    tahun,
    pegawai,
    batches,
    rows,
    tableRows,
    ms: round1(ms),
    cpuMs: Math.round(cpuMs),
    rowsPerSecond: Math.round((rows / ms) * 1000),
    tableRowsPerSecond: Math.round((tableRows / ms) * 1000),
    pegawaiPerSecond: Math.round((pegawai / ms) * 1000),
    phasesMs,
  };
}
