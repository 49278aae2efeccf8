import { ok, type Result } from '../issues/result';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from '../model/perilaku-kerja';
import { type JenisPeriodik, periodeWindows } from '../model/periode';
import type { Skp } from '../model/skp';
import type { UmpanBalik } from '../model/umpan-balik';
import { parseDataset } from './dataset';
import { compareId } from './evaluate-dataset';
import { type Share, shareOf } from './share';

/**
 * The umpan balik a pejabat penilai gave on RHK in one window.
 *
 * @example
 * ```ts
 * const r: CakupanRhk = { umpanBalik: 3, bawahan: 2, utama: 2, tambahan: 1, perRhk: { 'rhk-1': 2, 'rhk-7': 1 } };
 * ```
 */
export interface CakupanRhk {
  /** Pieces of umpan balik on an RHK. */
  readonly umpanBalik: number;
  /** Bawahan who received at least one on an RHK. */
  readonly bawahan: number;
  /** Pieces on an RHK utama, and on an RHK tambahan. */
  readonly utama: number;
  readonly tambahan: number;
  /** Pieces per RHK id, keys in id order. */
  readonly perRhk: Readonly<Record<string, number>>;
}

/**
 * The umpan balik a pejabat penilai gave on the BerAKHLAK values in one window.
 *
 * @example
 * ```ts
 * row.perilaku.perNilai.KOLABORATIF; // 2
 * ```
 */
export interface CakupanPerilaku {
  /** Pieces of umpan balik on a BerAKHLAK value. */
  readonly umpanBalik: number;
  /** Bawahan who received at least one on a value. */
  readonly bawahan: number;
  /** Pieces per value, all seven in their official order. */
  readonly perNilai: Readonly<Record<NilaiBerakhlak, number>>;
}

/**
 * The umpan balik coverage of one pejabat penilai in one periodic window.
 *
 * @example
 * ```ts
 * const row: CakupanUmpanBalikBaris = r.value.baris[0]!;
 * `${row.menerima}/${row.bawahan} (${row.share.rounded})`;
 * ```
 */
export interface CakupanUmpanBalikBaris {
  readonly pejabatPenilaiId: string;
  readonly tahun: number;
  readonly jenisPeriodik: JenisPeriodik;
  readonly periodeKe: number;
  /** Bawahan (distinct pegawai) whose SKP with this penilai covers the window. */
  readonly bawahan: number;
  /** Of them, those who received at least one piece of umpan balik from the penilai in the window. */
  readonly menerima: number;
  /** `menerima / bawahan`. */
  readonly share: Share;
  /** Pieces of umpan balik from the penilai in the window. */
  readonly umpanBalik: number;
  readonly rhk: CakupanRhk;
  readonly perilaku: CakupanPerilaku;
  /** The pegawai ids of the bawahan who received none, in id order. */
  readonly tanpaUmpanBalik: readonly string[];
}

/**
 * The coverage of one pejabat penilai over all windows: bawahan-windows and those with umpan balik.
 *
 * @example
 * ```ts
 * r.value.perPenilai.filter((p) => new Decimal(p.share.exact).lt('0.5'));
 * ```
 */
export interface CakupanPenilai {
  readonly pejabatPenilaiId: string;
  /** The sum of `bawahan` over the rater's windows. */
  readonly bawahanWindows: number;
  /** The sum of `menerima` over the rater's windows. */
  readonly menerima: number;
  readonly share: Share;
  readonly umpanBalik: number;
}

/**
 * The result of {@link cakupanUmpanBalik}.
 *
 * @example
 * ```ts
 * const r = cakupanUmpanBalik(generateAgency());
 * if (r.ok) r.value.baris.length;
 * ```
 */
export interface CakupanUmpanBalik {
  /** Per penilai and window, ordered by penilai, year, kind of window, window. */
  readonly baris: readonly CakupanUmpanBalikBaris[];
  /** Per penilai, ordered by id. */
  readonly perPenilai: readonly CakupanPenilai[];
}

interface Acc {
  readonly pejabatPenilaiId: string;
  readonly tahun: number;
  readonly jenisPeriodik: JenisPeriodik;
  readonly periodeKe: number;
  readonly bawahan: Set<string>;
  readonly menerima: Set<string>;
  readonly rhkBawahan: Set<string>;
  readonly perilakuBawahan: Set<string>;
  umpanBalik: number;
  rhk: number;
  utama: number;
  tambahan: number;
  perilaku: number;
  readonly perRhk: Map<string, number>;
  readonly perNilai: Record<NilaiBerakhlak, number>;
}

const JENIS_ORDER: Readonly<Record<JenisPeriodik, number>> = { BULANAN: 0, TRIWULANAN: 1, SEMESTERAN: 2 };

/** The windows of the SKP's year that overlap its segment [periodeAwal, periodeAkhir]. */
function windowsOf(skp: Skp): number[] {
  return periodeWindows({ tahun: skp.tahun, jenisPeriodik: skp.jenisPeriodik })
    .filter((w) => w.awal <= skp.periodeAkhir && w.akhir >= skp.periodeAwal)
    .map((w) => w.ke);
}

