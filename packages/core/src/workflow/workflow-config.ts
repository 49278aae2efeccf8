import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import type { Result } from '../issues/result';
import { daysInMonth, TanggalSchema } from '../model/tanggal';
import { ZonaWaktuSchema } from './zona-waktu';

/**
 * How an agency runs the SKP workflow: where the regulation is silent or leaves the choice to
 * the agency, the choice is here (decision record 0018). Every field has a default.
 *
 * - `zonaWaktu`: the zone deadlines are counted in (default `Asia/Jakarta`, WIB).
 * - `batasSkp`: the yearly deadline to set the SKP, as month and day (default 31 January, §1.10);
 *   after it the pengelola kinerja may set an SKP the pegawai and pejabat penilai did not.
 *   A day past the month's end means its last day. `batasSkpTahun` overrides it for a year
 *   (`{ '2027': '2027-02-15' }`).
 * - `batasPengisianHari`: calendar days after the end of a periodic window during which its
 *   realisasi may still be entered (default 10 [U]); afterwards only a recorded reopening opens it.
 * - `keberatanHari`: calendar days after the annual evaluation became final during which the
 *   pegawai may file a keberatan (default 14 [U]).
 * - `segmen`: how the SKP segments of a year give the pegawai's annual predikat (decision 0019):
 *   `RATA_RATA_HARI` (default), the day-weighted mean of the rating scores then the matrix, or
 *   `SEGMEN_TERPANJANG`, the predikat of the segment with the most days (a tie goes to the later).
 * - `kurvaWajib`: when true, a penetapan is refused while the unit's distribution violates a kurva
 *   rule of severity `error` (default false: the check is recorded, the penetapan proceeds).
 *
 * @example
 * ```ts
 * const r = parseWorkflowConfig({ zonaWaktu: 'Asia/Makassar', keberatanHari: 21 });
 * ```
 */
export const WorkflowConfigSchema = z.strictObject({
  zonaWaktu: ZonaWaktuSchema.default('Asia/Jakarta'),
  batasSkp: z
    .strictObject({ bulan: z.number().int().min(1).max(12), hari: z.number().int().min(1).max(31) })
    .default({ bulan: 1, hari: 31 }),
  batasSkpTahun: z.record(z.string().regex(/^\d{4}$/), TanggalSchema).default({}),
  batasPengisianHari: z.number().int().min(0).max(366).default(10),
  keberatanHari: z.number().int().min(1).max(366).default(14),
  segmen: z.enum(['RATA_RATA_HARI', 'SEGMEN_TERPANJANG']).default('RATA_RATA_HARI'),
  kurvaWajib: z.boolean().default(false),
});

/** A workflow configuration with every default filled in (see {@link WorkflowConfigSchema}). */
export type WorkflowConfig = z.output<typeof WorkflowConfigSchema>;

/** A workflow configuration as callers write it: every field optional. */
export type WorkflowConfigInput = z.input<typeof WorkflowConfigSchema>;

/** How the SKP segments of a year give the annual predikat (see {@link WorkflowConfigSchema}). */
export type AturanSegmen = WorkflowConfig['segmen'];

/**
 * The defaults: WIB, SKP by 31 January, realisasi open 10 days after each window, keberatan
 * within 14 days, segments by day-weighted mean, kurva advisory.
 *
 * @example
 * ```ts
 * DEFAULT_WORKFLOW_CONFIG.keberatanHari; // 14
 * ```
 */
export const DEFAULT_WORKFLOW_CONFIG: WorkflowConfig = Object.freeze(WorkflowConfigSchema.parse({}));

/**
 * Parses a workflow configuration, filling in the defaults.
 *
 * @param input - anything; `undefined` gives the defaults.
 * @returns the configuration, or every issue found.
 * @example
 * ```ts
 * const r = parseWorkflowConfig({ batasPengisianHari: 5 });
 * if (r.ok) r.value.keberatanHari; // 14
 * ```
 */
export function parseWorkflowConfig(input: unknown): Result<WorkflowConfig> {
  return parseWith(WorkflowConfigSchema, input ?? {});
}

/**
 * The last day (inclusive) to set the SKP of a year: the year's entry of `batasSkpTahun`, else
 * `batasSkp` in that year (a day past the month's end is its last day).
 *
 * @param tahun - the SKP's year.
 * @param config - the workflow configuration (default {@link DEFAULT_WORKFLOW_CONFIG}).
 * @returns the date `YYYY-MM-DD`.
 * @example
 * ```ts
 * batasSkp(2026); // '2026-01-31'
 * batasSkp(2026, { ...DEFAULT_WORKFLOW_CONFIG, batasSkp: { bulan: 2, hari: 30 } }); // '2026-02-28'
 * ```
 */
export function batasSkp(tahun: number, config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG): string {
  const override = config.batasSkpTahun[String(tahun)];
  if (override !== undefined) return override;
  const { bulan, hari } = config.batasSkp;
  const d = Math.min(hari, daysInMonth(tahun, bulan));
  return `${String(tahun).padStart(4, '0')}-${String(bulan).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
