import { DecimalStringSchema } from '../../decimal/decimal-string';

/**
 * @internal A decimal at the boundary that must not be negative: a nilai, a bobot. A negative
 * one is a `too_small` issue (minimum 0, inclusive).
 */
export const NonNegativeDecimalSchema = DecimalStringSchema.refine((v) => !v.startsWith('-'), {
  message: 'too_small',
  params: { code: 'too_small', params: { minimum: '0', inclusive: true, origin: 'number' } },
});
