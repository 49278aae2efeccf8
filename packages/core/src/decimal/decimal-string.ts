import { z } from 'zod';
import { toCanonical } from './decimal';

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** zod rejects NaN and ±Infinity as `invalid_type`; report them as unreadable decimals instead. */
const nonFinite = (iss: { input?: unknown }): string | undefined =>
  typeof iss.input === 'number' && !Number.isFinite(iss.input) ? 'invalid_decimal' : undefined;

/**
 * A decimal at the boundary: a decimal string (`'85.5'`, `'1.000'`) or a finite JSON number,
 * parsed into its canonical string (see {@link toCanonical}). Commas are not accepted here:
 * Indonesian-formatted input (`85,50`) is the importers' business.
 *
 * @example
 * ```ts
 * DecimalStringSchema.parse('085.50'); // '85.5'
 * DecimalStringSchema.parse(12);       // '12'
 * ```
 */
export const DecimalStringSchema = z
  .union([
    // `abort`: a refinement of the enclosing object must never see the unparsed text.
    z.string({ error: nonFinite }).trim().regex(DECIMAL_TEXT, { error: 'invalid_decimal', abort: true }),
    z.number({ error: nonFinite }),
  ])
  .transform((v) => toCanonical(typeof v === 'number' ? String(v) : v));

/** A canonical decimal string, e.g. `'85.5'`. */
export type DecimalString = z.output<typeof DecimalStringSchema>;
