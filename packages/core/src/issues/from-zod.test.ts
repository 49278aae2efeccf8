import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { RoundingSchema } from '../decimal/rounding';
import { CapaianKinerjaOrganisasiSchema } from '../model/capaian-kinerja-organisasi';
import { EvaluasiPeriodikSchema, EvaluasiTahunanSchema, RatingRhkSchema } from '../model/evaluasi';
import { IdSchema } from '../model/ids';
import { IndikatorKinerjaIndividuSchema, TargetSchema } from '../model/indikator';
import { JabatanSchema } from '../model/jabatan';
import { PegawaiSchema, parsePegawai } from '../model/pegawai';
import { PerilakuKerjaSchema } from '../model/perilaku-kerja';
import { PeriodeSchema } from '../model/periode';
import { PredikatOrganisasiSchema, PredikatSchema, RatingSchema } from '../model/predikat';
import { BuktiDukungSchema, parseRealisasi, RealisasiSchema } from '../model/realisasi';
import { addIssues } from '../model/refine';
import { RencanaHasilKerjaSchema } from '../model/rencana-hasil-kerja';
import { LampiranSkpSchema, parseSkp, SkpSchema } from '../model/skp';
import { TanggalSchema, WaktuSchema } from '../model/tanggal';
import { UmpanBalikSchema } from '../model/umpan-balik';
import { parseUnitKerjaTree, UnitKerjaSchema } from '../model/unit-kerja';
import { createRulePack } from '../rules/rule-pack';
import {
  arbEvaluasiPeriodik,
  arbPegawai,
  arbRealisasi,
  arbSkp,
  arbTarget,
  arbUnitKerjaTree,
} from '../testing/arbitraries';
import { fromZodIssues, parseWith } from './from-zod';
import type { Issue, IssueCode } from './issue';
import type { Result } from './result';

/** Every issue code; the type makes the list exhaustive and free of strays. */
const KNOWN_CODES: Record<IssueCode, true> = {
  invalid_type: true,
  required: true,
  invalid_value: true,
  too_small: true,
  too_big: true,
  invalid_format: true,
  unrecognized_keys: true,
  invalid_union: true,
  invalid_decimal: true,
  invalid_date: true,
  invalid_interval: true,
  duplicate_id: true,
  unknown_reference: true,
  cycle: true,
  nip_format: true,
  nip_birth_date: true,
  nip_tmt: true,
  nip_gender: true,
  skp_without_rhk_utama: true,
  rhk_without_indikator: true,
  rhk_without_perspektif: true,
  perilaku_incomplete: true,
  target_range_inverted: true,
  target_zero: true,
  target_not_numeric: true,
  realisasi_missing: true,
  capaian_clamped: true,
  rating_rhk_missing: true,
  rating_deviates: true,
  rating_from_predikat_organisasi: true,
  evaluasi_missing: true,
  periode_unknown: true,
  bobot_total_invalid: true,
  capaian_in_band_gap: true,
  nilai_kinerja_capped: true,
  penilaian_360_ignored: true,
  kurva_below_minimum: true,
  kurva_above_maximum: true,
  kurva_not_modal: true,
  kurva_infeasible: true,
  predikat_organisasi_missing: true,
  rule_pack_overlapping_groups: true,
  version_conflict: true,
  duplicate_key: true,
  not_found: true,
  storage_error: true,
  transition_not_allowed: true,
  forbidden: true,
  skp_atasan_missing: true,
  rhk_atasan_unknown: true,
  periode_closed: true,
  deadline_not_passed: true,
  keberatan_expired: true,
  penetapan_frozen: true,
  evaluasi_not_final: true,
  rule_pack_unordered: true,
  rule_pack_overlap: true,
  rule_pack_missing: true,
  override_base_mismatch: true,
  override_field_locked: true,
  regime_mismatch: true,
  tabel_not_monotonic: true,
  potongan_capped: true,
  bulan_exceeds_year: true,
  kebutuhan_angka_kredit_missing: true,
};

type Parser = (input: unknown) => Result<unknown>;

