import { KinerjaError } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { decodeDateValue, decodeDecimalText, encodeJsonText } from './decode-helpers';

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
