import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { type RoundingMode, RoundingModeSchema, roundDecimal } from '../decimal/rounding';
import { KinerjaError } from '../errors/kinerja-error';
import { type FormatAngkaOptions, formatAngka } from './format-angka';
import { formatPersen } from './format-persen';

describe('formatAngka', () => {
  it.each<[string, FormatAngkaOptions, string]>([
    ['85.5', { scale: 2 }, '85,50'],
    ['85.5', {}, '85,5'],
    ['85.50', {}, '85,5'],
    ['1234567.8', {}, '1.234.567,8'],
    ['1234567.8', { locale: 'en' }, '1,234,567.8'],
    ['1234567.8', { locale: 'id' }, '1.234.567,8'],
    ['1234', {}, '1.234'],
    ['123', {}, '123'],
    ['123456', {}, '123.456'],
    ['0', {}, '0'],
    ['0', { scale: 2 }, '0,00'],
    ['-1234567.8', {}, '-1.234.567,8'],
    ['-1234567.8', { locale: 'en' }, '-1,234,567.8'],
    ['-0.5', {}, '-0,5'],
    ['-0.004', { scale: 2 }, '0,00'],
    ['-0', {}, '0'],
    ['85.505', { scale: 2 }, '85,51'],
    ['85.505', { scale: 2, rounding: 'HALF_EVEN' }, '85,50'],
    ['85.515', { scale: 2, rounding: 'HALF_EVEN' }, '85,52'],
    ['85.509', { scale: 2, rounding: 'DOWN' }, '85,50'],
    ['-85.505', { scale: 2 }, '-85,51'],
    ['-85.501', { scale: 2, rounding: 'FLOOR' }, '-85,51'],
    ['107.142857', { scale: 2 }, '107,14'],
    ['102.8', { scale: 2 }, '102,80'],
    ['999.995', { scale: 2 }, '1.000,00'],
    ['0.0001', {}, '0,0001'],
    ['1e3', {}, '1.000'],
    ['12345678901234567890.125', {}, '12.345.678.901.234.567.890,125'],
    ['12345678901234567890.125', { scale: 2 }, '12.345.678.901.234.567.890,13'],
    ['12345678901234567890.125', { locale: 'en' }, '12,345,678,901,234,567,890.125'],
    ['98765432109876543210987654321.5', { scale: 0 }, '98.765.432.109.876.543.210.987.654.322'],
  ])('%s %o → %s', (value, options, expected) => {
    expect(formatAngka(value, options)).toBe(expected);
  });

  it('accepts a Decimal', () => {
    expect(formatAngka(new Decimal('170395000'), { scale: 2 })).toBe('170.395.000,00');
    expect(formatAngka(new Decimal(342).div(4), { scale: 2 })).toBe('85,50');
  });

  it.each(['', 'abc', '85,5', 'NaN', 'Infinity'])('throws a KinerjaError for %j', (value) => {
    expect(() => formatAngka(value)).toThrow(KinerjaError);
  });

  it.each([-1, 1.5, 101])('throws a KinerjaError for scale %d', (scale) => {
    expect(() => formatAngka('1', { scale })).toThrow(KinerjaError);
  });

  const decimalString = fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** 30n }),
      fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    )
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);
  const mode = fc.constantFrom<RoundingMode>(...RoundingModeSchema.options);

  it('id output parses back to the rounded decimal (property)', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 8 }), mode, (value, scale, rounding) => {
        const text = formatAngka(value, { scale, rounding });
        const [integer = '', fraction] = text.split(',');
        expect(integer).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
        expect(fraction?.length ?? 0).toBe(scale);
        const parsed = text.replaceAll('.', '').replace(',', '.');
        const expected = roundDecimal(new Decimal(value), { scale, mode: rounding });
        expect(new Decimal(parsed).eq(expected)).toBe(true);
      }),
    );
  });

  it('without a scale, id output is the exact value and en only swaps the separators (property)', () => {
    fc.assert(
      fc.property(decimalString, (value) => {
        const id = formatAngka(value);
        const en = formatAngka(value, { locale: 'en' });
        expect(new Decimal(id.replaceAll('.', '').replace(',', '.')).eq(value)).toBe(true);
        const swapped = [...id].map((c) => (c === '.' ? ',' : c === ',' ? '.' : c)).join('');
        expect(en).toBe(swapped);
      }),
    );
  });
});

describe('formatPersen', () => {
  it.each<[string, FormatAngkaOptions, string]>([
    ['87.5', {}, '87,5%'],
    ['87.5', { locale: 'en' }, '87.5%'],
    ['107.142857', { scale: 2 }, '107,14%'],
    ['100', {}, '100%'],
    ['-12.5', {}, '-12,5%'],
    ['1250', { scale: 1 }, '1.250,0%'],
  ])('%s %o → %s', (value, options, expected) => {
    expect(formatPersen(value, options)).toBe(expected);
  });
});
