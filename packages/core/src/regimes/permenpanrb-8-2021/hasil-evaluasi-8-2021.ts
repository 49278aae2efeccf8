import type { Predikat } from '../../model/predikat';
import type { SkemaPerilaku82021 } from '../../rules/permenpanrb-8-2021/schema';
import type { KategoriCapaian82021 } from './kategori-capaian-8-2021';
import type { Predikat82021 } from './predikat-8-2021';
import type { Trace82021 } from './trace-8-2021';

/**
 * One IKI (kinerja utama) or item (kinerja tambahan) of an 8/2021 evaluation: its capaian,
 * kategori, nilai and part. Decimals are canonical strings.
 *
 * @example
 * ```ts
 * const iki: HasilIki82021 = {
 *   indikatorId: 'iki-2', realisasi: '93', capaian: '97.89473684210526315789473684210526315789', capaianDibulatkan: '97.89',
 *   compared: '98', kategori: 'CUKUP', nilai: '88', nilaiDibulatkan: '88', gap: false,
 *   bobot: '60', bobotLingkupPenugasan: null, kontribusi: '52.8',
 * };
 * ```
 */
export interface HasilIki82021 {
  readonly indikatorId?: string;
  readonly realisasi: string;
  /** The exact capaian in percent. */
  readonly capaian: string;
  /** Rounded per `rounding.capaian` (presentation). */
  readonly capaianDibulatkan: string;
  /** The capaian as banded (rounded per `kategoriCapaian.roundBeforeBanding`). */
  readonly compared: string;
  readonly kategori: KategoriCapaian82021;
  /** The exact nilai capaian IKI. */
  readonly nilai: string;
  /** Rounded per `rounding.nilai` (presentation). */
  readonly nilaiDibulatkan: string;
  /** Whether the capaian fell between two kategori bands (flagged). */
  readonly gap: boolean;
  /** Kinerja utama: the bobot given (percent), else `null`. */
  readonly bobot: string | null;
  /** Kinerja tambahan: the bobot lingkup penugasan given (percent), else `null`. */
  readonly bobotLingkupPenugasan: string | null;
  /**
   * The part of the nilai kinerja utama (`WEIGHTED`: nilai × bobot / total) or of the nilai
   * kinerja tambahan (before the cap); `null` under `MEAN`.
   */
  readonly kontribusi: string | null;
}

/**
 * The result of the annual evaluation of one SKP under PP 30/2019 and PermenPANRB 8/2021: every
 * intermediate number (canonical decimal strings, exact; `…Dibulatkan` rounded per the pack's
 * `rounding.nilai`), the predikat in the 8/2021 enum and its 6/2022 counterpart, and the trace
 * (review flags in `trace.flags`).
 *
 * @example
 * ```ts
 * const r = evaluateTahunan82021(input);
 * if (r.ok) console.log(r.value.nilaiKinerja, r.value.predikat, r.value.predikat62022);
 * ```
 */
export interface HasilEvaluasi82021 {
  readonly jpt: boolean;
  readonly inovasi: boolean;
  readonly penilaian360: boolean;
  /** Per IKI utama, in input order. */
  readonly kinerjaUtama: readonly HasilIki82021[];
  /** Per item of kinerja tambahan, in input order. */
  readonly kinerjaTambahan: readonly HasilIki82021[];
  readonly nilaiKinerjaUtama: string;
  /** The sum of the kinerja tambahan parts, before the cap. */
  readonly jumlahKinerjaTambahan: string;
  /** After the cap (10). */
  readonly nilaiKinerjaTambahan: string;
  readonly nilaiSkp: string;
  readonly nilaiSkpDibulatkan: string;
  /** Who rated the perilaku, which picked its weights. */
  readonly skemaPerilaku: SkemaPerilaku82021;
  readonly nilaiPerilaku: string;
  readonly nilaiPerilakuDibulatkan: string;
  /** The nilai kinerja before the cap. */
  readonly nilaiKinerjaRaw: string;
  /** The nilai kinerja after the cap (120). */
  readonly nilaiKinerja: string;
  readonly nilaiKinerjaDibulatkan: string;
  readonly predikat: Predikat82021;
  /** The corresponding 6/2022 predikat (`CUKUP` → `BUTUH_PERBAIKAN`). */
  readonly predikat62022: Predikat;
  readonly trace: Trace82021;
}
