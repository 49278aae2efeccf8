import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDistribusi } from '../distribution/check-distribusi';
import { kuotaDistribusi } from '../distribution/kuota-distribusi';
import { RulePackError } from '../errors/kinerja-error';
import type { Issue } from '../issues/issue';
import { evaluateTahunan } from '../scoring/evaluate-tahunan';
import { predikatFromRatings } from '../scoring/predikat-from-ratings';
import { DI_ATAS, evaluasi, iki, rhk, SESUAI, skp } from '../scoring/test-fixtures';
import { applyOverride, applyOverrideWithRegistry, mergeChanges, OverrideSchema } from './override';
import { PERMENPANRB_6_2022 } from './permenpanrb-6-2022';
import type { RulePack62022 } from './permenpanrb-6-2022/pack';
import { PERMENPANRB_8_2021 } from './permenpanrb-8-2021';
import { PP_46_2011 } from './pp-46-2011';
import { createRegistry, DEFAULT_REGISTRY } from './registry';
import { type RulePack, requireRulePack } from './rule-pack';

/** "Kurva ketat": under a Baik organisation at most 60 % Baik (instead of 70 %). */
const KURVA_KETAT = {
  name: 'kurva-ketat',
  version: '1',
  description: 'Baik paling banyak 60 % pada unit dengan predikat organisasi Baik.',
  base: { id: 'permenpanrb-6-2022', version: '1.0.0' },
  changes: {
    kurva: {
      BAIK: [
        { id: 'baik.baik-maks-60', kind: 'MAXIMUM', predikat: ['BAIK'], share: '60' },
        { id: 'baik.baik-terbanyak', kind: 'MODAL', predikat: ['BAIK'], severity: 'warning' },
        {
          id: 'baik.ada-butuh-perbaikan-atau-kurang',
          kind: 'MINIMUM',
          predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
          count: 1,
        },
      ],
    },
  },
};

const REF = { id: 'permenpanrb-6-2022', version: '1.0.0', override: { name: 'kurva-ketat', version: '1' } };

function apply(override: unknown, base: RulePack = PERMENPANRB_6_2022): RulePack62022 {
  const r = applyOverride(base, override);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  if (r.value.regime !== 'permenpanrb-6-2022') throw new Error('regime');
  return r.value;
}

