import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { IdSchema } from './ids';

describe('IdSchema', () => {
  it.each([
    'a',
    'skp-2026-199001012015011001',
    '5b0c2a8e-8f0e-4f7e-9d8a-2b1f0c3d4e5f',
    'Kel Sago',
    'x'.repeat(128),
  ])('accepts %j', (id) => {
    expect(IdSchema.parse(id)).toBe(id);
  });

  it('rejects empty, too long, and surrounding white space', () => {
    expect(parseWith(IdSchema, '')).toEqual({
      ok: false,
      issues: [
        { code: 'too_small', path: [], params: { minimum: '1', inclusive: true, origin: 'string' } },
        { code: 'invalid_format', path: [], params: { format: 'regex' } },
      ],
    });
    expect(parseWith(IdSchema, 'x'.repeat(129))).toEqual({
      ok: false,
      issues: [{ code: 'too_big', path: [], params: { maximum: '128', inclusive: true, origin: 'string' } }],
    });
    for (const id of [' a', 'a ', '\ta', 'a\nb']) {
      expect(parseWith(IdSchema, id)).toEqual({
        ok: false,
        issues: [{ code: 'invalid_format', path: [], params: { format: 'regex' } }],
      });
    }
  });
});
