import { toCanonical } from '@kinerja/core';
import { decodeDateValue, decodeDecimalText, encodeJsonText } from '../sql/decode-helpers';
import type { SqlCodec } from '../sql/sql-codec';

/**
 * The PostgreSQL codec: decimals as NUMERIC (pg returns them as strings; they are made
 * canonical), booleans as BOOLEAN, JSON as JSONB (sent as JSON text, returned parsed), dates as
 * DATE (returned as `YYYY-MM-DD` by {@link KINERJA_PG_TYPES}, or as a local-midnight `Date` by
 * pg's default parser, which is read back with local getters).
 *
 * @example
 * ```ts
 * POSTGRES_CODEC.decodeDecimal('85.50'); // '85.5'
 * ```
 */
export const POSTGRES_CODEC: SqlCodec = {
  dialect: 'postgres',
  encodeDecimal: toCanonical,
  decodeDecimal: decodeDecimalText,
  encodeBoolean: (value) => value,
  decodeBoolean: (value) => value === true || value === 't' || value === 'true',
  encodeJson: encodeJsonText,
  // JSONB comes back parsed; a pool whose parser returns text is read as well.
  decodeJson: (value) => (typeof value === 'string' ? JSON.parse(value) : (value ?? null)),
  encodeDate: (value) => value,
  decodeDate: decodeDateValue,
};
