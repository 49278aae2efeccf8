import { type Decimal, type DecimalInput, toCanonical } from '../../decimal/decimal';
import { roundDecimal } from '../../decimal/rounding';
import { type IssuePath, issue } from '../../issues/issue';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { decimalArgument } from './decimal-argument';
import { newTrace82021, type Trace82021 } from './trace-8-2021';

/**
 * The nilai kinerja under PP 30/2019, with a trace.
 *
 * @example
 * ```ts
 * const v = nilaiKinerja82021('102.8', '100', false);
 * v.nilai; // '101.96'
 * ```
 */
export interface NilaiKinerja82021 {
  /** Before the cap. */
  readonly raw: string;
  /** The exact nilai kinerja, after the cap. */
  readonly nilai: string;
  /** Rounded per the pack's `rounding.nilai` (presentation only). */
  readonly nilaiDibulatkan: string;
  /** Whether the cap lowered it (flagged `nilai_kinerja_capped`). */
  readonly capped: boolean;
  readonly trace: Trace82021;
}

/**
 * @internal The nilai kinerja kernel: appends a `nilai_kinerja_82021` step (and a
 * `nilai_kinerja_capped` warning).
 */
export function computeNilaiKinerja82021(
  nilaiSkp: Decimal,
  nilaiPerilaku: Decimal,
  penilaian360: boolean,
  pack: RulePack82021,
  trace: Trace82021,
  path: IssuePath,
): { readonly raw: Decimal; readonly nilai: Decimal } {
  const c = pack.compiled;
  const w = penilaian360 ? c.nilaiKinerjaWeights.with360 : c.nilaiKinerjaWeights.without360;
  const raw = nilaiSkp.times(w.skp).plus(nilaiPerilaku.times(w.perilaku));
  const max = c.nilaiKinerjaMaximum;
  const nilai = max !== null && raw.gt(max) ? max : raw;
  const rawText = toCanonical(raw);
  const nilaiText = nilai === raw ? rawText : toCanonical(nilai);
  if (nilai !== raw) {
    trace.flags.push(issue('nilai_kinerja_capped', path, { raw: rawText, capped: nilaiText }, 'warning'));
  }
  const weights = pack.definition.nilaiKinerja.weights;
  trace.steps.push({
    kind: 'nilai_kinerja_82021',
    penilaian360,
    nilaiSkp: toCanonical(nilaiSkp),
    nilaiPerilaku: toCanonical(nilaiPerilaku),
    bobot: penilaian360 ? weights.with360 : weights.without360,
    raw: rawText,
    maximum: pack.definition.nilaiKinerja.maximum,
    nilai: nilaiText,
  });
  return { raw, nilai };
}

/**
 * The nilai kinerja (performance score) under PP 30/2019 Pasal 41, with the pack's
 * `nilaiKinerja.weights`:
 *
 * $$\text{without 360°: } NK = 0{,}70 \times \text{Nilai SKP} + 0{,}30 \times \text{Nilai Perilaku}$$
 * $$\text{with 360° (rekan and bawahan rate too): } NK = 0{,}60 \times \text{Nilai SKP} + 0{,}40 \times \text{Nilai Perilaku}$$
 *
 * A nilai above `nilaiKinerja.maximum` (120, the top of the predikat bands) is lowered to it and
 * flagged `nilai_kinerja_capped` (decision 0010); `maximum: null` keeps it.
 *
 * @param nilaiSkp - from {@link nilaiSkp82021}.
 * @param nilaiPerilaku - from {@link nilaiPerilaku82021}.
 * @param penilaian360 - whether the instansi applies the 360° assessment.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns the nilai kinerja before and after the cap, rounded, with a trace.
 * @throws {@link KinerjaError} `invalid_argument` when a number is not finite.
 * @example
 * ```ts
 * nilaiKinerja82021('102.8', '100', true).nilai;  // '101.68'
 * nilaiKinerja82021('130', '120', false).nilai;   // '120' (127 capped, flagged)
 * ```
 */
export function nilaiKinerja82021(
  nilaiSkp: DecimalInput,
  nilaiPerilaku: DecimalInput,
  penilaian360: boolean,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): NilaiKinerja82021 {
  const skp = decimalArgument(nilaiSkp, 'nilaiSkp');
  const perilaku = decimalArgument(nilaiPerilaku, 'nilaiPerilaku');
  const trace = newTrace82021(pack);
  const r = computeNilaiKinerja82021(skp, perilaku, penilaian360, pack, trace, []);
  return {
    raw: toCanonical(r.raw),
    nilai: toCanonical(r.nilai),
    nilaiDibulatkan: toCanonical(roundDecimal(r.nilai, pack.definition.rounding.nilai)),
    capped: r.nilai !== r.raw,
    trace,
  };
}
