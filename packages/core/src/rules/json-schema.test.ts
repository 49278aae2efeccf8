import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles, overrideJsonSchema, rulePackJsonSchema } from './json-schema';
import { PERMENPANRB_6_2022 } from './permenpanrb-6-2022';
import { REGIMES, type Regime } from './rule-pack';

const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

type Json = { [key: string]: unknown };

/** Every object schema reachable from `schema` through properties (not through arrays). */
function objectSchemas(schema: Json, out: Json[] = []): Json[] {
  if (schema.type === 'object') out.push(schema);
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  for (const p of Object.values(properties)) objectSchemas(p, out);
  for (const key of ['anyOf', 'oneOf'] as const) {
    for (const branch of (schema[key] ?? []) as Json[]) objectSchemas(branch, out);
  }
  return out;
}

describe('JSON Schema files for editors', () => {
  it('the committed files in packages/core/schemas equal freshly generated ones (run `pnpm --filter @kinerja/core schemas`)', () => {
    const expected = jsonSchemaFiles();
    const committed = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.schema.json'));
    expect(committed.sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) {
      expect(readFileSync(`${SCHEMAS_DIR}${name}`, 'utf8'), name).toBe(text);
    }
  });

  it('there are two files per regime', () => {
    expect(Object.keys(jsonSchemaFiles())).toHaveLength(REGIMES.length * 2);
    for (const regime of REGIMES) {
      expect(jsonSchemaFiles()).toHaveProperty([`${regime}.rule-pack.schema.json`]);
      expect(jsonSchemaFiles()).toHaveProperty([`${regime}.override.schema.json`]);
    }
  });
});

describe.each(REGIMES)('rulePackJsonSchema(%s)', (regime: Regime) => {
  const schema = rulePackJsonSchema(regime) as Json;

  it('is a draft-07 object schema that rejects unknown keys and requires the identity', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'regime', 'effectiveFrom']));
    expect((schema.properties as Record<string, Json>).regime).toEqual({ type: 'string', const: regime });
  });

  it('describes dates with a format and a pattern', () => {
    const from = (schema.properties as Record<string, Json>).effectiveFrom!;
    expect(from).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  });
});

describe.each(REGIMES)('overrideJsonSchema(%s)', (regime: Regime) => {
  const schema = overrideJsonSchema(regime) as Json;
  const properties = schema.properties as Record<string, Json>;
  const changes = properties.changes!;

  it('requires the envelope and allows $schema', () => {
    expect(schema.required).toEqual(['name', 'version', 'base', 'changes']);
    expect(schema.additionalProperties).toBe(false);
    expect(properties.$schema).toEqual({ type: 'string' });
    expect(properties.base).toMatchObject({ required: ['id'], additionalProperties: false });
  });

  it('changes: a deep partial without the locked fields, still strict', () => {
    const changeKeys = Object.keys(changes.properties as object);
    const packKeys = Object.keys((rulePackJsonSchema(regime) as Json).properties as object);
    expect(changeKeys).toEqual(packKeys.filter((k) => !['id', 'version', 'regime'].includes(k)));
    for (const o of objectSchemas(changes)) {
      expect(o.required).toBeUndefined();
      expect(o.additionalProperties).toBe(false);
    }
  });
});

describe('overrideJsonSchema(permenpanrb-6-2022)', () => {
  const changes = (overrideJsonSchema('permenpanrb-6-2022') as Json).properties as Record<string, Json>;
  const c = changes.changes!.properties as Record<string, Json>;

  it('keeps the items of a replaced array whole', () => {
    const baik = (c.kurva!.properties as Record<string, Json>).BAIK!;
    expect(baik.type).toBe('array');
    const items = baik.items as Json;
    const branches = items.oneOf as Json[];
    expect(branches.map((b) => b.required)).toEqual([
      ['id', 'kind', 'predikat'],
      ['id', 'kind', 'predikat'],
    ]);
  });

  it('lists the options of an enumeration', () => {
    const method = (c.annual!.properties as Record<string, Json>).method!;
    expect(method).toEqual({ type: 'string', enum: ['MEAN', 'MODE', 'LAST'] });
  });

  it('the built-in definition has no key the schema would not know', () => {
    const keys = Object.keys(PERMENPANRB_6_2022.definition);
    expect(Object.keys(rulePackJsonSchema('permenpanrb-6-2022').properties as object).sort()).toEqual(
      keys.sort(),
    );
  });
});

describe('misuse', () => {
  it('throws for an unknown regime', () => {
    expect(() => rulePackJsonSchema('x' as Regime)).toThrow(TypeError);
    expect(() => overrideJsonSchema('x' as Regime)).toThrow(TypeError);
  });
});
