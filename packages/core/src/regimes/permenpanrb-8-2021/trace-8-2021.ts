import type { Rounding } from '../../decimal/rounding';
import type { Issue } from '../../issues/issue';
import type { Polaritas } from '../../model/indikator';
import type { Predikat } from '../../model/predikat';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import type {
  KategoriBand82021,
  PredikatBand82021,
  SkemaPerilaku82021,
} from '../../rules/permenpanrb-8-2021/schema';
import { type RulePackRef, rulePackRef } from '../../rules/rule-pack-ref';
import type { TargetNumerik } from '../../scoring/trace';
import type { KategoriCapaian82021 } from './kategori-capaian-8-2021';
import type { Predikat82021 } from './predikat-8-2021';

/**
 * The capaian of one IKI (8/2021 Lampiran BAB VI, §2.2):
 *
 * $$\text{normal (MAKSIMALISASI): } C = \frac{R}{T} \times 100 \qquad \text{khusus (MINIMALISASI): } C = \left(1 + \left(1 - \frac{R}{T}\right)\right) \times 100$$
 *
 * For a range target `[min, max]`, a realisasi inside gives 100 (`formula: 'DALAM_RENTANG'`);
 * above it the formula uses `max`, below it `min` (`reference`).
 *
 * @example
 * ```ts
 * const step: CapaianIki82021Step = {
 *   kind: 'capaian_iki_82021', indikatorId: 'iki-1', polaritas: 'MINIMALISASI', target: { jenis: 'RENTANG', min: '7', max: '8' },
 *   realisasi: '9', formula: 'MINIMALISASI', reference: '8', raw: '87.5', capaian: '87.5', capaianDibulatkan: '87.5',
 * };
 * ```
 */
export interface CapaianIki82021Step {
  readonly kind: 'capaian_iki_82021';
  readonly indikatorId?: string;
  readonly polaritas: Polaritas;
  readonly target: TargetNumerik;
  readonly realisasi: string;
  readonly formula: Polaritas | 'DALAM_RENTANG';
  /** The target value the formula divides by, or `null` inside a range. */
  readonly reference: string | null;
  /** The capaian before the pack's floor and ceiling. */
  readonly raw: string;
  /** The exact capaian after the floor and ceiling. */
  readonly capaian: string;
  /** The capaian rounded per the pack's `rounding.capaian`, for presentation. */
  readonly capaianDibulatkan: string;
}

/**
 * The kategori and nilai capaian IKI from a capaian (§2.3). `compared` is the capaian as banded
 * (rounded per `kategoriCapaian.roundBeforeBanding`). `rule` says how the nilai was found:
 * `BAND` inside a band (linear), `GAP` between two bands (pack `kategoriCapaian.gap`, flagged
 * `capaian_in_band_gap`), `ABOVE` above the first band (`nilaiAbove`), `BELOW` below the last
 * band (its lowest nilai), `TARGET_MAKSIMAL` a reached maximal target.
 *
 * @example
 * ```ts
 * const step: NilaiCapaianIki82021Step = {
 *   kind: 'nilai_capaian_iki_82021', indikatorId: 'iki-2', capaian: '97.89473684210526315789473684210526315789',
 *   compared: '98', roundBeforeBanding: { scale: 0, mode: 'HALF_UP' }, targetMaksimal: false, rule: 'BAND',
 *   band: { kategori: 'CUKUP', capaian: { min: '80', max: '99' }, nilai: { min: '70', max: '89' } }, kategori: 'CUKUP', nilai: '88',
 * };
 * ```
 */
export interface NilaiCapaianIki82021Step {
  readonly kind: 'nilai_capaian_iki_82021';
  readonly indikatorId?: string;
  readonly capaian: string;
  readonly compared: string;
  readonly roundBeforeBanding: Rounding | null;
  readonly targetMaksimal: boolean;
  readonly rule: 'BAND' | 'GAP' | 'ABOVE' | 'BELOW' | 'TARGET_MAKSIMAL';
  /** The band whose line gave the nilai, or `null` (`ABOVE`, `TARGET_MAKSIMAL`). */
  readonly band: KategoriBand82021 | null;
  readonly kategori: KategoriCapaian82021;
  readonly nilai: string;
}

/**
 * The nilai kinerja utama: `MEAN` — the mean nilai capaian IKI; `WEIGHTED` — the sum of each
 * IKI's nilai × bobot / total bobot (`kontribusi`).
 *
 * @example
 * ```ts
 * const step: NilaiKinerjaUtama82021Step = {
 *   kind: 'nilai_kinerja_utama_82021', method: 'WEIGHTED', totalBobot: '100',
 *   items: [{ indikatorId: 'iki-1', nilai: '109', bobot: '40', kontribusi: '43.6' }], nilai: '43.6',
 * };
 * ```
 */
