import type { z } from 'zod';
import { RulePackError } from '../errors/kinerja-error';
import { parseWith } from '../issues/from-zod';
import { ok, type Result } from '../issues/result';

/** @internal What every regime's pack definition carries. */
interface PackDefinition {
  readonly id: string;
  readonly version: string;
  readonly regime: string;
}

/** @internal A compiled rule pack of one regime, before any override. */
export interface CompiledPack<D extends PackDefinition, C> {
  readonly id: string;
  readonly version: string;
  readonly regime: D['regime'];
  readonly definition: D;
  readonly compiled: C;
}

/**
 * @internal The compiler shared by every regime: validates `input` with the regime's schema,
 * then runs the regime's own checks and tables (`compile`).
 *
 * @param schema - the regime's zod schema of the pack data.
 * @param compile - the regime's compiler of a validated definition.
 * @param input - the pack's data, of any shape.
 * @returns the rule pack, or the schema's or the compiler's issues.
 */
export function compilePack<S extends z.ZodType<PackDefinition>, C>(
  schema: S,
  compile: (def: z.output<S>) => Result<C>,
  input: unknown,
): Result<CompiledPack<z.output<S>, C>> {
  const parsed = parseWith(schema, input);
  if (!parsed.ok) return parsed;
  const def = parsed.value;
  const compiled = compile(def);
  if (!compiled.ok) return compiled;
  return ok({
    id: def.id,
    version: def.version,
    regime: def.regime,
    definition: def,
    compiled: compiled.value,
  });
}

/**
 * @internal Compiles a built-in pack's data, which must be valid.
 *
 * @param compile - the regime's pack compiler.
 * @param definition - the built-in data.
 * @returns the rule pack.
 * @throws {@link RulePackError} `rule_pack_invalid` when the data does not compile.
 */
export function builtInPack<P>(compile: (input: unknown) => Result<P>, definition: unknown): P {
  const r = compile(definition);
  if (!r.ok)
    throw new RulePackError('rule_pack_invalid', `invalid built-in pack: ${JSON.stringify(r.issues)}`);
  return r.value;
}
