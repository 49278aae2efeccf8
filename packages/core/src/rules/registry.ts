import { KinerjaError, RulePackError } from '../errors/kinerja-error';
import { type Issue, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { daysInMonth, isExistingDate, type Tanggal } from '../model/tanggal';
import { PERMENPANRB_6_2022 } from './permenpanrb-6-2022';
import { PERMENPANRB_8_2021 } from './permenpanrb-8-2021';
import { PP_46_2011 } from './pp-46-2011';
import { REGIMES, type RulePack } from './rule-pack';

/**
 * The part of a year, or of any span, that one rule pack governs: closed interval `from`–`until`.
 *
 * @example
 * ```ts
 * const [semester1, semester2] = DEFAULT_REGISTRY.packsForYear(2021);
 * semester1.pack.regime; // 'pp-46-2011'
 * semester1.until;       // '2021-06-30'
 * ```
 */
export interface RulePackInterval {
  readonly pack: RulePack;
  /** The first day governed (inclusive). */
  readonly from: Tanggal;
  /** The last day governed (inclusive). */
  readonly until: Tanggal;
}

/**
 * A set of rule packs with effective intervals that never overlap, so that every day is governed
 * by at most one pack. Made by {@link createRegistry}; {@link DEFAULT_REGISTRY} holds the built-in
 * packs.
 *
 * @example
 * ```ts
 * DEFAULT_REGISTRY.packFor('2026-03-31')?.id; // 'permenpanrb-6-2022'
 * DEFAULT_REGISTRY.packFor('2013-12-31');     // undefined (before PP 46/2011 took effect)
 * ```
 */
export interface Registry {
  /** The packs, ordered by `effectiveFrom`. */
  readonly packs: readonly RulePack[];
  /**
   * The one pack in force on a day.
   *
   * @param tanggal - the day, `YYYY-MM-DD`.
   * @returns the pack, or `undefined` when no pack governs that day.
   * @throws {@link KinerjaError} `invalid_date` when `tanggal` is not an existing date `YYYY-MM-DD`.
   */
  packFor(tanggal: Tanggal): RulePack | undefined;
  /**
   * The packs that govern parts of a year, in order, each with the part it governs (clipped to
   * the year). Days no pack governs are left out: check that the intervals cover the year when
   * that matters.
   *
   * @param tahun - the year, 1–9999.
   * @returns the intervals, possibly empty.
   * @throws {@link KinerjaError} `invalid_tahun` when `tahun` is not an integer from 1 to 9999.
   */
  packsForYear(tahun: number): readonly RulePackInterval[];
  /**
   * A pack by id and, optionally, version. Without a version, the pack of that id that took
   * effect last.
   *
   * @param id - the pack id, e.g. `permenpanrb-6-2022`.
   * @param version - the exact version, e.g. `1.0.0`.
   * @returns the pack, or `undefined`.
   */
  find(id: string, version?: string): RulePack | undefined;
}

/** The last day of an open-ended pack (`effectiveUntil: null`). */
const END_OF_TIME = '9999-12-31';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The earlier of two dates `YYYY-MM-DD` (they compare as text). */
function earlier(a: Tanggal, b: Tanggal): Tanggal {
  if (b < a) return b;
  return a;
}

/** The later of two dates `YYYY-MM-DD`. */
function later(a: Tanggal, b: Tanggal): Tanggal {
  if (b > a) return b;
  return a;
}

function isTanggal(value: unknown): value is Tanggal {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isExistingDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** `id@version` of a pack, as issues name it. */
function label(pack: RulePack): string {
  return `${pack.id}@${pack.version}`;
}

/** The interval of a pack: `until` is {@link END_OF_TIME} for an open-ended pack. */
function intervalOf(pack: RulePack): { from: Tanggal; until: Tanggal } {
  return { from: pack.definition.effectiveFrom, until: pack.definition.effectiveUntil ?? END_OF_TIME };
}

/** Checks what a registry relies on, so that garbage is answered with issues, never a throw. */
function checkPack(value: unknown, index: number, issues: Issue[]): value is RulePack {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push(issue('invalid_type', [index], { expected: 'RulePack', received: describe(value) }));
    return false;
  }
  const p = value as Record<string, unknown>;
  if (!(REGIMES as readonly unknown[]).includes(p.regime)) {
    issues.push(
      issue('invalid_value', [index, 'regime'], {
        options: REGIMES,
        received: typeof p.regime === 'string' ? p.regime : describe(p.regime),
      }),
    );
    return false;
  }
  const def = p.definition as Record<string, unknown> | null | undefined;
  if (
    typeof p.id !== 'string' ||
    typeof p.version !== 'string' ||
    typeof def !== 'object' ||
    def === null ||
    typeof p.compiled !== 'object' ||
    p.compiled === null
  ) {
    issues.push(issue('invalid_type', [index], { expected: 'RulePack', received: describe(value) }));
    return false;
  }
  let valid = true;
  if (!isTanggal(def.effectiveFrom)) {
    issues.push(
      issue('invalid_date', [index, 'definition', 'effectiveFrom'], { received: String(def.effectiveFrom) }),
    );
    valid = false;
  }
  if (def.effectiveUntil !== null && !isTanggal(def.effectiveUntil)) {
    issues.push(
      issue('invalid_date', [index, 'definition', 'effectiveUntil'], {
        received: String(def.effectiveUntil),
      }),
    );
    valid = false;
  }
  if (
    valid &&
    def.effectiveUntil !== null &&
    (def.effectiveUntil as string) < (def.effectiveFrom as string)
  ) {
    issues.push(
      issue('invalid_interval', [index, 'definition', 'effectiveUntil'], {
        start: def.effectiveFrom as string,
        end: def.effectiveUntil as string,
      }),
    );
    valid = false;
  }
  return valid;
}

/**
 * Builds a registry of rule packs: the rules in force on each day. Rejects two packs with the
 * same id and version (`duplicate_id`) and two packs whose effective intervals share a day
 * (`rule_pack_overlap`, on the later-starting pack, naming both packs and the shared days), so that
 * {@link Registry.packFor} can never find two packs for one day. Intervals are closed:
 * `effectiveFrom` and `effectiveUntil` both belong to the pack; `effectiveUntil: null` means
 * "until replaced". Gaps between packs are allowed (no rules for those days).
 *
 * An agency that overrides a built-in pack (see {@link applyOverride}) registers the overridden
 * pack instead of the base one.
 *
 * @param packs - the packs, of any shape: garbage is answered with issues (paths are positions
 *   in `packs`), never an exception.
 * @returns the registry, or every issue found.
 * @example
 * ```ts
 * const r = createRegistry([PP_46_2011, PERMENPANRB_8_2021, PERMENPANRB_6_2022]);
 * if (r.ok) r.value.packFor('2021-07-01')?.regime; // 'permenpanrb-8-2021'
 * ```
 */
export function createRegistry(packs: readonly RulePack[]): Result<Registry> {
  if (!Array.isArray(packs)) {
    return fail([issue('invalid_type', [], { expected: 'array', received: describe(packs) })]);
  }
  const issues: Issue[] = [];
  const valid: { pack: RulePack; index: number; from: Tanggal; until: Tanggal }[] = [];
  const seen = new Map<string, number>();
  (packs as readonly unknown[]).forEach((value, index) => {
    if (!checkPack(value, index, issues)) return;
    const key = label(value);
    if (seen.has(key)) {
      issues.push(issue('duplicate_id', [index, 'version'], { id: key }));
      return;
    }
    seen.set(key, index);
    valid.push({ pack: value, index, ...intervalOf(value) });
  });
  valid.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.index - b.index));
  for (let i = 0; i < valid.length; i++) {
    const a = valid[i]!;
    for (let j = i + 1; j < valid.length && valid[j]!.from <= a.until; j++) {
      const b = valid[j]!;
      const until = earlier(a.until, b.until);
      issues.push(
        issue('rule_pack_overlap', [b.index, 'definition', 'effectiveFrom'], {
          id: label(b.pack),
          otherId: label(a.pack),
          otherIndex: a.index,
          from: b.from,
          until: until === END_OF_TIME ? '' : until,
        }),
      );
    }
  }
  if (issues.length > 0) return fail(issues);
  return ok(buildRegistry(valid));
}

