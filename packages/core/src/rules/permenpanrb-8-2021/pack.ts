import { Decimal } from '../../decimal/decimal';
import { HUNDRED, ZERO } from '../../decimal/rounding';
import { type Issue, type IssuePath, issue } from '../../issues/issue';
import { fail, ok, type Result } from '../../issues/result';
import {
  KATEGORI_CAPAIAN_8_2021,
  type KategoriCapaian82021,
} from '../../regimes/permenpanrb-8-2021/kategori-capaian-8-2021';
import { compilePack } from '../compile-pack';
import type { OverrideRef } from '../rule-pack-ref';
import {
  type KategoriBand82021,
  type KinerjaTambahanRule82021,
  type PredikatBand82021,
  type RulePack82021Definition,
  RulePack82021Schema,
  type SkemaPerilaku82021,
} from './schema';

/** @internal A kategori band with its decimals parsed once. */
export interface CompiledKategoriBand82021 {
  readonly band: KategoriBand82021;
  readonly capaianMin: Decimal;
  readonly capaianMax: Decimal;
  readonly nilaiMin: Decimal;
  readonly nilaiMax: Decimal;
}

/** @internal A kinerja tambahan rule with its decimals parsed once. */
export type CompiledKinerjaTambahanRule82021 =
  | { readonly method: 'NONE' }
  | {
      readonly method: 'KATEGORI_BOBOT';
      readonly bobotKategori: Readonly<Record<KategoriCapaian82021, Decimal>>;
      readonly maximum: Decimal | null;
    };

/** @internal Weights as fractions (60 % → 0.6); an absent rater group weighs 0. */
export interface CompiledPerilakuWeights82021 {
  readonly atasan: Decimal;
  readonly rekan: Decimal;
  readonly bawahan: Decimal;
}

/** @internal What scoring needs of a pack, parsed once. */
export interface CompiledRulePack82021 {
  readonly capaianFloor: Decimal | null;
  readonly capaianCeiling: Decimal | null;
  /** From the highest capaian to the lowest. */
  readonly bands: readonly CompiledKategoriBand82021[];
  readonly nilaiAbove: Decimal;
  readonly targetMaksimalCapaian: Decimal;
  readonly targetMaksimalNilai: Decimal;
  readonly utama: { readonly jpt: 'MEAN' | 'WEIGHTED'; readonly nonJpt: 'MEAN' | 'WEIGHTED' };
  readonly tambahan: {
    readonly jpt: CompiledKinerjaTambahanRule82021;
    readonly nonJpt: CompiledKinerjaTambahanRule82021;
  };
  readonly totalBobot: Decimal;
  /** Fractions. */
  readonly periodik: { readonly rencanaAksi: Decimal; readonly kinerjaUtamaTerukur: Decimal };
  readonly perilakuMaximum: Decimal;
  readonly perilakuWeights: Readonly<Record<SkemaPerilaku82021, CompiledPerilakuWeights82021>>;
  /** Fractions. */
  readonly nilaiKinerjaWeights: {
    readonly with360: { readonly skp: Decimal; readonly perilaku: Decimal };
    readonly without360: { readonly skp: Decimal; readonly perilaku: Decimal };
  };
  readonly nilaiKinerjaMaximum: Decimal | null;
  readonly predikatBands: readonly { readonly band: PredikatBand82021; readonly min: Decimal }[];
}

/**
 * A validated, ready-to-use PP 30/2019 + PermenPANRB 8/2021 rule pack: the data of its
 * definition plus the tables compiled from it. Every 8/2021 scoring function takes one, and every
 * result names its `id` and `version`.
 *
 * @example
 * ```ts
 * PERMENPANRB_8_2021.regime; // 'permenpanrb-8-2021'
 * ```
 */
export interface RulePack82021 {
  readonly id: string;
  readonly version: string;
  readonly regime: 'permenpanrb-8-2021';
  readonly definition: RulePack82021Definition;
  /** The override applied to the base pack, if any. */
  readonly override?: OverrideRef;
  /** @internal */
  readonly compiled: CompiledRulePack82021;
}

/**
 * @internal The nilai on a band's line at capaian `c` (also outside the band: extrapolated):
 *
 * $$N = N_{min} + \frac{(N_{max} - N_{min}) \times (C - C_{min})}{C_{max} - C_{min}}$$
 *
 * with one division; a one-point band is constant.
 */
export function lineAt(b: CompiledKategoriBand82021, c: Decimal): Decimal {
  const width = b.capaianMax.minus(b.capaianMin);
  if (width.isZero()) return b.nilaiMin;
  return b.nilaiMin.plus(b.nilaiMax.minus(b.nilaiMin).times(c.minus(b.capaianMin)).div(width));
}

