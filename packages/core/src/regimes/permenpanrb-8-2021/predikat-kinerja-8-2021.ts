import { type Decimal, type DecimalInput, toCanonical } from '../../decimal/decimal';
import { roundDecimal } from '../../decimal/rounding';
import type { Predikat } from '../../model/predikat';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { decimalArgument } from './decimal-argument';
import type { Predikat82021 } from './predikat-8-2021';
import { predikatFrom82021 } from './predikat-from-82021';
import { newTrace82021, type Trace82021 } from './trace-8-2021';

/**
 * The predikat kinerja under PP 30/2019, with a trace.
 *
 * @example
 * ```ts
 * const v = predikatKinerja82021('112', false);
 * v.predikat; // 'BAIK' (Sangat Baik needs an innovation)
 * ```
 */
export interface PredikatKinerja82021 {
  /** The nilai kinerja as compared (rounded per `rounding.nilai` when `predikat.compareRounded`). */
  readonly compared: string;
  readonly predikat: Predikat82021;
  /** The corresponding 6/2022 predikat (`CUKUP` → `BUTUH_PERBAIKAN`). */
  readonly predikat62022: Predikat;
  readonly trace: Trace82021;
}

/** @internal The predikat kernel: appends a `predikat_kinerja_82021` step. */
export function computePredikatKinerja82021(
  nilaiKinerja: Decimal,
  inovasi: boolean,
  pack: RulePack82021,
  trace: Trace82021,
): { readonly compared: Decimal; readonly predikat: Predikat82021 } {
  const def = pack.definition.predikat;
  const compared = def.compareRounded
    ? roundDecimal(nilaiKinerja, pack.definition.rounding.nilai)
    : nilaiKinerja;
  const match = pack.compiled.predikatBands.find(
    ({ band, min }) =>
      (band.minInclusive ? compared.gte(min) : compared.gt(min)) && (inovasi || !band.requiresInovasi),
  );
  const predikat = match === undefined ? def.below : match.band.predikat;
  trace.steps.push({
    kind: 'predikat_kinerja_82021',
    nilaiKinerja: toCanonical(nilaiKinerja),
    compared: toCanonical(compared),
    compareRounded: def.compareRounded,
    inovasi,
    band: match === undefined ? null : match.band,
    predikat,
    predikat62022: predikatFrom82021(predikat),
  });
  return { compared, predikat };
}

/**
 * The predikat kinerja under PP 30/2019 Pasal 41(5), from the pack's `predikat.bands` (tried in
 * order; by default):
 *
 * | Predikat | Nilai kinerja x |
 * |---|---|
 * | Sangat Baik | 110 ≤ x ≤ 120 **and** an innovation (a new idea or way of working that benefits the organisation) |
 * | Baik | 90 ≤ x ≤ 120 (so 110–120 without innovation is Baik) |
 * | Cukup ("Butuh Perbaikan" in 8/2021) | 70 ≤ x < 90 |
 * | Kurang | 50 ≤ x < 70 (inclusivity [U]) |
 * | Sangat Kurang | x < 50 |
 *
 * Each band's lower end is inclusive or not per `minInclusive`; its upper end is the lower end of
 * the band before it. The nilai is compared after rounding per `rounding.nilai` (2 decimals
 * half-up) when `predikat.compareRounded`: 89.995 is Baik, 89.99 is Cukup. Values above 120 are
 * capped by {@link nilaiKinerja82021} beforehand.
 *
 * @param nilaiKinerja - from {@link nilaiKinerja82021}.
 * @param inovasi - whether the pegawai created a new idea or way of working that benefits the organisation.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns the compared nilai, the predikat of 8/2021 and its 6/2022 counterpart, with a trace.
 * @throws {@link KinerjaError} `invalid_argument` when `nilaiKinerja` is not a finite number.
 * @example
 * ```ts
 * predikatKinerja82021('110', true).predikat;   // 'SANGAT_BAIK'
 * predikatKinerja82021('89.99', false).predikat62022; // 'BUTUH_PERBAIKAN'
 * ```
 */
export function predikatKinerja82021(
  nilaiKinerja: DecimalInput,
  inovasi: boolean,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): PredikatKinerja82021 {
  const value = decimalArgument(nilaiKinerja, 'nilaiKinerja');
  const trace = newTrace82021(pack);
  const r = computePredikatKinerja82021(value, inovasi, pack, trace);
  return {
    compared: toCanonical(r.compared),
    predikat: r.predikat,
    predikat62022: predikatFrom82021(r.predikat),
    trace,
  };
}
