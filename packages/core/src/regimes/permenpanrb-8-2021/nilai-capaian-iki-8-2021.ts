import { type Decimal, type DecimalInput, toCanonical } from '../../decimal/decimal';
import { roundDecimal } from '../../decimal/rounding';
import { type IssuePath, issue } from '../../issues/issue';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import {
  type CompiledKategoriBand82021,
  lineAt,
  type RulePack82021,
} from '../../rules/permenpanrb-8-2021/pack';
import { decimalArgument } from './decimal-argument';
import type { KategoriCapaian82021 } from './kategori-capaian-8-2021';
import { type NilaiCapaianIki82021Step, newTrace82021, type Trace82021 } from './trace-8-2021';

/**
 * The options of {@link nilaiCapaianIki82021}.
 *
 * @example
 * ```ts
 * const options: NilaiCapaianIki82021Options = { targetMaksimal: true, indikatorId: 'iki-bebas-temuan' };
 * ```
 */
export interface NilaiCapaianIki82021Options {
  /** The target is the maximum achievable (e.g. "bebas temuan" 100 %): reaching it is Sangat Baik, 120. */
  readonly targetMaksimal?: boolean;
  readonly indikatorId?: string;
}

/**
 * The kategori and nilai capaian IKI of a capaian under 8/2021, with its trace.
 *
 * @example
 * ```ts
 * const v = nilaiCapaianIki82021('97.89');
 * v.compared; // '98'
 * v.kategori; // 'CUKUP'
 * v.nilai;    // '88'
 * ```
 */
export interface NilaiCapaianIki82021 {
  readonly indikatorId?: string;
  /** The capaian given, canonical. */
  readonly capaian: string;
  /** The capaian as banded (rounded per the pack's `kategoriCapaian.roundBeforeBanding`). */
  readonly compared: string;
  readonly kategori: KategoriCapaian82021;
  /** The exact nilai capaian IKI. */
  readonly nilai: string;
  /** The nilai rounded per the pack's `rounding.nilai` (presentation only). */
  readonly nilaiDibulatkan: string;
  /** Whether the capaian fell between two bands (flagged `capaian_in_band_gap`). */
  readonly gap: boolean;
  readonly trace: Trace82021;
}

/** @internal The kategori and nilai of one capaian, as decimals. */
export interface NilaiCapaianIki82021Computed {
  readonly compared: Decimal;
  readonly kategori: KategoriCapaian82021;
  readonly nilai: Decimal;
  readonly gap: boolean;
}

/**
 * @internal The kategori kernel: appends a `nilai_capaian_iki_82021` step (and a
 * `capaian_in_band_gap` warning) to `trace`.
 */
export function computeNilaiCapaianIki82021(
  capaian: Decimal,
  capaianText: string,
  targetMaksimal: boolean,
  pack: RulePack82021,
  indikatorId: string | undefined,
  trace: Trace82021,
  path: IssuePath,
): NilaiCapaianIki82021Computed {
  const k = pack.definition.kategoriCapaian;
  const c = pack.compiled;
  const compared = k.roundBeforeBanding === null ? capaian : roundDecimal(capaian, k.roundBeforeBanding);
  const comparedText = compared === capaian ? capaianText : toCanonical(compared);
  let rule: NilaiCapaianIki82021Step['rule'];
  let band: CompiledKategoriBand82021 | null = null;
  let kategori: KategoriCapaian82021;
  let nilai: Decimal;
  const top = c.bands[0]!;
  if (targetMaksimal && compared.gte(c.targetMaksimalCapaian)) {
    rule = 'TARGET_MAKSIMAL';
    kategori = pack.definition.targetMaksimal.kategori;
    nilai = c.targetMaksimalNilai;
  } else if (compared.gt(top.capaianMax)) {
    rule = 'ABOVE';
    kategori = top.band.kategori;
    nilai = c.nilaiAbove;
  } else {
    // Bands run from the highest capaian down: the first whose lower end is reached.
    const i = c.bands.findIndex((b) => compared.gte(b.capaianMin));
    if (i < 0) {
      rule = 'BELOW';
      band = c.bands[c.bands.length - 1]!;
      nilai = band.nilaiMin;
    } else if (compared.lte(c.bands[i]!.capaianMax)) {
      rule = 'BAND';
      band = c.bands[i]!;
      nilai = lineAt(band, compared);
    } else {
      // Between band i (below) and band i − 1 (above): the regulation is silent (decision 0009).
      rule = 'GAP';
      const lower = c.bands[i]!;
      const upper = c.bands[i - 1]!;
      band = k.gap.band === 'LOWER' ? lower : upper;
      if (k.gap.nilai === 'EXTRAPOLATE') nilai = lineAt(band, compared);
      else nilai = band === lower ? lower.nilaiMax : upper.nilaiMin;
    }
    kategori = band.band.kategori;
  }
  const gap = rule === 'GAP';
  if (gap) {
    trace.flags.push(
      issue(
        'capaian_in_band_gap',
        path,
        { indikatorId: indikatorId ?? '', capaian: comparedText, kategori },
        'warning',
      ),
    );
  }
  trace.steps.push({
    kind: 'nilai_capaian_iki_82021',
    indikatorId,
    capaian: capaianText,
    compared: comparedText,
    roundBeforeBanding: k.roundBeforeBanding,
    targetMaksimal,
    rule,
    band: band === null ? null : band.band,
    kategori,
    nilai: toCanonical(nilai),
  });
  return { compared, kategori, nilai, gap };
}

