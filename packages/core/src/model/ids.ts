import { z } from 'zod';

/**
 * An identifier chosen by the embedding system (a UUID, a database key, a code): 1–128
 * characters without surrounding white space.
 *
 * @example
 * ```ts
 * IdSchema.parse('skp-2026-199001012015011001');
 * ```
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^\S(.*\S)?$/, { error: 'invalid_id' });

/** An identifier, see {@link IdSchema}. */
export type Id = z.infer<typeof IdSchema>;