const SCHEMAS: Record<string, z.ZodType> = {
  DecimalStringSchema,
  RoundingSchema,
  TargetSchema,
  IndikatorKinerjaIndividuSchema,
  RencanaHasilKerjaSchema,
  SkpSchema,
  LampiranSkpSchema,
  PerilakuKerjaSchema,
  PegawaiSchema,
  JabatanSchema,
  UnitKerjaSchema,
  RealisasiSchema,
  BuktiDukungSchema,
  EvaluasiPeriodikSchema,
  EvaluasiTahunanSchema,
  RatingRhkSchema,
  UmpanBalikSchema,
  PeriodeSchema,
  CapaianKinerjaOrganisasiSchema,
  TanggalSchema,
  WaktuSchema,
  IdSchema,
  RatingSchema,
  PredikatSchema,
  PredikatOrganisasiSchema,
};

const PARSERS: [string, Parser][] = [
  ['parsePegawai', parsePegawai],
  ['parseSkp', parseSkp],
  ['parseRealisasi', parseRealisasi],
  ['parseUnitKerjaTree', parseUnitKerjaTree],
  ['createRulePack', createRulePack],
  ...Object.entries(SCHEMAS).map(([name, schema]): [string, Parser] => [name, (x) => parseWith(schema, x)]),
];

/** A Result as the contract says: a value, or at least one issue with a known code, a path and params. */
function expectWellFormed(r: Result<unknown>): void {
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) return;
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) {
    expect(Object.hasOwn(KNOWN_CODES, i.code), `unknown code ${String(i.code)}`).toBe(true);
    expect(Array.isArray(i.path)).toBe(true);
    for (const p of i.path) expect(['string', 'number']).toContain(typeof p);
    expect(typeof i.params).toBe('object');
    expect(i.params).not.toBeNull();
    expect(() => JSON.stringify(i)).not.toThrow();
  }
}

const garbage = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const DELETE = Symbol('delete');

/** Every path to a node of a JSON-like value, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...pathsOf(v, [...prefix, i]));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

/** A copy of `value` with the node at `path` replaced (or deleted). */
function mutate(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === DELETE) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** Valid values with one node replaced by garbage, an object, a near miss, or deleted. */
function arbMutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((v) =>
    fc
      .tuple(
        fc.constantFrom(...pathsOf(v)),
        fc.oneof(
          fc.constant(DELETE),
          garbage,
          fc.object(),
          fc.constantFrom('', ' ', '0', '-1', '1,5', '2026-02-30', null, 0, -1, 13, true, [], {}),
        ),
      )
      .map(([path, replacement]) => mutate(v, path, replacement)),
  );
}

