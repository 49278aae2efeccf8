import type { Issue } from '../issues/issue';
import type { Jenjang } from '../model/jabatan';
import type { Predikat } from '../model/predikat';
import type { RulePackRef } from '../rules/rule-pack-ref';

/**
 * One period converted to angka kredit:
 *
 * $$AK = \frac{\text{bulan}}{12} \times \frac{\text{persentase}}{100} \times \text{koefisien}$$
 *
 * `tepat` is the exact value, `angkaKredit` the value rounded per the configuration.
 *
 * @example
 * ```ts
 * const step: AngkaKreditStep = {
 *   kind: 'angka_kredit', jenjang: 'TERAMPIL', predikat: 'BUTUH_PERBAIKAN', bulan: 5,
 *   persentase: '75', koefisien: '5', tepat: '1.5625', angkaKredit: '1.56',
 * };
 * ```
 */
export interface AngkaKreditStep {
  readonly kind: 'angka_kredit';
  /** The index of the period in an {@link angkaKreditKumulatif} input; absent for a single period. */
  readonly periodeKe?: number;
  readonly jenjang: Jenjang;
  readonly predikat: Predikat;
  readonly bulan: number;
  /** The percentage of the predikat (`persentasePredikat`), e.g. `'150'`. */
  readonly persentase: string;
  /** The annual coefficient of the jenjang (`koefisienTahunan`), e.g. `'12.5'`. */
  readonly koefisien: string;
  readonly tepat: string;
  readonly angkaKredit: string;
}

/**
 * The sum of several periods: `TOTAL` rounds the exact sum once, `PER_PERIODE` sums the rounded
 * periods (configuration `pembulatanKumulatif`).
 *
 * @example
 * ```ts
 * const step: AngkaKreditKumulatifStep = {
 *   kind: 'angka_kredit_kumulatif', pembulatan: 'TOTAL', angkaKreditAwal: '0',
 *   jumlahBulan: 12, tepat: '18.75', angkaKredit: '18.75',
 * };
 * ```
 */
export interface AngkaKreditKumulatifStep {
  readonly kind: 'angka_kredit_kumulatif';
  readonly pembulatan: 'TOTAL' | 'PER_PERIODE';
  /** The angka kredit held before these periods (as given). */
  readonly angkaKreditAwal: string;
  /** The months of all periods together. */
  readonly jumlahBulan: number;
  /** The exact total (awal + exact periods), whatever the rounding. */
  readonly tepat: string;
  readonly angkaKredit: string;
}

/**
 * What is still needed for the kenaikan pangkat (promotion in rank) of a jenjang.
 *
 * @example
 * ```ts
 * const step: KekuranganAngkaKreditStep = {
 *   kind: 'kekurangan_angka_kredit', jenjang: 'AHLI_PERTAMA', kebutuhan: '50', dimiliki: '37.5',
 *   kekurangan: '12.5', predikat: 'BAIK', angkaKreditPerBulan: '1.0416666666666666666666666666666666666667',
 *   estimasiBulan: 12,
 * };
 * ```
 */
export interface KekuranganAngkaKreditStep {
  readonly kind: 'kekurangan_angka_kredit';
  readonly jenjang: Jenjang;
  readonly kebutuhan: string;
  readonly dimiliki: string;
  readonly kekurangan: string;
  /** The predikat the estimate assumes, or `null` without one. */
  readonly predikat: Predikat | null;
  /** The exact angka kredit of one month at that predikat, or `null`. */
  readonly angkaKreditPerBulan: string | null;
  /** The months (as one period) until the rounded angka kredit covers the shortfall, or `null`. */
  readonly estimasiBulan: number | null;
}

/**
 * One step of an angka kredit trace.
 *
 * @example
 * ```ts
 * const kinds: AngkaKreditTraceStep['kind'][] = ['angka_kredit', 'angka_kredit_kumulatif'];
 * ```
 */
export type AngkaKreditTraceStep = AngkaKreditStep | AngkaKreditKumulatifStep | KekuranganAngkaKreditStep;

/**
 * Where the pagu of a TPP computation came from: the input (`INPUT`), the configuration's table
 * per pegawai (`PEGAWAI`) or per kelas jabatan (`KELAS_JABATAN`).
 *
 * @example
 * ```ts
 * const step: TppPaguStep = { kind: 'tpp_pagu', sumber: 'KELAS_JABATAN', kelasJabatan: 7, pagu: '4000000' };
 * ```
 */
export interface TppPaguStep {
  readonly kind: 'tpp_pagu';
  readonly sumber: 'INPUT' | 'PEGAWAI' | 'KELAS_JABATAN';
  readonly pegawaiId?: string;
  readonly kelasJabatan?: number;
  readonly pagu: string;
}

