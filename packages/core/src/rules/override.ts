import { z } from 'zod';
import { RulePackError } from '../errors/kinerja-error';
import { parseWith } from '../issues/from-zod';
import { type Issue, type IssuePath, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { deepPartial } from './deep-partial';
import type { Registry } from './registry';
import { createRulePack, REGIMES, type Regime, type RulePack } from './rule-pack';
import { RULE_PACK_SCHEMAS } from './rule-pack-schemas';

/** The fields of a pack that name its base and that an override can never change. */
export const LOCKED_FIELDS: readonly string[] = ['id', 'version', 'regime'];

const NameSchema = z.string().trim().min(1).max(128);

/**
 * An override file: a named, versioned set of changes to a base rule pack, written by an agency
 * or an analyst as JSON. `changes` is a deep partial of the base pack's definition (validated
 * against the base regime's schema when the override is applied); `$schema` may point an editor
 * at the generated JSON Schema (`@kinerja/core/schemas/<regime>.override.schema.json`).
 *
 * @example
 * ```ts
 * OverrideSchema.parse({
 *   name: 'kurva-ketat', version: '1', base: { id: 'permenpanrb-6-2022' },
 *   changes: { kurva: { BAIK: [{ id: 'baik.baik-maks-60', kind: 'MAXIMUM', predikat: ['BAIK'], share: '60' }] } },
 * });
 * ```
 */
export const OverrideSchema = z.strictObject({
  /** The JSON Schema the file declares for editors; ignored by Kinerja. */
  $schema: z.string().optional(),
  /** The override's name, recorded in every result next to the base pack. */
  name: NameSchema,
  /** The override's version: bump it on every change. */
  version: NameSchema,
  /** What the override is for, in words. */
  description: z.string().optional(),
  /** The base pack: its id and, to pin it, its version. */
  base: z.strictObject({ id: NameSchema, version: NameSchema.optional() }),
  /** A deep partial of the base pack's definition: objects merge key by key, arrays and scalars replace. */
  changes: z.record(z.string(), z.unknown()),
});

/**
 * An override file, validated (its `changes` only as an object: their content is checked
 * against the base pack's schema by {@link applyOverride}).
 *
 * @example
 * ```ts
 * const o: Override = { name: 'kurva-ketat', version: '1', base: { id: 'permenpanrb-6-2022' }, changes: {} };
 * ```
 */
export type Override = z.output<typeof OverrideSchema>;

const CHANGES_SCHEMAS = new Map<Regime, z.ZodType>();
const OVERRIDE_SCHEMAS = new Map<Regime, z.ZodType>();

/**
 * The schema of an override's `changes` for a regime: a deep partial of the regime's rule pack
 * schema without the locked fields (`id`, `version`, `regime`). Strict: an unknown key is an issue.
 *
 * @param regime - the regime of the base pack.
 * @returns the zod schema.
 * @throws {@link RulePackError} `rule_pack_invalid` for a regime this version does not know.
 * @example
 * ```ts
 * overrideChangesSchema('permenpanrb-6-2022').safeParse({ annual: { method: 'LAST' } }).success; // true
 * ```
 */
export function overrideChangesSchema(regime: Regime): z.ZodType {
  let schema = CHANGES_SCHEMAS.get(regime);
  if (schema === undefined) {
    if (!(REGIMES as readonly string[]).includes(regime)) {
      throw new RulePackError('rule_pack_invalid', `unknown regime: ${String(regime)}`);
    }
    schema = deepPartial(RULE_PACK_SCHEMAS[regime], LOCKED_FIELDS) as z.ZodType;
    CHANGES_SCHEMAS.set(regime, schema);
  }
  return schema;
}

/**
 * The schema of a whole override file for a regime: {@link OverrideSchema} with `changes` typed
 * by {@link overrideChangesSchema}. The JSON Schema for editors is generated from it.
 *
 * @param regime - the regime of the base pack.
 * @returns the zod schema.
 * @throws {@link RulePackError} `rule_pack_invalid` for a regime this version does not know.
 * @example
 * ```ts
 * overrideSchema('permenpanrb-6-2022').safeParse(JSON.parse(text)).success;
 * ```
 */
export function overrideSchema(regime: Regime): z.ZodType {
  let schema = OVERRIDE_SCHEMAS.get(regime);
  if (schema === undefined) {
    schema = OverrideSchema.extend({ changes: overrideChangesSchema(regime) });
    OVERRIDE_SCHEMAS.set(regime, schema);
  }
  return schema;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

type SchemaDef = z.core.$ZodTypeDef & Record<string, unknown>;

/** The schema at `key` below `schema` (through wrappers, objects and records), if known. */
function childSchema(schema: z.core.$ZodType | undefined, key: string): z.core.$ZodType | undefined {
  const s = unwrap(schema);
  if (s === undefined) return undefined;
  const def = s._zod.def as SchemaDef;
  if (def.type === 'object') return (def.shape as Record<string, z.core.$ZodType>)[key];
  if (def.type === 'record') return def.valueType as z.core.$ZodType;
  return undefined;
}

/** The schema inside `optional`, `nullable`, `default`, `readonly` and the input of a `pipe`. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let s = schema;
  for (let i = 0; s !== undefined && i < 16; i++) {
    const def = s._zod.def as SchemaDef;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) {
      s = def.innerType as z.core.$ZodType;
    } else if (def.type === 'pipe') s = def.in as z.core.$ZodType;
    else return s;
  }
  return s;
}

/** The discriminator key when `schema` is a discriminated union, else `undefined`. */
function discriminatorOf(schema: z.core.$ZodType | undefined): string | undefined {
  const s = unwrap(schema);
  if (s === undefined) return undefined;
  const def = s._zod.def as SchemaDef;
  return def.type === 'union' && typeof def.discriminator === 'string' ? def.discriminator : undefined;
}

/**
 * @internal Deep-merges `changes` into `base`: plain objects merge key by key, anything else
 * (arrays, scalars, `null`) replaces the base value; `undefined` leaves it. With the base's
 * `schema`, an object of a discriminated union whose discriminator changes (e.g. `method: 'NONE'`
 * instead of `'KATEGORI_BOBOT'`) replaces the base object wholesale, since the other variant's
 * fields would not belong to it. Never mutates.
 */
export function mergeChanges(base: unknown, changes: unknown, schema?: z.core.$ZodType): unknown {
  if (!isPlainObject(changes)) return changes === undefined ? base : changes;
  if (!isPlainObject(base)) return changes;
  const discriminator = discriminatorOf(schema);
  if (
    discriminator !== undefined &&
    changes[discriminator] !== undefined &&
    changes[discriminator] !== base[discriminator]
  ) {
    return changes;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) define(out, key, base[key]);
  for (const key of Object.keys(changes)) {
    const value = changes[key];
    if (value === undefined) continue;
    define(
      out,
      key,
      Object.hasOwn(base, key) ? mergeChanges(base[key], value, childSchema(schema, key)) : value,
    );
  }
  return out;
}

/** An own data property, even for a key like `__proto__`. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Splits locked fields out of `unrecognized_keys` at the root of `changes`. */
function lockedIssues(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    if (i.code === 'unrecognized_keys' && i.path.length === 1 && i.path[0] === 'changes') {
      const locked = i.params.keys.filter((k) => LOCKED_FIELDS.includes(k));
      const rest = i.params.keys.filter((k) => !LOCKED_FIELDS.includes(k));
      for (const k of locked) out.push(issue('override_field_locked', ['changes', k], { field: k }));
      if (rest.length > 0) out.push(issue('unrecognized_keys', i.path, { keys: rest }));
    } else out.push(i);
  }
  return out;
}

function prefix(issues: readonly Issue[], base: IssuePath): Issue[] {
  return issues.map((i) => ({ ...i, path: [...base, ...i.path] }) as Issue);
}

function isRulePack(value: unknown): value is RulePack {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    (REGIMES as readonly unknown[]).includes(p.regime) &&
    typeof p.id === 'string' &&
    typeof p.version === 'string' &&
    typeof p.definition === 'object' &&
    p.definition !== null
  );
}