describe('every parser and parseWith(schema) on garbage', () => {
  it.each(PARSERS)('%s never throws and answers a well-formed Result for fc.anything()', (_, parse) => {
    fc.assert(
      fc.property(garbage, (input) => {
        expectWellFormed(parse(input));
      }),
      { numRuns: 200 },
    );
  });

  it.each(PARSERS)('%s never throws on objects and JSON values', (_, parse) => {
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.jsonValue()), (input) => {
        expectWellFormed(parse(input));
      }),
    );
  });

  const skpWithParts = arbSkp({ maxRhk: 3 }).chain((skp) =>
    fc.oneof(
      fc.constant({ kind: 'skp' as const, value: skp as unknown }),
      arbRealisasi(skp).map((value) => ({ kind: 'realisasi' as const, value: value as unknown })),
      arbEvaluasiPeriodik(skp).map((value) => ({ kind: 'evaluasi' as const, value: value as unknown })),
    ),
  );

  it.each([
    ['parseSkp', arbSkp({ maxRhk: 3 }), parseSkp],
    ['parsePegawai', arbPegawai(), parsePegawai],
    ['parseUnitKerjaTree', arbUnitKerjaTree({ maxUnits: 6 }), parseUnitKerjaTree],
    ['TargetSchema', arbTarget(), (x: unknown) => parseWith(TargetSchema, x)],
  ] as [string, fc.Arbitrary<unknown>, Parser][])(
    '%s never throws on mutations of valid values',
    (_, arb, parse) => {
      fc.assert(
        fc.property(arbMutated(arb), (input) => {
          expectWellFormed(parse(input));
        }),
        { numRuns: 300 },
      );
    },
  );

  it('parseRealisasi and EvaluasiPeriodikSchema never throw on mutations of valid values', () => {
    fc.assert(
      fc.property(
        skpWithParts.chain((p) => arbMutated(fc.constant(p.value)).map((m) => [p.kind, m] as const)),
        ([kind, input]) => {
          if (kind === 'skp') expectWellFormed(parseSkp(input));
          if (kind === 'realisasi') expectWellFormed(parseRealisasi(input));
          if (kind === 'evaluasi') expectWellFormed(parseWith(EvaluasiPeriodikSchema, input));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('fromZodIssues', () => {
  const zodIssues = (schema: z.ZodType, input: unknown, reportInput = true) => {
    const r = schema.safeParse(input, { reportInput });
    if (r.success) throw new Error('expected a failure');
    return r.error.issues;
  };

  it('maps custom issues back with their codes, params and paths, under the base path', () => {
    const S = z.object({ a: z.string() }).superRefine((v, ctx) => {
      ctx.addIssue({
        code: 'custom',
        path: ['a'],
        message: 'duplicate_id',
        params: { code: 'duplicate_id', params: { id: v.a } },
      });
    });
    expect(fromZodIssues(zodIssues(S, { a: 'rhk-1' }), ['rows', 2])).toEqual([
      { code: 'duplicate_id', path: ['rows', 2, 'a'], params: { id: 'rhk-1' } },
    ]);
  });

  it('gives back exactly the issues a refinement reported with addIssues', () => {
    const reported: Issue[] = [
      { code: 'nip_tmt', path: ['nip'], params: { value: '201513' } },
      { code: 'cycle', path: [3, 'indukId'], params: { id: 'a' } },
      { code: 'perilaku_incomplete', path: ['perilakuKerja'], params: { missing: ['LOYAL'] } },
      { code: 'target_range_inverted', path: ['target', 'max'], params: { min: '9', max: '1' } },
      { code: 'skp_without_rhk_utama', path: [], params: {} },
      { code: 'required', path: ['jenjang'], params: {} },
    ];
    const S = z.unknown().superRefine((_, ctx) => addIssues(ctx, reported));
    expect(parseWith(S, 1)).toEqual({ ok: false, issues: reported });
    expect(parseWith(S, 1, ['baris', 7])).toEqual({
      ok: false,
      issues: reported.map((i) => ({ ...i, path: ['baris', 7, ...i.path] })),
    });
  });

  it('maps custom issues without a code by their message', () => {
    const custom = (message: string) =>
      z.string().superRefine((_, ctx) => {
        ctx.addIssue({ code: 'custom', message });
      });
    expect(fromZodIssues(zodIssues(custom('invalid_decimal'), 'x'))).toEqual([
      { code: 'invalid_decimal', path: [], params: {} },
    ]);
    expect(fromZodIssues(zodIssues(custom('invalid_date'), '2026-02-30'))).toEqual([
      { code: 'invalid_date', path: [], params: { received: '2026-02-30' } },
    ]);
    expect(fromZodIssues(zodIssues(custom('must be odd'), 'x'))).toEqual([
      { code: 'invalid_format', path: [], params: { format: 'must be odd' } },
    ]);
  });

  it('tells a missing value from a value of the wrong type', () => {
    const S = z.object({ a: z.string(), b: z.number(), c: z.enum(['X', 'Y']) });
    expect(fromZodIssues(zodIssues(S, { b: 'satu', c: 'Z' }))).toEqual([
      { code: 'required', path: ['a'], params: {} },
      { code: 'invalid_type', path: ['b'], params: { expected: 'number', received: 'string' } },
      { code: 'invalid_value', path: ['c'], params: { options: ['X', 'Y'], received: 'Z' } },
    ]);
    expect(fromZodIssues(zodIssues(S, { a: [], b: null }))).toEqual([
      { code: 'invalid_type', path: ['a'], params: { expected: 'string', received: 'array' } },
      { code: 'invalid_type', path: ['b'], params: { expected: 'number', received: 'null' } },
      { code: 'required', path: ['c'], params: {} },
    ]);
  });

  it('still works, less precisely, on issues parsed without reportInput', () => {
    const S = z.object({ a: z.string(), b: z.number() });
    expect(fromZodIssues(zodIssues(S, { b: 'satu' }, false))).toEqual([
      { code: 'required', path: ['a'], params: {} },
      { code: 'invalid_type', path: ['b'], params: { expected: 'number', received: 'unknown' } },
    ]);
  });

  it('never puts an object into a param, even one without a prototype', () => {
    const S = z.enum(['A']);
    expect(fromZodIssues(zodIssues(S, Object.create(null)))).toEqual([
      { code: 'invalid_value', path: [], params: { options: ['A'], received: 'object' } },
    ]);
    expect(fromZodIssues(zodIssues(z.literal('A'), 12n))).toEqual([
      { code: 'invalid_value', path: [], params: { options: ['A'], received: '12' } },
    ]);
  });

  it('maps sizes, formats and unknown keys', () => {
    expect(fromZodIssues(zodIssues(z.number().positive(), 0))).toEqual([
      { code: 'too_small', path: [], params: { minimum: '0', inclusive: false, origin: 'number' } },
    ]);
    expect(fromZodIssues(zodIssues(z.array(z.string()).max(1), ['a', 'b']))).toEqual([
      { code: 'too_big', path: [], params: { maximum: '1', inclusive: true, origin: 'array' } },
    ]);
    expect(fromZodIssues(zodIssues(z.email(), 'bukan-email'))).toEqual([
      { code: 'invalid_format', path: [], params: { format: 'email' } },
    ]);
    expect(fromZodIssues(zodIssues(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 }))).toEqual([
      { code: 'unrecognized_keys', path: [], params: { keys: ['b', 'c'] } },
    ]);
    expect(fromZodIssues(zodIssues(z.number().multipleOf(5), 7))).toEqual([
      { code: 'invalid_format', path: [], params: { format: 'not_multiple_of' } },
    ]);
  });

  it('maps record keys and map entries to their paths', () => {
    expect(fromZodIssues(zodIssues(z.record(z.string().min(2), z.number()), { C: 1 }))).toEqual([
      { code: 'too_small', path: ['C'], params: { minimum: '2', inclusive: true, origin: 'string' } },
    ]);
    expect(fromZodIssues(zodIssues(z.record(z.enum(['A', 'B']), z.number()), { A: 1 }))).toEqual([
      { code: 'required', path: ['B'], params: {} },
    ]);
    expect(fromZodIssues(zodIssues(z.map(z.string(), z.number()), new Map([['a', 'x']])))).toEqual([
      { code: 'invalid_type', path: ['a'], params: { expected: 'number', received: 'string' } },
    ]);
  });

  it('reports the union branch that got furthest, and a missing or unknown discriminator', () => {
    const U = z.union([
      z.object({ a: z.string(), c: z.string() }),
      z.object({ b: z.number(), d: z.string() }),
    ]);
    expect(fromZodIssues(zodIssues(U, { b: 1 }))).toEqual([{ code: 'required', path: ['d'], params: {} }]);
    expect(fromZodIssues(zodIssues(z.union([z.string(), z.number()]), true))).toEqual([
      { code: 'invalid_type', path: [], params: { expected: 'string', received: 'boolean' } },
    ]);
    const D = z.discriminatedUnion('jenis', [
      z.object({ jenis: z.literal('A'), a: z.string() }),
      z.object({ jenis: z.literal('B') }),
    ]);
    expect(fromZodIssues(zodIssues(D, { a: 'x' }))).toEqual([
      { code: 'required', path: ['jenis'], params: {} },
    ]);
    expect(fromZodIssues(zodIssues(D, { jenis: 'C' }), ['x'])).toEqual([
      { code: 'invalid_value', path: ['x', 'jenis'], params: { options: ['A', 'B'], received: 'C' } },
    ]);
    expect(fromZodIssues(zodIssues(D, { jenis: 'A' }))).toEqual([
      { code: 'required', path: ['a'], params: {} },
    ]);
  });
});

describe('parseWith', () => {
  it('returns the parsed value, transformed, or every issue under the base path', () => {
    expect(parseWith(DecimalStringSchema, '085.50')).toEqual({ ok: true, value: '85.5' });
    expect(parseWith(z.object({ nilai: DecimalStringSchema }), { nilai: '1,5' }, ['baris', 4])).toEqual({
      ok: false,
      issues: [{ code: 'invalid_decimal', path: ['baris', 4, 'nilai'], params: {} }],
    });
  });
});