/**
 * One component of a TPP before deductions:
 *
 * $$\text{alokasi} = \text{pagu} \times \frac{\text{bobot}}{100} \qquad \text{nominal} = \text{round}\left(\text{alokasi} \times \frac{\text{persen}}{100}\right)$$
 *
 * `persen` comes from the kinerja table (`dasar` `PREDIKAT` or `CAPAIAN`, with the row used),
 * from the input (`INPUT`), or is 100 for a disiplin component (its deductions follow).
 *
 * @example
 * ```ts
 * const step: TppKomponenStep = {
 *   kind: 'tpp_komponen', kode: 'KINERJA', jenis: 'KINERJA', bobot: '60', alokasi: '2400000',
 *   dasar: 'PREDIKAT', nilai: 'BAIK', baris: 'BAIK', persen: '90', nominal: '2160000',
 * };
 * ```
 */
export interface TppKomponenStep {
  readonly kind: 'tpp_komponen';
  readonly kode: string;
  readonly jenis: 'KINERJA' | 'DISIPLIN' | 'INPUT';
  readonly bobot: string;
  /** The exact share of the pagu. */
  readonly alokasi: string;
  readonly dasar: 'PREDIKAT' | 'CAPAIAN' | 'INPUT' | 'DISIPLIN';
  /** The value looked up: the predikat, the capaian or the input percentage; `null` for disiplin. */
  readonly nilai: string | null;
  /** The table row used (a predikat, or the row's `capaianMinimal`); `null` below every row or without a table. */
  readonly baris: string | null;
  readonly persen: string;
  readonly nominal: string;
}

/**
 * The deductions of a disiplin component reached its cap (`batasPotongan`, in percent of the
 * component's alokasi): a `BATAS_POTONGAN` line brings the total down to the cap.
 *
 * @example
 * ```ts
 * const step: TppBatasPotonganStep = {
 *   kind: 'tpp_batas_potongan', komponen: 'DISIPLIN', persenSebelumBatas: '46', batasPotongan: '40',
 *   nominalSebelumBatas: '736000', nominalBatas: '640000', koreksi: '-96000',
 * };
 * ```
 */
export interface TppBatasPotonganStep {
  readonly kind: 'tpp_batas_potongan';
  readonly komponen: string;
  readonly persenSebelumBatas: string;
  readonly batasPotongan: string;
  readonly nominalSebelumBatas: string;
  readonly nominalBatas: string;
  readonly koreksi: string;
}

/**
 * A hukuman disiplin in force in the month: its percentage of the base (`BRUTO`, or
 * `SETELAH_POTONGAN` = bruto minus the disiplin deductions), never more than what is left.
 *
 * @example
 * ```ts
 * const step: TppHukumanDisiplinStep = {
 *   kind: 'tpp_hukuman_disiplin', kode: 'SEDANG_6', bulanKe: 2, lamaBulan: 6, persen: '25',
 *   dasar: 'BRUTO', nilaiDasar: '3760000', nominal: '940000',
 * };
 * ```
 */
export interface TppHukumanDisiplinStep {
  readonly kind: 'tpp_hukuman_disiplin';
  readonly kode: string;
  /** The month of the hukuman this month is (1 = its first month). */
  readonly bulanKe: number;
  readonly lamaBulan: number;
  readonly persen: string;
  readonly dasar: 'BRUTO' | 'SETELAH_POTONGAN';
  readonly nilaiDasar: string;
  readonly nominal: string;
}

/**
 * The end of a TPP computation: $\text{neto} = \text{bruto} - \sum \text{potongan}$.
 *
 * @example
 * ```ts
 * const step: TppNetoStep = { kind: 'tpp_neto', bruto: '3760000', potongan: '32000', neto: '3728000' };
 * ```
 */
export interface TppNetoStep {
  readonly kind: 'tpp_neto';
  readonly bruto: string;
  readonly potongan: string;
  readonly neto: string;
}

/**
 * One step of a TPP trace.
 *
 * @example
 * ```ts
 * const kinds: TppTraceStep['kind'][] = ['tpp_pagu', 'tpp_komponen', 'tpp_neto'];
 * ```
 */
export type TppTraceStep =
  | TppPaguStep
  | TppKomponenStep
  | TppBatasPotonganStep
  | TppHukumanDisiplinStep
  | TppNetoStep;

/**
 * How a conversion (angka kredit, TPP) was reached: the configuration that produced it (its `id`
 * and `version`), each step in order, and review flags (warnings such as `potongan_capped`).
 *
 * @example
 * ```ts
 * const r = angkaKredit({ jenjang: 'AHLI_MUDA', predikat: 'SANGAT_BAIK', bulan: 6 });
 * if (r.ok) r.value.trace.config; // { id: 'konversi-angka-kredit-bkn-3-2023', version: '1.0.0' }
 * ```
 */
export interface KonversiTrace<S> {
  readonly config: RulePackRef;
  readonly steps: S[];
  readonly flags: Issue[];
}