/**
 * The kategori and nilai capaian IKI of a capaian under PermenPANRB 8/2021 (Lampiran BAB VI,
 * §2.3), from the pack's bands (by default):
 *
 * | Kategori | Capaian C | Nilai |
 * |---|---|---|
 * | Sangat Baik | above 110 % | 120 |
 * | Sangat Baik | 101 %–110 % | $$110 + \frac{120 - 110}{110 - 101} \times (C - 101)$$ |
 * | Baik | 100 % | 109 |
 * | Cukup | 80 %–99 % | $$70 + \frac{89 - 70}{99 - 80} \times (C - 80)$$ |
 * | Kurang | 60 %–79 % | $$50 + \frac{69 - 50}{79 - 60} \times (C - 60)$$ |
 * | Sangat Kurang | 0 %–59 % | $$\frac{C}{59} \times 49$$ |
 *
 * The capaian is first rounded per `kategoriCapaian.roundBeforeBanding` (0 decimals half-up:
 * the official example prints 93 vs 95 = 97.89 % as 98 %, nilai 88). A capaian between two bands
 * (possible without that rounding, e.g. 99.5 %) follows `kategoriCapaian.gap` and is flagged
 * `capaian_in_band_gap`. With `targetMaksimal`, a capaian of at least
 * `targetMaksimal.capaianMinimum` (100 %) is Sangat Baik with nilai 120. The nilai never
 * decreases with the capaian and stays between the lowest band's lowest nilai and `nilaiAbove`.
 *
 * @param capaian - the capaian in percent (exact, as {@link capaianIki82021} gives it).
 * @param options - `targetMaksimal` and an `indikatorId` for the trace.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns the compared capaian, the kategori, the exact and the rounded nilai, and a trace.
 * @throws {@link KinerjaError} `invalid_argument` when `capaian` is not a finite number.
 * @example
 * ```ts
 * nilaiCapaianIki82021('100').nilai; // '109' (Baik)
 * nilaiCapaianIki82021('115').nilai; // '120' (Sangat Baik, capped)
 * nilaiCapaianIki82021('100', { targetMaksimal: true }).nilai; // '120'
 * ```
 */
export function nilaiCapaianIki82021(
  capaian: DecimalInput,
  options: NilaiCapaianIki82021Options = {},
  pack: RulePack82021 = PERMENPANRB_8_2021,
): NilaiCapaianIki82021 {
  const value = decimalArgument(capaian, 'capaian');
  const trace = newTrace82021(pack);
  const capaianText = toCanonical(value);
  const r = computeNilaiCapaianIki82021(
    value,
    capaianText,
    options.targetMaksimal ?? false,
    pack,
    options.indikatorId,
    trace,
    [],
  );
  const out: NilaiCapaianIki82021 = {
    capaian: capaianText,
    compared: toCanonical(r.compared),
    kategori: r.kategori,
    nilai: toCanonical(r.nilai),
    nilaiDibulatkan: toCanonical(roundDecimal(r.nilai, pack.definition.rounding.nilai)),
    gap: r.gap,
    trace,
  };
  return options.indikatorId === undefined ? out : { indikatorId: options.indikatorId, ...out };
}
