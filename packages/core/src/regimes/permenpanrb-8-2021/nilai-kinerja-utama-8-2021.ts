import { type Decimal, type DecimalInput, toCanonical } from '../../decimal/decimal';
import { ZERO } from '../../decimal/rounding';
import { KinerjaError } from '../../errors/kinerja-error';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { decimalArgument } from './decimal-argument';
import { type NilaiKinerjaUtama82021Step, newTrace82021, type Trace82021 } from './trace-8-2021';

/**
 * One IKI of the kinerja utama as {@link nilaiKinerjaUtama82021} reads it: its nilai capaian IKI
 * and, for a JPT, its bobot (in percent of `nilaiSkp.totalBobot`).
 *
 * @example
 * ```ts
 * const item: KinerjaUtamaItem82021 = { indikatorId: 'iki-1', nilai: '109', bobot: '40' };
 * ```
 */
export interface KinerjaUtamaItem82021 {
  readonly nilai: DecimalInput;
  readonly bobot?: DecimalInput;
  readonly indikatorId?: string;
}

/**
 * The nilai kinerja utama under 8/2021, with the part of each IKI and a trace.
 *
 * @example
 * ```ts
 * const v = nilaiKinerjaUtama82021([{ nilai: '109', bobot: '40' }], true);
 * v.nilai; // '43.6'
 * ```
 */
export interface NilaiKinerjaUtama82021 {
  readonly method: 'MEAN' | 'WEIGHTED';
  /** The exact nilai kinerja utama. */
  readonly nilai: string;
  readonly items: NilaiKinerjaUtama82021Step['items'];
  readonly trace: Trace82021;
}

/** @internal One IKI utama, parsed. */
export interface KinerjaUtamaItemDecimal {
  readonly indikatorId?: string;
  readonly nilai: Decimal;
  readonly bobot: Decimal | null;
}

/**
 * @internal The kinerja utama kernel: appends a `nilai_kinerja_utama_82021` step. Under
 * `WEIGHTED`, every item has a bobot (checked by the caller); `items` is not empty.
 */
export function computeNilaiKinerjaUtama82021(
  items: readonly KinerjaUtamaItemDecimal[],
  jpt: boolean,
  pack: RulePack82021,
  trace: Trace82021,
): Decimal {
  const c = pack.compiled;
  const method = jpt ? c.utama.jpt : c.utama.nonJpt;
  let nilai: Decimal;
  let stepItems: NilaiKinerjaUtama82021Step['items'];
  if (method === 'WEIGHTED') {
    // One division of the sum, so that the nilai is exact whatever the parts' rounding.
    nilai = items.reduce((sum, it) => sum.plus(it.nilai.times(it.bobot ?? ZERO)), ZERO).div(c.totalBobot);
    stepItems = items.map((it) => ({
      indikatorId: it.indikatorId,
      nilai: toCanonical(it.nilai),
      bobot: it.bobot === null ? null : toCanonical(it.bobot),
      kontribusi: toCanonical(it.nilai.times(it.bobot ?? ZERO).div(c.totalBobot)),
    }));
  } else {
    nilai = items.reduce((sum, it) => sum.plus(it.nilai), ZERO).div(items.length);
    stepItems = items.map((it) => ({
      indikatorId: it.indikatorId,
      nilai: toCanonical(it.nilai),
      bobot: it.bobot === null ? null : toCanonical(it.bobot),
      kontribusi: null,
    }));
  }
  trace.steps.push({
    kind: 'nilai_kinerja_utama_82021',
    method,
    totalBobot: method === 'WEIGHTED' ? pack.definition.nilaiSkp.totalBobot : null,
    items: stepItems,
    nilai: toCanonical(nilai),
  });
  return nilai;
}

/**
 * The nilai kinerja utama (main work) of an SKP under PermenPANRB 8/2021, by the pack's
 * `nilaiSkp.jpt.utama` or `nilaiSkp.nonJpt.utama`:
 *
 * $$\text{WEIGHTED (JPT): } KU = \sum_i N_i \times \frac{B_i}{100} \qquad \text{MEAN (non-JPT): } KU = \frac{1}{n}\sum_i N_i$$
 *
 * with $N_i$ the nilai capaian IKI ({@link nilaiCapaianIki82021}) and $B_i$ its bobot. The bobot
 * are used as given: {@link evaluateTahunan82021} checks that they add up to 100.
 *
 * @param items - the IKI utama, at least one; a bobot on each under `WEIGHTED`.
 * @param jpt - whether the SKP is a jabatan pimpinan tinggi's.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns the nilai kinerja utama with each IKI's part and a trace.
 * @throws {@link KinerjaError} `invalid_argument` when `items` is empty, a number is not finite,
 *   or a bobot is missing under `WEIGHTED`.
 * @example
 * ```ts
 * nilaiKinerjaUtama82021([{ nilai: '109', bobot: '40' }, { nilai: '88', bobot: '60' }], true).nilai; // '96.4'
 * nilaiKinerjaUtama82021([{ nilai: '109' }, { nilai: '88' }], false).nilai;                           // '98.5'
 * ```
 */
export function nilaiKinerjaUtama82021(
  items: readonly KinerjaUtamaItem82021[],
  jpt: boolean,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): NilaiKinerjaUtama82021 {
  if (items.length === 0) throw new KinerjaError('invalid_argument', 'no kinerja utama');
  const weighted = (jpt ? pack.compiled.utama.jpt : pack.compiled.utama.nonJpt) === 'WEIGHTED';
  const parsed = items.map((it, i) => {
    if (weighted && it.bobot === undefined) {
      throw new KinerjaError('invalid_argument', `kinerja utama ${i} has no bobot`);
    }
    return {
      indikatorId: it.indikatorId,
      nilai: decimalArgument(it.nilai, `items[${i}].nilai`),
      bobot: it.bobot === undefined ? null : decimalArgument(it.bobot, `items[${i}].bobot`),
    };
  });
  const trace = newTrace82021(pack);
  const nilai = computeNilaiKinerjaUtama82021(parsed, jpt, pack, trace);
  const step = trace.steps[0] as NilaiKinerjaUtama82021Step;
  return { method: step.method, nilai: toCanonical(nilai), items: step.items, trace };
}