function inverted(path: IssuePath, start: Decimal, end: Decimal): Issue {
  return issue('invalid_interval', path, { start: start.toFixed(), end: end.toFixed() });
}

function compileBands(def: RulePack82021Definition, issues: Issue[]): CompiledKategoriBand82021[] {
  const k = def.kategoriCapaian;
  const bands = k.bands.map((band) => ({
    band,
    capaianMin: new Decimal(band.capaian.min),
    capaianMax: new Decimal(band.capaian.max),
    nilaiMin: new Decimal(band.nilai.min),
    nilaiMax: new Decimal(band.nilai.max),
  }));
  bands.forEach((b, i) => {
    const at: IssuePath = ['kategoriCapaian', 'bands', i];
    if (b.capaianMax.lt(b.capaianMin)) issues.push(inverted([...at, 'capaian'], b.capaianMin, b.capaianMax));
    if (b.nilaiMax.lt(b.nilaiMin)) issues.push(inverted([...at, 'nilai'], b.nilaiMin, b.nilaiMax));
    // A one-point band (Baik at 100 %) has one nilai.
    if (b.capaianMax.eq(b.capaianMin) && !b.nilaiMax.eq(b.nilaiMin)) {
      issues.push(inverted([...at, 'nilai', 'max'], b.nilaiMin, b.nilaiMax));
    }
    if (i === 0) return;
    const upper = bands[i - 1]!;
    // Disjoint (touching ends allowed), from the highest to the lowest, and the nilai never
    // decreases with the capaian, also across a gap.
    if (upper.capaianMin.lt(b.capaianMax))
      issues.push(inverted([...at, 'capaian', 'max'], b.capaianMax, upper.capaianMin));
    if (upper.nilaiMin.lt(b.nilaiMax))
      issues.push(inverted([...at, 'nilai', 'max'], b.nilaiMax, upper.nilaiMin));
    if (k.gap.nilai === 'EXTRAPOLATE' && upper.capaianMin.gt(b.capaianMax)) {
      if (k.gap.band === 'LOWER') {
        const reach = lineAt(b, upper.capaianMin);
        if (reach.gt(upper.nilaiMin))
          issues.push(inverted(['kategoriCapaian', 'gap', 'nilai'], reach, upper.nilaiMin));
      } else {
        const reach = lineAt(upper, b.capaianMax);
        if (reach.lt(b.nilaiMax))
          issues.push(inverted(['kategoriCapaian', 'gap', 'nilai'], b.nilaiMax, reach));
      }
    }
  });
  const top = bands[0];
  const nilaiAbove = new Decimal(k.nilaiAbove);
  if (top !== undefined && nilaiAbove.lt(top.nilaiMax)) {
    issues.push(inverted(['kategoriCapaian', 'nilaiAbove'], top.nilaiMax, nilaiAbove));
  }
  return bands;
}

/** Parses weights in percent into fractions; they must be ≥ 0 and add up to 100. */
function compileWeights<K extends string>(
  weights: Readonly<Record<K, string>>,
  path: IssuePath,
  issues: Issue[],
): Record<K, Decimal> {
  const out = {} as Record<K, Decimal>;
  let total = ZERO;
  for (const key of Object.keys(weights) as K[]) {
    const w = new Decimal(weights[key]);
    if (w.isNegative() && !w.isZero()) {
      issues.push(issue('too_small', [...path, key], { minimum: '0', inclusive: true, origin: 'number' }));
    }
    total = total.plus(w);
    out[key] = w.div(HUNDRED);
  }
  if (!total.eq(HUNDRED)) {
    issues.push(issue('bobot_total_invalid', path, { total: total.toFixed(), expected: '100' }));
  }
  return out;
}

function compileTambahan(
  rule: KinerjaTambahanRule82021,
  path: IssuePath,
  issues: Issue[],
): CompiledKinerjaTambahanRule82021 {
  if (rule.method === 'NONE') return rule;
  const bobotKategori = {} as Record<KategoriCapaian82021, Decimal>;
  for (const k of KATEGORI_CAPAIAN_8_2021) bobotKategori[k] = new Decimal(rule.bobotKategori[k]);
  const maximum = rule.maximum === null ? null : new Decimal(rule.maximum);
  if (maximum?.isNegative() && !maximum.isZero()) {
    issues.push(
      issue('too_small', [...path, 'maximum'], { minimum: '0', inclusive: true, origin: 'number' }),
    );
  }
  return { method: rule.method, bobotKategori, maximum };
}