export interface NilaiKinerjaUtama82021Step {
  readonly kind: 'nilai_kinerja_utama_82021';
  readonly method: 'MEAN' | 'WEIGHTED';
  /** `WEIGHTED`: what the bobot are a share of; `MEAN`: `null`. */
  readonly totalBobot: string | null;
  readonly items: readonly {
    readonly indikatorId?: string;
    readonly nilai: string;
    readonly bobot: string | null;
    /** `WEIGHTED`: nilai × bobot / total bobot; `MEAN`: `null`. */
    readonly kontribusi: string | null;
  }[];
  readonly nilai: string;
}

/**
 * The nilai kinerja tambahan: under `KATEGORI_BOBOT` each item adds
 * `bobotKategori × bobotLingkupPenugasan / 100 × nilai / 100`; the sum (`jumlah`) is capped at
 * `maximum`. Under `NONE` it is 0.
 *
 * @example
 * ```ts
 * const step: NilaiKinerjaTambahan82021Step = {
 *   kind: 'nilai_kinerja_tambahan_82021', method: 'KATEGORI_BOBOT',
 *   items: [{ indikatorId: 'kt-1', kategori: 'BAIK', nilai: '109', bobotKategori: '80', bobotLingkupPenugasan: '10', kontribusi: '8.72' }],
 *   jumlah: '8.72', maximum: '10', nilai: '8.72',
 * };
 * ```
 */
export interface NilaiKinerjaTambahan82021Step {
  readonly kind: 'nilai_kinerja_tambahan_82021';
  readonly method: 'NONE' | 'KATEGORI_BOBOT';
  readonly items: readonly {
    readonly indikatorId?: string;
    readonly kategori: KategoriCapaian82021;
    readonly nilai: string;
    readonly bobotKategori: string | null;
    readonly bobotLingkupPenugasan: string | null;
    readonly kontribusi: string;
  }[];
  /** The sum before the cap. */
  readonly jumlah: string;
  readonly maximum: string | null;
  readonly nilai: string;
}

/**
 * The nilai SKP = nilai kinerja utama + nilai kinerja tambahan.
 *
 * @example
 * ```ts
 * const step: NilaiSkp82021Step = { kind: 'nilai_skp_82021', nilaiKinerjaUtama: '102.8', nilaiKinerjaTambahan: '0', nilai: '102.8' };
 * ```
 */
export interface NilaiSkp82021Step {
  readonly kind: 'nilai_skp_82021';
  readonly nilaiKinerjaUtama: string;
  readonly nilaiKinerjaTambahan: string;
  readonly nilai: string;
}

/**
 * The periodic nilai SKP: the weighted mean (default ½ and ½) of the mean nilai of the rencana
 * aksi and the mean nilai of the measured kinerja utama.
 *
 * @example
 * ```ts
 * const step: NilaiPeriodikSkp82021Step = {
 *   kind: 'nilai_periodik_skp_82021', rataRataRencanaAksi: '100', rataRataKinerjaUtamaTerukur: '90',
 *   bobot: { rencanaAksi: '50', kinerjaUtamaTerukur: '50' }, nilai: '95',
 * };
 * ```
 */
export interface NilaiPeriodikSkp82021Step {
  readonly kind: 'nilai_periodik_skp_82021';
  readonly rataRataRencanaAksi: string;
  readonly rataRataKinerjaUtamaTerukur: string;
  /** In percent, from the pack. */
  readonly bobot: { readonly rencanaAksi: string; readonly kinerjaUtamaTerukur: string };
  readonly nilai: string;
}

/**
 * The nilai perilaku from the raters: the atasan's nilai, the mean of the rekan (peers) and of
 * the bawahan (subordinates), weighted by the pack's weights for who rated (`skema`).
 *
 * @example
 * ```ts
 * const step: NilaiPerilaku82021Step = {
 *   kind: 'nilai_perilaku_82021', penilaian360: true, skema: 'ATASAN_REKAN', atasan: '100', rekan: ['90', '110'], bawahan: [],
 *   rataRataRekan: '100', rataRataBawahan: null, bobot: { atasan: '60', rekan: '40' }, nilai: '100',
 * };
 * ```
 */
