import { type Decimal, type DecimalInput, toCanonical } from '../../decimal/decimal';
import { roundDecimal } from '../../decimal/rounding';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { decimalArgument } from './decimal-argument';
import { newTrace82021, type Trace82021 } from './trace-8-2021';

/**
 * The nilai SKP under 8/2021, with a trace.
 *
 * @example
 * ```ts
 * nilaiSkp82021('102.8', '0').nilai; // '102.8'
 * ```
 */
export interface NilaiSkp82021 {
  /** The exact nilai SKP. */
  readonly nilai: string;
  /** Rounded per the pack's `rounding.nilai` (presentation only). */
  readonly nilaiDibulatkan: string;
  readonly trace: Trace82021;
}

/** @internal The nilai SKP kernel: appends a `nilai_skp_82021` step. */
export function computeNilaiSkp82021(ku: Decimal, kt: Decimal, trace: Trace82021): Decimal {
  const nilai = ku.plus(kt);
  trace.steps.push({
    kind: 'nilai_skp_82021',
    nilaiKinerjaUtama: toCanonical(ku),
    nilaiKinerjaTambahan: toCanonical(kt),
    nilai: toCanonical(nilai),
  });
  return nilai;
}

/**
 * The nilai SKP under PermenPANRB 8/2021: the nilai kinerja utama plus the (capped) nilai kinerja
 * tambahan.
 *
 * $$\text{Nilai SKP} = KU + KT$$
 *
 * The official JPT example (Lampiran, p. 363): (59.2 + 43.6) + 0 = 102.8.
 *
 * @param nilaiKinerjaUtama - from {@link nilaiKinerjaUtama82021}.
 * @param nilaiKinerjaTambahan - from {@link nilaiKinerjaTambahan82021} (after its cap).
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}), for the trace and the rounding.
 * @returns the exact and the rounded nilai SKP with a trace.
 * @throws {@link KinerjaError} `invalid_argument` when a number is not finite.
 * @example
 * ```ts
 * nilaiSkp82021('98.5', '8.72').nilai; // '107.22'
 * ```
 */
export function nilaiSkp82021(
  nilaiKinerjaUtama: DecimalInput,
  nilaiKinerjaTambahan: DecimalInput,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): NilaiSkp82021 {
  const ku = decimalArgument(nilaiKinerjaUtama, 'nilaiKinerjaUtama');
  const kt = decimalArgument(nilaiKinerjaTambahan, 'nilaiKinerjaTambahan');
  const trace = newTrace82021(pack);
  const nilai = computeNilaiSkp82021(ku, kt, trace);
  return {
    nilai: toCanonical(nilai),
    nilaiDibulatkan: toCanonical(roundDecimal(nilai, pack.definition.rounding.nilai)),
    trace,
  };
}