function issuesOf(override: unknown, base: RulePack = PERMENPANRB_6_2022): readonly Issue[] {
  const r = applyOverride(base, override);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

const withChanges = (changes: unknown) => ({ ...KURVA_KETAT, changes });

describe('applyOverride — a stricter kurva', () => {
  const ketat = apply(KURVA_KETAT);

  it('keeps the base id and version and names the override', () => {
    expect(ketat.id).toBe('permenpanrb-6-2022');
    expect(ketat.version).toBe('1.0.0');
    expect(ketat.override).toEqual({ name: 'kurva-ketat', version: '1' });
    expect(PERMENPANRB_6_2022.override).toBeUndefined();
  });

  it('changes kuotaDistribusi: 10 pegawai of a Baik unit, at most 6 Baik instead of 7', () => {
    const before = kuotaDistribusi(10, 'BAIK');
    const after = kuotaDistribusi(10, 'BAIK', ketat);
    if (!before.ok || !after.ok) throw new Error('kuota');
    expect(before.value.perPredikat.BAIK.max).toBe(7);
    expect(after.value.perPredikat.BAIK.max).toBe(6);
    expect(after.value.pack).toEqual(REF);
    expect(after.value.trace.pack).toEqual(REF);
  });

  it('changes checkDistribusi and names itself in the result', () => {
    const distribusi = { SANGAT_BAIK: 2, BAIK: 7, KURANG: 1 };
    const base = checkDistribusi({ predikatOrganisasi: 'BAIK', distribusi });
    const strict = checkDistribusi({ predikatOrganisasi: 'BAIK', distribusi }, ketat);
    if (!base.ok || !strict.ok) throw new Error('check');
    expect(base.value.conforms).toBe(true);
    expect(strict.value.conforms).toBe(false);
    expect(strict.value.violations.map((v) => v.code)).toEqual(['kurva_above_maximum']);
    expect(strict.value.pack).toEqual(REF);
    expect(strict.value.trace.pack).toEqual(REF);
  });

  it('names itself in the trace of predikatFromRatings and evaluateTahunan', () => {
    expect(predikatFromRatings(SESUAI, DI_ATAS, ketat).trace.rulePack).toEqual(REF);
    expect(predikatFromRatings(SESUAI, DI_ATAS).trace.rulePack).toEqual({
      id: 'permenpanrb-6-2022',
      version: '1.0.0',
    });
    const r = evaluateTahunan(
      {
        skp: skp({ pendekatan: 'KUALITATIF', rhk: [rhk('rhk-1', 'UTAMA', [iki('iki-1', '12')])] }),
        evaluasiPeriodik: [1, 2, 3, 4].map((k) => evaluasi(k, SESUAI, DI_ATAS)),
      },
      ketat,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.predikat).toBe('BAIK');
    expect(r.value.trace.rulePack).toEqual(REF);
  });

  it('merges objects key by key and leaves the rest of the base', () => {
    const p = apply(withChanges({ kuantitatif: { ratingThresholds: { sesuaiEkspektasi: '80' } } }));
    expect(p.definition.kuantitatif).toEqual({
      ...PERMENPANRB_6_2022.definition.kuantitatif,
      ratingThresholds: { diAtasEkspektasi: '101', sesuaiEkspektasi: '80' },
    });
    expect(p.definition.kurva).toEqual(PERMENPANRB_6_2022.definition.kurva);
    expect(p.definition.predikatMatrix).toEqual(PERMENPANRB_6_2022.definition.predikatMatrix);
  });

  it('replaces arrays wholesale and sets scalars, null included', () => {
    const p = apply(
      withChanges({
        sources: ['Keputusan instansi'],
        kuantitatif: { capaianCeiling: '120', capaianFloor: null },
        annual: { method: 'LAST' },
        kurva: { ISTIMEWA: [] },
      }),
    );
    expect(p.definition.sources).toEqual(['Keputusan instansi']);
    expect(p.definition.kuantitatif.capaianCeiling).toBe('120');
    expect(p.definition.kuantitatif.capaianFloor).toBeNull();
    expect(p.definition.annual).toEqual({ ...PERMENPANRB_6_2022.definition.annual, method: 'LAST' });
    expect(p.definition.kurva.ISTIMEWA).toEqual([]);
    expect(p.definition.kurva.BAIK).toEqual(PERMENPANRB_6_2022.definition.kurva.BAIK);
  });

  it('normalises decimals through the base schema (JSON numbers accepted)', () => {
    const p = apply(withChanges({ kuantitatif: { majority: 0.6, minority: '0.40' } }));
    expect(p.definition.kuantitatif.majority).toBe('0.6');
    expect(p.definition.kuantitatif.minority).toBe('0.4');
  });

  it('an empty change set gives the base rules under the override name', () => {
    const p = apply(withChanges({}));
    expect(p.definition).toEqual(PERMENPANRB_6_2022.definition);
    expect(p.override).toEqual({ name: 'kurva-ketat', version: '1' });
  });

  it('accepts a base without version and a $schema key for editors', () => {
    const p = apply({
      $schema: './node_modules/@kinerja/core/schemas/permenpanrb-6-2022.override.schema.json',
      name: 'x',
      version: '2026.1',
      base: { id: 'permenpanrb-6-2022' },
      changes: {},
    });
    expect(p.override).toEqual({ name: 'x', version: '2026.1' });
  });
});

describe('applyOverride — issues name the place in the override file', () => {
  it('a bad value', () => {
    expect(issuesOf(withChanges({ kuantitatif: { majority: '0,5' } }))).toEqual([
      { code: 'invalid_decimal', path: ['changes', 'kuantitatif', 'majority'], params: {} },
    ]);
    expect(issuesOf(withChanges({ annual: { method: 'MEDIAN' } }))).toEqual([
      {
        code: 'invalid_value',
        path: ['changes', 'annual', 'method'],
        params: { options: ['MEAN', 'MODE', 'LAST'], received: 'MEDIAN' },
      },
    ]);
    expect(issuesOf(withChanges({ effectiveUntil: '2026-02-30' }))).toEqual([
      { code: 'invalid_date', path: ['changes', 'effectiveUntil'], params: { received: '2026-02-30' } },
    ]);
  });

  it('an unknown key, at any depth', () => {
    expect(issuesOf(withChanges({ kuantitatif: { mayority: '0.6' } }))).toEqual([
      { code: 'unrecognized_keys', path: ['changes', 'kuantitatif'], params: { keys: ['mayority'] } },
    ]);
    expect(issuesOf(withChanges({ kurvaa: {} }))).toEqual([
      { code: 'unrecognized_keys', path: ['changes'], params: { keys: ['kurvaa'] } },
    ]);
    expect(issuesOf({ ...KURVA_KETAT, komentar: 'x' })).toEqual([
      { code: 'unrecognized_keys', path: [], params: { keys: ['komentar'] } },
    ]);
  });

  it('a type error', () => {
    expect(issuesOf(withChanges({ rounding: { capaian: { scale: '2' } } }))).toEqual([
      {
        code: 'invalid_type',
        path: ['changes', 'rounding', 'capaian', 'scale'],
        params: { expected: 'number', received: 'string' },
      },
    ]);
    expect(issuesOf(withChanges({ kuantitatif: 'strict' }))).toEqual([
      {
        code: 'invalid_type',
        path: ['changes', 'kuantitatif'],
        params: { expected: 'object', received: 'string' },
      },
    ]);
    expect(issuesOf(withChanges([1, 2]))).toEqual([
      { code: 'invalid_type', path: ['changes'], params: { expected: 'object', received: 'array' } },
    ]);
  });

  it('an incomplete item of a replaced array', () => {
    expect(
      issuesOf(withChanges({ kurva: { BAIK: [{ id: 'baik.x', kind: 'MAXIMUM', predikat: ['BAIK'] }] } })),
    ).toEqual([
      {
        code: 'invalid_format',
        path: ['changes', 'kurva', 'BAIK', 0, 'share'],
        params: { format: 'a MINIMUM or MAXIMUM rule has exactly one of share and count' },
      },
    ]);
  });

  it('a problem of the merged pack (thresholds inverted), at the changed section', () => {
    expect(issuesOf(withChanges({ kuantitatif: { ratingThresholds: { sesuaiEkspektasi: '105' } } }))).toEqual(
      [
        {
          code: 'invalid_interval',
          path: ['changes', 'kuantitatif', 'ratingThresholds'],
          params: { start: '105', end: '101' },
        },
      ],
    );
  });

  it('id, version and regime cannot be changed', () => {
    expect(
      issuesOf(withChanges({ id: 'kurva-ketat', regime: 'pp-46-2011', annual: { method: 'LAST' } })),
    ).toEqual([
      { code: 'override_field_locked', path: ['changes', 'id'], params: { field: 'id' } },
      { code: 'override_field_locked', path: ['changes', 'regime'], params: { field: 'regime' } },
    ]);
    expect(issuesOf(withChanges({ version: '2', foo: 1 }))).toEqual([
      { code: 'override_field_locked', path: ['changes', 'version'], params: { field: 'version' } },
      { code: 'unrecognized_keys', path: ['changes'], params: { keys: ['foo'] } },
    ]);
  });

  it('an override for another pack or version', () => {
    expect(issuesOf({ ...KURVA_KETAT, base: { id: 'permenpanrb-8-2021' } })).toEqual([
      {
        code: 'override_base_mismatch',
        path: ['base', 'id'],
        params: { expected: 'permenpanrb-6-2022', received: 'permenpanrb-8-2021' },
      },
    ]);
    expect(issuesOf({ ...KURVA_KETAT, base: { id: 'permenpanrb-6-2022', version: '2.0.0' } })).toEqual([
      {
        code: 'override_base_mismatch',
        path: ['base', 'version'],
        params: { expected: 'permenpanrb-6-2022@1.0.0', received: 'permenpanrb-6-2022@2.0.0' },
      },
    ]);
  });

  it('an override on top of another one', () => {
    expect(issuesOf(KURVA_KETAT, apply(KURVA_KETAT))).toEqual([
      {
        code: 'override_base_mismatch',
        path: ['base'],
        params: { expected: 'permenpanrb-6-2022@1.0.0+kurva-ketat@1', received: 'permenpanrb-6-2022@1.0.0' },
      },
    ]);
  });

  it('a missing envelope field', () => {
    const { name: _name, ...noName } = KURVA_KETAT;
    expect(issuesOf(noName)).toEqual([{ code: 'required', path: ['name'], params: {} }]);
    expect(issuesOf({ ...KURVA_KETAT, changes: undefined })).toEqual([
      { code: 'required', path: ['changes'], params: {} },
    ]);
  });

  it('collects every issue at once', () => {
    const codes = issuesOf({
      name: '',
      version: '1',
      base: { id: 'permenpanrb-6-2022', version: '9' },
      changes: { kuantitatif: { majority: 'x', foo: 1 }, regime: 'x' },
    }).map((i) => [i.code, i.path.join('.')]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['too_small', 'name'],
        ['invalid_decimal', 'changes.kuantitatif.majority'],
        ['unrecognized_keys', 'changes.kuantitatif'],
        ['override_field_locked', 'changes.regime'],
        ['override_base_mismatch', 'base.version'],
      ]),
    );
    expect(codes).toHaveLength(5);
  });

  it('never throws on garbage, and garbage is never accepted', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = applyOverride(PERMENPANRB_6_2022, value);
        expect(r.ok).toBe(false);
        const s = applyOverrideWithRegistry(DEFAULT_REGISTRY, value);
        expect(s.ok).toBe(false);
      }),
    );
  });

  it('never throws on garbage changes', () => {
    const arbChanges = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          'kuantitatif',
          'annual',
          'kurva',
          'rounding',
          'sources',
          'effectiveFrom',
          'id',
          '__proto__',
        ),
        fc.anything({ withNullPrototype: true }),
      ),
    );
    fc.assert(
      fc.property(arbChanges, (changes) => {
        const r = applyOverride(PERMENPANRB_6_2022, withChanges(changes));
        if (r.ok) expect(r.value.override).toEqual({ name: 'kurva-ketat', version: '1' });
        else for (const i of r.issues) expect(i.code).toMatch(/^[a-z_]+$/);
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws when the base is not a rule pack', () => {
    expect(() => applyOverride({} as RulePack, KURVA_KETAT)).toThrow(RulePackError);
  });
});