export interface NilaiPerilaku82021Step {
  readonly kind: 'nilai_perilaku_82021';
  readonly penilaian360: boolean;
  readonly skema: SkemaPerilaku82021;
  readonly atasan: string;
  /** The peers' nilai used (empty when ignored or absent). */
  readonly rekan: readonly string[];
  /** The subordinates' nilai used (empty when ignored or absent). */
  readonly bawahan: readonly string[];
  readonly rataRataRekan: string | null;
  readonly rataRataBawahan: string | null;
  /** The weights of `skema`, in percent, from the pack. */
  readonly bobot: Readonly<Partial<Record<'atasan' | 'rekan' | 'bawahan', string>>>;
  readonly nilai: string;
}

/**
 * The nilai kinerja (PP 30/2019 Pasal 41): nilai SKP and nilai perilaku weighted 70/30, or
 * 60/40 with 360° input; above the pack's maximum it is capped (`raw` keeps the value before).
 *
 * @example
 * ```ts
 * const step: NilaiKinerja82021Step = {
 *   kind: 'nilai_kinerja_82021', penilaian360: false, nilaiSkp: '102.8', nilaiPerilaku: '100',
 *   bobot: { skp: '70', perilaku: '30' }, raw: '101.96', maximum: '120', nilai: '101.96',
 * };
 * ```
 */
export interface NilaiKinerja82021Step {
  readonly kind: 'nilai_kinerja_82021';
  readonly penilaian360: boolean;
  readonly nilaiSkp: string;
  readonly nilaiPerilaku: string;
  /** In percent, from the pack. */
  readonly bobot: { readonly skp: string; readonly perilaku: string };
  readonly raw: string;
  readonly maximum: string | null;
  readonly nilai: string;
}

/**
 * The predikat kinerja (PP 30/2019 Pasal 41(5)): the first band of the pack whose lower end the
 * compared nilai kinerja reaches (and whose innovation requirement holds), else `below`.
 *
 * @example
 * ```ts
 * const step: PredikatKinerja82021Step = {
 *   kind: 'predikat_kinerja_82021', nilaiKinerja: '101.96', compared: '101.96', compareRounded: true, inovasi: false,
 *   band: { predikat: 'BAIK', min: '90', minInclusive: true, requiresInovasi: false }, predikat: 'BAIK', predikat62022: 'BAIK',
 * };
 * ```
 */
export interface PredikatKinerja82021Step {
  readonly kind: 'predikat_kinerja_82021';
  readonly nilaiKinerja: string;
  readonly compared: string;
  readonly compareRounded: boolean;
  readonly inovasi: boolean;
  /** The band that matched, or `null` for the pack's `below`. */
  readonly band: PredikatBand82021 | null;
  readonly predikat: Predikat82021;
  /** The corresponding 6/2022 predikat. */
  readonly predikat62022: Predikat;
}

/**
 * One step of a {@link Trace82021}, discriminated on `kind` (every kind ends in `_82021`, so
 * steps of different regimes never share a kind).
 *
 * @example
 * ```ts
 * const step: TraceStep82021 = { kind: 'nilai_skp_82021', nilaiKinerjaUtama: '100', nilaiKinerjaTambahan: '5', nilai: '105' };
 * ```
 */
export type TraceStep82021 =
  | CapaianIki82021Step
  | NilaiCapaianIki82021Step
  | NilaiKinerjaUtama82021Step
  | NilaiKinerjaTambahan82021Step
  | NilaiSkp82021Step
  | NilaiPeriodikSkp82021Step
  | NilaiPerilaku82021Step
  | NilaiKinerja82021Step
  | PredikatKinerja82021Step;

/**
 * How an 8/2021 result was reached, in the shape of the 6/2022 `Trace`: the rule pack that
 * produced it, each step in order, and the review flags (warnings with reason codes, e.g.
 * `capaian_in_band_gap`, `nilai_kinerja_capped`).
 *
 * @example
 * ```ts
 * const r = evaluateTahunan82021(input);
 * if (r.ok) r.value.trace.steps.map((s) => s.kind).at(-1); // 'predikat_kinerja_82021'
 * ```
 */
export interface Trace82021 {
  readonly rulePack: RulePackRef;
  readonly steps: TraceStep82021[];
  readonly flags: Issue[];
}

const REFS = new WeakMap<RulePack82021, RulePackRef>();

/** @internal A new, empty trace for a pack; the pack's reference is shared and frozen. */
export function newTrace82021(pack: RulePack82021): Trace82021 {
  let ref = REFS.get(pack);
  if (ref === undefined) {
    ref = Object.freeze(rulePackRef(pack));
    REFS.set(pack, ref);
  }
  return { rulePack: ref, steps: [], flags: [] };
}
