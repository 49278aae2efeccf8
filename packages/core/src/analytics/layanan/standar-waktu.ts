import { z } from 'zod';

const HariSchema = z.number().int().min(0).max(3660);

/**
 * The service standard (standar pelayanan, UU 25/2009): how many working days each kind of
 * service may take, with a `default` for kinds not listed. A request is completed within the
 * standard (tepat waktu) when its working days (by the chosen counting convention) do not exceed
 * the standard of its `jenisLayanan`.
 *
 * @example
 * ```ts
 * StandarWaktuSchema.parse({ default: 3, jenisLayanan: { SURAT_KETERANGAN_DOMISILI: 1, IMB: 14 } });
 * ```
 */
export const StandarWaktuSchema = z.strictObject({
  default: HariSchema,
  jenisLayanan: z.record(z.string().trim().min(1), HariSchema).default(() => ({})),
});

/**
 * A service standard as callers write it.
 *
 * @example
 * ```ts
 * const standar: StandarWaktuInput = { default: 3, jenisLayanan: { SURAT_KETERANGAN_DOMISILI: 1 } };
 * ```
 */
export type StandarWaktuInput = z.input<typeof StandarWaktuSchema>;

/**
 * A validated service standard.
 *
 * @example
 * ```ts
 * const standar: StandarWaktu = StandarWaktuSchema.parse({ default: 3 });
 * standar.jenisLayanan; // {}
 * ```
 */
export type StandarWaktu = z.output<typeof StandarWaktuSchema>;

/**
 * The standard, in working days, of one kind of service: its own entry, else the `default`.
 *
 * @param standar - a validated service standard.
 * @param jenisLayanan - the kind of service, as written in the register.
 * @returns the number of working days allowed.
 * @example
 * ```ts
 * const standar = StandarWaktuSchema.parse({ default: 3, jenisLayanan: { SURAT_KETERANGAN_DOMISILI: 1 } });
 * standarHariKerja(standar, 'SURAT_KETERANGAN_DOMISILI'); // 1
 * standarHariKerja(standar, 'SURAT_PENGANTAR_SKCK'); // 3
 * ```
 */
export function standarHariKerja(standar: StandarWaktu, jenisLayanan: string): number {
  return Object.hasOwn(standar.jenisLayanan, jenisLayanan)
    ? standar.jenisLayanan[jenisLayanan]!
    : standar.default;
}
