import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { deepPartial } from './deep-partial';

const P = <T extends z.core.$ZodType>(s: T, locked?: string[]) => deepPartial(s, locked) as z.ZodType;

describe('deepPartial', () => {
  const schema = z.strictObject({
    id: z.string(),
    a: z.strictObject({ b: z.string(), c: z.number().default(3), d: z.strictObject({ e: z.boolean() }) }),
    list: z.array(z.strictObject({ x: z.string(), y: z.string() })),
    maybe: z.strictObject({ m: z.string() }).nullable(),
    byKey: z.record(z.enum(['P', 'Q']), z.strictObject({ v: z.number(), w: z.number() })),
    either: z.union([
      z.strictObject({ k: z.literal('A'), a: z.string() }),
      z.strictObject({ k: z.literal('B') }),
    ]),
    loose: z.object({ l: z.string() }),
    refined: z
      .strictObject({ lo: z.number(), hi: z.number() })
      .refine((r) => r.lo <= r.hi, { message: 'inverted' }),
    dec: DecimalStringSchema,
  });
  const partial = P(schema, ['id']);

  it('makes every key of every object optional, recursively', () => {
    expect(partial.parse({})).toEqual({});
    expect(partial.parse({ a: { d: {} } })).toEqual({ a: { d: {} } });
    expect(partial.parse({ maybe: {} })).toEqual({ maybe: {} });
    expect(partial.parse({ maybe: null })).toEqual({ maybe: null });
    expect(partial.parse({ byKey: { Q: { w: 1 } } })).toEqual({ byKey: { Q: { w: 1 } } });
    expect(partial.parse({ either: { a: 'x' } })).toEqual({ either: { a: 'x' } });
  });

  it('never injects a default', () => {
    expect(partial.parse({ a: {} })).toEqual({ a: {} });
  });

  it('keeps array items whole', () => {
    expect(partial.safeParse({ list: [{ x: 'only x' }] }).success).toBe(false);
    expect(partial.safeParse({ list: [{ x: '1', y: '2' }] }).success).toBe(true);
  });

  it('stays strict (and leaves out the locked keys)', () => {
    expect(partial.safeParse({ a: { zz: 1 } }).success).toBe(false);
    expect(partial.safeParse({ id: 'x' }).success).toBe(false);
    expect(partial.safeParse({ byKey: { R: {} } }).success).toBe(false);
    expect(partial.safeParse({ loose: { other: 1 } }).success).toBe(true);
  });

  it('drops cross-field refinements of partial objects and keeps scalar checks', () => {
    expect(partial.safeParse({ refined: { lo: 5 } }).success).toBe(true);
    expect(partial.safeParse({ refined: { lo: 'x' } }).success).toBe(false);
    expect(partial.safeParse({ dec: '1,5' }).success).toBe(false);
    expect(partial.safeParse({ a: { b: 1 } }).success).toBe(false);
  });

  it('returns schemas without objects as they are', () => {
    expect(deepPartial(DecimalStringSchema)).toBe(DecimalStringSchema);
    const list = z.array(z.strictObject({ x: z.string() }));
    expect(deepPartial(list)).toBe(list);
    const opt = z.string().optional();
    expect(deepPartial(opt)).toBe(opt);
  });
});
