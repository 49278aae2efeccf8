import { toCanonical } from '@kinerja/core';
import { decodeDateValue, decodeDecimalText, encodeJsonText } from '../sql/decode-helpers';
import type { SqlCodec } from '../sql/sql-codec';

/**
 * The SQLite codec: decimals as canonical TEXT (never REAL), booleans as 0/1, JSON as TEXT,
 * dates as TEXT `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * SQLITE_CODEC.encodeBoolean(true); // 1
 * ```
 */
export const SQLITE_CODEC: SqlCodec = {
  dialect: 'sqlite',
  encodeDecimal: toCanonical,
  decodeDecimal: decodeDecimalText,
  encodeBoolean: (value) => (value ? 1 : 0),
  decodeBoolean: (value) => value === 1 || value === true || value === 1n,
  encodeJson: encodeJsonText,
  decodeJson: (value) => (typeof value === 'string' ? JSON.parse(value) : (value ?? null)),
  encodeDate: (value) => value,
  decodeDate: decodeDateValue,
};