function buildRegistry(sorted: readonly { pack: RulePack; from: Tanggal; until: Tanggal }[]): Registry {
  const entries = sorted.map(({ pack, from, until }) => Object.freeze({ pack, from, until }));
  const packs = Object.freeze(entries.map((e) => e.pack));

  /** The index of the last entry that starts on or before `tanggal`, or -1. */
  function lastStartingBy(tanggal: string): number {
    let lo = 0;
    let hi = entries.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid]!.from <= tanggal) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  return Object.freeze({
    packs,
    packFor(tanggal: Tanggal): RulePack | undefined {
      if (!isTanggal(tanggal)) {
        throw new KinerjaError('invalid_date', `not a date YYYY-MM-DD: ${String(tanggal)}`);
      }
      const i = lastStartingBy(tanggal);
      if (i < 0) return undefined;
      const e = entries[i]!;
      return tanggal <= e.until ? e.pack : undefined;
    },
    packsForYear(tahun: number): readonly RulePackInterval[] {
      if (!Number.isInteger(tahun) || tahun < 1 || tahun > 9999) {
        throw new KinerjaError('invalid_tahun', `not a year from 1 to 9999: ${String(tahun)}`);
      }
      const y = String(tahun).padStart(4, '0');
      const start = `${y}-01-01`;
      const end = `${y}-12-31`;
      const out: RulePackInterval[] = [];
      for (const e of entries) {
        if (e.from > end) break;
        if (e.until < start) continue;
        out.push(
          Object.freeze({
            pack: e.pack,
            from: later(e.from, start),
            until: earlier(e.until, end),
          }),
        );
      }
      return out;
    },
    find(id: string, version?: string): RulePack | undefined {
      let found: RulePack | undefined;
      for (const p of packs) {
        if (p.id === id && (version === undefined || p.version === version)) found = p;
      }
      return found;
    },
  });
}

