import {
  type CapaianOrganisasiRecord,
  type EvaluasiRecord,
  evaluasiPeriodikTahunan,
  type KinerjaReader,
  type PredikatOrganisasi,
  type RealisasiRecord,
  type RulePack62022,
  type SkpRecord,
} from '@kinerja/core';
import type { BenchImpl } from '../bench-impl';
import { NOT_SCORED, newOutcomeColumns, type OutcomeColumns } from '../outcome-columns';
import type { WorkItem } from '../workload';
import { realisasiTableRows, skpTableRows } from './table-rows';

/** What scoring a year from storage measured. */
export interface ScoreFromStoreResult {
  /** The implementation that scored (e.g. `kinerja-kernel`). */
  readonly impl: string;
  readonly pegawai: number;
  /** Reads through the port (`listUnitKerja` once, then per chunk of units). */
  readonly reads: number;
  /** Records read: SKP (with RHK and IKI), realisasi, evaluasi, capaian organisasi. */
  readonly rows: number;
  /** Table rows behind them: records plus each SKP's RHK and indikator rows and bukti dukung. */
  readonly tableRows: number;
  /** Time in the store's reads. */
  readonly readMs: number;
  /** Time turning records into the scoring input (grouping by SKP, periodic ratings, predikat organisasi). */
  readonly assembleMs: number;
  /** Time in the implementation (prepare + score). */
  readonly scoreMs: number;
  /** Process CPU time (user + system) in the reads (for PostgreSQL the server's is not in it). */
  readonly readCpuMs: number;
  /** Process CPU time in the implementation. */
  readonly scoreCpuMs: number;
  readonly ms: number;
  readonly rowsPerSecond: number;
  readonly tableRowsPerSecond: number;
  /** Pegawai scored per second of scoring alone. */
  readonly pegawaiScoredPerSecond: number;
  /** Pegawai per second of the whole read-assemble-score loop. */
  readonly pegawaiPerSecond: number;
  /** Pegawai the implementation could not score. */
  readonly notScored: number;
  /**
   * Pegawai whose outcome from storage differs from the same implementation's outcome on the
   * in-memory workload (`null` when nothing was expected).
   */
  readonly mismatches: number | null;
}

/** Options of {@link benchScoreFromStore}. */
export interface BenchScoreFromStoreOptions<P> {
  readonly store: KinerjaReader;
  readonly instansiId: string;
  readonly tahun: number;
  /** The scoring function: any bench implementation (the decimal kernel, the public API, a batch path). */
  readonly impl: BenchImpl<P>;
  readonly pack: RulePack62022;
  /** Units per read (each read lists the units' SKPs, realisasi, evaluasi, capaian). Default 500. */
  readonly unitsPerRead?: number;
  /**
   * The expected outcome of every SKP by id ({@link outcomeCode} of the same implementation on the
   * in-memory workload the store was loaded from): every outcome from storage is compared with it.
   */
  readonly expected?: ReadonlyMap<string, number>;
}

/**
 * One pegawai's outcome as one number (the three codes of {@link OutcomeColumns}), to compare
 * outcomes of two runs.
 *
 * @param out - the columns.
 * @param i - the pegawai's position.
 * @returns `hasil * 65536 + perilaku * 256 + predikat`.
 * @example
 * ```ts
 * outcomeCode(out, 0) === outcomeCode(reference, 7);
 * ```
 */
export function outcomeCode(out: OutcomeColumns, i: number): number {
  return out.ratingHasilKerja[i]! * 65536 + out.ratingPerilakuKerja[i]! * 256 + out.predikat[i]!;
}

/**
 * Scores items with an implementation and records each SKP's {@link outcomeCode}: the expected
 * outcomes {@link benchScoreFromStore} compares the store's with.
 *
 * @param expected - the map to add to, by SKP id.
 * @param impl - the implementation.
 * @param items - the items (e.g. one chunk of the workload).
 * @param pack - the rule pack.
 * @returns when the items are scored and recorded.
 * @example
 * ```ts
 * const expected = new Map<string, number>();
 * await importWorkload(store, { size, onChunk: (chunk) => addExpectedOutcomes(expected, impl, chunk.items, pack) });
 * ```
 */
