import { type Decimal, type DecimalInput, toCanonical } from '../../decimal/decimal';
import { ZERO } from '../../decimal/rounding';
import { KinerjaError } from '../../errors/kinerja-error';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { decimalArgument } from './decimal-argument';
import type { KategoriCapaian82021 } from './kategori-capaian-8-2021';
import { type NilaiKinerjaTambahan82021Step, newTrace82021, type Trace82021 } from './trace-8-2021';

const TEN_THOUSAND = 10_000;

/**
 * One item of the kinerja tambahan (additional work) as {@link nilaiKinerjaTambahan82021} reads
 * it: its kategori and nilai capaian, and the bobot of its lingkup penugasan (scope of the
 * assignment, in percent).
 *
 * @example
 * ```ts
 * const item: KinerjaTambahanItem82021 = { indikatorId: 'kt-1', kategori: 'BAIK', nilai: '109', bobotLingkupPenugasan: '10' };
 * ```
 */
export interface KinerjaTambahanItem82021 {
  readonly kategori: KategoriCapaian82021;
  readonly nilai: DecimalInput;
  readonly bobotLingkupPenugasan?: DecimalInput;
  readonly indikatorId?: string;
}

/**
 * The nilai kinerja tambahan under 8/2021, with each item's part and a trace.
 *
 * @example
 * ```ts
 * const v = nilaiKinerjaTambahan82021([{ kategori: 'BAIK', nilai: '109', bobotLingkupPenugasan: '10' }], true);
 * v.nilai; // '8.72'
 * ```
 */
export interface NilaiKinerjaTambahan82021 {
  readonly method: 'NONE' | 'KATEGORI_BOBOT';
  /** The sum of the items' parts, before the cap. */
  readonly jumlah: string;
  /** The nilai kinerja tambahan, after the cap. */
  readonly nilai: string;
  readonly items: NilaiKinerjaTambahan82021Step['items'];
  readonly trace: Trace82021;
}

/** @internal One item of kinerja tambahan, parsed. */
export interface KinerjaTambahanItemDecimal {
  readonly indikatorId?: string;
  readonly kategori: KategoriCapaian82021;
  readonly nilai: Decimal;
  readonly bobotLingkupPenugasan: Decimal | null;
}

/**
 * @internal The kinerja tambahan kernel: appends a `nilai_kinerja_tambahan_82021` step. Under
 * `KATEGORI_BOBOT`, every item has a bobot lingkup penugasan (checked by the caller).
 */
export function computeNilaiKinerjaTambahan82021(
  items: readonly KinerjaTambahanItemDecimal[],
  jpt: boolean,
  pack: RulePack82021,
  trace: Trace82021,
): { readonly jumlah: Decimal; readonly nilai: Decimal } {
  const rule = jpt ? pack.compiled.tambahan.jpt : pack.compiled.tambahan.nonJpt;
  const text = (d: Decimal | null) => (d === null ? null : toCanonical(d));
  if (rule.method === 'NONE') {
    trace.steps.push({
      kind: 'nilai_kinerja_tambahan_82021',
      method: 'NONE',
      items: items.map((it) => ({
        indikatorId: it.indikatorId,
        kategori: it.kategori,
        nilai: toCanonical(it.nilai),
        bobotKategori: null,
        bobotLingkupPenugasan: text(it.bobotLingkupPenugasan),
        kontribusi: '0',
      })),
      jumlah: '0',
      maximum: null,
      nilai: '0',
    });
    return { jumlah: ZERO, nilai: ZERO };
  }
  const parts = items.map((it) =>
    rule.bobotKategori[it.kategori]
      .times(it.bobotLingkupPenugasan ?? ZERO)
      .times(it.nilai)
      .div(TEN_THOUSAND),
  );
  const jumlah = parts.reduce((sum, p) => sum.plus(p), ZERO);
  const nilai = rule.maximum !== null && jumlah.gt(rule.maximum) ? rule.maximum : jumlah;
  trace.steps.push({
    kind: 'nilai_kinerja_tambahan_82021',
    method: 'KATEGORI_BOBOT',
    items: items.map((it, i) => ({
      indikatorId: it.indikatorId,
      kategori: it.kategori,
      nilai: toCanonical(it.nilai),
      bobotKategori: toCanonical(rule.bobotKategori[it.kategori]),
      bobotLingkupPenugasan: text(it.bobotLingkupPenugasan),
      kontribusi: toCanonical(parts[i]!),
    })),
    jumlah: toCanonical(jumlah),
    maximum: text(rule.maximum),
    nilai: toCanonical(nilai),
  });
  return { jumlah, nilai };
}

/**
 * The nilai kinerja tambahan (additional work) of an SKP under PermenPANRB 8/2021, by the pack's
 * `nilaiSkp.jpt.tambahan` or `nilaiSkp.nonJpt.tambahan`. Under `KATEGORI_BOBOT` (the default
 * for both; for a non-JPT an [U] choice, decision 0010), each item adds
 *
 * $$KT_i = W_{kategori} \times \frac{B_{lingkup}}{100} \times \frac{N_i}{100}$$
 *
 * with $W$ = Sangat Baik 100, Baik 80, Cukup 60, Kurang 40, Sangat Kurang 20, and the sum is
 * capped at `maximum` (10). Under `NONE` the kinerja tambahan adds nothing.
 *
 * @param items - the kinerja tambahan, possibly none; a bobot lingkup penugasan on each under `KATEGORI_BOBOT`.
 * @param jpt - whether the SKP is a jabatan pimpinan tinggi's.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns the sum, the capped nilai, each item's part and a trace.
 * @throws {@link KinerjaError} `invalid_argument` when a number is not finite or a bobot lingkup
 *   penugasan is missing under `KATEGORI_BOBOT`.
 * @example
 * ```ts
 * nilaiKinerjaTambahan82021([{ kategori: 'SANGAT_BAIK', nilai: '120', bobotLingkupPenugasan: '10' }], true).nilai; // '10' (12 capped)
 * nilaiKinerjaTambahan82021([], true).nilai; // '0'
 * ```
 */
export function nilaiKinerjaTambahan82021(
  items: readonly KinerjaTambahanItem82021[],
  jpt: boolean,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): NilaiKinerjaTambahan82021 {
  const rule = jpt ? pack.compiled.tambahan.jpt : pack.compiled.tambahan.nonJpt;
  const parsed = items.map((it, i) => {
    if (rule.method === 'KATEGORI_BOBOT' && it.bobotLingkupPenugasan === undefined) {
      throw new KinerjaError('invalid_argument', `kinerja tambahan ${i} has no bobotLingkupPenugasan`);
    }
    return {
      indikatorId: it.indikatorId,
      kategori: it.kategori,
      nilai: decimalArgument(it.nilai, `items[${i}].nilai`),
      bobotLingkupPenugasan:
        it.bobotLingkupPenugasan === undefined
          ? null
          : decimalArgument(it.bobotLingkupPenugasan, `items[${i}].bobotLingkupPenugasan`),
    };
  });
  const trace = newTrace82021(pack);
  const r = computeNilaiKinerjaTambahan82021(parsed, jpt, pack, trace);
  const step = trace.steps[0] as NilaiKinerjaTambahan82021Step;
  return {
    method: step.method,
    jumlah: toCanonical(r.jumlah),
    nilai: toCanonical(r.nilai),
    items: step.items,
    trace,
  };
}
