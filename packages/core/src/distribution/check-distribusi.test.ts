import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { PREDIKAT_ORGANISASIS, PREDIKATS, type Predikat, type PredikatOrganisasi } from '../model/predikat';
import { permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { type CheckDistribusiInput, checkDistribusi, type PemeriksaanDistribusi } from './check-distribusi';
import { kuotaDistribusi } from './kuota-distribusi';

// parseWith (zod) as a spy that calls through: the fast path must not reach it.
vi.mock('../issues/from-zod', { spy: true });

function check(
  po: PredikatOrganisasi,
  distribusi: CheckDistribusiInput['distribusi'],
  pack?: Parameters<typeof checkDistribusi>[1],
) {
  const r = checkDistribusi({ predikatOrganisasi: po, distribusi }, pack);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const violatedIds = (p: PemeriksaanDistribusi) =>
  p.violations.map((v) => ('ruleId' in v.params ? v.params.ruleId : v.code));

// ——— An independent, straightforward reading of §1.8 (not the pack's data, not the library's code). ———
type Oracle = {
  id: string;
  kind: 'MIN' | 'MAX' | 'MODAL';
  predikat: Predikat[];
  percent?: number;
  count?: number;
  error: boolean;
};
const ORACLE: Record<PredikatOrganisasi, Oracle[]> = {
  ISTIMEWA: [
    { id: 'istimewa.sangat-baik-maks-70', kind: 'MAX', predikat: ['SANGAT_BAIK'], percent: 70, error: true },
    { id: 'istimewa.sangat-baik-terbanyak', kind: 'MODAL', predikat: ['SANGAT_BAIK'], error: false },
  ],
  BAIK: [
    { id: 'baik.baik-maks-70', kind: 'MAX', predikat: ['BAIK'], percent: 70, error: true },
    { id: 'baik.baik-terbanyak', kind: 'MODAL', predikat: ['BAIK'], error: false },
    {
      id: 'baik.ada-butuh-perbaikan-atau-kurang',
      kind: 'MIN',
      predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
      count: 1,
      error: true,
    },
  ],
  BUTUH_PERBAIKAN: [
    {
      id: 'butuh-perbaikan.butuh-perbaikan-min-60',
      kind: 'MIN',
      predikat: ['BUTUH_PERBAIKAN'],
      percent: 60,
      error: true,
    },
    {
      id: 'butuh-perbaikan.sangat-baik-maks-10',
      kind: 'MAX',
      predikat: ['SANGAT_BAIK'],
      percent: 10,
      error: true,
    },
  ],
  KURANG: [
    { id: 'kurang.kurang-min-60', kind: 'MIN', predikat: ['KURANG'], percent: 60, error: true },
    {
      id: 'kurang.butuh-perbaikan-min-10',
      kind: 'MIN',
      predikat: ['BUTUH_PERBAIKAN'],
      percent: 10,
      error: true,
    },
    { id: 'kurang.sangat-baik-maks-10', kind: 'MAX', predikat: ['SANGAT_BAIK'], percent: 10, error: true },
  ],
  SANGAT_KURANG: [
    {
      id: 'sangat-kurang.sangat-kurang-min-60',
      kind: 'MIN',
      predikat: ['SANGAT_KURANG'],
      percent: 60,
      error: true,
    },
    {
      id: 'sangat-kurang.kurang-atau-butuh-perbaikan-min-10',
      kind: 'MIN',
      predikat: ['KURANG', 'BUTUH_PERBAIKAN'],
      percent: 10,
      error: true,
    },
    { id: 'sangat-kurang.tanpa-sangat-baik', kind: 'MAX', predikat: ['SANGAT_BAIK'], count: 0, error: true },
  ],
};

/** Integer arithmetic only: ceil(p·n/100) for a minimum, floor(p·n/100) for a maximum. */
function oracleBound(r: Oracle, n: number): number {
  if (r.count !== undefined) return r.count;
  const num = r.percent! * n;
  return r.kind === 'MIN' ? Math.floor((num + 99) / 100) : Math.floor(num / 100);
}

function oracle(po: PredikatOrganisasi, counts: Record<Predikat, number>) {
  const n = PREDIKATS.reduce((s, p) => s + counts[p], 0);
  if (n === 0) return { conforms: true, violated: [] as string[] };
  const most = Math.max(...PREDIKATS.map((p) => counts[p]));
  const violated: string[] = [];
  let conforms = true;
  for (const r of ORACLE[po]) {
    const actual = r.predikat.reduce((s, p) => s + counts[p], 0);
    const holds =
      r.kind === 'MODAL'
        ? actual === most
        : r.kind === 'MIN'
          ? actual >= oracleBound(r, n)
          : actual <= oracleBound(r, n);
    if (!holds) {
      violated.push(r.id);
      if (r.error) conforms = false;
    }
  }
  return { conforms, violated };
}

function* distributions(n: number): Generator<Record<Predikat, number>> {
  for (let a = 0; a <= n; a++)
    for (let b = 0; a + b <= n; b++)
      for (let c = 0; a + b + c <= n; c++)
        for (let d = 0; a + b + c + d <= n; d++)
          yield { SANGAT_BAIK: a, BAIK: b, BUTUH_PERBAIKAN: c, KURANG: d, SANGAT_KURANG: n - a - b - c - d };
}

describe('checkDistribusi — §1.8 per predikat organisasi', () => {
  it.each<[PredikatOrganisasi, Partial<Record<Predikat, number>>, boolean, string[]]>([
    // ISTIMEWA: Sangat Baik ≤ floor(0.7n), and (warning) the most frequent.
    ['ISTIMEWA', { SANGAT_BAIK: 5, BAIK: 4, BUTUH_PERBAIKAN: 1 }, true, []],
    ['ISTIMEWA', { SANGAT_BAIK: 8, BAIK: 2 }, false, ['istimewa.sangat-baik-maks-70']],
    ['ISTIMEWA', { SANGAT_BAIK: 3, BAIK: 6, BUTUH_PERBAIKAN: 1 }, true, ['istimewa.sangat-baik-terbanyak']],
    // BAIK: Baik ≤ floor(0.7n), (warning) the most frequent, at least one Butuh Perbaikan or Kurang.
    ['BAIK', { SANGAT_BAIK: 2, BAIK: 7, KURANG: 1 }, true, []],
    [
      'BAIK',
      { SANGAT_BAIK: 2, BAIK: 8 },
      false,
      ['baik.baik-maks-70', 'baik.ada-butuh-perbaikan-atau-kurang'],
    ],
    [
      'BAIK',
      { SANGAT_BAIK: 5, BAIK: 4, SANGAT_KURANG: 1 },
      false,
      ['baik.baik-terbanyak', 'baik.ada-butuh-perbaikan-atau-kurang'],
    ],
    // BUTUH_PERBAIKAN: Butuh Perbaikan ≥ ceil(0.6n), Sangat Baik ≤ floor(0.1n).
    ['BUTUH_PERBAIKAN', { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 6, SANGAT_KURANG: 1 }, true, []],
    [
      'BUTUH_PERBAIKAN',
      { SANGAT_BAIK: 2, BAIK: 3, BUTUH_PERBAIKAN: 5 },
      false,
      ['butuh-perbaikan.butuh-perbaikan-min-60', 'butuh-perbaikan.sangat-baik-maks-10'],
    ],
    // KURANG: Kurang ≥ ceil(0.6n), Butuh Perbaikan ≥ ceil(0.1n), Sangat Baik ≤ floor(0.1n).
    ['KURANG', { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 1, KURANG: 6 }, true, []],
    [
      'KURANG',
      { SANGAT_BAIK: 2, BAIK: 2, KURANG: 5, SANGAT_KURANG: 1 },
      false,
      ['kurang.kurang-min-60', 'kurang.butuh-perbaikan-min-10', 'kurang.sangat-baik-maks-10'],
    ],
    // SANGAT_KURANG: Sangat Kurang ≥ ceil(0.6n), Kurang + Butuh Perbaikan ≥ ceil(0.1n), no Sangat Baik.
    ['SANGAT_KURANG', { BAIK: 1, KURANG: 1, SANGAT_KURANG: 5 }, true, []],
    [
      'SANGAT_KURANG',
      { SANGAT_BAIK: 1, SANGAT_KURANG: 6 },
      false,
      ['sangat-kurang.kurang-atau-butuh-perbaikan-min-10', 'sangat-kurang.tanpa-sangat-baik'],
    ],
  ])('%s %j → conforms %s, violated %j', (po, distribusi, conforms, ids) => {
    const p = check(po, distribusi);
    expect(p.conforms).toBe(conforms);
    expect(violatedIds(p)).toEqual(ids);
    expect(p.feasible).toBe(true);
  });

  it('reports a violation with its params and the rule’s severity', () => {
    const p = check('BAIK', { SANGAT_BAIK: 5, BAIK: 4, SANGAT_KURANG: 1 });
    expect(p.violations).toEqual([
      {
        code: 'kurva_not_modal',
        path: ['distribusi'],
        params: { ruleId: 'baik.baik-terbanyak', predikat: 'BAIK', actual: 4, modal: ['SANGAT_BAIK'] },
        severity: 'warning',
      },
      {
        code: 'kurva_below_minimum',
        path: ['distribusi'],
        params: {
          ruleId: 'baik.ada-butuh-perbaikan-atau-kurang',
          predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
          minimum: 1,
          actual: 0,
          share: '',
        },
        severity: 'error',
      },
    ]);
    const k = check('KURANG', { SANGAT_BAIK: 2, KURANG: 8 });
    expect(k.violations[1]).toEqual({
      code: 'kurva_above_maximum',
      path: ['distribusi'],
      params: {
        ruleId: 'kurang.sangat-baik-maks-10',
        predikat: ['SANGAT_BAIK'],
        maximum: 1,
        actual: 2,
        share: '10',
      },
      severity: 'error',
    });
  });

  it('includes kurva_infeasible when no distribution of the headcount can conform', () => {
    const p = check('KURANG', ['KURANG', 'KURANG']);
    expect(p.feasible).toBe(false);
    expect(p.conforms).toBe(false);
    expect(p.violations.map((v) => v.code)).toEqual(['kurva_infeasible', 'kurva_below_minimum']);
    expect(p.violations[0]?.params).toEqual({
      headcount: 2,
      predikatOrganisasi: 'KURANG',
      reason: 'minimums_exceed_headcount',
      required: 3,
    });
  });

  it('traces every rule with its bound, the actual count and the outcome', () => {
    const p = check('BAIK', { SANGAT_BAIK: 1, BAIK: 8, KURANG: 1 });
    expect(p.trace).toEqual({
      pack: { id: 'permenpanrb-6-2022', version: '1.0.0' },
      predikatOrganisasi: 'BAIK',
      headcount: 10,
      trivial: false,
      steps: [
        {
          ruleId: 'baik.baik-maks-70',
          kind: 'MAXIMUM',
          severity: 'error',
          predikat: ['BAIK'],
          bound: 7,
          actual: 8,
          pass: false,
        },
        {
          ruleId: 'baik.baik-terbanyak',
          kind: 'MODAL',
          severity: 'warning',
          predikat: ['BAIK'],
          bound: 8,
          actual: 8,
          pass: true,
        },
        {
          ruleId: 'baik.ada-butuh-perbaikan-atau-kurang',
          kind: 'MINIMUM',
          severity: 'error',
          predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
          bound: 1,
          actual: 1,
          pass: true,
        },
      ],
    });
    expect(p.counts).toEqual({ SANGAT_BAIK: 1, BAIK: 8, BUTUH_PERBAIKAN: 0, KURANG: 1, SANGAT_KURANG: 0 });
    expect(p.kuota.bounds[0]?.bound).toBe(7);
  });

  it('a headcount of 0 conforms trivially', () => {
    for (const po of PREDIKAT_ORGANISASIS) {
      for (const distribusi of [[], {}, { BAIK: 0 }]) {
        const p = check(po, distribusi);
        expect(p.conforms).toBe(true);
        expect(p.violations).toEqual([]);
        expect(p.headcount).toBe(0);
        expect(p.trace.trivial).toBe(true);
        expect(p.trace.steps).toEqual([]);
      }
    }
  });

  it('a stricter override (Baik at most 60 %) rejects what the default accepts', () => {
    const def = permenpanrb62022Definition;
    const r = compileRulePack62022({
      ...def,
      version: '1.0.0+strict',
      kurva: {
        ...def.kurva,
        BAIK: [
          { id: 'baik.baik-maks-60', kind: 'MAXIMUM', predikat: ['BAIK'], share: '60' },
          ...def.kurva.BAIK.slice(1),
        ],
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const distribusi = { SANGAT_BAIK: 2, BAIK: 7, KURANG: 1 };
    expect(check('BAIK', distribusi).conforms).toBe(true);
    const strict = check('BAIK', distribusi, r.value);
    expect(strict.conforms).toBe(false);
    expect(violatedIds(strict)).toEqual(['baik.baik-maks-60']);
    expect(strict.pack).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0+strict' });
  });
});

describe('checkDistribusi — input validation', () => {
  const issuesOf = (input: unknown) => {
    const r = checkDistribusi(input as CheckDistribusiInput);
    return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
  };

  it('names the path of every problem', () => {
    expect(issuesOf({ predikatOrganisasi: 'X', distribusi: ['BAIK', 'NOPE'] })).toEqual([
      ['invalid_value', ['predikatOrganisasi']],
      ['invalid_value', ['distribusi', 1]],
    ]);
    expect(issuesOf({ predikatOrganisasi: 'BAIK', distribusi: { BAIK: -1, KURANG: 1.5, FOO: 2 } })).toEqual([
      ['too_small', ['distribusi', 'BAIK']],
      ['invalid_type', ['distribusi', 'KURANG']],
      ['unrecognized_keys', ['distribusi']],
    ]);
    expect(issuesOf({ predikatOrganisasi: 'BAIK' })).toEqual([['required', ['distribusi']]]);
    expect(issuesOf({ predikatOrganisasi: 'BAIK', distribusi: 'BAIK' })).toEqual([
      ['invalid_type', ['distribusi']],
    ]);
    expect(issuesOf(null)).toEqual([['invalid_type', []]]);
    expect(issuesOf([])).toEqual([['invalid_type', []]]);
    expect(
      issuesOf({ predikatOrganisasi: 'BAIK', distribusi: { BAIK: Number.MAX_SAFE_INTEGER, KURANG: 1 } }),
    ).toEqual([['too_big', ['distribusi']]]);
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = checkDistribusi(input as CheckDistribusiInput);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never throws on near-valid input, and accepts exactly the valid input', () => {
    const count = fc.oneof(
      fc.nat(20),
      fc.integer({ min: -3, max: -1 }),
      fc.double(),
      fc.constant(undefined),
      fc.string(),
    );
    const distribusi = fc.oneof(
      fc.array(fc.oneof(fc.constantFrom(...PREDIKATS), fc.string(), fc.constant(null)), { maxLength: 15 }),
      fc.dictionary(fc.oneof(fc.constantFrom(...PREDIKATS), fc.string()), count, { maxKeys: 6 }),
      fc.anything(),
    );
    const po = fc.oneof(fc.constantFrom(...PREDIKAT_ORGANISASIS), fc.string(), fc.anything());
    fc.assert(
      fc.property(po, distribusi, (predikatOrganisasi, d) => {
        const r = checkDistribusi({ predikatOrganisasi, distribusi: d } as CheckDistribusiInput);
        const valid =
          (PREDIKAT_ORGANISASIS as readonly unknown[]).includes(predikatOrganisasi) &&
          (Array.isArray(d)
            ? d.every((x) => (PREDIKATS as readonly unknown[]).includes(x))
            : typeof d === 'object' &&
              d !== null &&
              Object.entries(d).every(
                ([k, v]) =>
                  (PREDIKATS as readonly string[]).includes(k) &&
                  (v === undefined || (Number.isSafeInteger(v) && (v as number) >= 0)),
              ));
        expect(r.ok).toBe(valid);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('checkDistribusi — properties', () => {
  const poArb = fc.constantFrom(...PREDIKAT_ORGANISASIS);

  it('for every headcount 0..500: a feasible kuota’s contoh conforms, an infeasible one says why', () => {
    for (let n = 0; n <= 500; n++) {
      for (const po of PREDIKAT_ORGANISASIS) {
        const r = kuotaDistribusi(n, po);
        if (!r.ok) throw new Error('unexpected issues');
        const k = r.value;
        if (k.feasible) {
          expect(Object.values(k.contoh).reduce((a, b) => a + b, 0)).toBe(n);
          const p = check(po, k.contoh);
          expect(p.conforms).toBe(true);
          expect(p.headcount).toBe(n);
        } else {
          expect(k.issues.map((i) => i.code)).toEqual(['kurva_infeasible']);
          if (n <= 12) {
            for (const d of distributions(n)) expect(oracle(po, d).conforms).toBe(false);
          }
        }
      }
    }
  });

  it('agrees with an independent implementation on every distribution of up to 12 pegawai', () => {
    for (const po of PREDIKAT_ORGANISASIS) {
      for (let n = 0; n <= 12; n++) {
        let anyConforms = false;
        let anyClean = false;
        for (const d of distributions(n)) {
          const expected = oracle(po, d);
          const p = check(po, d);
          expect({
            conforms: p.conforms,
            violated: violatedIds(p).filter((id) => id !== 'kurva_infeasible'),
          }).toEqual(expected);
          anyConforms ||= expected.conforms;
          anyClean ||= expected.violated.length === 0;
        }
        const k = kuotaDistribusi(n, po);
        if (!k.ok) throw new Error('unexpected issues');
        expect(k.value.feasible).toBe(anyConforms);
        // The contoh honours the MODAL warnings whenever some distribution can.
        if (k.value.feasible && anyClean) expect(oracle(po, k.value.contoh).violated).toEqual([]);
      }
    }
  });

  it('the order of the predikat list never changes the result, and the list equals its counts', () => {
    const listArb = fc.array(fc.constantFrom(...PREDIKATS), { maxLength: 40 });
    fc.assert(
      fc.property(
        poArb,
        listArb.chain((l) =>
          fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length })),
        ),
        (po, [list, shuffled]) => {
          const a = check(po, list);
          expect(check(po, shuffled)).toEqual(a);
          const counts: Partial<Record<Predikat, number>> = {};
          for (const p of list) counts[p] = (counts[p] ?? 0) + 1;
          expect(check(po, counts)).toEqual(a);
          expect(a.headcount).toBe(list.length);
        },
      ),
    );
  });

  it('conforms is true iff no violation is an error', () => {
    const countsArb = fc.record(
      Object.fromEntries(PREDIKATS.map((p) => [p, fc.nat(300)])) as Record<Predikat, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(poArb, countsArb, (po, counts) => {
        const p = check(po, counts);
        expect(p.conforms).toBe(p.violations.every((v) => v.severity === 'warning'));
        expect(p.violations.every((v) => v.severity === 'error' || v.severity === 'warning')).toBe(true);
        expect(violatedIds(p).filter((id) => id !== 'kurva_infeasible')).toEqual(oracle(po, counts).violated);
      }),
    );
  });
});

describe('checkDistribusi — fast path', () => {
  it('checks valid counts and lists without zod; only invalid input is parsed', () => {
    const spy = vi.mocked(parseWith);
    spy.mockClear();
    check('BAIK', { BAIK: 7, SANGAT_BAIK: 2, KURANG: 1 });
    check('KURANG', ['KURANG', 'BAIK', 'KURANG']);
    check('ISTIMEWA', {});
    check('BAIK', { BAIK: undefined, KURANG: 0 });
    expect(spy).not.toHaveBeenCalled();
    expect(checkDistribusi({ predikatOrganisasi: 'BAIK', distribusi: { BAIK: -1 } }).ok).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('shares the memoised kuota of a headcount between checks', () => {
    const a = check('BAIK', { BAIK: 7, SANGAT_BAIK: 2, KURANG: 1 });
    const b = check('BAIK', [
      'BAIK',
      'BAIK',
      'BAIK',
      'BAIK',
      'BAIK',
      'BAIK',
      'BAIK',
      'BAIK',
      'BAIK',
      'KURANG',
    ]);
    expect(b.kuota).toBe(a.kuota);
    expect(a.violations).not.toBe(a.kuota.issues);
    expect(Object.isFrozen(a.kuota)).toBe(true);
  });
});