/**
 * Applies an override file to its base pack: checks the file (envelope and `changes`, against a
 * deep partial of the base regime's schema), checks that it names this base (`base.id`, and
 * `base.version` when given), deep-merges `changes` into the base definition (objects key by key;
 * arrays — e.g. a kurva's rule list — and scalars replace wholesale; an object that switches the
 * variant of a discriminated union, e.g. `method`, replaces the base object), validates and compiles the
 * merged data with the base regime's schema (`createRulePack`), and returns the pack with
 * `override: { name, version }`, so every result's trace names both the base pack and the override.
 *
 * Issues name the offending place in the override file: `['changes', 'kuantitatif', 'majority']`
 * for a bad value, `['changes', 'kuantitatif']` with the key for an unknown key,
 * `['changes', 'id']` (`override_field_locked`) for an attempt to change `id`, `version` or
 * `regime`, `['base', 'id']` / `['base', 'version']` (`override_base_mismatch`) for another base.
 * An override cannot be applied on top of another one (`override_base_mismatch` at `['base']`):
 * merge the two files instead, so that the result names one override.
 *
 * @param base - the base pack, as made by `createRulePack` (or a built-in one).
 * @param override - the override file's content, of any shape (e.g. `JSON.parse(text)`): never throws on it.
 * @returns the overridden pack, or every issue found.
 * @throws {@link RulePackError} `rule_pack_invalid` when `base` is not a rule pack.
 * @example
 * ```ts
 * const r = applyOverride(PERMENPANRB_6_2022, {
 *   name: 'kurva-ketat', version: '1', base: { id: 'permenpanrb-6-2022', version: '1.0.0' },
 *   changes: { kurva: { BAIK: [{ id: 'baik.baik-maks-60', kind: 'MAXIMUM', predikat: ['BAIK'], share: '60' }] } },
 * });
 * if (r.ok) predikatFromRatings('SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', r.value).trace.rulePack;
 * // { id: 'permenpanrb-6-2022', version: '1.0.0', override: { name: 'kurva-ketat', version: '1' } }
 * ```
 */
