import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT_ORGANISASIS, type Predikat, type PredikatOrganisasi } from '../model/predikat';
import { PERMENPANRB_6_2022, permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { RulePack62022Input } from '../rules/permenpanrb-6-2022/schema';
import {
  buildKuota,
  computeKuota,
  KUOTA_MEMO_LIMIT,
  type KuotaDistribusi,
  kuotaDistribusi,
} from './kuota-distribusi';

function kuota(n: number, po: PredikatOrganisasi, pack?: RulePack62022): KuotaDistribusi {
  const r = kuotaDistribusi(n, po, pack);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const boundsOf = (k: KuotaDistribusi) => Object.fromEntries(k.bounds.map((b) => [b.ruleId, b.bound]));
const zero: Record<Predikat, number> = {
  SANGAT_BAIK: 0,
  BAIK: 0,
  BUTUH_PERBAIKAN: 0,
  KURANG: 0,
  SANGAT_KURANG: 0,
};
const contoh = (c: Partial<Record<Predikat, number>>) => ({ ...zero, ...c });
const range = (min: number, max: number) => ({ min, max });

function override(kurva: Partial<RulePack62022Input['kurva']>, extra: object = {}): RulePack62022 {
  const def = permenpanrb62022Definition;
  const r = compileRulePack62022({
    ...def,
    version: '1.0.0+test',
    kurva: { ...def.kurva, ...kurva },
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('kuotaDistribusi — §1.8 golden examples', () => {
  it('ISTIMEWA, n = 10: Sangat Baik at most 7 and the most frequent; the rest goes to Baik', () => {
    const k = kuota(10, 'ISTIMEWA');
    expect(boundsOf(k)).toEqual({
      'istimewa.sangat-baik-maks-70': 7,
      'istimewa.sangat-baik-terbanyak': null,
    });
    expect(k.perPredikat.SANGAT_BAIK).toEqual(range(0, 7));
    expect(k.perPredikat.BAIK).toEqual(range(0, 10));
    expect(k.feasible).toBe(true);
    expect(k.contoh).toEqual(contoh({ SANGAT_BAIK: 7, BAIK: 3 }));
    expect(k.trace.contoh).toEqual({ modalCount: 7, breaches: [] });
  });

  it('ISTIMEWA, n = 1: Sangat Baik ≤ floor(0.7) = 0, so the one pegawai is Baik (the MODAL warning cannot be met)', () => {
    const k = kuota(1, 'ISTIMEWA');
    expect(boundsOf(k)['istimewa.sangat-baik-maks-70']).toBe(0);
    expect(k.feasible).toBe(true);
    expect(k.contoh).toEqual(contoh({ BAIK: 1 }));
    expect(k.trace.contoh).toEqual({ modalCount: null, breaches: ['istimewa.sangat-baik-terbanyak'] });
  });

  it('BAIK, n = 10: Baik at most 7, Butuh Perbaikan + Kurang at least 1', () => {
    const k = kuota(10, 'BAIK');
    expect(boundsOf(k)).toEqual({
      'baik.baik-maks-70': 7,
      'baik.baik-terbanyak': null,
      'baik.ada-butuh-perbaikan-atau-kurang': 1,
    });
    expect(k.perPredikat).toEqual({
      SANGAT_BAIK: range(0, 10),
      BAIK: range(0, 7),
      BUTUH_PERBAIKAN: range(0, 10),
      KURANG: range(0, 10),
      SANGAT_KURANG: range(0, 10),
    });
    expect(k.contoh).toEqual(contoh({ SANGAT_BAIK: 2, BAIK: 7, BUTUH_PERBAIKAN: 1 }));
    expect(k.trace.groups).toEqual([
      { predikat: ['BAIK'], minimum: 0, maximum: 7, ruleIds: ['baik.baik-maks-70'] },
      {
        predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
        minimum: 1,
        maximum: 10,
        ruleIds: ['baik.ada-butuh-perbaikan-atau-kurang'],
      },
    ]);
  });

  it('BAIK, n = 2: Baik ≤ 1 and one Butuh Perbaikan; Baik ties and so stays modal', () => {
    const k = kuota(2, 'BAIK');
    expect(k.contoh).toEqual(contoh({ BAIK: 1, BUTUH_PERBAIKAN: 1 }));
    expect(k.trace.contoh?.breaches).toEqual([]);
  });

  it('BUTUH_PERBAIKAN, n = 10: Butuh Perbaikan at least 6, Sangat Baik at most 1', () => {
    const k = kuota(10, 'BUTUH_PERBAIKAN');
    expect(boundsOf(k)).toEqual({
      'butuh-perbaikan.butuh-perbaikan-min-60': 6,
      'butuh-perbaikan.sangat-baik-maks-10': 1,
    });
    expect(k.perPredikat.BUTUH_PERBAIKAN).toEqual(range(6, 10));
    expect(k.perPredikat.SANGAT_BAIK).toEqual(range(0, 1));
    expect(k.contoh).toEqual(contoh({ BUTUH_PERBAIKAN: 10 }));
  });

  it('KURANG, n = 10: Kurang at least 6, Butuh Perbaikan at least 1, Sangat Baik at most 1', () => {
    const k = kuota(10, 'KURANG');
    expect(boundsOf(k)).toEqual({
      'kurang.kurang-min-60': 6,
      'kurang.butuh-perbaikan-min-10': 1,
      'kurang.sangat-baik-maks-10': 1,
    });
    expect(k.perPredikat).toEqual({
      SANGAT_BAIK: range(0, 1),
      BAIK: range(0, 10),
      BUTUH_PERBAIKAN: range(1, 10),
      KURANG: range(6, 10),
      SANGAT_KURANG: range(0, 10),
    });
    expect(k.contoh).toEqual(contoh({ BUTUH_PERBAIKAN: 1, KURANG: 9 }));
  });

  it.each([
    [1, 2],
    [2, 3],
  ])('KURANG, n = %i: infeasible, the minimums need %i pegawai', (n, required) => {
    const k = kuota(n, 'KURANG');
    expect(k.feasible).toBe(false);
    expect(k.contoh).toBeNull();
    expect(k.issues).toEqual([
      {
        code: 'kurva_infeasible',
        path: [],
        params: { headcount: n, predikatOrganisasi: 'KURANG', reason: 'minimums_exceed_headcount', required },
        severity: 'error',
      },
    ]);
    // n = 2: at least 2 Kurang (ceil 1.2) and 1 Butuh Perbaikan (ceil 0.2).
    expect(k.trace.groups.map((g) => [g.predikat, g.minimum])).toEqual([
      [['KURANG'], n === 1 ? 1 : 2],
      [['BUTUH_PERBAIKAN'], 1],
      [['SANGAT_BAIK'], 0],
    ]);
  });

  it('KURANG, n = 3: feasible with 2 Kurang and 1 Butuh Perbaikan', () => {
    expect(kuota(3, 'KURANG').contoh).toEqual(contoh({ BUTUH_PERBAIKAN: 1, KURANG: 2 }));
  });

  it('SANGAT_KURANG, n = 7: Sangat Kurang ≥ ceil(4.2) = 5, Kurang + Butuh Perbaikan ≥ ceil(0.7) = 1, no Sangat Baik', () => {
    const k = kuota(7, 'SANGAT_KURANG');
    expect(boundsOf(k)).toEqual({
      'sangat-kurang.sangat-kurang-min-60': 5,
      'sangat-kurang.kurang-atau-butuh-perbaikan-min-10': 1,
      'sangat-kurang.tanpa-sangat-baik': 0,
    });
    expect(k.perPredikat.SANGAT_KURANG).toEqual(range(5, 7));
    expect(k.perPredikat.SANGAT_BAIK).toEqual(range(0, 0));
    expect(k.perPredikat.KURANG).toEqual(range(0, 7));
    expect(k.contoh).toEqual(contoh({ KURANG: 1, SANGAT_KURANG: 6 }));
    expect(k.trace.steps.map((s) => s.formula)).toEqual([
      'CEIL(60% × 7) = CEIL(4.2) = 5',
      'CEIL(10% × 7) = CEIL(0.7) = 1',
      'count 0',
    ]);
  });

  it('writes the arithmetic of each bound in the trace', () => {
    const k = kuota(7, 'ISTIMEWA');
    expect(k.trace.pack).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0' });
    expect(k.trace.rounding).toEqual({ minimum: 'CEIL', maximum: 'FLOOR' });
    expect(k.trace.steps[0]).toEqual({
      ruleId: 'istimewa.sangat-baik-maks-70',
      kind: 'MAXIMUM',
      share: '70',
      exact: '4.9',
      rounding: 'FLOOR',
      count: null,
      bound: 4,
      formula: 'FLOOR(70% × 7) = FLOOR(4.9) = 4',
    });
    expect(k.trace.steps[1]?.kind).toBe('MODAL');
    expect(k.bounds[0]).toEqual({
      ruleId: 'istimewa.sangat-baik-maks-70',
      kind: 'MAXIMUM',
      predikat: ['SANGAT_BAIK'],
      share: '70',
      severity: 'error',
      bound: 4,
    });
  });

  it('a headcount of 0 is trivially feasible', () => {
    for (const po of ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const) {
      const k = kuota(0, po);
      expect(k.feasible).toBe(true);
      expect(k.contoh).toEqual(zero);
      expect(k.trace.trivial).toBe(true);
      expect(Object.values(k.perPredikat)).toEqual(Array(5).fill(range(0, 0)));
    }
  });

  it('is infeasible only for KURANG and SANGAT_KURANG with 1 or 2 pegawai (n ≤ 500)', () => {
    const infeasible: string[] = [];
    for (let n = 0; n <= 500; n++) {
      for (const po of ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const) {
        if (!kuota(n, po).feasible) infeasible.push(`${po}:${n}`);
      }
    }
    expect(infeasible).toEqual(['KURANG:1', 'SANGAT_KURANG:1', 'KURANG:2', 'SANGAT_KURANG:2']);
  });
});

describe('kuotaDistribusi — rule pack overrides', () => {
  it('a stricter BAIK cap of 60 % lowers the bound and the contoh', () => {
    const strict = override({
      BAIK: [
        { id: 'baik.baik-maks-60', kind: 'MAXIMUM', predikat: ['BAIK'], share: '60' },
        { id: 'baik.baik-terbanyak', kind: 'MODAL', predikat: ['BAIK'], severity: 'warning' },
        { id: 'baik.ada-bp-atau-k', kind: 'MINIMUM', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], count: 1 },
      ],
    });
    const k = kuota(10, 'BAIK', strict);
    expect(k.pack).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0+test' });
    expect(boundsOf(k)['baik.baik-maks-60']).toBe(6);
    expect(k.perPredikat.BAIK).toEqual(range(0, 6));
    expect(k.contoh).toEqual(contoh({ SANGAT_BAIK: 3, BAIK: 6, BUTUH_PERBAIKAN: 1 }));
    expect(kuota(10, 'BAIK').perPredikat.BAIK).toEqual(range(0, 7));
  });

  it('the pack’s rounding decides how a share becomes a count', () => {
    const halfUp = override(
      {},
      { rounding: { ...permenpanrb62022Definition.rounding, kurvaMaximum: 'HALF_UP' } },
    );
    expect(boundsOf(kuota(7, 'ISTIMEWA', halfUp))['istimewa.sangat-baik-maks-70']).toBe(5);
    expect(boundsOf(kuota(7, 'ISTIMEWA'))['istimewa.sangat-baik-maks-70']).toBe(4);
  });

  it('a MODAL rule of severity error can make a kurva infeasible', () => {
    const hard = override({
      ISTIMEWA: [
        { id: 'sb-maks-70', kind: 'MAXIMUM', predikat: ['SANGAT_BAIK'], share: '70' },
        { id: 'sb-terbanyak', kind: 'MODAL', predikat: ['SANGAT_BAIK'], severity: 'error' },
      ],
    });
    expect(kuota(1, 'ISTIMEWA', hard).issues[0]?.params).toEqual({
      headcount: 1,
      predikatOrganisasi: 'ISTIMEWA',
      reason: 'modal_unreachable',
      required: 1,
    });
    expect(kuota(2, 'ISTIMEWA', hard).contoh).toEqual(contoh({ SANGAT_BAIK: 1, BAIK: 1 }));
  });

  it('the contoh honours warning bounds when it can, and lists those it cannot', () => {
    const soft = override({
      KURANG: [
        ...permenpanrb62022Definition.kurva.KURANG,
        { id: 'k.sk-min', kind: 'MINIMUM', predikat: ['SANGAT_KURANG'], count: 1, severity: 'warning' },
      ],
      SANGAT_KURANG: [
        ...permenpanrb62022Definition.kurva.SANGAT_KURANG,
        {
          id: 'sk.sk-maks-70',
          kind: 'MAXIMUM',
          predikat: ['SANGAT_KURANG'],
          share: '70',
          severity: 'warning',
        },
        // Overlaps the hard Kurang + Butuh Perbaikan group partly: not used to build the contoh.
        { id: 'sk.k-maks-0', kind: 'MAXIMUM', predikat: ['KURANG', 'BAIK'], count: 0, severity: 'warning' },
      ],
    });
    expect(kuota(10, 'KURANG', soft).contoh).toEqual(
      contoh({ BUTUH_PERBAIKAN: 1, KURANG: 8, SANGAT_KURANG: 1 }),
    );
    expect(kuota(10, 'KURANG', soft).trace.contoh?.breaches).toEqual([]);
    const sk = kuota(10, 'SANGAT_KURANG', soft);
    expect(sk.contoh).toEqual(contoh({ KURANG: 1, SANGAT_KURANG: 9 }));
    expect(sk.trace.contoh?.breaches).toEqual(['sk.sk-maks-70', 'sk.k-maks-0']);
  });
});

describe('kuotaDistribusi — input validation', () => {
  it.each([
    [-1, 'BAIK', 'too_small', ['headcount']],
    [1.5, 'BAIK', 'invalid_type', ['headcount']],
    [2 ** 53, 'BAIK', 'too_big', ['headcount']],
    [Number.NaN, 'BAIK', 'invalid_type', ['headcount']],
    ['10', 'BAIK', 'invalid_type', ['headcount']],
    [10, 'CUKUP', 'invalid_value', ['predikatOrganisasi']],
    [10, undefined, 'required', ['predikatOrganisasi']],
  ])('kuotaDistribusi(%j, %j) → %s at %j', (n, po, code, path) => {
    const r = kuotaDistribusi(n as never, po as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
  });

  it('reports both arguments at once', () => {
    const r = kuotaDistribusi(-3 as never, 'X' as never);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([['headcount'], ['predikatOrganisasi']]);
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (n, po) => {
        const r = kuotaDistribusi(n as never, po as never);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('treats -0 as 0', () => {
    expect(Object.is(kuota(-0, 'BAIK').headcount, 0)).toBe(true);
  });
});

describe('kuotaDistribusi — properties', () => {
  const poArb = fc.constantFrom<PredikatOrganisasi>(
    'ISTIMEWA',
    'BAIK',
    'BUTUH_PERBAIKAN',
    'KURANG',
    'SANGAT_KURANG',
  );

  it('the contoh sums to the headcount and lies within the per-predikat ranges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), poArb, (n, po) => {
        const k = kuota(n, po);
        if (!k.feasible) return;
        const values = Object.values(k.contoh);
        expect(values.reduce((a, b) => a + b, 0)).toBe(n);
        for (const [p, c] of Object.entries(k.contoh)) {
          const r = k.perPredikat[p as Predikat];
          expect(c).toBeGreaterThanOrEqual(r.min);
          expect(c).toBeLessThanOrEqual(r.max);
        }
      }),
    );
  });

  it('a larger headcount never lowers a bound', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), poArb, (n, po) => {
        const a = kuota(n, po).bounds;
        const b = kuota(n + 1, po).bounds;
        a.forEach((x, i) => {
          if (x.bound !== null && x.share !== undefined) expect(b[i]!.bound!).toBeGreaterThanOrEqual(x.bound);
        });
      }),
    );
  });
});

