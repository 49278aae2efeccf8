import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { KinerjaError } from '../errors/kinerja-error';
import { evaluateTahunan82021 } from '../regimes/permenpanrb-8-2021/evaluate-tahunan-8-2021';
import { evaluatePp46 } from '../regimes/pp-46-2011/evaluate-pp46';
import { type HasilIntegrasi2021, type Integrasi2021Options, integrate2021 } from './integrasi-2021';
import { applyOverride } from './override';
import { PERMENPANRB_6_2022 } from './permenpanrb-6-2022';
import { PERMENPANRB_8_2021 } from './permenpanrb-8-2021';
import { PP_46_2011 } from './pp-46-2011';
import { createRegistry, type Registry } from './registry';
import { type RulePack, requireRulePack } from './rule-pack';
import { SKP_82021, SKP_PP46 } from './test-fixtures-2021';

function run(input: unknown, options?: Integrasi2021Options): HasilIntegrasi2021 {
  const r = integrate2021(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function issuesOf(input: unknown, options?: Integrasi2021Options) {
  const r = integrate2021(input, options);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

function registry(packs: readonly RulePack[]): Registry {
  const r = createRegistry(packs);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('integrate2021 — SE MenPANRB 3/2021, 50 % / 50 %', () => {
  it('evaluates both raw inputs with the packs of each half and integrates exactly', () => {
    const v = run({ semester1: { input: SKP_PP46 }, semester2: { input: SKP_82021 } });
    expect(v.semester1).toMatchObject({
      regime: 'pp-46-2011',
      from: '2021-01-01',
      until: '2021-06-30',
      sumber: 'INPUT',
      nilai: '83.3',
      rulePack: { id: 'pp-46-2011', version: '1.0.0' },
    });
    expect(v.semester2).toMatchObject({
      regime: 'permenpanrb-8-2021',
      from: '2021-07-01',
      until: '2021-12-31',
      sumber: 'INPUT',
      nilai: '97.48',
      rulePack: { id: 'permenpanrb-8-2021', version: '1.0.0' },
    });
    // 0.5 × 83.3 + 0.5 × 97.48 = 41.65 + 48.74
    expect(v.nilai).toBe('90.39');
    expect(v.nilaiDibulatkan).toBe('90.39');
    expect(v.bobot).toEqual({ semester1: '50', semester2: '50' });
    expect(v.predikat).toBe('BAIK');
    expect(v.predikat62022).toBe('BAIK');
    expect(v.inovasi).toBe(false);
  });

  it('the trace holds both sub-traces and both pack references', () => {
    const v = run({ semester1: { input: SKP_PP46 }, semester2: { input: SKP_82021 } });
    expect(v.trace.rulePack).toEqual({ id: 'permenpanrb-8-2021', version: '1.0.0' });
    expect(v.trace.rulePacks).toEqual({
      semester1: { id: 'pp-46-2011', version: '1.0.0' },
      semester2: { id: 'permenpanrb-8-2021', version: '1.0.0' },
    });
    expect(v.trace.semester1?.rulePack).toEqual({ id: 'pp-46-2011', version: '1.0.0' });
    expect(v.trace.semester1?.steps.at(-1)?.kind).toBe('nilai_prestasi_kerja');
    expect(v.trace.semester2?.steps.at(-1)?.kind).toBe('predikat_kinerja_82021');
    expect(v.trace.steps.map((s) => s.kind)).toEqual(['integrasi_2021', 'predikat_kinerja_82021']);
    expect(v.trace.steps[0]).toEqual({
      kind: 'integrasi_2021',
      basis: 'EXACT',
      nilaiSemester1: '83.3',
      nilaiSemester2: '97.48',
      bobotSemester1: '50',
      bobotSemester2: '50',
      nilai: '90.39',
    });
  });

  it('takes results computed before, and gives the same answer', () => {
    const h1 = evaluatePp46(SKP_PP46);
    const h2 = evaluateTahunan82021(SKP_82021);
    if (!h1.ok || !h2.ok) throw new Error('fixtures');
    const fromInputs = run({ semester1: { input: SKP_PP46 }, semester2: { input: SKP_82021 } });
    const fromHasil = run({ semester1: { hasil: h1.value }, semester2: { hasil: h2.value } });
    expect(fromHasil.semester1.sumber).toBe('HASIL');
    expect(fromHasil.nilai).toBe(fromInputs.nilai);
    expect(fromHasil.predikat).toBe(fromInputs.predikat);
    expect(fromHasil.trace.rulePacks).toEqual(fromInputs.trace.rulePacks);
    expect(fromHasil.trace.semester2).toEqual(h2.value.trace);
    // JSON round trip (results stored and read back)
    const stored = JSON.parse(
      JSON.stringify({ semester1: { hasil: h1.value }, semester2: { hasil: h2.value } }),
    );
    expect(run(stored).nilai).toBe('90.39');
  });

  it('takes recorded values, naming the registry packs (or the given ones)', () => {
    const v = run({
      semester1: { nilai: '85.5' },
      semester2: { nilai: 97.48, rulePack: { id: 'pemko-8-2021', version: '2021.2' } },
    });
    expect(v.nilai).toBe('91.49');
    expect(v.semester1).toMatchObject({
      sumber: 'NILAI',
      hasil: null,
      rulePack: { id: 'pp-46-2011', version: '1.0.0' },
    });
    expect(v.trace.rulePacks.semester2).toEqual({ id: 'pemko-8-2021', version: '2021.2' });
    expect(v.trace.semester1).toBeNull();
  });

  it.each([
    // [semester 1, semester 2, inovasi, nilai, predikat]
    ['100', '120', true, '110', 'SANGAT_BAIK'],
    ['100', '120', false, '110', 'BAIK'],
    ['80', '100', false, '90', 'BAIK'],
    ['79.98', '100', false, '89.99', 'CUKUP'],
    ['79.99', '100', false, '89.995', 'BAIK'], // compared rounded to 2 places (89.995 → 90)
    ['85.5', '54.5', false, '70', 'CUKUP'],
    ['60', '40', false, '50', 'KURANG'],
    ['49', '50', false, '49.5', 'SANGAT_KURANG'],
  ] as const)(
    '%s and %s (inovasi %s) → %s, %s under the 8/2021 bands',
    (n1, n2, inovasi, nilai, predikat) => {
      const v = run({ semester1: { nilai: n1 }, semester2: { nilai: n2 }, inovasi });
      expect(v.nilai).toBe(nilai);
      expect(v.predikat).toBe(predikat);
    },
  );

  it('Sangat Baik needs an innovation: by default the second period’s', () => {
    const withInovasi = run({
      semester1: { nilai: '110' },
      semester2: { input: { ...SKP_82021, inovasi: true } },
    });
    expect(withInovasi.inovasi).toBe(true);
    expect(withInovasi.semester2.nilai).toBe('97.48');
    // (110 + 97.48) / 2 = 103.74: Baik, innovation or not
    expect(withInovasi.predikat).toBe('BAIK');
    const high = run({
      semester1: { nilai: '120' },
      semester2: { hasil: { ...hasil82021(), inovasi: true, nilaiKinerja: '110' } },
    });
    expect(high.predikat).toBe('SANGAT_BAIK');
    const overridden = run({
      semester1: { nilai: '120' },
      semester2: { hasil: { ...hasil82021(), inovasi: true, nilaiKinerja: '110' } },
      inovasi: false,
    });
    expect(overridden.predikat).toBe('BAIK');
  });

  it('weights are configurable and exact', () => {
    const v = run(
      { semester1: { nilai: '80' }, semester2: { nilai: '100' } },
      { bobot: { semester1: '40', semester2: '60' } },
    );
    expect(v.nilai).toBe('92');
    expect(v.bobot).toEqual({ semester1: '40', semester2: '60' });
    const third = run(
      { semester1: { nilai: '1' }, semester2: { nilai: '2' } },
      { bobot: { semester1: '33.333', semester2: '66.667' } },
    );
    expect(third.nilai).toBe('1.66667');
  });

  it('is exact: 0.5 × a + 0.5 × b for any decimals', () => {
    const arbNilai = fc
      .tuple(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 99 }))
      .map(([i, f]) => new Decimal(i).div(100).plus(new Decimal(f).div(1e6)).toFixed());
    fc.assert(
      fc.property(arbNilai, arbNilai, (a, b) => {
        const v = run({ semester1: { nilai: a }, semester2: { nilai: b } });
        expect(new Decimal(v.nilai).eq(new Decimal(a).plus(b).div(2))).toBe(true);
      }),
    );
  });

  it('basis DIBULATKAN integrates the values as the period forms show them', () => {
    const h2 = { ...hasil82021(), nilaiKinerja: '97.4849', nilaiKinerjaDibulatkan: '97.48' };
    const exact = run({ semester1: { nilai: '83.3' }, semester2: { hasil: h2 } });
    const shown = run({ semester1: { nilai: '83.3' }, semester2: { hasil: h2 } }, { basis: 'DIBULATKAN' });
    expect(exact.nilai).toBe('90.39245');
    expect(shown.nilai).toBe('90.39');
  });

  it('uses the 8/2021 pack of the registry for the predikat, and names an overridden one', () => {
    const o = applyOverride(PERMENPANRB_8_2021, {
      name: 'sangat-baik-tanpa-inovasi',
      version: '1',
      base: { id: 'permenpanrb-8-2021' },
      changes: {
        predikat: {
          bands: [
            { predikat: 'SANGAT_BAIK', min: '110', minInclusive: true, requiresInovasi: false },
            { predikat: 'BAIK', min: '90', minInclusive: true, requiresInovasi: false },
            { predikat: 'CUKUP', min: '70', minInclusive: true, requiresInovasi: false },
            { predikat: 'KURANG', min: '50', minInclusive: true, requiresInovasi: false },
          ],
        },
      },
    });
    if (!o.ok) throw new Error(JSON.stringify(o.issues));
    const reg = registry([PP_46_2011, o.value, PERMENPANRB_6_2022]);
    const v = run({ semester1: { nilai: '110' }, semester2: { nilai: '110' } }, { registry: reg });
    expect(v.predikat).toBe('SANGAT_BAIK');
    expect(v.trace.rulePack).toEqual({
      id: 'permenpanrb-8-2021',
      version: '1.0.0',
      override: { name: 'sangat-baik-tanpa-inovasi', version: '1' },
    });
  });
});

/** A minimal 8/2021 result (what integrate2021 reads of one). */
function hasil82021() {
  return {
    nilaiKinerja: '97.48',
    nilaiKinerjaDibulatkan: '97.48',
    inovasi: false,
    trace: { rulePack: { id: 'permenpanrb-8-2021', version: '1.0.0' }, steps: [], flags: [] },
  };
}

describe('integrate2021 — issues', () => {
  it('names the place of a bad period input', () => {
    const issues = issuesOf({
      semester1: { input: { ...SKP_PP46, kegiatan: 'x' } },
      semester2: { input: SKP_82021 },
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['semester1', 'input', 'kegiatan']],
    ]);
    const both = issuesOf({
      semester1: { nilai: '-1' },
      semester2: { input: { ...SKP_82021, perilaku: 5 } },
    });
    expect(both.map((i) => [i.code, i.path])).toEqual([
      ['too_small', ['semester1', 'nilai']],
      ['invalid_type', ['semester2', 'input', 'perilaku']],
    ]);
  });

  it('a period in the other period’s form is a regime mismatch', () => {
    const h1 = evaluatePp46(SKP_PP46);
    if (!h1.ok) throw new Error('fixture');
    expect(issuesOf({ semester1: { hasil: hasil82021() }, semester2: { hasil: h1.value } })).toEqual([
      {
        code: 'regime_mismatch',
        path: ['semester1', 'hasil'],
        params: { expected: ['pp-46-2011'], received: 'permenpanrb-8-2021' },
      },
      {
        code: 'regime_mismatch',
        path: ['semester2', 'hasil'],
        params: { expected: ['permenpanrb-8-2021'], received: 'pp-46-2011' },
      },
    ]);
  });

  it('unknown keys and missing periods', () => {
    expect(issuesOf({ semester1: { nilai: '1' } }).map((i) => [i.code, i.path])).toEqual([
      ['required', ['semester2']],
    ]);
    expect(
      issuesOf({ semester1: { input: SKP_PP46, nilai: '1' }, semester2: { nilai: '1' }, tahun: 2021 }).map(
        (i) => [i.code, i.path],
      ),
    ).toEqual([['unrecognized_keys', []]]);
    expect(issuesOf({ semester1: { input: SKP_PP46, nilai: '1' }, semester2: { nilai: '1' } })).toEqual([
      { code: 'unrecognized_keys', path: ['semester1'], params: { keys: ['nilai'] } },
    ]);
  });

  it('a registry that does not split 2021 into PP 46/2011 and 8/2021', () => {
    const only62022 = registry([PERMENPANRB_6_2022]);
    expect(
      issuesOf({ semester1: { nilai: '1' }, semester2: { nilai: '1' } }, { registry: only62022 }),
    ).toEqual([{ code: 'rule_pack_missing', path: [], params: { tahun: 2021, tanggal: '2021-01-01' } }]);
    const whole = registry([
      requireRulePack({ ...PERMENPANRB_8_2021.definition, effectiveFrom: '2021-01-01' }),
    ]);
    expect(issuesOf({ semester1: { nilai: '1' }, semester2: { nilai: '1' } }, { registry: whole })).toEqual([
      {
        code: 'regime_mismatch',
        path: [],
        params: { expected: ['permenpanrb-8-2021'], received: 'integrasi-2021' },
      },
    ]);
  });

  it('throws on weights that do not add up to 100', () => {
    const input = { semester1: { nilai: '1' }, semester2: { nilai: '1' } };
    expect(() => integrate2021(input, { bobot: { semester1: '50', semester2: '60' } })).toThrow(KinerjaError);
    expect(() => integrate2021(input, { bobot: { semester1: '-10', semester2: '110' } })).toThrow(
      KinerjaError,
    );
    expect(() => integrate2021(input, { bobot: { semester1: 'x', semester2: '50' } })).toThrow(KinerjaError);
  });

  it('never throws on garbage', () => {
    const arbPeriod = fc.oneof(
      fc.anything(),
      fc.record({ input: fc.anything() }),
      fc.record({ hasil: fc.anything() }),
      fc.record({ nilai: fc.anything() }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ semester1: arbPeriod, semester2: arbPeriod })),
        (input) => {
          const r = integrate2021(input);
          if (r.ok) expect(r.value.tahun).toBe(2021);
          else expect(r.issues.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
