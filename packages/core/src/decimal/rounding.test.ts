import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/from-zod';
import { arbDecimalString } from '../testing/arbitraries';
import { Decimal, toCanonical } from './decimal';
import {
  type RoundingMode,
  RoundingModeSchema,
  RoundingSchema,
  roundDecimal,
  roundToInteger,
} from './rounding';

// mode → [2.5, -2.5, 2.45, -2.45]: the first two to 0 places, the last two to 1 place.
const GOLDEN: Record<RoundingMode, readonly [string, string, string, string]> = {
  HALF_UP: ['3', '-3', '2.5', '-2.5'],
  HALF_EVEN: ['2', '-2', '2.4', '-2.4'],
  HALF_DOWN: ['2', '-2', '2.4', '-2.4'],
  UP: ['3', '-3', '2.5', '-2.5'],
  DOWN: ['2', '-2', '2.4', '-2.4'],
  CEIL: ['3', '-2', '2.5', '-2.4'],
  FLOOR: ['2', '-3', '2.4', '-2.5'],
};

describe('roundDecimal', () => {
  it.each(RoundingModeSchema.options)('%s on ±2.5 and ±2.45', (mode) => {
    const r = (v: string, scale: number) => toCanonical(roundDecimal(new Decimal(v), { scale, mode }));
    expect([r('2.5', 0), r('-2.5', 0), r('2.45', 1), r('-2.45', 1)]).toEqual(GOLDEN[mode]);
  });

  it('rounds half to even on both sides of an even digit', () => {
    const even = (v: string, scale: number) =>
      roundDecimal(new Decimal(v), { scale, mode: 'HALF_EVEN' }).toFixed();
    expect([even('3.5', 0), even('4.5', 0), even('2.55', 1), even('2.65', 1)]).toEqual([
      '4',
      '4',
      '2.6',
      '2.6',
    ]);
  });

  it('rounds what is not a tie to the nearest value in every half mode', () => {
    for (const mode of ['HALF_UP', 'HALF_EVEN', 'HALF_DOWN'] as const) {
      expect(roundDecimal(new Decimal('2.4999'), { scale: 0, mode }).toFixed()).toBe('2');
      expect(roundDecimal(new Decimal('2.5001'), { scale: 0, mode }).toFixed()).toBe('3');
    }
  });

  it('rounds a capaian to two places as official sheets do', () => {
    expect(roundDecimal(new Decimal('107.142857'), { scale: 2, mode: 'HALF_UP' }).toFixed()).toBe('107.14');
    expect(roundDecimal(new Decimal('87.5'), { scale: 2, mode: 'HALF_UP' }).toFixed()).toBe('87.5');
    expect(roundDecimal(new Decimal(200).div(3), { scale: 2, mode: 'HALF_UP' }).toFixed()).toBe('66.67');
  });

  it('keeps the input and stays within one step, between FLOOR and CEIL', () => {
    fc.assert(
      fc.property(
        arbDecimalString({ min: '-10000', max: '10000', scale: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...RoundingModeSchema.options),
        (s, scale, mode) => {
          const v = new Decimal(s);
          const r = roundDecimal(v, { scale, mode });
          expect(v.toFixed()).toBe(s);
          expect(r.decimalPlaces()).toBeLessThanOrEqual(scale);
          const step = new Decimal(10).pow(-scale);
          expect(r.minus(v).abs().lt(step)).toBe(true);
          const floor = roundDecimal(v, { scale, mode: 'FLOOR' });
          const ceil = roundDecimal(v, { scale, mode: 'CEIL' });
          expect(r.gte(floor) && r.lte(ceil)).toBe(true);
          if (v.decimalPlaces() <= scale) expect(r.eq(v)).toBe(true);
        },
      ),
    );
  });
});

describe('roundToInteger', () => {
  it.each([
    ['4.9', 'FLOOR', 4],
    ['4.9', 'CEIL', 5],
    ['4.2', 'CEIL', 5],
    ['4.2', 'FLOOR', 4],
    ['2.5', 'HALF_UP', 3],
    ['2.5', 'HALF_EVEN', 2],
    ['-2.5', 'HALF_UP', -3],
    ['-2.5', 'CEIL', -2],
    ['7', 'CEIL', 7],
    ['7', 'FLOOR', 7],
  ] as const)('roundToInteger(%s, %s) is %d', (v, mode, expected) => {
    expect(roundToInteger(new Decimal(v), mode)).toBe(expected);
  });

  it('gives the kurva quotas of a unit of 7: at most 70 % → 4, at least 60 % → 5, at least 10 % → 1', () => {
    const n = new Decimal(7);
    expect(roundToInteger(n.times('0.7'), 'FLOOR')).toBe(4);
    expect(roundToInteger(n.times('0.6'), 'CEIL')).toBe(5);
    expect(roundToInteger(n.times('0.1'), 'CEIL')).toBe(1);
  });

  it('never answers negative zero', () => {
    expect(Object.is(roundToInteger(new Decimal('-0.4'), 'HALF_UP'), 0)).toBe(true);
    expect(Object.is(roundToInteger(new Decimal('-0.9'), 'CEIL'), 0)).toBe(true);
  });
});

describe('RoundingSchema', () => {
  it('accepts 0–20 places and the seven modes', () => {
    expect(RoundingSchema.parse({ scale: 2, mode: 'HALF_UP' })).toEqual({ scale: 2, mode: 'HALF_UP' });
    expect(RoundingSchema.safeParse({ scale: 20, mode: 'FLOOR' }).success).toBe(true);
    expect(parseWith(RoundingSchema, { scale: 21, mode: 'half_up' })).toEqual({
      ok: false,
      issues: [
        { code: 'too_big', path: ['scale'], params: { maximum: '20', inclusive: true, origin: 'number' } },
        {
          code: 'invalid_value',
          path: ['mode'],
          params: { options: [...RoundingModeSchema.options], received: 'half_up' },
        },
      ],
    });
    expect(RoundingSchema.safeParse({ scale: 1.5, mode: 'UP' }).success).toBe(false);
    expect(RoundingSchema.safeParse({ scale: -1, mode: 'UP' }).success).toBe(false);
  });
});
