import { checkDistribusi } from '../distribution/check-distribusi';
import { KinerjaError } from '../errors/kinerja-error';
import type { Issue } from '../issues/issue';
import { ok, type Result } from '../issues/result';
import type { Predikat, PredikatOrganisasi, Rating } from '../model/predikat';
import { assertRulePack62022 } from '../rules/permenpanrb-6-2022/assert-rule-pack';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { RulePackRef } from '../rules/rule-pack-ref';
import { parseDataset } from './dataset';
import { compareId, evaluatePrepared, type HasilPegawai, prepareDataset } from './evaluate-dataset';
import { type MatriksTransisi, matriksTransisi } from './matriks-transisi';

/**
 * The outcome of one pegawai under one rule pack.
 *
 * @example
 * ```ts
 * const h: HasilWhatIf = { ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' };
 * ```
 */
export interface HasilWhatIf {
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly predikat: Predikat;
}

/**
 * One SKP under both rule packs: `before` (pack A) and `after` (pack B); `changed` when a rating
 * or the predikat differs.
 *
 * @example
 * ```ts
 * r.value.pegawai.filter((p) => p.changed).map((p) => [p.pegawaiId, p.before.predikat, p.after.predikat]);
 * ```
 */
export interface PerubahanPegawai {
  readonly pegawaiId: string;
  readonly skpId: string;
  readonly tahun: number;
  readonly unitKerjaId: string;
  readonly kurvaUnitId: string | null;
  readonly before: HasilWhatIf;
  readonly after: HasilWhatIf;
  readonly changed: boolean;
}

/**
 * A kurva unit's distribution checked with `checkDistribusi` under one rule pack.
 *
 * @example
 * ```ts
 * const k: KurvaWhatIf = { headcount: 9, counts: { SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 1, KURANG: 0, SANGAT_KURANG: 0 }, conforms: true, feasible: true, violations: [] };
 * ```
 */
export interface KurvaWhatIf {
  readonly headcount: number;
  readonly counts: Readonly<Record<Predikat, number>>;
  /** No violated rule of severity `error`. */
  readonly conforms: boolean;
  readonly feasible: boolean;
  /** Every violated kurva rule (errors and warnings), in the pack's order. */
  readonly violations: readonly Issue[];
}

/**
 * One kurva unit (a unit with a predikat organisasi for the year) under both rule packs.
 *
 * @example
 * ```ts
 * r.value.kurvaUnit.filter((u) => u.before.conforms && !u.after.conforms).map((u) => u.nama);
 * ```
 */
export interface PerbandinganKurvaUnit {
  readonly kurvaUnitId: string;
  readonly nama: string;
  readonly tahun: number;
  readonly predikatOrganisasi: PredikatOrganisasi;
  readonly before: KurvaWhatIf;
  readonly after: KurvaWhatIf;
  /** `conforms` differs between the packs. */
  readonly conformanceChanged: boolean;
}

/**
 * The totals of a {@link WhatIf}.
 *
 * @example
 * ```ts
 * const t: TotalWhatIf = r.value.total;
 * `${t.changed} of ${t.pegawai} pegawai change predikat or rating`;
 * ```
 */
export interface TotalWhatIf {
  /** SKP scored under both packs. */
  readonly pegawai: number;
  readonly changed: number;
  /** SKP whose predikat changed (a subset of `changed`). */
  readonly predikatChanged: number;
  /** SKP scored under both packs that belong to no kurva unit. */
  readonly tanpaKurvaUnit: number;
  /** SKP that failed under at least one pack. */
  readonly gagal: number;
  readonly kurvaUnit: number;
  readonly conformingBefore: number;
  readonly conformingAfter: number;
  /** Units that conform under A and not under B. */
  readonly becameNonConforming: number;
  /** Units that do not conform under A and do under B. */
  readonly becameConforming: number;
  /** The number of pegawai per predikat under A and under B. */
  readonly distribusiBefore: Readonly<Record<Predikat, number>>;
  readonly distribusiAfter: Readonly<Record<Predikat, number>>;
}

/**
 * An SKP that could not be scored under one of the packs, with the issues of each (`null` for
 * the pack under which it was scored).
 *
 * @example
 * ```ts
 * const g: GagalWhatIf = { skpId: 'skp-9', pegawaiId: 'p-9', before: [issue('evaluasi_missing', [], { aspect: 'perilaku_kerja' })], after: null };
 * ```
 */
export interface GagalWhatIf {
  readonly skpId: string;
  readonly pegawaiId: string;
  readonly before: readonly Issue[] | null;
  readonly after: readonly Issue[] | null;
}

/**
 * The result of {@link whatIf}: the outcome of every pegawai and kurva unit under two rule packs.
 *
 * @example
 * ```ts
 * const r = whatIf(generateAgency(), PERMENPANRB_6_2022, ketat);
 * if (r.ok) r.value.transisi.BAIK.BUTUH_PERBAIKAN;
 * ```
 */