/** The day after a date `YYYY-MM-DD` (`null` after 9999-12-31). */
function nextDay(tanggal: Tanggal): Tanggal | null {
  const y = Number(tanggal.slice(0, 4));
  const m = Number(tanggal.slice(5, 7));
  const d = Number(tanggal.slice(8, 10));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  if (d < daysInMonth(y, m)) return `${pad(y, 4)}-${pad(m, 2)}-${pad(d + 1, 2)}`;
  if (m < 12) return `${pad(y, 4)}-${pad(m + 1, 2)}-01`;
  return y < 9999 ? `${pad(y + 1, 4)}-01-01` : null;
}

/**
 * @internal The first day of a year that none of the intervals (from {@link Registry.packsForYear})
 * covers, or `undefined` when they cover the whole year.
 *
 * @param intervals - the intervals of the year, in order.
 * @param tahun - the year.
 * @returns the first uncovered day, or `undefined`.
 * @example
 * ```ts
 * firstUncoveredDay(DEFAULT_REGISTRY.packsForYear(2013), 2013); // '2013-01-01'
 * ```
 */
export function firstUncoveredDay(
  intervals: readonly RulePackInterval[],
  tahun: number,
): Tanggal | undefined {
  const y = String(tahun).padStart(4, '0');
  let cursor: Tanggal | null = `${y}-01-01`;
  for (const i of intervals) {
    if (cursor === null) return undefined;
    if (i.from > cursor) return cursor;
    if (i.until >= cursor) cursor = nextDay(i.until);
  }
  if (cursor === null || cursor > `${y}-12-31`) return undefined;
  return cursor;
}

/**
 * Like {@link createRegistry} for packs that must form a registry (the built-in ones): throws
 * instead.
 *
 * @param packs - the packs.
 * @returns the registry.
 * @throws {@link RulePackError} `rule_pack_invalid` when the packs overlap or repeat.
 * @example
 * ```ts
 * const registry = requireRegistry([PERMENPANRB_6_2022]);
 * ```
 */
export function requireRegistry(packs: readonly RulePack[]): Registry {
  const r = createRegistry(packs);
  if (!r.ok) throw new RulePackError('rule_pack_invalid', `invalid registry: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/**
 * The registry of the built-in packs: PP 46/2011 (2014 – 30 Jun 2021), PermenPANRB 8/2021
 * (1 Jul – 31 Dec 2021) and PermenPANRB 6/2022 (from 1 Jan 2022; decision 0013). Days before 2014
 * have no pack.
 *
 * @example
 * ```ts
 * DEFAULT_REGISTRY.packFor('2022-01-01')?.id; // 'permenpanrb-6-2022'
 * DEFAULT_REGISTRY.packsForYear(2021).map((i) => [i.pack.regime, i.from, i.until]);
 * // [['pp-46-2011', '2021-01-01', '2021-06-30'], ['permenpanrb-8-2021', '2021-07-01', '2021-12-31']]
 * ```
 */
export const DEFAULT_REGISTRY: Registry = requireRegistry([
  PP_46_2011,
  PERMENPANRB_8_2021,
  PERMENPANRB_6_2022,
]);