export function applyOverride(base: RulePack, override: unknown): Result<RulePack> {
  if (!isRulePack(base)) {
    throw new RulePackError('rule_pack_invalid', 'applyOverride needs a rule pack made by createRulePack');
  }
  const parsed = parseWith(overrideSchema(base.regime), override);
  const issues: Issue[] = parsed.ok ? [] : lockedIssues(parsed.issues);
  // The base reference is checked even when `changes` has issues, so that every problem shows.
  const file = isPlainObject(override) ? override : {};
  const ref = isPlainObject(file.base) ? file.base : {};
  const expected = `${base.id}@${base.version}`;
  if (base.override !== undefined) {
    issues.push(
      issue('override_base_mismatch', ['base'], {
        expected: `${expected}+${base.override.name}@${base.override.version}`,
        received:
          typeof ref.id === 'string'
            ? `${ref.id}${typeof ref.version === 'string' ? `@${ref.version}` : ''}`
            : '',
      }),
    );
  } else {
    if (typeof ref.id === 'string' && ref.id.trim() !== base.id) {
      issues.push(issue('override_base_mismatch', ['base', 'id'], { expected: base.id, received: ref.id }));
    }
    if (typeof ref.version === 'string' && ref.version.trim() !== base.version) {
      issues.push(
        issue('override_base_mismatch', ['base', 'version'], {
          expected,
          received: `${base.id}@${ref.version}`,
        }),
      );
    }
  }
  if (issues.length > 0 || !parsed.ok) return fail(issues);
  const o = parsed.value as Override;
  const merged = mergeChanges(base.definition, file.changes, RULE_PACK_SCHEMAS[base.regime]);
  const pack = createRulePack(merged);
  if (!pack.ok) return fail(prefix(pack.issues, ['changes']));
  return ok({ ...pack.value, override: { name: o.name, version: o.version } });
}

/**
 * Applies an override file to the pack of a registry it names: `base.id` and, when given,
 * `base.version` (without a version, the pack of that id that took effect last). See
 * {@link applyOverride}.
 *
 * @param registry - where to look for the base pack, e.g. `DEFAULT_REGISTRY`.
 * @param override - the override file's content, of any shape.
 * @returns the overridden pack, or the issues (`unknown_reference` at `['base', 'id']` or
 * `['base', 'version']` when the registry has no such pack).
 * @example
 * ```ts
 * const r = applyOverrideWithRegistry(DEFAULT_REGISTRY, JSON.parse(text));
 * if (!r.ok) for (const i of r.issues) console.error(formatIssue(i));
 * ```
 */
export function applyOverrideWithRegistry(registry: Registry, override: unknown): Result<RulePack> {
  const envelope = parseWith(OverrideSchema, override);
  if (!envelope.ok) {
    const ref = isPlainObject(override) && isPlainObject(override.base) ? override.base : {};
    const pack = typeof ref.id === 'string' ? registry.find(ref.id.trim()) : undefined;
    // With a known base, report the content of `changes` too.
    return pack === undefined ? envelope : applyOverride(pack, override);
  }
  const { id, version } = envelope.value.base;
  const pack = registry.find(id, version);
  if (pack === undefined) {
    const known = registry.find(id) !== undefined;
    return fail([
      issue('unknown_reference', known ? ['base', 'version'] : ['base', 'id'], {
        kind: 'rulePack',
        id: version === undefined ? id : `${id}@${version}`,
      }),
    ]);
  }
  return applyOverride(pack, override);
}
