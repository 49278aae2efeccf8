import { z } from 'zod';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { TanggalSchema } from '../model/tanggal';
import { overrideSchema } from './override';
import { REGIMES, type Regime } from './rule-pack';
import { RULE_PACK_SCHEMAS } from './rule-pack-schemas';

/**
 * A JSON Schema document (draft-07), as plain JSON data.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = rulePackJsonSchema('permenpanrb-6-2022');
 * schema.$schema; // 'http://json-schema.org/draft-07/schema#'
 * ```
 */
export type JsonSchema = { readonly [key: string]: unknown };

type OverrideContext = Parameters<NonNullable<z.core.JSONSchemaGeneratorParams['override']>>[0];

/** Adds what zod cannot see in a refinement: the format of a date, the text of a decimal. */
function annotate(ctx: OverrideContext): void {
  const json = ctx.jsonSchema as Record<string, unknown>;
  if (ctx.zodSchema === TanggalSchema) {
    json.format = 'date';
    json.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
    json.description = 'A calendar date YYYY-MM-DD.';
  } else if (ctx.zodSchema === DecimalStringSchema) {
    json.description = 'A decimal, preferably as a string with a dot ("85.5"), never a comma.';
  }
}

function generate(schema: z.ZodType, title: string, description: string): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    override: annotate,
  });
  return { $schema, title, description, ...rest };
}

function checkRegime(regime: Regime): void {
  if (!(REGIMES as readonly string[]).includes(regime)) {
    throw new TypeError(`unknown regime: ${String(regime)}`);
  }
}

/**
 * The JSON Schema (draft-07) of a regime's rule pack data, for editors: completion, hover and
 * validation while writing a pack as JSON. It describes the input form (decimals may be strings or
 * numbers; fields with a default may be left out). Rules that span several fields (e.g. a kurva
 * rule has exactly one of `share` and `count`, thresholds in order) are checked by
 * `createRulePack` only.
 *
 * @param regime - the regime, e.g. `permenpanrb-6-2022`.
 * @returns the JSON Schema document.
 * @throws TypeError for a regime this version does not know.
 * @example
 * ```ts
 * JSON.stringify(rulePackJsonSchema('permenpanrb-6-2022'), null, 2);
 * ```
 */
export function rulePackJsonSchema(regime: Regime): JsonSchema {
  checkRegime(regime);
  return generate(
    RULE_PACK_SCHEMAS[regime],
    `Kinerja rule pack (${regime})`,
    `The data of a ${regime} rule pack, validated by createRulePack of @kinerja/core.`,
  );
}

/**
 * The JSON Schema (draft-07) of an override file for a base pack of a regime, for editors. The
 * file's `changes` are a deep partial of the pack: every key of every object is optional, arrays
 * (e.g. a kurva's rule list) are whole. `id`, `version` and `regime` cannot appear in `changes`.
 * A file can name it in its `$schema` key, e.g.
 * `"$schema": "./node_modules/@kinerja/core/schemas/permenpanrb-6-2022.override.schema.json"`.
 *
 * @param regime - the regime of the base pack.
 * @returns the JSON Schema document.
 * @throws TypeError for a regime this version does not know.
 * @example
 * ```ts
 * overrideJsonSchema('permenpanrb-6-2022').required; // ['name', 'version', 'base', 'changes']
 * ```
 */
export function overrideJsonSchema(regime: Regime): JsonSchema {
  checkRegime(regime);
  return generate(
    overrideSchema(regime),
    `Kinerja rule pack override (${regime})`,
    `Named, versioned changes to a ${regime} rule pack, applied by applyOverride of @kinerja/core.`,
  );
}

/**
 * @internal The files of `packages/core/schemas/`: for every regime `<regime>.rule-pack.schema.json`
 * and `<regime>.override.schema.json`, as the text written (2-space JSON, final newline). The
 * `schemas` script writes them and a test checks the committed files are equal.
 *
 * @returns file name → file content.
 * @example
 * ```ts
 * Object.keys(jsonSchemaFiles()); // ['permenpanrb-6-2022.rule-pack.schema.json', 'permenpanrb-6-2022.override.schema.json', …]
 * ```
 */
export function jsonSchemaFiles(): Readonly<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const regime of [...REGIMES].sort()) {
    files[`${regime}.rule-pack.schema.json`] = `${JSON.stringify(rulePackJsonSchema(regime), null, 2)}\n`;
    files[`${regime}.override.schema.json`] = `${JSON.stringify(overrideJsonSchema(regime), null, 2)}\n`;
  }
  return files;
}
