import {
  type CapaianKinerjaOrganisasi,
  type EvaluasiPeriodik,
  type KurvaUnitSource,
  kurvaUnitOf,
  type PredikatOrganisasi,
  type Realisasi,
  type Skp,
  type UnitKerja,
} from '@kinerja/core';
import {
  type Agency,
  type AgencyPart,
  agencyOfParts,
  createRandom,
  deriveSeed,
  generateAgencyParts,
} from '@kinerja/core/testing';
import { reshapeSkp } from './reshape-skp';
import { reshapeSkpEdge } from './reshape-skp-edge';

/** The work of one pegawai for the year: the input of one annual evaluation. */
export interface WorkItem {
  readonly skp: Skp;
  readonly realisasi: readonly Realisasi[];
  readonly evaluasiPeriodik: readonly EvaluasiPeriodik[];
  /** The unit's predikat organisasi, for a unit leader's SKP only. */
  readonly predikatOrganisasi?: PredikatOrganisasi;
  /** The unit whose kurva this pegawai counts in, or `null`. */
  readonly kurvaUnitId: string | null;
}

/** Options of {@link workloadParts} and {@link buildWorkload}. */
export interface WorkloadOptions {
  /** The number of pegawai. */
  readonly size: number;
  /** The seed of the generator (default 62022). */
  readonly seed?: number;
  /**
   * Put every KUANTITATIF SKP's capaian on a rounding edge (see `reshapeSkpEdge`), so that a
   * floating-point implementation has something to get wrong. Default false.
   */
  readonly edge?: boolean;
}

/** Options of {@link workloadParts}. */
export interface WorkloadPartsOptions extends WorkloadOptions {
  /**
   * Collect generated kecamatan until a chunk has at least this many pegawai (a kecamatan is never
   * split). Default 0: one chunk per kecamatan.
   */
  readonly chunkSize?: number;
  /** Keep the generated (reshaped) records of each chunk in `parts`, for storage. Default false. */
  readonly keepParts?: boolean;
}

/** One chunk of a streamed workload: whole kecamatan with their units and predikat organisasi. */
export interface WorkChunk {
  readonly tahun: number;
  readonly unitKerja: readonly UnitKerja[];
  readonly capaianKinerjaOrganisasi: readonly CapaianKinerjaOrganisasi[];
  readonly items: readonly WorkItem[];
  /** Realisasi rows in the items. */
  readonly realisasiCount: number;
  /** The generated kecamatan with their SKP and realisasi reshaped (only with `keepParts`). */
  readonly parts: readonly AgencyPart[];
}

/** A deterministic benchmark workload, whole (small sizes and tests). */
export interface Workload {
  readonly size: number;
  readonly seed: number;
  readonly tahun: number;
  readonly unitKerja: readonly UnitKerja[];
  readonly capaianKinerjaOrganisasi: readonly CapaianKinerjaOrganisasi[];
  readonly items: readonly WorkItem[];
  /** Realisasi rows in all items. */
  readonly realisasiCount: number;
}

/** The default seed of the workload. */
export const DEFAULT_WORKLOAD_SEED = 62022;

interface MutableChunk {
  tahun: number;
  unitKerja: UnitKerja[];
  capaianKinerjaOrganisasi: CapaianKinerjaOrganisasi[];
  items: WorkItem[];
  realisasiCount: number;
  parts: AgencyPart[];
}

const emptyChunk = (): MutableChunk => ({
  tahun: 0,
  unitKerja: [],
  capaianKinerjaOrganisasi: [],
  items: [],
  realisasiCount: 0,
  parts: [],
});

/**
 * Streams a deterministic workload of `size` pegawai, kecamatan by kecamatan: the unit tree,
 * pegawai, SKP links, periodic ratings and predikat organisasi come from `generateAgencyParts` (a
 * realistic tree and span of control, a mix of KUALITATIF and KUANTITATIF SKPs, unit leaders); each
 * SKP is reshaped to 5 RHK × 2 IKI with quarterly realisasi (or onto rounding edges with `edge`).
 * Only one chunk is alive at a time, so memory stays flat at any size; the chunks concatenated are
 * {@link buildWorkload}'s items.
 *
 * @param options - size, seed, edge, chunk size, whether to keep the generated records.
 * @returns a generator of chunks.
 */