/**
 * Coverage of umpan balik berkelanjutan (PermenPANRB 6/2022, §1.11): per pejabat penilai and
 * periodic window, how many bawahan received umpan balik from the penilai, as a share (exact and
 * rounded to two places), and on which RHK (utama / tambahan, per RHK) and BerAKHLAK values.
 *
 * A bawahan is a pegawai with an SKP of the penilai (`skp.pejabatPenilaiId`) whose segment
 * overlaps the window (a segment from July has no first-quarter window); windows are those of the
 * SKP's `jenisPeriodik`. Only umpan balik given by the penilai (`pemberiId`) counts. SKP without a
 * penilai in the system (`null`) are left out; so are SKP outside the dataset's `tahun` when given.
 *
 * @param input - a dataset of any shape (see `DatasetSchema`); validated.
 * @returns the rows and per-penilai totals (the same for any order of the input), or the issues
 *   of an invalid dataset.
 * @example
 * ```ts
 * const r = cakupanUmpanBalik(generateAgency());
 * if (r.ok) for (const b of r.value.baris) console.log(b.pejabatPenilaiId, b.periodeKe, formatPersen(new Decimal(b.share.exact).mul(100), { scale: 0 }));
 * ```
 */
export function cakupanUmpanBalik(input: unknown): Result<CakupanUmpanBalik> {
  const parsed = parseDataset(input);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  const bySkp = new Map<string, UmpanBalik[]>();
  for (const u of d.umpanBalik) {
    const list = bySkp.get(u.skpId);
    if (list === undefined) bySkp.set(u.skpId, [u]);
    else list.push(u);
  }
  const acc = new Map<string, Acc>();
  const seenSkp = new Set<string>();
  for (const skp of d.skp) {
    const rater = skp.pejabatPenilaiId;
    if (rater === null || (d.tahun !== undefined && skp.tahun !== d.tahun) || seenSkp.has(skp.id)) continue;
    seenSkp.add(skp.id);
    const rhkJenis = new Map(skp.rencanaHasilKerja.map((r) => [r.id, r.jenis] as const));
    const feedback = (bySkp.get(skp.id) ?? []).filter((u) => u.pemberiId === rater);
    for (const ke of windowsOf(skp)) {
      const key = `${rater}\u0000${skp.tahun}\u0000${skp.jenisPeriodik}\u0000${ke}`;
      let a = acc.get(key);
      if (a === undefined) {
        const perNilai = {} as Record<NilaiBerakhlak, number>;
        for (const n of NILAI_BERAKHLAK) perNilai[n] = 0;
        a = {
          pejabatPenilaiId: rater,
          tahun: skp.tahun,
          jenisPeriodik: skp.jenisPeriodik,
          periodeKe: ke,
          bawahan: new Set(),
          menerima: new Set(),
          rhkBawahan: new Set(),
          perilakuBawahan: new Set(),
          umpanBalik: 0,
          rhk: 0,
          utama: 0,
          tambahan: 0,
          perilaku: 0,
          perRhk: new Map(),
          perNilai,
        };
        acc.set(key, a);
      }
      a.bawahan.add(skp.pegawaiId);
      for (const u of feedback) {
        if (u.periodeKe !== ke) continue;
        a.umpanBalik++;
        a.menerima.add(skp.pegawaiId);
        if (u.sasaran.jenis === 'RHK') {
          a.rhk++;
          a.rhkBawahan.add(skp.pegawaiId);
          if (rhkJenis.get(u.sasaran.rhkId) === 'TAMBAHAN') a.tambahan++;
          else a.utama++;
          a.perRhk.set(u.sasaran.rhkId, (a.perRhk.get(u.sasaran.rhkId) ?? 0) + 1);
        } else {
          a.perilaku++;
          a.perilakuBawahan.add(skp.pegawaiId);
          a.perNilai[u.sasaran.nilai]++;
        }
      }
    }
  }

  const rows = [...acc.values()].sort(
    (x, y) =>
      compareId(x.pejabatPenilaiId, y.pejabatPenilaiId) ||
      x.tahun - y.tahun ||
      JENIS_ORDER[x.jenisPeriodik] - JENIS_ORDER[y.jenisPeriodik] ||
      x.periodeKe - y.periodeKe,
  );
  const baris: CakupanUmpanBalikBaris[] = rows.map((a) => {
    const perRhk: Record<string, number> = {};
    for (const id of [...a.perRhk.keys()].sort(compareId)) perRhk[id] = a.perRhk.get(id)!;
    return {
      pejabatPenilaiId: a.pejabatPenilaiId,
      tahun: a.tahun,
      jenisPeriodik: a.jenisPeriodik,
      periodeKe: a.periodeKe,
      bawahan: a.bawahan.size,
      menerima: a.menerima.size,
      share: shareOf(a.menerima.size, a.bawahan.size)!,
      umpanBalik: a.umpanBalik,
      rhk: { umpanBalik: a.rhk, bawahan: a.rhkBawahan.size, utama: a.utama, tambahan: a.tambahan, perRhk },
      perilaku: { umpanBalik: a.perilaku, bawahan: a.perilakuBawahan.size, perNilai: a.perNilai },
      tanpaUmpanBalik: [...a.bawahan].filter((p) => !a.menerima.has(p)).sort(compareId),
    };
  });

  const perPenilai: CakupanPenilai[] = [];
  for (const b of baris) {
    const last = perPenilai[perPenilai.length - 1];
    if (last !== undefined && last.pejabatPenilaiId === b.pejabatPenilaiId) {
      const bawahanWindows = last.bawahanWindows + b.bawahan;
      const menerima = last.menerima + b.menerima;
      perPenilai[perPenilai.length - 1] = {
        pejabatPenilaiId: b.pejabatPenilaiId,
        bawahanWindows,
        menerima,
        share: shareOf(menerima, bawahanWindows)!,
        umpanBalik: last.umpanBalik + b.umpanBalik,
      };
    } else {
      perPenilai.push({
        pejabatPenilaiId: b.pejabatPenilaiId,
        bawahanWindows: b.bawahan,
        menerima: b.menerima,
        share: b.share,
        umpanBalik: b.umpanBalik,
      });
    }
  }
  return ok({ baris, perPenilai });
}