export interface WhatIf {
  /** The reference of pack A (before). */
  readonly packBefore: RulePackRef;
  /** The reference of pack B (after), with its override when it has one. */
  readonly packAfter: RulePackRef;
  /** One row per SKP scored under both packs, ordered by `skpId`. */
  readonly pegawai: readonly PerubahanPegawai[];
  /** Predikat under A (rows) × predikat under B (columns). */
  readonly transisi: MatriksTransisi;
  /** One row per kurva unit and year, in the order of the unit tree (siblings by id). */
  readonly kurvaUnit: readonly PerbandinganKurvaUnit[];
  readonly total: TotalWhatIf;
  /** Ordered by `skpId`. */
  readonly gagal: readonly GagalWhatIf[];
}

const sameHasil = (a: HasilWhatIf, b: HasilWhatIf): boolean =>
  a.ratingHasilKerja === b.ratingHasilKerja &&
  a.ratingPerilakuKerja === b.ratingPerilakuKerja &&
  a.predikat === b.predikat;

const hasilOf = (h: HasilPegawai): HasilWhatIf => ({
  ratingHasilKerja: h.ratingHasilKerja,
  ratingPerilakuKerja: h.ratingPerilakuKerja,
  predikat: h.predikat,
});

function countsOf(list: readonly Predikat[]): Record<Predikat, number> {
  const c: Record<Predikat, number> = {
    SANGAT_BAIK: 0,
    BAIK: 0,
    BUTUH_PERBAIKAN: 0,
    KURANG: 0,
    SANGAT_KURANG: 0,
  };
  for (const p of list) c[p]++;
  return c;
}

function kurvaOf(po: PredikatOrganisasi, list: readonly Predikat[], pack: RulePack62022): KurvaWhatIf {
  const r = checkDistribusi({ predikatOrganisasi: po, distribusi: countsOf(list) }, pack);
  // The input is built here from valid enums and counts: a failure is a bug.
  if (!r.ok)
    throw new KinerjaError('analytics_invariant', `checkDistribusi failed: ${JSON.stringify(r.issues)}`);
  const c = r.value;
  return {
    headcount: c.headcount,
    counts: c.counts,
    conforms: c.conforms,
    feasible: c.feasible,
    violations: c.violations,
  };
}

/**
 * What-if analysis of a rule change (PermenPANRB 6/2022): every SKP of the dataset is scored
 * under pack A (`before`) and pack B (`after`) — the kernel of `evaluateTahunan`, a unit leader
 * getting the predikat organisasi of his or her kurva unit — and each kurva unit's distribution
 * is checked with `checkDistribusi` under each pack. The answer: per pegawai the ratings and
 * predikat before and after, the transition matrix predikat × predikat, per kurva unit the
 * conformance, violations and counts before and after, totals, and both pack references.
 *
 * Under 6/2022 the kurva is a constraint on the distribution, not a re-ranking: a stricter kurva
 * changes which units conform, not anybody's predikat (the transition matrix stays diagonal). A
 * change of the matrix, the rating thresholds, the aggregation or the unit-leader mapping
 * changes ratings and predikat.
 *
 * @param input - a dataset of any shape (see `DatasetSchema`, e.g. an `Agency`); validated.
 * @param packA - the rules before, e.g. `PERMENPANRB_6_2022`.
 * @param packB - the rules after, e.g. an override of A.
 * @returns the comparison (the same for any order of the input records), or the issues of an
 *   invalid dataset.
 * @throws {@link RulePackError} when a pack is not a 6/2022 rule pack made by `createRulePack`.
 * @example
 * ```ts
 * const ketat = createRulePack({ ...permenpanrb62022Definition, version: '1.0.0+ketat', kurva: { ...permenpanrb62022Definition.kurva, BAIK: rules } });
 * if (ketat.ok) {
 *   const r = whatIf(generateAgency(), PERMENPANRB_6_2022, ketat.value);
 *   if (r.ok) r.value.total.becameNonConforming;
 * }
 * ```
 */
