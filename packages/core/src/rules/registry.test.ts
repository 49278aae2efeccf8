import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError, RulePackError } from '../errors/kinerja-error';
import { daysInMonth } from '../model/tanggal';
import { PERMENPANRB_6_2022, permenpanrb62022Definition } from './permenpanrb-6-2022';
import { PERMENPANRB_8_2021 } from './permenpanrb-8-2021';
import { PP_46_2011 } from './pp-46-2011';
import {
  createRegistry,
  DEFAULT_REGISTRY,
  firstUncoveredDay,
  type Registry,
  requireRegistry,
} from './registry';
import { type RulePack, requireRulePack } from './rule-pack';

/** A 6/2022 pack with another version and effective interval (the regime does not matter here). */
function pack(version: string, from: string, until: string | null): RulePack {
  return requireRulePack({
    ...permenpanrb62022Definition,
    version,
    effectiveFrom: from,
    effectiveUntil: until,
  });
}

function registry(packs: readonly RulePack[]): Registry {
  const r = createRegistry(packs);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Any existing date from 2010 to 2030. */
const arbTanggal = (minYear = 2010, maxYear = 2030) =>
  fc
    .record({
      y: fc.integer({ min: minYear, max: maxYear }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(Math.min(d, daysInMonth(y, m)))}`);

/** Every pack whose interval contains the day (the brute-force reference of packFor). */
function inForce(packs: readonly RulePack[], tanggal: string): RulePack[] {
  return packs.filter(
    (p) =>
      p.definition.effectiveFrom <= tanggal &&
      (p.definition.effectiveUntil === null || tanggal <= p.definition.effectiveUntil),
  );
}

/**
 * Random non-overlapping intervals: sorted distinct cut dates, each pack from one cut to the day
 * before a later cut (or open-ended for the last), some gaps left by skipping cuts.
 */
const arbDisjointPacks = fc
  .uniqueArray(arbTanggal(2010, 2030), { minLength: 1, maxLength: 8 })
  .chain((cuts) => {
    const sorted = [...cuts].sort();
    return fc.tuple(
      fc.constant(sorted),
      fc.array(fc.boolean(), { minLength: sorted.length, maxLength: sorted.length }),
      fc.boolean(),
    );
  })
  .map(([cuts, gaps, openEnd]) => {
    const packs: RulePack[] = [];
    for (let i = 0; i < cuts.length; i++) {
      const from = cuts[i]!;
      const next = cuts[i + 1];
      if (next === undefined) {
        packs.push(pack(`v${i}`, from, openEnd ? null : from));
      } else {
        // The day before the next cut (≥ from: the cuts are distinct), or for a gap the first day only.
        const until = gaps[i] ? from : dayBefore(next);
        packs.push(pack(`v${i}`, from, until));
      }
    }
    return packs;
  });

/** Disjoint packs, and the same packs in any order. */
const arbShuffledDisjointPacks = arbDisjointPacks.chain((packs) =>
  fc.tuple(
    fc.constant(packs),
    fc.shuffledSubarray(packs, { minLength: packs.length, maxLength: packs.length }),
  ),
);

function dayBefore(tanggal: string): string {
  const [y, m, d] = tanggal.split('-').map(Number) as [number, number, number];
  if (d > 1) return `${y}-${pad(m)}-${pad(d - 1)}`;
  if (m > 1) return `${y}-${pad(m - 1)}-${pad(daysInMonth(y, m - 1))}`;
  return `${y - 1}-12-31`;
}

describe('DEFAULT_REGISTRY', () => {
  it('governs 2022 onwards with PermenPANRB 6/2022, from its first day', () => {
    expect(DEFAULT_REGISTRY.packFor('2022-01-01')).toBe(PERMENPANRB_6_2022);
    expect(DEFAULT_REGISTRY.packFor('2022-02-03')).toBe(PERMENPANRB_6_2022);
    expect(DEFAULT_REGISTRY.packFor('2026-12-31')).toBe(PERMENPANRB_6_2022);
    expect(DEFAULT_REGISTRY.packFor('9999-12-31')).toBe(PERMENPANRB_6_2022);
    expect(PERMENPANRB_6_2022.definition.effectiveFrom).toBe('2022-01-01');
  });

  it('splits 2021 in two halves: PP 46/2011 then PermenPANRB 8/2021', () => {
    expect(DEFAULT_REGISTRY.packsForYear(2021)).toEqual([
      { pack: PP_46_2011, from: '2021-01-01', until: '2021-06-30' },
      { pack: PERMENPANRB_8_2021, from: '2021-07-01', until: '2021-12-31' },
    ]);
    expect(firstUncoveredDay(DEFAULT_REGISTRY.packsForYear(2021), 2021)).toBeUndefined();
  });

  it.each([
    ['2014-01-01', 'pp-46-2011'],
    ['2021-06-30', 'pp-46-2011'],
    ['2021-07-01', 'permenpanrb-8-2021'],
    ['2021-12-31', 'permenpanrb-8-2021'],
    ['2022-01-01', 'permenpanrb-6-2022'],
    ['2022-02-02', 'permenpanrb-6-2022'],
  ])('on the boundary day %s the pack is %s', (tanggal, regime) => {
    expect(DEFAULT_REGISTRY.packFor(tanggal)?.regime).toBe(regime);
  });

  it('covers every year from 2014 by one pack, except 2021', () => {
    for (let tahun = 2014; tahun <= 2030; tahun++) {
      const intervals = DEFAULT_REGISTRY.packsForYear(tahun);
      expect(firstUncoveredDay(intervals, tahun)).toBeUndefined();
      expect(intervals).toHaveLength(tahun === 2021 ? 2 : 1);
    }
    expect(DEFAULT_REGISTRY.packsForYear(2019).map((i) => i.pack)).toEqual([PP_46_2011]);
  });

  it('has no pack before 2014', () => {
    expect(DEFAULT_REGISTRY.packFor('2013-12-31')).toBeUndefined();
    expect(DEFAULT_REGISTRY.packFor('2014-01-01')).toBe(PP_46_2011);
    expect(DEFAULT_REGISTRY.packFor('2010-06-15')).toBeUndefined();
    expect(DEFAULT_REGISTRY.packsForYear(2013)).toEqual([]);
  });

  it('covers 2022 by one pack for the whole year', () => {
    expect(DEFAULT_REGISTRY.packsForYear(2022)).toEqual([
      { pack: PERMENPANRB_6_2022, from: '2022-01-01', until: '2022-12-31' },
    ]);
  });

  it('never returns two packs for one day (random dates 2010–2030)', () => {
    fc.assert(
      fc.property(arbTanggal(), (tanggal) => {
        const all = inForce(DEFAULT_REGISTRY.packs, tanggal);
        expect(all.length).toBeLessThanOrEqual(1);
        expect(DEFAULT_REGISTRY.packFor(tanggal)).toBe(all[0]);
      }),
    );
  });

  it('packsForYear agrees with packFor on every day of the year', () => {
    fc.assert(
      fc.property(arbTanggal(), (tanggal) => {
        const year = DEFAULT_REGISTRY.packsForYear(Number(tanggal.slice(0, 4)));
        const covering = year.filter((i) => i.from <= tanggal && tanggal <= i.until);
        expect(covering.length).toBeLessThanOrEqual(1);
        expect(covering[0]?.pack).toBe(DEFAULT_REGISTRY.packFor(tanggal));
      }),
    );
  });
});

describe('createRegistry — custom packs', () => {
  const a = pack('a', '2014-01-01', '2021-06-30');
  const b = pack('b', '2021-07-01', '2021-12-31');
  const c = pack('c', '2022-01-01', null);

  it('picks the one pack of the day; boundary days belong to the pack that names them', () => {
    const r = registry([c, a, b]);
    expect(r.packs).toEqual([a, b, c]);
    expect(r.packFor('2021-06-30')).toBe(a);
    expect(r.packFor('2021-07-01')).toBe(b);
    expect(r.packFor('2021-12-31')).toBe(b);
    expect(r.packFor('2022-01-01')).toBe(c);
    expect(r.packFor('2013-12-31')).toBeUndefined();
  });

  it('splits 2021 in two halves', () => {
    expect(registry([a, b, c]).packsForYear(2021)).toEqual([
      { pack: a, from: '2021-01-01', until: '2021-06-30' },
      { pack: b, from: '2021-07-01', until: '2021-12-31' },
    ]);
  });

  it('firstUncoveredDay finds the first gap of a year', () => {
    const r = registry([pack('x', '2020-03-01', '2020-03-31'), pack('y', '2020-04-01', '2020-12-30')]);
    expect(firstUncoveredDay(r.packsForYear(2020), 2020)).toBe('2020-01-01');
    const s = registry([pack('x', '2019-03-01', '2020-03-31'), pack('y', '2020-04-02', null)]);
    expect(firstUncoveredDay(s.packsForYear(2020), 2020)).toBe('2020-04-01');
    expect(firstUncoveredDay(s.packsForYear(2021), 2021)).toBeUndefined();
    expect(firstUncoveredDay(r.packsForYear(2020).slice(0, 1), 2020)).toBe('2020-01-01');
    const t = registry([pack('x', '2019-01-01', '2020-12-30')]);
    expect(firstUncoveredDay(t.packsForYear(2020), 2020)).toBe('2020-12-31');
    expect(firstUncoveredDay([], 2020)).toBe('2020-01-01');
    const end = registry([pack('z', '9999-01-01', null)]);
    expect(firstUncoveredDay(end.packsForYear(9999), 9999)).toBeUndefined();
  });

  it('leaves gaps out of packsForYear and packFor', () => {
    const r = registry([pack('x', '2020-03-01', '2020-03-31'), pack('y', '2020-06-01', '2020-06-01')]);
    expect(r.packsForYear(2020).map((i) => [i.pack.version, i.from, i.until])).toEqual([
      ['x', '2020-03-01', '2020-03-31'],
      ['y', '2020-06-01', '2020-06-01'],
    ]);
    expect(r.packFor('2020-04-15')).toBeUndefined();
    expect(r.packFor('2020-06-02')).toBeUndefined();
  });

  it('finds a pack by id and version, or the latest of an id', () => {
    const r = registry([a, b, c]);
    expect(r.find('permenpanrb-6-2022', 'b')).toBe(b);
    expect(r.find('permenpanrb-6-2022')).toBe(c);
    expect(r.find('permenpanrb-6-2022', 'z')).toBeUndefined();
    expect(r.find('pp-46-2011-x')).toBeUndefined();
  });

  it('accepts an empty registry', () => {
    const r = registry([]);
    expect(r.packFor('2026-01-01')).toBeUndefined();
    expect(r.packsForYear(2026)).toEqual([]);
  });

  it('rejects overlapping packs, naming both ids, the position of each and the shared days', () => {
    const r = createRegistry([c, pack('d', '2021-12-01', '2022-02-02')]);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'rule_pack_overlap',
          path: [0, 'definition', 'effectiveFrom'],
          params: {
            id: 'permenpanrb-6-2022@c',
            otherId: 'permenpanrb-6-2022@d',
            otherIndex: 1,
            from: '2022-01-01',
            until: '2022-02-02',
          },
        },
      ],
    });
  });

  it('reports an open-ended overlap with an empty `until`', () => {
    const r = createRegistry([c, pack('e', '2023-01-01', null)]);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        'rule_pack_overlap',
        [1, 'definition', 'effectiveFrom'],
        {
          id: 'permenpanrb-6-2022@e',
          otherId: 'permenpanrb-6-2022@c',
          otherIndex: 0,
          from: '2023-01-01',
          until: '',
        },
      ],
    ]);
  });

  it('rejects a duplicate id and version', () => {
    const r = createRegistry([c, c]);
    expect(r).toEqual({
      ok: false,
      issues: [{ code: 'duplicate_id', path: [1, 'version'], params: { id: 'permenpanrb-6-2022@c' } }],
    });
  });

  it('rejects a pack that ends before it starts', () => {
    const broken = { ...c, definition: { ...c.definition, effectiveUntil: '2021-01-01' } } as RulePack;
    expect(createRegistry([broken])).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_interval',
          path: [0, 'definition', 'effectiveUntil'],
          params: { start: '2022-01-01', end: '2021-01-01' },
        },
      ],
    });
  });

  it('random non-overlapping registries are accepted and never give two packs for a day', () => {
    fc.assert(
      fc.property(
        arbShuffledDisjointPacks,
        fc.array(arbTanggal(2009, 2031), { maxLength: 20 }),
        ([packs, order], days) => {
          const r = registry(order);
          for (const tanggal of [...days, ...packs.map((p) => p.definition.effectiveFrom)]) {
            const all = inForce(packs, tanggal);
            expect(all.length).toBeLessThanOrEqual(1);
            expect(r.packFor(tanggal)).toBe(all[0]);
          }
        },
      ),
    );
  });

  it('random overlapping registries are rejected with rule_pack_overlap', () => {
    fc.assert(
      fc.property(
        arbDisjointPacks,
        arbTanggal(2009, 2031),
        arbTanggal(2009, 2031),
        fc.nat(),
        (packs, d1, d2, seed) => {
          const [from, until] = d1 <= d2 ? [d1, d2] : [d2, d1];
          const extra = pack('extra', from, until);
          const overlaps = packs.some(
            (p) => inForce([p], from).length > 0 || inForce([extra], p.definition.effectiveFrom).length > 0,
          );
          const all = [...packs];
          all.splice(seed % (packs.length + 1), 0, extra);
          const r = createRegistry(all);
          expect(r.ok).toBe(!overlaps);
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            for (const i of r.issues) {
              expect(i.code).toBe('rule_pack_overlap');
              if (i.code === 'rule_pack_overlap') {
                expect([i.params.id, i.params.otherId]).toContain('permenpanrb-6-2022@extra');
              }
            }
          }
        },
      ),
    );
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = createRegistry(value as readonly RulePack[]);
        if (!Array.isArray(value) || value.length > 0) expect(r.ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.constant(PERMENPANRB_6_2022))), (value) => {
        const r = createRegistry(value as readonly RulePack[]);
        const onlyPacks = value.filter((v) => v === PERMENPANRB_6_2022).length;
        if (value.length > 1 || onlyPacks !== value.length) expect(r.ok).toBe(false);
      }),
    );
  });

  it('answers garbage elements with paths to them', () => {
    const r = createRegistry([PERMENPANRB_6_2022, null, { regime: 'x' }, 7] as unknown as RulePack[]);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', [1]],
      ['invalid_value', [2, 'regime']],
      ['invalid_type', [3]],
    ]);
  });
});

describe('Registry — misuse throws', () => {
  it('packFor rejects what is not a date', () => {
    for (const bad of ['2021-02-30', '2021-7-1', '', '20210701']) {
      expect(() => DEFAULT_REGISTRY.packFor(bad)).toThrow(KinerjaError);
    }
  });

  it('packsForYear rejects what is not a year', () => {
    for (const bad of [0, 2021.5, Number.NaN, 10000, -1]) {
      expect(() => DEFAULT_REGISTRY.packsForYear(bad)).toThrow(KinerjaError);
    }
  });

  it('requireRegistry throws on overlapping packs', () => {
    expect(() => requireRegistry([PERMENPANRB_6_2022, pack('z', '2025-01-01', null)])).toThrow(RulePackError);
  });
});