describe('applyOverrideWithRegistry', () => {
  it('picks the base by id and version', () => {
    const r = applyOverrideWithRegistry(DEFAULT_REGISTRY, KURVA_KETAT);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(predikatFromRatings(SESUAI, SESUAI, r.value as RulePack62022).trace.rulePack).toEqual(REF);
  });

  it('without a version, takes the pack of that id that took effect last', () => {
    const v2 = requireRulePack({
      ...PERMENPANRB_6_2022.definition,
      version: '2.0.0',
      effectiveFrom: '2027-01-01',
    });
    const v1 = requireRulePack({ ...PERMENPANRB_6_2022.definition, effectiveUntil: '2026-12-31' });
    const reg = createRegistry([v1, v2]);
    if (!reg.ok) throw new Error(JSON.stringify(reg.issues));
    const r = applyOverrideWithRegistry(reg.value, { ...KURVA_KETAT, base: { id: 'permenpanrb-6-2022' } });
    expect(r.ok && r.value.version).toBe('2.0.0');
    const pinned = applyOverrideWithRegistry(reg.value, KURVA_KETAT);
    expect(pinned.ok && pinned.value.version).toBe('1.0.0');
  });

  it('reports an unknown base pack or version', () => {
    expect(applyOverrideWithRegistry(DEFAULT_REGISTRY, { ...KURVA_KETAT, base: { id: 'pemko-x' } })).toEqual({
      ok: false,
      issues: [
        { code: 'unknown_reference', path: ['base', 'id'], params: { kind: 'rulePack', id: 'pemko-x' } },
      ],
    });
    expect(
      applyOverrideWithRegistry(DEFAULT_REGISTRY, {
        ...KURVA_KETAT,
        base: { id: 'permenpanrb-6-2022', version: '0.9.0' },
      }),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'unknown_reference',
          path: ['base', 'version'],
          params: { kind: 'rulePack', id: 'permenpanrb-6-2022@0.9.0' },
        },
      ],
    });
  });

  it('reports problems of the changes together with those of the envelope', () => {
    const r = applyOverrideWithRegistry(DEFAULT_REGISTRY, {
      name: 'x',
      base: { id: 'permenpanrb-6-2022' },
      changes: { annual: { method: 'x' } },
    });
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual(['version', 'changes.annual.method']);
  });
});

