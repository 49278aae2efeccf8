import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluasi, iki, rhk, SESUAI, skp } from '../scoring/test-fixtures';
import { applyOverride } from './override';
import { PERMENPANRB_6_2022 } from './permenpanrb-6-2022';
import { PERMENPANRB_8_2021 } from './permenpanrb-8-2021';
import { PP_46_2011 } from './pp-46-2011';
import { recomputeYear } from './recompute-year';
import { createRegistry, DEFAULT_REGISTRY, type Registry } from './registry';
import { requireRulePack } from './rule-pack';
import { SKP_82021, SKP_PP46 } from './test-fixtures-2021';

/** A 6/2022 annual input for an SKP of the given year. */
function input62022(tahun: number) {
  const s = skp({ pendekatan: 'KUALITATIF', rhk: [rhk('rhk-1', 'UTAMA', [iki('iki-1', '12')])] });
  return {
    skp: { ...s, tahun, periodeAwal: `${tahun}-01-01`, periodeAkhir: `${tahun}-12-31` },
    evaluasiPeriodik: [1, 2, 3, 4].map((k) => evaluasi(k, SESUAI, SESUAI)),
  };
}

describe('recomputeYear — the rules in force that year', () => {
  it('2026 → PermenPANRB 6/2022 (evaluateTahunan)', () => {
    const r = recomputeYear(DEFAULT_REGISTRY, 2026, {
      regime: 'permenpanrb-6-2022',
      input: input62022(2026),
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.regime).toBe('permenpanrb-6-2022');
    expect(r.value.rulePacks).toEqual([{ id: 'permenpanrb-6-2022', version: '1.0.0' }]);
    if (r.value.regime === 'permenpanrb-6-2022') expect(r.value.hasil.predikat).toBe('BAIK');
  });

  it('2022 is wholly 6/2022, from 1 January', () => {
    const r = recomputeYear(DEFAULT_REGISTRY, 2022, {
      regime: 'permenpanrb-6-2022',
      input: input62022(2022),
    });
    expect(r.ok).toBe(true);
  });

  it('2019 → PP 46/2011 (evaluatePp46)', () => {
    const r = recomputeYear(DEFAULT_REGISTRY, 2019, { regime: 'pp-46-2011', input: SKP_PP46 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.rulePacks).toEqual([{ id: 'pp-46-2011', version: '1.0.0' }]);
    if (r.value.regime !== 'pp-46-2011') throw new Error('regime');
    expect(r.value.hasil.prestasiKerja.nilai).toEqual({
      nilai: '83.3',
      dibulatkan: '83.3',
      predikat: 'BAIK',
    });
  });

  it('2021 → the integration of both halves', () => {
    const r = recomputeYear(DEFAULT_REGISTRY, 2021, {
      regime: 'integrasi-2021',
      input: { semester1: { input: SKP_PP46 }, semester2: { input: SKP_82021 } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.rulePacks).toEqual([
      { id: 'pp-46-2011', version: '1.0.0' },
      { id: 'permenpanrb-8-2021', version: '1.0.0' },
    ]);
    if (r.value.regime !== 'integrasi-2021') throw new Error('regime');
    expect(r.value.hasil.nilai).toBe('90.39');
    expect(r.value.hasil.predikat).toBe('BAIK');
  });

  it('a year wholly under 8/2021 (a custom registry) → evaluateTahunan82021', () => {
    const reg = registryOf([
      requireRulePack({ ...PP_46_2011.definition, effectiveUntil: '2020-12-31' }),
      requireRulePack({ ...PERMENPANRB_8_2021.definition, effectiveFrom: '2021-01-01' }),
      PERMENPANRB_6_2022,
    ]);
    const r = recomputeYear(reg, 2021, { regime: 'permenpanrb-8-2021', input: SKP_82021 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    if (r.value.regime !== 'permenpanrb-8-2021') throw new Error('regime');
    expect(r.value.hasil.nilaiKinerja).toBe('97.48');
  });

  it('evaluates with the registry’s overridden pack and names the override', () => {
    const o = applyOverride(PP_46_2011, {
      name: 'bobot-50-50',
      version: '1',
      base: { id: 'pp-46-2011' },
      changes: { bobot: { nilaiSkp: '50', nilaiPerilakuKerja: '50' } },
    });
    if (!o.ok) throw new Error(JSON.stringify(o.issues));
    const reg = registryOf([o.value, PERMENPANRB_8_2021, PERMENPANRB_6_2022]);
    const r = recomputeYear(reg, 2019, { regime: 'pp-46-2011', input: SKP_PP46 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    if (r.value.regime !== 'pp-46-2011') throw new Error('regime');
    expect(r.value.hasil.prestasiKerja.nilai.nilai).toBe('82.75'); // 0.5 × 85.5 + 0.5 × 80
    expect(r.value.hasil.trace.rulePack).toEqual({
      id: 'pp-46-2011',
      version: '1.0.0',
      override: { name: 'bobot-50-50', version: '1' },
    });
  });
});

function registryOf(packs: Parameters<typeof createRegistry>[0]): Registry {
  const r = createRegistry(packs);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('recomputeYear — mismatches', () => {
  it.each([
    [2019, 'permenpanrb-6-2022', ['pp-46-2011']],
    [2021, 'permenpanrb-8-2021', ['integrasi-2021']],
    [2021, 'pp-46-2011', ['integrasi-2021']],
    [2022, 'permenpanrb-8-2021', ['permenpanrb-6-2022']],
    [2026, 'integrasi-2021', ['permenpanrb-6-2022']],
  ] as const)('%i with input for %s → regime_mismatch (expected %j)', (tahun, regime, expected) => {
    expect(recomputeYear(DEFAULT_REGISTRY, tahun, { regime, input: {} })).toEqual({
      ok: false,
      issues: [{ code: 'regime_mismatch', path: ['regime'], params: { expected, received: regime } }],
    });
  });

  it('a year without rules (before 2014) → rule_pack_missing', () => {
    expect(recomputeYear(DEFAULT_REGISTRY, 2013, { regime: 'pp-46-2011', input: SKP_PP46 })).toEqual({
      ok: false,
      issues: [{ code: 'rule_pack_missing', path: [], params: { tahun: 2013, tanggal: '2013-01-01' } }],
    });
  });

  it('a year split other than PP 46 / 8/2021 → regime_mismatch listing the regimes in force', () => {
    const reg = registryOf([
      requireRulePack({ ...PERMENPANRB_8_2021.definition, effectiveUntil: '2022-02-02' }),
      requireRulePack({ ...PERMENPANRB_6_2022.definition, effectiveFrom: '2022-02-03' }),
    ]);
    expect(recomputeYear(reg, 2022, { regime: 'permenpanrb-6-2022', input: input62022(2022) })).toEqual({
      ok: false,
      issues: [
        {
          code: 'regime_mismatch',
          path: ['regime'],
          params: { expected: ['permenpanrb-8-2021', 'permenpanrb-6-2022'], received: 'permenpanrb-6-2022' },
        },
      ],
    });
  });

  it('a 6/2022 SKP of another year', () => {
    expect(
      recomputeYear(DEFAULT_REGISTRY, 2023, { regime: 'permenpanrb-6-2022', input: input62022(2026) }),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_value',
          path: ['input', 'skp', 'tahun'],
          params: { options: ['2023'], received: '2026' },
        },
      ],
    });
  });

  it('issues of the evaluator come under input', () => {
    const r = recomputeYear(DEFAULT_REGISTRY, 2019, {
      regime: 'pp-46-2011',
      input: { ...SKP_PP46, kegiatan: 5 },
    });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([['input', 'kegiatan']]);
    const i = recomputeYear(DEFAULT_REGISTRY, 2021, {
      regime: 'integrasi-2021',
      input: { semester1: { nilai: 'x' }, semester2: { nilai: '1' } },
    });
    expect(i.ok ? [] : i.issues.map((x) => [x.code, x.path])).toEqual([
      ['invalid_decimal', ['input', 'semester1', 'nilai']],
    ]);
  });

  it('a bad envelope or year', () => {
    const r = recomputeYear(DEFAULT_REGISTRY, 2021.5, { regime: 'x' });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['tahun']],
      ['invalid_value', ['regime']],
      ['required', ['input']],
    ]);
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 2005, max: 2030 }), fc.anything()),
        fc.oneof(
          fc.anything(),
          fc.record({
            regime: fc.constantFrom(
              'permenpanrb-6-2022',
              'permenpanrb-8-2021',
              'pp-46-2011',
              'integrasi-2021',
              'x',
            ),
            input: fc.anything(),
          }),
        ),
        (tahun, input) => {
          const r = recomputeYear(DEFAULT_REGISTRY, tahun as number, input);
          if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
