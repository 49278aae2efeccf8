import type { Issue } from '../../issues/issue';
import type { Aspek } from '../../model/indikator';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';
import type { RulePackPp46Definition } from '../../rules/pp-46-2011/schema';
import { type RulePackRef, rulePackRef } from '../../rules/rule-pack-ref';
import type { AspekPerilakuPp46 } from './aspek-perilaku-pp46';
import type { PredikatPp46 } from './predikat-pp46';
import type { TingkatKreativitas } from './tingkat-kreativitas';

/**
 * How an aspect value was computed: `RASIO` (kuantitas, kualitas: R/T × 100), or for waktu and
 * biaya the branch of the efficiency formula: `EFISIENSI_SAMPAI_BATAS` (tingkat efisiensi within
 * the boundary, ≤ 24 %) or `EFISIENSI_DI_ATAS_BATAS` (beyond it).
 *
 * @example
 * ```ts
 * const f: RumusAspekPp46 = 'EFISIENSI_SAMPAI_BATAS';
 * ```
 */
export type RumusAspekPp46 = 'RASIO' | 'EFISIENSI_SAMPAI_BATAS' | 'EFISIENSI_DI_ATAS_BATAS';

/**
 * The value of an aspect of a kegiatan (§3.1), with the category of the value.
 *
 * $$\text{Kuantitas} = \frac{RO}{TO} \times 100 \qquad \text{Kualitas} = \frac{RK}{TK} \times 100$$
 *
 * $$\text{eff} = 100 - \frac{R}{T} \times 100 \qquad \text{Waktu, Biaya} = \begin{cases} \frac{1.76\,T - R}{T} \cdot 100 & \text{eff} \le 24 \\ 76 - \left(\frac{1.76\,T - R}{T} \cdot 100 - 100\right) & \text{eff} > 24 \end{cases}$$
 *
 * @example
 * ```ts
 * const step: AspekPp46Step = {
 *   kind: 'aspek', kegiatanId: 'k-1', aspek: 'WAKTU', target: '12', realisasi: '12', formula: 'EFISIENSI_SAMPAI_BATAS',
 *   efisiensi: '0', batasEfisiensi: { nilai: '24', inklusif: true }, nilai: '76', nilaiDibulatkan: '76', compared: '76', predikat: 'BAIK',
 * };
 * ```
 */
export interface AspekPp46Step {
  readonly kind: 'aspek';
  readonly kegiatanId: string;
  readonly aspek: Aspek;
  readonly target: string;
  readonly realisasi: string;
  readonly formula: RumusAspekPp46;
  /** The tingkat efisiensi in percent (waktu, biaya), else `null`. */
  readonly efisiensi: string | null;
  /** The pack's efficiency boundary (waktu, biaya), else `null`. */
  readonly batasEfisiensi: { readonly nilai: string; readonly inklusif: boolean } | null;
  /** The exact value (rounded per the pack when `pembulatan.antara`). */
  readonly nilai: string;
  /** The value rounded per the pack's `pembulatan.nilai`. */
  readonly nilaiDibulatkan: string;
  /** The value compared with the category bounds. */
  readonly compared: string;
  readonly predikat: PredikatPp46;
}

/**
 * The nilai capaian of a kegiatan: the penghitungan (sum of its aspects) divided by the number of
 * aspects, 3, or 4 when biaya is targeted.
 *
 * @example
 * ```ts
 * const step: NilaiCapaianKegiatanStep = {
 *   kind: 'nilai_capaian_kegiatan', kegiatanId: 'k-1', aspek: ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'],
 *   penghitungan: '342', pembagi: 4, nilai: '85.5', nilaiDibulatkan: '85.5', compared: '85.5', predikat: 'BAIK',
 * };
 * ```
 */
export interface NilaiCapaianKegiatanStep {
  readonly kind: 'nilai_capaian_kegiatan';
  readonly kegiatanId: string;
  /** The aspects counted, in the order of the form. */
  readonly aspek: readonly Aspek[];
  readonly penghitungan: string;
  readonly pembagi: number;
  readonly nilai: string;
  readonly nilaiDibulatkan: string;
  readonly compared: string;
  readonly predikat: PredikatPp46;
}

/**
 * The points for tugas tambahan from their number (pack `tugasTambahan`).
 *
 * @example
 * ```ts
 * const step: TugasTambahanStep = { kind: 'tugas_tambahan', jumlah: 2, jumlahMinimum: 1, nilai: '1' };
 * ```
 */
export interface TugasTambahanStep {
  readonly kind: 'tugas_tambahan';
  readonly jumlah: number;
  /** The tier applied: its lower bound. */
  readonly jumlahMinimum: number;
  readonly nilai: string;
}

/**
 * The points for kreativitas from the reach of each (pack `kreativitas`).
 *
 * @example
 * ```ts
 * const step: KreativitasStep = { kind: 'kreativitas', tingkat: ['UNIT_KERJA'], agregasi: 'JUMLAH', nilai: '3' };
 * ```
 */
export interface KreativitasStep {
  readonly kind: 'kreativitas';
  readonly tingkat: readonly TingkatKreativitas[];
  readonly agregasi: RulePackPp46Definition['kreativitas']['agregasi'];
  readonly nilai: string;
}

