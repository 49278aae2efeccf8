import { z } from 'zod';

type AnySchema = z.core.$ZodType;

function rebuildObject(schema: z.ZodObject, locked: ReadonlySet<string>): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(schema.shape)) {
    if (locked.has(key)) continue;
    shape[key] = (deepPartial(value) as z.ZodType).optional();
  }
  const catchall = schema._zod.def.catchall;
  if (catchall === undefined) return z.object(shape);
  if (catchall._zod.def.type === 'never') return z.strictObject(shape);
  return z.object(shape).catchall(catchall as z.ZodType);
}

/**
 * @internal The schema of a deep partial of what `schema` accepts, for the `changes` of an
 * override: every key of every object (and record) becomes optional, recursively through objects,
 * records, unions, `optional`, `nullable` and `default`; arrays and scalars keep their schema
 * (an override replaces them wholesale). Strict objects stay strict, so a misspelt key is still
 * an `unrecognized_keys` issue. Refinements across the fields of an object and transforms are
 * dropped: the partial schema only checks the shape of the changes, and the merged pack is then
 * validated by the full schema. Schemas that contain no object are returned as they are (same
 * instance).
 *
 * @param schema - a zod schema.
 * @param locked - keys of the outermost object to leave out (e.g. `id`, `regime`).
 * @returns the deep-partial schema.
 * @example
 * ```ts
 * deepPartial(z.strictObject({ a: z.strictObject({ b: z.string(), c: z.number() }) })).parse({ a: { c: 1 } });
 * ```
 */
export function deepPartial(schema: AnySchema, locked: readonly string[] = []): AnySchema {
  const def = (schema as z.ZodType).def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'object':
      return rebuildObject(schema as z.ZodObject, new Set(locked));
    case 'optional': {
      const inner = deepPartial(def.innerType as AnySchema);
      return inner === def.innerType ? schema : (inner as z.ZodType).optional();
    }
    case 'nullable': {
      const inner = deepPartial(def.innerType as AnySchema);
      return inner === def.innerType ? schema : (inner as z.ZodType).nullable();
    }
    case 'default':
    case 'prefault':
    case 'catch': {
      // Never inject a default into the changes: a missing key keeps the base pack's value.
      return deepPartial(def.innerType as AnySchema);
    }
    case 'readonly': {
      const inner = deepPartial(def.innerType as AnySchema);
      return inner === def.innerType ? schema : (inner as z.ZodType).readonly();
    }
    case 'union': {
      const options = def.options as AnySchema[];
      const partial = options.map((o) => deepPartial(o));
      if (partial.every((p, i) => p === options[i])) return schema;
      return z.union(partial as [z.ZodType, z.ZodType, ...z.ZodType[]]);
    }
    case 'intersection': {
      const left = deepPartial(def.left as AnySchema);
      const right = deepPartial(def.right as AnySchema);
      if (left === def.left && right === def.right) return schema;
      return z.intersection(left as z.ZodType, right as z.ZodType);
    }
    case 'record': {
      const keyType = def.keyType as z.core.$ZodRecordKey;
      return z.partialRecord(keyType, deepPartial(def.valueType as AnySchema) as z.ZodType);
    }
    case 'pipe': {
      // A transform of an object would see partial data: keep the input side only.
      const input = deepPartial(def.in as AnySchema);
      return input === def.in ? schema : input;
    }
    default:
      return schema;
  }
}