export function whatIf(input: unknown, packA: RulePack62022, packB: RulePack62022): Result<WhatIf> {
  assertRulePack62022(packA, 'packA');
  assertRulePack62022(packB, 'packB');
  const parsed = parseDataset(input);
  if (!parsed.ok) return parsed;
  const prepared = prepareDataset(parsed.value);
  const a = evaluatePrepared(prepared, packA);
  const b = evaluatePrepared(prepared, packB);

  const afterBySkp = new Map<string, HasilPegawai>();
  for (const h of b.hasil) afterBySkp.set(h.skpId, h);
  const failedBefore = new Map<string, readonly Issue[]>();
  for (const g of a.gagal) failedBefore.set(g.skpId, g.issues);
  const failedAfter = new Map<string, readonly Issue[]>();
  for (const g of b.gagal) failedAfter.set(g.skpId, g.issues);

  const pegawai: PerubahanPegawai[] = [];
  const gagal: GagalWhatIf[] = [];
  const perUnit = new Map<string, { before: Predikat[]; after: Predikat[] }>();
  let changed = 0;
  let predikatChanged = 0;
  let tanpaKurvaUnit = 0;
  for (const h of a.hasil) {
    const after = afterBySkp.get(h.skpId);
    if (after === undefined) {
      gagal.push({
        skpId: h.skpId,
        pegawaiId: h.pegawaiId,
        before: null,
        after: failedAfter.get(h.skpId) ?? [],
      });
      continue;
    }
    const before = hasilOf(h);
    const next = hasilOf(after);
    const isChanged = !sameHasil(before, next);
    if (isChanged) changed++;
    if (before.predikat !== next.predikat) predikatChanged++;
    pegawai.push({
      pegawaiId: h.pegawaiId,
      skpId: h.skpId,
      tahun: h.tahun,
      unitKerjaId: h.unitKerjaId,
      kurvaUnitId: h.kurvaUnitId,
      before,
      after: next,
      changed: isChanged,
    });
    if (h.kurvaUnitId === null) {
      tanpaKurvaUnit++;
      continue;
    }
    const key = `${h.tahun}\u0000${h.kurvaUnitId}`;
    let u = perUnit.get(key);
    if (u === undefined) {
      u = { before: [], after: [] };
      perUnit.set(key, u);
    }
    u.before.push(before.predikat);
    u.after.push(next.predikat);
  }
  for (const g of b.gagal) {
    const before = failedBefore.get(g.skpId);
    gagal.push({ skpId: g.skpId, pegawaiId: g.pegawaiId, before: before ?? null, after: g.issues });
  }
  gagal.sort((x, y) => compareId(x.skpId, y.skpId));

  // Kurva units: every unit with a predikat organisasi in a year that has SKP in scope (or the
  // dataset's year), in tree order.
  const dataset = parsed.value;
  const years = new Set<number>();
  if (dataset.tahun !== undefined) years.add(dataset.tahun);
  else for (const s of dataset.skp) years.add(s.tahun);
  const kurvaUnit: PerbandinganKurvaUnit[] = [];
  const capaian = new Map<string, PredikatOrganisasi>();
  for (const c of dataset.capaianKinerjaOrganisasi)
    capaian.set(`${c.tahun}\u0000${c.unitKerjaId}`, c.predikat);
  const order = treeOrder(dataset.unitKerja);
  for (const tahun of [...years].sort((x, y) => x - y)) {
    for (const unit of order) {
      const key = `${tahun}\u0000${unit.id}`;
      const po = capaian.get(key);
      if (po === undefined) continue;
      const lists = perUnit.get(key) ?? { before: [], after: [] };
      const before = kurvaOf(po, lists.before, packA);
      const after = kurvaOf(po, lists.after, packB);
      kurvaUnit.push({
        kurvaUnitId: unit.id,
        nama: unit.nama,
        tahun,
        predikatOrganisasi: po,
        before,
        after,
        conformanceChanged: before.conforms !== after.conforms,
      });
    }
  }

  let conformingBefore = 0;
  let conformingAfter = 0;
  let becameNonConforming = 0;
  let becameConforming = 0;
  for (const u of kurvaUnit) {
    if (u.before.conforms) conformingBefore++;
    if (u.after.conforms) conformingAfter++;
    if (u.before.conforms && !u.after.conforms) becameNonConforming++;
    if (!u.before.conforms && u.after.conforms) becameConforming++;
  }
  return ok({
    packBefore: a.pack,
    packAfter: b.pack,
    pegawai,
    transisi: matriksTransisi(pegawai.map((p) => [p.before.predikat, p.after.predikat] as const)),
    kurvaUnit,
    total: {
      pegawai: pegawai.length,
      changed,
      predikatChanged,
      tanpaKurvaUnit,
      gagal: gagal.length,
      kurvaUnit: kurvaUnit.length,
      conformingBefore,
      conformingAfter,
      becameNonConforming,
      becameConforming,
      distribusiBefore: countsOf(pegawai.map((p) => p.before.predikat)),
      distribusiAfter: countsOf(pegawai.map((p) => p.after.predikat)),
    },
    gagal,
  });
}

/** The units in tree order: roots then children depth-first, siblings by id. */
function treeOrder<U extends { readonly id: string; readonly indukId: string | null }>(
  units: readonly U[],
): U[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, U[]>();
  for (const u of units) {
    const parent = u.indukId !== null && ids.has(u.indukId) ? u.indukId : null;
    const list = children.get(parent);
    if (list === undefined) children.set(parent, [u]);
    else list.push(u);
  }
  for (const list of children.values()) list.sort((x, y) => compareId(x.id, y.id));
  const out: U[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null): void => {
    for (const u of children.get(parent) ?? []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push(u);
      visit(u.id);
    }
  };
  visit(null);
  return out;
}
