import { z } from 'zod';

/**
 * How the working days between two dates are counted (decision 0017):
 * - `EXCLUSIVE_START` (default): the working days in (A, B] — the day of receipt is not
 *   counted, the day of completion is when it is a working day; a request completed on the day
 *   it came in took 0 days; received on a Friday and completed on the Monday, 1 day.
 * - `INCLUSIVE_BOTH`: the working days in [A, B] — both ends count when they are working days;
 *   completed the same (working) day, 1 day; Friday → Monday, 2 days.
 *
 * @example
 * ```ts
 * HitunganHariKerjaSchema.parse('INCLUSIVE_BOTH');
 * ```
 */
export const HitunganHariKerjaSchema = z.enum(['EXCLUSIVE_START', 'INCLUSIVE_BOTH']);

/**
 * The counting convention of working days: `EXCLUSIVE_START` (A, B] or `INCLUSIVE_BOTH` [A, B].
 *
 * @example
 * ```ts
 * const hitungan: HitunganHariKerja = 'EXCLUSIVE_START';
 * ```
 */
export type HitunganHariKerja = z.infer<typeof HitunganHariKerjaSchema>;
