import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDecimalString } from '../testing/arbitraries';
import { Decimal, toCanonical } from './decimal';

describe('Decimal', () => {
  it('computes exactly where floats do not', () => {
    expect(new Decimal('0.1').plus('0.2').toFixed()).toBe('0.3');
    expect(new Decimal('1.1').times(3).toFixed()).toBe('3.3');
  });

  it('has 40 significant digits and leaves the shared decimal.js alone', () => {
    expect(new Decimal(1).div(3).toFixed()).toBe(`0.${'3'.repeat(40)}`);
    expect(Decimal.precision).toBe(40);
    expect(Decimal.rounding).toBe(DecimalJs.ROUND_HALF_UP);
    expect(DecimalJs.precision).toBe(20);
  });
});

describe('toCanonical', () => {
  it.each([
    ['-0.000', '0'],
    ['0', '0'],
    ['-0', '0'],
    ['+0.0', '0'],
    ['085.50', '85.5'],
    ['85.500', '85.5'],
    ['1.000', '1'],
    ['+12', '12'],
    ['-012.340', '-12.34'],
    ['-0.50', '-0.5'],
    ['0.000000000000000000001', '0.000000000000000000001'],
    ['-12.5', '-12.5'],
    ['100', '100'],
    ['100.0', '100'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1e3', '1000'],
    ['1.5E-3', '0.0015'],
    ['-2.5e+2', '-250'],
    ['1e21', '1000000000000000000000'],
    ['1e-7', '0.0000001'],
    ['1e100', `1${'0'.repeat(100)}`],
    ['-1.5e-70', `-0.${'0'.repeat(69)}15`],
    [
      '123456789012345678901234567890123456789012345678901234567890.5',
      '123456789012345678901234567890123456789012345678901234567890.5',
    ],
  ])('toCanonical(%j) is %j', (input, expected) => {
    expect(toCanonical(input)).toBe(expected);
  });

  it('accepts numbers and decimals', () => {
    expect(toCanonical(85.5)).toBe('85.5');
    expect(toCanonical(7.25)).toBe('7.25');
    expect(toCanonical(-0)).toBe('0');
    expect(toCanonical(1e21)).toBe('1000000000000000000000');
    expect(toCanonical(new Decimal('107.1400'))).toBe('107.14');
    expect(toCanonical(new Decimal('-0'))).toBe('0');
  });

  it('throws on what is not a number', () => {
    expect(() => toCanonical('abc')).toThrow();
    expect(() => toCanonical('1,5')).toThrow();
    expect(() => toCanonical('')).toThrow();
  });

  it('is the decimal.js reading on every decimal text, canonical (returned as is) or not', () => {
    const reference = (t: string): string => {
      const d = new Decimal(t);
      return d.isZero() ? '0' : d.toFixed();
    };
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
        expect(toCanonical(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('is stable: toCanonical(toCanonical(x)) = toCanonical(x), without exponent', () => {
    const text = fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 30 }),
        fc.option(fc.integer({ min: -80, max: 80 }), { nil: undefined }),
      )
      .map(([s, i, f, e]) => `${s}${i}${f ? `.${f}` : ''}${e === undefined ? '' : `e${e}`}`);
    fc.assert(
      fc.property(text, (x) => {
        const c = toCanonical(x);
        expect(toCanonical(c)).toBe(c);
        expect(c).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
        expect(new Decimal(c).eq(x)).toBe(true);
      }),
    );
  });

  it('gives equal decimals equal canonical strings, and unequal ones different strings', () => {
    // Two spellings of the same value: leading zeros, trailing zeros, an exponent.
    const spelled = fc
      .tuple(
        arbDecimalString({ min: '-1000', max: '1000', scale: 3 }),
        fc.nat(3),
        fc.nat(3),
        fc.integer({ min: -3, max: 3 }),
      )
      .map(([s, lead, trail, e]) => {
        const negative = s.startsWith('-');
        const abs = negative ? s.slice(1) : s;
        const padded = `${negative ? '-' : ''}${'0'.repeat(lead)}${abs}${abs.includes('.') ? '' : '.'}${'0'.repeat(trail)}`;
        const shifted = new Decimal(padded).times(new Decimal(10).pow(-e)).toFixed();
        return { s, spellings: [padded, `${shifted}e${e}`] };
      });
    fc.assert(
      fc.property(spelled, ({ s, spellings }) => {
        for (const x of spellings) expect(toCanonical(x)).toBe(s);
      }),
    );
    const small = arbDecimalString({ min: '-2', max: '2', scale: 1 });
    fc.assert(
      fc.property(small, small, (a, b) => {
        expect(toCanonical(a) === toCanonical(b)).toBe(new Decimal(a).eq(b));
      }),
    );
  });
});
