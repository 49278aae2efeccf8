import { z } from 'zod';
import { IdSchema } from './ids';
import { PredikatOrganisasiSchema } from './predikat';

/**
 * The predikat kinerja organisasi of one unit for one year, set by the leader one level up from
 * the capaian of the Perjanjian Kinerja; it fixes the unit's kurva distribusi (§1.8).
 *
 * @example
 * ```ts
 * CapaianKinerjaOrganisasiSchema.parse({ unitKerjaId: 'kel-sago', tahun: 2026, predikat: 'BAIK' });
 * ```
 */
export const CapaianKinerjaOrganisasiSchema = z.object({
  unitKerjaId: IdSchema,
  tahun: z.number().int().min(2000).max(2200),
  predikat: PredikatOrganisasiSchema,
  ditetapkanOlehId: IdSchema.optional(),
  catatan: z.string().optional(),
});
/** The predikat kinerja organisasi of a unit for a year. */
export type CapaianKinerjaOrganisasi = z.output<typeof CapaianKinerjaOrganisasiSchema>;