function compile(def: RulePack82021Definition): Result<CompiledRulePack82021> {
  const issues: Issue[] = [];
  const bands = compileBands(def, issues);
  const floor = def.capaian.floor === null ? null : new Decimal(def.capaian.floor);
  const ceiling = def.capaian.ceiling === null ? null : new Decimal(def.capaian.ceiling);
  if (floor !== null && ceiling?.lt(floor)) {
    issues.push(inverted(['capaian', 'ceiling'], floor, ceiling));
  }
  const totalBobot = new Decimal(def.nilaiSkp.totalBobot);
  if (!totalBobot.gt(0)) {
    issues.push(
      issue('too_small', ['nilaiSkp', 'totalBobot'], { minimum: '0', inclusive: false, origin: 'number' }),
    );
  }
  const perilakuMaximum = new Decimal(def.perilaku.maximum);
  if (!perilakuMaximum.gt(0)) {
    issues.push(
      issue('too_small', ['perilaku', 'maximum'], { minimum: '0', inclusive: false, origin: 'number' }),
    );
  }
  const w = def.perilaku.weights;
  const path = ['perilaku', 'weights'] as const;
  const lengkap = compileWeights(w.ATASAN_REKAN_BAWAHAN, [...path, 'ATASAN_REKAN_BAWAHAN'], issues);
  const rekan = compileWeights(w.ATASAN_REKAN, [...path, 'ATASAN_REKAN'], issues);
  const bawahan = compileWeights(w.ATASAN_BAWAHAN, [...path, 'ATASAN_BAWAHAN'], issues);
  const atasan = compileWeights(w.ATASAN, [...path, 'ATASAN'], issues);
  const predikatBands = def.predikat.bands.map((band) => ({ band, min: new Decimal(band.min) }));
  predikatBands.forEach((b, i) => {
    const before = predikatBands[i - 1];
    if (before?.min.lt(b.min)) {
      issues.push(inverted(['predikat', 'bands', i, 'min'], b.min, before.min));
    }
  });
  const compiled: CompiledRulePack82021 = {
    capaianFloor: floor,
    capaianCeiling: ceiling,
    bands,
    nilaiAbove: new Decimal(def.kategoriCapaian.nilaiAbove),
    targetMaksimalCapaian: new Decimal(def.targetMaksimal.capaianMinimum),
    targetMaksimalNilai: new Decimal(def.targetMaksimal.nilai),
    utama: { jpt: def.nilaiSkp.jpt.utama, nonJpt: def.nilaiSkp.nonJpt.utama },
    tambahan: {
      jpt: compileTambahan(def.nilaiSkp.jpt.tambahan, ['nilaiSkp', 'jpt', 'tambahan'], issues),
      nonJpt: compileTambahan(def.nilaiSkp.nonJpt.tambahan, ['nilaiSkp', 'nonJpt', 'tambahan'], issues),
    },
    totalBobot,
    periodik: compileWeights(def.periodik, ['periodik'], issues),
    perilakuMaximum,
    perilakuWeights: {
      ATASAN_REKAN_BAWAHAN: lengkap,
      ATASAN_REKAN: { ...rekan, bawahan: ZERO },
      ATASAN_BAWAHAN: { ...bawahan, rekan: ZERO },
      ATASAN: { ...atasan, rekan: ZERO, bawahan: ZERO },
    },
    nilaiKinerjaWeights: {
      with360: compileWeights(
        def.nilaiKinerja.weights.with360,
        ['nilaiKinerja', 'weights', 'with360'],
        issues,
      ),
      without360: compileWeights(
        def.nilaiKinerja.weights.without360,
        ['nilaiKinerja', 'weights', 'without360'],
        issues,
      ),
    },
    nilaiKinerjaMaximum: def.nilaiKinerja.maximum === null ? null : new Decimal(def.nilaiKinerja.maximum),
    predikatBands,
  };
  return issues.length > 0 ? fail(issues) : ok(compiled);
}

/**
 * Validates the data of a PP 30/2019 + PermenPANRB 8/2021 rule pack and compiles it for
 * scoring. Most callers use `createRulePack`, which picks the regime from the data. Besides the
 * schema, it checks that the kategori bands are ordered and disjoint and that the nilai never
 * decreases with the capaian (`invalid_interval`), that every set of weights adds up to 100
 * (`bobot_total_invalid`), and that the predikat bands' lower ends do not increase.
 *
 * @param input - the pack's data, of any shape: it is validated.
 * @returns the rule pack, or issues naming every offending path.
 * @example
 * ```ts
 * const r = compileRulePack82021({ ...permenpanrb82021Definition, version: '1.0.0+exact', kategoriCapaian: { ...permenpanrb82021Definition.kategoriCapaian, roundBeforeBanding: null } });
 * if (r.ok) nilaiCapaianIki82021('99.5', {}, r.value).kategori; // 'CUKUP' (in the gap 99–100, flagged)
 * ```
 */
export function compileRulePack82021(input: unknown): Result<RulePack82021> {
  return compilePack(RulePack82021Schema, compile, input);
}