describe('applyOverride — the other regimes', () => {
  it('8/2021: objects merge, and switching the variant of a union replaces the object', () => {
    const r = applyOverride(PERMENPANRB_8_2021, {
      name: 'tanpa-kinerja-tambahan',
      version: '1',
      base: { id: 'permenpanrb-8-2021', version: '1.0.0' },
      changes: {
        nilaiSkp: { nonJpt: { tambahan: { method: 'NONE' } }, jpt: { tambahan: { maximum: '5' } } },
        nilaiKinerja: { weights: { without360: { skp: '60', perilaku: '40' } } },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    if (r.value.regime !== 'permenpanrb-8-2021') throw new Error('regime');
    const def = r.value.definition;
    expect(def.nilaiSkp.nonJpt).toEqual({ utama: 'MEAN', tambahan: { method: 'NONE' } });
    expect(def.nilaiSkp.jpt.tambahan).toEqual({
      ...PERMENPANRB_8_2021.definition.nilaiSkp.jpt.tambahan,
      maximum: '5',
    });
    expect(def.nilaiKinerja.weights).toEqual({
      with360: { skp: '60', perilaku: '40' },
      without360: { skp: '60', perilaku: '40' },
    });
    expect(r.value.override).toEqual({ name: 'tanpa-kinerja-tambahan', version: '1' });
  });

  it('8/2021: a variant field on the wrong variant is an issue at its path', () => {
    const r = applyOverride(PERMENPANRB_8_2021, {
      name: 'x',
      version: '1',
      base: { id: 'permenpanrb-8-2021' },
      changes: { nilaiSkp: { nonJpt: { tambahan: { method: 'NONE', maximum: '5' } } } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.every((i) => i.path.slice(0, 4).join('.') === 'changes.nilaiSkp.nonJpt.tambahan')).toBe(
        true,
      );
    }
  });

  it('PP 46/2011: the efficiency boundary `< 25`', () => {
    const r = applyOverride(PP_46_2011, {
      name: 'batas-25',
      version: '1',
      base: { id: 'pp-46-2011' },
      changes: { efisiensi: { batas: '25', batasInklusif: false } },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    if (r.value.regime !== 'pp-46-2011') throw new Error('regime');
    expect(r.value.definition.efisiensi).toEqual({
      faktor: '1.76',
      batas: '25',
      batasInklusif: false,
      nilaiDasar: '76',
    });
    expect(
      issuesOf(
        { name: 'x', version: '1', base: { id: 'pp-46-2011' }, changes: { efisiensi: { batas: 'x' } } },
        PP_46_2011,
      ),
    ).toEqual([{ code: 'invalid_decimal', path: ['changes', 'efisiensi', 'batas'], params: {} }]);
  });
});

describe('OverrideSchema and mergeChanges', () => {
  it('OverrideSchema is strict and takes any object as changes', () => {
    expect(OverrideSchema.safeParse(KURVA_KETAT).success).toBe(true);
    expect(OverrideSchema.safeParse({ ...KURVA_KETAT, extra: 1 }).success).toBe(false);
  });

  it('mergeChanges never mutates and keeps __proto__ as a plain key', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x' };
    const changes = JSON.parse('{"a":{"c":[3]},"__proto__":{"polluted":true}}');
    const merged = mergeChanges(base, changes) as Record<string, unknown>;
    expect(merged.a).toEqual({ b: 1, c: [3] });
    expect(base.a.c).toEqual([1, 2]);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
