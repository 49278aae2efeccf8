import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { arbDecimalString } from '../testing/arbitraries';
import { toCanonical } from './decimal';
import { DecimalStringSchema } from './decimal-string';

describe('DecimalStringSchema', () => {
  it.each([
    ['085.50', '85.5'],
    ['  12 ', '12'],
    ['-0.000', '0'],
    ['+1.50', '1.5'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1200', '1200'],
    ['0.0001', '0.0001'],
  ])('accepts the string %j as %j', (input, expected) => {
    expect(DecimalStringSchema.parse(input)).toBe(expected);
  });

  it.each([
    [12, '12'],
    [85.5, '85.5'],
    [0.1, '0.1'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [Number.MAX_VALUE, toCanonical(String(Number.MAX_VALUE))],
  ])('accepts the number %d as %j', (input, expected) => {
    expect(DecimalStringSchema.parse(input)).toBe(expected);
  });

  it.each(['1,5', '85,50', 'abc', '', '   ', '1e3', '1.2.3', '- 1', '0x10', 'Infinity', 'NaN', '١٢'])(
    'rejects the string %j with invalid_decimal',
    (input) => {
      expect(parseWith(DecimalStringSchema, input, ['nilai'])).toEqual({
        ok: false,
        issues: [{ code: 'invalid_decimal', path: ['nilai'], params: {} }],
      });
    },
  );

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'rejects the number %d with invalid_decimal',
    (input) => {
      expect(parseWith(DecimalStringSchema, input, ['nilai'])).toEqual({
        ok: false,
        issues: [{ code: 'invalid_decimal', path: ['nilai'], params: {} }],
      });
    },
  );

  it('rejects other types by their type and a missing value as required', () => {
    expect(parseWith(DecimalStringSchema, null)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], params: { expected: 'string', received: 'null' } }],
    });
    expect(parseWith(DecimalStringSchema, true)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], params: { expected: 'string', received: 'boolean' } }],
    });
    expect(parseWith(DecimalStringSchema, 12n)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], params: { expected: 'string', received: 'bigint' } }],
    });
    expect(parseWith(DecimalStringSchema, undefined)).toEqual({
      ok: false,
      issues: [{ code: 'required', path: [], params: {} }],
    });
  });

  it('gives back a canonical string unchanged (parse → serialise → parse is the identity)', () => {
    fc.assert(
      fc.property(arbDecimalString({ min: '-1e12', max: '1e12', scale: 8 }), (s) => {
        expect(DecimalStringSchema.parse(s)).toBe(s);
        expect(DecimalStringSchema.parse(JSON.parse(JSON.stringify(s)))).toBe(s);
      }),
    );
  });

  it('reads every finite number as its shortest decimal text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const s = DecimalStringSchema.parse(n);
        expect(s).toBe(toCanonical(String(n)));
        expect(s).not.toMatch(/e/i);
        expect(DecimalStringSchema.parse(s)).toBe(s);
      }),
    );
  });
});