describe('kuotaDistribusi — memo', () => {
  const isDeepFrozen = (x: unknown): boolean =>
    typeof x !== 'object' || x === null || (Object.isFrozen(x) && Object.values(x).every(isDeepFrozen));

  it('the memoised kuota equals a fresh one for every headcount 0..300 and predikat organisasi', () => {
    const strict = override({
      BAIK: [{ id: 'baik.baik-maks-60', kind: 'MAXIMUM', predikat: ['BAIK'], share: '60' }],
    });
    for (const pack of [PERMENPANRB_6_2022, strict]) {
      for (const po of PREDIKAT_ORGANISASIS) {
        for (let n = 0; n <= 300; n++) {
          const memo = computeKuota(n, po, pack);
          expect(memo).toEqual(buildKuota(n, po, pack));
          expect(computeKuota(n, po, pack)).toBe(memo);
          expect(kuota(n, po, pack)).toBe(memo);
        }
      }
    }
    // Each pack has its own memo.
    expect(computeKuota(10, 'BAIK', strict).bounds.map((b) => b.bound)).toEqual([6]);
    expect(computeKuota(10, 'BAIK', PERMENPANRB_6_2022).bounds.map((b) => b.bound)).toEqual([7, null, 1]);
  });

  it('in any order of calls, and above the memo limit too (fresh, equal, frozen)', () => {
    const n = fc.oneof(fc.nat(60), fc.integer({ min: KUOTA_MEMO_LIMIT - 2, max: KUOTA_MEMO_LIMIT + 50 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(n, fc.constantFrom(...PREDIKAT_ORGANISASIS)), { maxLength: 20 }),
        (calls) => {
          for (const [h, po] of calls) {
            const k = computeKuota(h, po, PERMENPANRB_6_2022);
            expect(k).toEqual(buildKuota(h, po, PERMENPANRB_6_2022));
            expect(computeKuota(h, po, PERMENPANRB_6_2022) === k).toBe(h <= KUOTA_MEMO_LIMIT);
            expect(isDeepFrozen(k)).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('cannot be changed by a caller', () => {
    const k = kuota(10, 'BAIK');
    expect(isDeepFrozen(k)).toBe(true);
    expect(() => {
      (k.perPredikat.BAIK as { max: number }).max = 10;
    }).toThrow(TypeError);
    expect(() => {
      (k.bounds as unknown[]).push(null);
    }).toThrow(TypeError);
    expect(kuota(10, 'BAIK').perPredikat.BAIK.max).toBe(7);
  });
});