export async function addExpectedOutcomes<P>(
  expected: Map<string, number>,
  impl: BenchImpl<P>,
  items: readonly WorkItem[],
  pack: RulePack62022,
): Promise<void> {
  const out = newOutcomeColumns(items.length);
  await impl.score(impl.prepare(items), out, pack);
  for (let i = 0; i < items.length; i++) expected.set(items[i]!.skp.id, outcomeCode(out, i));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The scoring input of each SKP of a chunk, from what the bulk reads returned (realisasi and
 * evaluasi come ordered by SKP id, so they are cut into runs, not hashed).
 */
function assemble(
  skp: readonly SkpRecord[],
  realisasi: readonly RealisasiRecord[],
  evaluasi: readonly EvaluasiRecord[],
  capaian: readonly CapaianOrganisasiRecord[],
): WorkItem[] {
  const po = new Map<string, PredikatOrganisasi>();
  for (const c of capaian) po.set(c.capaian.unitKerjaId, c.capaian.predikat);
  const sorted = [...skp].sort((a, b) => cmp(a.skp.id, b.skp.id));
  const items: WorkItem[] = [];
  let r = 0;
  let e = 0;
  for (const s of sorted) {
    const id = s.skp.id;
    while (r < realisasi.length && cmp(realisasi[r]!.realisasi.skpId, id) < 0) r++;
    const r0 = r;
    while (r < realisasi.length && realisasi[r]!.realisasi.skpId === id) r++;
    while (e < evaluasi.length && cmp(evaluasi[e]!.skpId, id) < 0) e++;
    const e0 = e;
    while (e < evaluasi.length && evaluasi[e]!.skpId === id) e++;
    const predikatOrganisasi = s.skp.pimpinanUnit ? po.get(s.skp.unitKerjaId) : undefined;
    items.push({
      skp: s.skp,
      realisasi: realisasi.slice(r0, r).map((x) => x.realisasi),
      evaluasiPeriodik: evaluasiPeriodikTahunan(evaluasi.slice(e0, e)),
      kurvaUnitId: null,
      ...(predikatOrganisasi === undefined ? {} : { predikatOrganisasi }),
    });
  }
  return items;
}

/**
 * Reads an instansi's year back through the store's port and scores every SKP, unit chunk by unit
 * chunk: `listUnitKerja` once, then per chunk of units `listSkpUnit`, `listRealisasiUnit`,
 * `listEvaluasiUnit` and `listCapaianOrganisasiUnit` (four reads per chunk instead of two per
 * SKP), the records turned into the annual evaluation's input (final periodic ratings by window,
 * the unit's predikat organisasi for a unit leader), then `impl.prepare` + `impl.score`. Reading,
 * assembling and scoring are timed apart, one after the other (no overlap).
 *
 * @param options - the store, instansi, year, implementation, rule pack, chunk size, expected outcomes.
 * @returns the counts, the timings and, with expected outcomes, the mismatches.
 * @example
 * ```ts
 * const r = await benchScoreFromStore({ store, instansiId: 'pemko-pekanbaru', tahun: 2026, impl: kinerjaKernelImpl, pack: PERMENPANRB_6_2022 });
 * ```
 */
export async function benchScoreFromStore<P>(
  options: BenchScoreFromStoreOptions<P>,
): Promise<ScoreFromStoreResult> {
  const { store, instansiId, tahun, impl, pack } = options;
  const per = Math.max(1, options.unitsPerRead ?? 500);
  let readMs = 0;
  let assembleMs = 0;
  let scoreMs = 0;
  let readCpuMs = 0;
  let scoreCpuMs = 0;
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let reads = 0;
  let rows = 0;
  let tableRows = 0;
  let pegawai = 0;
  let notScored = 0;
  let mismatches = 0;
  let seen = 0;
  const t0 = performance.now();
  const c0 = cpu();
  const units = (await store.listUnitKerja(instansiId)).map((u) => u.id).sort(cmp);
  reads++;
  readMs += performance.now() - t0;
  readCpuMs += cpu() - c0;
  for (let k = 0; k < units.length; k += per) {
    const ids = units.slice(k, k + per);
    const r0 = performance.now();
    const k0 = cpu();
    const [skp, realisasi, evaluasi, capaian] = await Promise.all([
      store.listSkpUnit(instansiId, ids, tahun),
      store.listRealisasiUnit(instansiId, ids, tahun),
      store.listEvaluasiUnit(instansiId, ids, tahun),
      store.listCapaianOrganisasiUnit(instansiId, ids, tahun),
    ]);
    const r1 = performance.now();
    readCpuMs += cpu() - k0;
    reads += 4;
    rows += skp.length + realisasi.length + evaluasi.length + capaian.length;
    for (const s of skp) tableRows += skpTableRows(s.skp);
    for (const r of realisasi) tableRows += realisasiTableRows(r.realisasi);
    tableRows += evaluasi.length + capaian.length;
    const items = assemble(skp, realisasi, evaluasi, capaian);
    const r2 = performance.now();
    const k2 = cpu();
    const out = newOutcomeColumns(items.length);
    await impl.score(impl.prepare(items), out, pack);
    const r3 = performance.now();
    scoreCpuMs += cpu() - k2;
    readMs += r1 - r0;
    assembleMs += r2 - r1;
    scoreMs += r3 - r2;
    pegawai += items.length;
    for (let i = 0; i < items.length; i++) {
      if (out.predikat[i] === NOT_SCORED) notScored++;
      if (options.expected === undefined) continue;
      const want = options.expected.get(items[i]!.skp.id);
      if (want !== undefined) seen++;
      if (want !== outcomeCode(out, i)) mismatches++;
    }
  }
  const ms = performance.now() - t0;
  // SKPs expected but never read from the store count as mismatches too.
  if (options.expected !== undefined) mismatches += options.expected.size - seen;
  const perSecond = (n: number, t: number) => Math.round((n / t) * 1000);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    impl: impl.name,
    pegawai,
    reads,
    rows,
    tableRows,
    readMs: r1(readMs),
    assembleMs: r1(assembleMs),
    scoreMs: r1(scoreMs),
    readCpuMs: Math.round(readCpuMs),
    scoreCpuMs: Math.round(scoreCpuMs),
    ms: r1(ms),
    rowsPerSecond: perSecond(rows, readMs),
    tableRowsPerSecond: perSecond(tableRows, readMs),
    pegawaiScoredPerSecond: perSecond(pegawai, scoreMs),
    pegawaiPerSecond: perSecond(pegawai, ms),
    notScored,
    mismatches: options.expected === undefined ? null : mismatches,
  };
}
