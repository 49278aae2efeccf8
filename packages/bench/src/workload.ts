import type {
  Akumulasi,
  CapaianKinerjaOrganisasi,
  EvaluasiPeriodik,
  Polaritas,
  PredikatOrganisasi,
  Realisasi,
  Skp,
  UnitKerja,
} from '@kinerja/core';
import {
  type Agency,
  createRandom,
  deriveSeed,
  generateAgencyParts,
  type Random,
} from '@kinerja/core/testing';

/** The number of RHK per SKP and of IKI per RHK, as issue 5 shapes the workload. */
export const RHK_PER_SKP = 5;
/** The number of IKI per RHK. */
export const IKI_PER_RHK = 2;
/** Quarterly windows. */
export const WINDOWS = 4;

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

/** A deterministic benchmark workload. */
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

/** Options of {@link buildWorkload}. */
export interface BuildWorkloadOptions {
  readonly size: number;
  readonly seed?: number;
  /** Keep the generated agency (reshaped) for the storage measurement. Default false. */
  readonly keepAgency?: boolean;
}

/** The canonical decimal text of `hundredths / 100` (no trailing zeros). */
function hundredths(n: number): string {
  const neg = n < 0;
  const a = Math.abs(n);
  const int = Math.floor(a / 100);
  const frac = a % 100;
  let text = String(int);
  if (frac !== 0) text += `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return neg ? `-${text}` : text;
}

const AKUMULASI: readonly Akumulasi[] = ['JUMLAH', 'RATA_RATA', 'TERAKHIR'];

/**
 * Five RHK of two IKI each for one SKP, with quarterly realisasi around the target (a spread that
 * puts most capaian near the 100 % / 101 % thresholds, where rounding decides the rating).
 */
function reshapeSkp(skp: Skp, rng: Random): { skp: Skp; realisasi: Realisasi[] } {
  const realisasi: Realisasi[] = [];
  const atasan = skp.rencanaHasilKerja;
  const rencanaHasilKerja: Skp['rencanaHasilKerja'][number][] = [];
  for (let i = 0; i < RHK_PER_SKP; i++) {
    const base = atasan[i % atasan.length]!;
    const rhkId = `${skp.id}.rhk-${i + 1}`;
    const indikator: Skp['rencanaHasilKerja'][number]['indikator'][number][] = [];
    for (let j = 0; j < IKI_PER_RHK; j++) {
      const ikiId = `${skp.id}.iki-${i + 1}.${j + 1}`;
      const akumulasi = rng.pick(AKUMULASI);
      const polaritas: Polaritas = rng.chance(0.2) ? 'MINIMALISASI' : 'MAKSIMALISASI';
      // Target in hundredths: an integer most of the time, sometimes with decimals.
      const targetH = rng.chance(0.7) ? rng.int(1, 400) * 100 : rng.int(100, 40_000);
      const rentang = rng.chance(0.1);
      const target = rentang
        ? {
            jenis: 'RENTANG' as const,
            min: hundredths(targetH),
            max: hundredths(targetH + rng.int(1, 20) * 100),
          }
        : { jenis: 'TUNGGAL' as const, nilai: hundredths(targetH) };
      indikator.push({
        id: ikiId,
        uraian: `Indikator ${i + 1}.${j + 1}`,
        aspek: 'KUANTITAS',
        target,
        satuan: 'unit',
        polaritas,
        akumulasi,
      } as Skp['rencanaHasilKerja'][number]['indikator'][number]);
      // Annual realisasi ≈ target × (0.9 … 1.1); per quarter as akumulasi combines them.
      const annualH = Math.max(0, Math.round((targetH * rng.int(900, 1100)) / 1000));
      for (let p = 1; p <= WINDOWS; p++) {
        let nilaiH: number;
        if (akumulasi === 'JUMLAH') nilaiH = Math.round(annualH / WINDOWS) + rng.int(-3, 3);
        else nilaiH = annualH + rng.int(-5, 5);
        realisasi.push({
          id: `${skp.id}.r-${i + 1}.${j + 1}-${p}`,
          skpId: skp.id,
          indikatorId: ikiId,
          periodeKe: p,
          nilai: hundredths(Math.max(0, nilaiH)),
          buktiDukung: [],
        });
      }
    }
    rencanaHasilKerja.push({
      ...base,
      id: rhkId,
      uraian: base.uraian,
      jenis: i < 3 ? 'UTAMA' : 'TAMBAHAN',
      indikator,
    } as Skp['rencanaHasilKerja'][number]);
  }
  return { skp: { ...skp, rencanaHasilKerja }, realisasi };
}

/**
 * Builds a deterministic workload of `size` pegawai: the unit tree, pegawai, SKP links, periodic
 * ratings and predikat organisasi come from `generateAgencyParts` (a realistic tree and span of
 * control, a mix of KUALITATIF and KUANTITATIF SKPs, unit leaders); each SKP is reshaped to
 * 5 RHK × 2 IKI with quarterly realisasi.
 *
 * @param options - size, seed, whether to keep the agency for storage.
 * @returns the workload, and the reshaped agency when `keepAgency`.
 */
export function buildWorkload(options: BuildWorkloadOptions): { workload: Workload; agency: Agency | null } {
  const seed = options.seed ?? 62022;
  const rng = createRandom(deriveSeed(seed, 'bench'));
  const unitKerja: UnitKerja[] = [];
  const capaian: CapaianKinerjaOrganisasi[] = [];
  const items: WorkItem[] = [];
  const agency: Agency | null = options.keepAgency
    ? {
        instansi: { id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' },
        tahun: 0,
        jenisPeriodik: 'TRIWULANAN',
        unitKerja: [],
        jabatan: [],
        pegawai: [],
        skp: [],
        realisasi: [],
        umpanBalik: [],
        evaluasiPeriodik: [],
        capaianKinerjaOrganisasi: [],
      }
    : null;
  let tahun = 0;
  let realisasiCount = 0;
  for (const part of generateAgencyParts({ seed, jumlahPegawai: options.size })) {
    for (const u of part.unitKerja) unitKerja.push(u);
    for (const c of part.capaianKinerjaOrganisasi) capaian.push(c);
    // Kurva unit of each unit of this part: the nearest unit (itself or up) with a predikat organisasi.
    const po = new Map<string, PredikatOrganisasi>();
    for (const c of part.capaianKinerjaOrganisasi) po.set(c.unitKerjaId, c.predikat);
    const induk = new Map<string, string | null>();
    for (const u of unitKerja) induk.set(u.id, u.indukId);
    const kurvaOf = (id: string): string | null => {
      for (let cur: string | null | undefined = id, n = 0; cur != null && n < 64; n++) {
        if (po.has(cur)) return cur;
        cur = induk.get(cur);
      }
      return null;
    };
    const evaluasi = new Map<string, EvaluasiPeriodik[]>();
    for (const e of part.evaluasiPeriodik) {
      const l = evaluasi.get(e.skpId);
      if (l === undefined) evaluasi.set(e.skpId, [e]);
      else l.push(e);
    }
    for (const generated of part.skp) {
      tahun = generated.tahun;
      const { skp, realisasi } = reshapeSkp(generated, rng);
      realisasiCount += realisasi.length;
      const item: WorkItem = {
        skp,
        realisasi,
        evaluasiPeriodik: evaluasi.get(skp.id) ?? [],
        kurvaUnitId: kurvaOf(skp.unitKerjaId),
        ...(skp.pimpinanUnit && po.has(skp.unitKerjaId)
          ? { predikatOrganisasi: po.get(skp.unitKerjaId)! }
          : {}),
      };
      items.push(item);
      if (agency !== null) {
        agency.skp.push(skp);
        for (const r of realisasi) agency.realisasi.push(r);
      }
    }
    if (agency !== null) {
      agency.unitKerja.push(...part.unitKerja);
      agency.jabatan.push(...part.jabatan);
      agency.pegawai.push(...part.pegawai);
      agency.evaluasiPeriodik.push(...part.evaluasiPeriodik);
      agency.capaianKinerjaOrganisasi.push(...part.capaianKinerjaOrganisasi);
    }
  }
  const out = agency === null ? null : { ...agency, tahun };
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
    agency: out,
  };
}
