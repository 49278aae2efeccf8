import { KinerjaError, toCanonical } from '@kinerja/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDecimal, decodeDateValue, decodeDecimalText, encodeJsonText } from './decode-helpers';

describe('canonicalDecimal', () => {
  it('is toCanonical on every decimal text, canonical or not', () => {
    const digits = (min: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: 30 });
    const text = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        digits(1),
        fc.option(digits(0)),
        fc.option(fc.integer({ min: -5, max: 5 })),
      )
      .map(
        ([sign, int, frac, exp]) =>
          `${sign}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : `e${exp}`}`,
      );
    fc.assert(
      fc.property(text, (t) => {
        expect(canonicalDecimal(t)).toBe(toCanonical(t));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['0', '0'],
    ['-0', '0'],
    ['-0.50', '-0.5'],
    ['0.000000000000000000001', '0.000000000000000000001'],
    ['-12.5', '-12.5'],
    ['100', '100'],
    ['100.0', '100'],
    ['1e3', '1000'],
    [7.25, '7.25'],
  ] as const)('%s → %s', (input, canonical) => {
    expect(canonicalDecimal(input)).toBe(canonical);
  });

  it('throws on what is not a number, as toCanonical does', () => {
    expect(() => canonicalDecimal('abc')).toThrow();
    expect(() => canonicalDecimal('')).toThrow();
  });
});

describe('decodeDecimalText', () => {
  it.each([
    ['0.1', '0.1'],
    ['085.50', '85.5'],
    ['-0', '0'],
    ['-0.000', '0'],
    ['123456789012345678901234.5678', '123456789012345678901234.5678'],
    ['1.50', '1.5'],
    [12, '12'],
    [10n ** 25n, '10000000000000000000000000'],
  ] as const)('%s → %s', (stored, canonical) => {
    expect(decodeDecimalText(stored)).toBe(canonical);
  });

  it('throws storage_corrupt for what is not a decimal', () => {
    for (const bad of ['abc', null, {}]) {
      expect(() => decodeDecimalText(bad)).toThrow(KinerjaError);
    }
  });
});

describe('decodeDateValue', () => {
  it('keeps a date string and reads a local-midnight Date with local getters', () => {
    expect(decodeDateValue('2026-03-31')).toBe('2026-03-31');
    expect(decodeDateValue(new Date(2026, 0, 1))).toBe('2026-01-01');
    expect(decodeDateValue(new Date(2024, 1, 29))).toBe('2024-02-29');
    expect(() => decodeDateValue(20260331)).toThrow(KinerjaError);
  });
});

describe('encodeJsonText', () => {
  it('is JSON text, and SQL NULL for null and undefined', () => {
    expect(encodeJsonText({ b: [1, 'x'], a: null })).toBe('{"b":[1,"x"],"a":null}');
    expect(encodeJsonText('teks')).toBe('"teks"');
    expect(encodeJsonText(null)).toBeNull();
    expect(encodeJsonText(undefined)).toBeNull();
  });
});