/**
 * The nilai capaian SKP: the mean nilai capaian of the kegiatan, plus the tugas tambahan and
 * kreativitas points.
 *
 * $$\text{Nilai SKP} = \frac{1}{n}\sum_{i=1}^{n} \text{NC}_i + \text{TT} + \text{K}$$
 *
 * @example
 * ```ts
 * const step: NilaiCapaianSkpStep = {
 *   kind: 'nilai_capaian_skp', jumlahKegiatan: 1, rataRataKegiatan: '85.5', tugasTambahan: '0', kreativitas: '0',
 *   nilai: '85.5', nilaiDibulatkan: '85.5', compared: '85.5', predikat: 'BAIK',
 * };
 * ```
 */
export interface NilaiCapaianSkpStep {
  readonly kind: 'nilai_capaian_skp';
  readonly jumlahKegiatan: number;
  readonly rataRataKegiatan: string;
  readonly tugasTambahan: string;
  readonly kreativitas: string;
  readonly nilai: string;
  readonly nilaiDibulatkan: string;
  readonly compared: string;
  readonly predikat: PredikatPp46;
}

/**
 * The nilai perilaku kerja: the sum of the aspects divided by 6 (pejabat struktural, with
 * kepemimpinan) or 5; each aspect with its category.
 *
 * @example
 * ```ts
 * const step: NilaiPerilakuKerjaStep = {
 *   kind: 'nilai_perilaku_kerja', struktural: false,
 *   aspek: [{ aspek: 'orientasiPelayanan', nilai: '80', compared: '80', predikat: 'BAIK' }],
 *   jumlah: '400', pembagi: 5, nilai: '80', nilaiDibulatkan: '80', compared: '80', predikat: 'BAIK',
 * };
 * ```
 */
export interface NilaiPerilakuKerjaStep {
  readonly kind: 'nilai_perilaku_kerja';
  readonly struktural: boolean;
  readonly aspek: readonly {
    readonly aspek: AspekPerilakuPp46;
    readonly nilai: string;
    readonly compared: string;
    readonly predikat: PredikatPp46;
  }[];
  readonly jumlah: string;
  readonly pembagi: number;
  readonly nilai: string;
  readonly nilaiDibulatkan: string;
  readonly compared: string;
  readonly predikat: PredikatPp46;
}

/**
 * The nilai prestasi kerja: the weighted sum of the nilai capaian SKP and the nilai perilaku kerja.
 *
 * $$\text{NPK} = \frac{60}{100}\,\text{Nilai SKP} + \frac{40}{100}\,\text{Nilai perilaku}$$
 *
 * @example
 * ```ts
 * const step: NilaiPrestasiKerjaStep = {
 *   kind: 'nilai_prestasi_kerja', nilaiSkp: '85.5', bobotSkp: '60', bagianSkp: '51.3',
 *   nilaiPerilakuKerja: '80', bobotPerilakuKerja: '40', bagianPerilakuKerja: '32',
 *   nilai: '83.3', nilaiDibulatkan: '83.3', compared: '83.3', predikat: 'BAIK',
 * };
 * ```
 */
export interface NilaiPrestasiKerjaStep {
  readonly kind: 'nilai_prestasi_kerja';
  readonly nilaiSkp: string;
  readonly bobotSkp: string;
  readonly bagianSkp: string;
  readonly nilaiPerilakuKerja: string;
  readonly bobotPerilakuKerja: string;
  readonly bagianPerilakuKerja: string;
  readonly nilai: string;
  readonly nilaiDibulatkan: string;
  readonly compared: string;
  readonly predikat: PredikatPp46;
}

/**
 * One step of a {@link TracePp46}, discriminated on `kind`. Decimals are canonical strings.
 *
 * @example
 * ```ts
 * const step: TraceStepPp46 = { kind: 'tugas_tambahan', jumlah: 0, jumlahMinimum: 0, nilai: '0' };
 * ```
 */
export type TraceStepPp46 =
  | AspekPp46Step
  | NilaiCapaianKegiatanStep
  | TugasTambahanStep
  | KreativitasStep
  | NilaiCapaianSkpStep
  | NilaiPerilakuKerjaStep
  | NilaiPrestasiKerjaStep;

/**
 * How a PP 46/2011 result was reached: the rule pack that produced it, each step in order
 * (aspects and nilai capaian per kegiatan, tugas tambahan, kreativitas, nilai SKP, perilaku,
 * prestasi) and the review flags (warnings, e.g. a biaya realisasi without a target).
 *
 * @example
 * ```ts
 * const r = evaluatePp46(input);
 * if (r.ok) r.value.trace.steps.at(-1)?.kind; // 'nilai_prestasi_kerja'
 * ```
 */
export interface TracePp46 {
  readonly rulePack: RulePackRef;
  readonly steps: TraceStepPp46[];
  readonly flags: Issue[];
}

const REFS = new WeakMap<RulePackPp46, RulePackRef>();

/** @internal A new, empty trace for a pack; the pack's reference is shared and frozen. */
export function newTracePp46(pack: RulePackPp46): TracePp46 {
  let ref = REFS.get(pack);
  if (ref === undefined) {
    ref = Object.freeze(rulePackRef(pack));
    REFS.set(pack, ref);
  }
  return { rulePack: ref, steps: [], flags: [] };
}