export function* workloadParts(options: WorkloadPartsOptions): Generator<WorkChunk, void, undefined> {
  const seed = options.seed ?? DEFAULT_WORKLOAD_SEED;
  const rng = createRandom(deriveSeed(seed, 'bench'));
  const reshape = options.edge ? reshapeSkpEdge : reshapeSkp;
  const chunkSize = options.chunkSize ?? 0;
  let chunk = emptyChunk();
  for (const part of generateAgencyParts({ seed, jumlahPegawai: options.size })) {
    // The kurva unit of each unit of the kecamatan (a kecamatan's tree is closed: its root has no
    // parent), by the core's lookup over this part alone (its index is built once per source); the
    // predikat organisasi of a unit leader's own unit.
    const source: KurvaUnitSource = {
      tahun: part.skp[0]?.tahun ?? 0,
      unitKerja: part.unitKerja,
      capaianKinerjaOrganisasi: part.capaianKinerjaOrganisasi,
    };
    const po = new Map<string, PredikatOrganisasi>();
    for (const c of part.capaianKinerjaOrganisasi) po.set(c.unitKerjaId, c.predikat);
    const evaluasi = new Map<string, EvaluasiPeriodik[]>();
    for (const e of part.evaluasiPeriodik) {
      const l = evaluasi.get(e.skpId);
      if (l === undefined) evaluasi.set(e.skpId, [e]);
      else l.push(e);
    }
    const skps: Skp[] = [];
    const realisasiRows: Realisasi[] = [];
    for (const generated of part.skp) {
      chunk.tahun = generated.tahun;
      const { skp, realisasi } = reshape(generated, rng);
      chunk.realisasiCount += realisasi.length;
      chunk.items.push({
        skp,
        realisasi,
        evaluasiPeriodik: evaluasi.get(skp.id) ?? [],
        kurvaUnitId: kurvaUnitOf(source, skp.unitKerjaId)?.id ?? null,
        ...(skp.pimpinanUnit && po.has(skp.unitKerjaId)
          ? { predikatOrganisasi: po.get(skp.unitKerjaId)! }
          : {}),
      });
      if (options.keepParts) {
        skps.push(skp);
        for (const r of realisasi) realisasiRows.push(r);
      }
    }
    for (const u of part.unitKerja) chunk.unitKerja.push(u);
    for (const c of part.capaianKinerjaOrganisasi) chunk.capaianKinerjaOrganisasi.push(c);
    if (options.keepParts) chunk.parts.push({ ...part, skp: skps, realisasi: realisasiRows });
    if (chunk.items.length >= chunkSize) {
      yield chunk;
      chunk = emptyChunk();
    }
  }
  if (chunk.items.length > 0 || chunk.unitKerja.length > 0) yield chunk;
}

/**
 * Builds a whole deterministic workload of `size` pegawai (see {@link workloadParts}); for small
 * sizes, tests and storage — the national driver streams instead.
 *
 * @param options - size, seed, edge; `keepAgency` keeps the reshaped agency for storage.
 * @returns the workload, and the reshaped agency when `keepAgency`.
 */
export function buildWorkload(options: WorkloadOptions & { readonly keepAgency?: boolean }): {
  workload: Workload;
  agency: Agency | null;
} {
  const seed = options.seed ?? DEFAULT_WORKLOAD_SEED;
  const unitKerja: UnitKerja[] = [];
  const capaian: CapaianKinerjaOrganisasi[] = [];
  const items: WorkItem[] = [];
  const parts: AgencyPart[] = [];
  let tahun = 0;
  let realisasiCount = 0;
  for (const chunk of workloadParts({ ...options, seed, keepParts: options.keepAgency ?? false })) {
    if (chunk.tahun !== 0) tahun = chunk.tahun;
    realisasiCount += chunk.realisasiCount;
    for (const u of chunk.unitKerja) unitKerja.push(u);
    for (const c of chunk.capaianKinerjaOrganisasi) capaian.push(c);
    for (const i of chunk.items) items.push(i);
    for (const p of chunk.parts) parts.push(p);
  }
  return {
    workload: {
      size: options.size,
      seed,
      tahun,
      unitKerja,
      capaianKinerjaOrganisasi: capaian,
      items,
      realisasiCount,
    },
    agency: options.keepAgency
      ? agencyOfParts(parts, {
          instansi: { id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' },
          tahun,
          jenisPeriodik: 'TRIWULANAN',
        })
      : null,
  };
}
