import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import type { Result } from '../issues/result';
import { IdSchema } from './ids';
import { validateNiPppk, validateNip } from './nip';
import { addIssues } from './refine';

/** The kind of ASN: `PNS` (civil servant) or `PPPK` (government employee with a work agreement). */
export const JenisPegawaiSchema = z.enum(['PNS', 'PPPK']);
/** The kind of ASN. */
export type JenisPegawai = z.infer<typeof JenisPegawaiSchema>;

/** Gender, as digit 15 of a NIP encodes it. */
export const JenisKelaminSchema = z.enum(['PRIA', 'WANITA']);
/** Gender. */
export type JenisKelamin = z.infer<typeof JenisKelaminSchema>;

const common = {
  id: IdSchema,
  nama: z.string().trim().min(1),
  jenisKelamin: JenisKelaminSchema.optional(),
  /** Pangkat/golongan ruang as printed, e.g. `Penata (III/c)`; for a PPPK the golongan, e.g. `IX`. */
  golongan: z.string().optional(),
  /** The jabatan held now (see Jabatan); mutasi are recorded on SKP segments. */
  jabatanId: IdSchema,
  unitKerjaId: IdSchema,
};

/**
 * A pegawai ASN: a PNS identified by a NIP or a PPPK identified by an NI PPPK, both 18 digits
 * and checked (see {@link validateNip}, {@link validateNiPppk}).
 *
 * @example
 * ```ts
 * PegawaiSchema.parse({
 *   jenis: 'PNS', id: 'p-1', nip: '198003152006041002', nama: 'Ahmad Fauzi, S.STP',
 *   jabatanId: 'jab-camat', unitKerjaId: 'kec-senapelan',
 * });
 * ```
 */
export const PegawaiSchema = z.discriminatedUnion('jenis', [
  z
    .object({ jenis: z.literal('PNS'), nip: z.string(), ...common })
    .superRefine((p, ctx) => addIssues(ctx, validateNip(p.nip, ['nip']))),
  z
    .object({ jenis: z.literal('PPPK'), niPppk: z.string(), ...common })
    .superRefine((p, ctx) => addIssues(ctx, validateNiPppk(p.niPppk, ['niPppk']))),
]);
/** A pegawai ASN. */
export type Pegawai = z.output<typeof PegawaiSchema>;

/**
 * Parses a pegawai from outside data.
 *
 * @param input - anything.
 * @returns the pegawai, or every issue found (with paths such as `['nip']`).
 * @example
 * ```ts
 * const r = parsePegawai(JSON.parse(text));
 * if (!r.ok) console.error(formatIssues(r.issues));
 * ```
 */
export function parsePegawai(input: unknown): Result<Pegawai> {
  return parseWith(PegawaiSchema, input);
}
