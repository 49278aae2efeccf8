import { z } from 'zod';
import { Decimal, type Decimal as DecimalType } from './decimal';

/**
 * Rounding modes as data, so a rule pack can name the one its regulation uses.
 * `HALF_UP` rounds 0.5 away from zero (the usual rule of official sheets),
 * `HALF_EVEN` is banker's rounding, `UP`/`DOWN` are away from / towards zero,
 * `CEIL`/`FLOOR` towards +∞ / −∞.
 */
export const RoundingModeSchema = z.enum([
  'HALF_UP',
  'HALF_EVEN',
  'HALF_DOWN',
  'UP',
  'DOWN',
  'CEIL',
  'FLOOR',
]);

/** One of the rounding modes of {@link RoundingModeSchema}. */
export type RoundingMode = z.infer<typeof RoundingModeSchema>;

/** A rounding rule: how many decimal places and which mode, e.g. `{ scale: 2, mode: 'HALF_UP' }`. */
export const RoundingSchema = z.strictObject({
  scale: z.number().int().min(0).max(20),
  mode: RoundingModeSchema,
});

/** A rounding rule, see {@link RoundingSchema}. */
export type Rounding = z.infer<typeof RoundingSchema>;

const MODE: Record<RoundingMode, DecimalJsRounding> = {
  UP: 0,
  DOWN: 1,
  CEIL: 2,
  FLOOR: 3,
  HALF_UP: 4,
  HALF_DOWN: 5,
  HALF_EVEN: 6,
};
type DecimalJsRounding = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Rounds a decimal to a rule pack's {@link Rounding}.
 *
 * @param value - the exact value.
 * @param rounding - the scale and mode.
 * @returns a new decimal with at most `rounding.scale` decimal places.
 * @example
 * ```ts
 * roundDecimal(new Decimal('107.142857'), { scale: 2, mode: 'HALF_UP' }).toFixed(); // '107.14'
 * ```
 */
export function roundDecimal(value: DecimalType, rounding: Rounding): DecimalType {
  return value.toDecimalPlaces(rounding.scale, MODE[rounding.mode]);
}

/**
 * Rounds a whole count, as the kurva's quotas do: `FLOOR` for a maximum share, `CEIL` for a
 * minimum share, or any other mode.
 *
 * @param value - the exact value, e.g. 0.7 × headcount.
 * @param mode - the rounding mode.
 * @returns the integer.
 * @example
 * ```ts
 * roundToInteger(new Decimal('4.9'), 'FLOOR'); // 4
 * ```
 */
export function roundToInteger(value: DecimalType, mode: RoundingMode): number {
  const n = value.toDecimalPlaces(0, MODE[mode]).toNumber();
  return n === 0 ? 0 : n; // never -0
}

/** @internal Shared zero, to avoid re-allocating it on hot paths. */
export const ZERO = new Decimal(0);
/** @internal Shared one hundred. */
export const HUNDRED = new Decimal(100);
