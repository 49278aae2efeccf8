import { z } from 'zod';
import { daysInMonth } from './tanggal';

/** How an agency splits the year into periodic windows: monthly, quarterly or by semester. */
export const JenisPeriodikSchema = z.enum(['BULANAN', 'TRIWULANAN', 'SEMESTERAN']);
/** The periodic windows' kind. */
export type JenisPeriodik = z.infer<typeof JenisPeriodikSchema>;

/**
 * An evaluation year and how it is split into periodic windows.
 *
 * @example
 * ```ts
 * PeriodeSchema.parse({ tahun: 2026, jenisPeriodik: 'TRIWULANAN' });
 * ```
 */
export const PeriodeSchema = z.object({
  tahun: z.number().int().min(2000).max(2200),
  jenisPeriodik: JenisPeriodikSchema.default('TRIWULANAN'),
});
/** An evaluation year and its periodic windows' kind. */
export type Periode = z.output<typeof PeriodeSchema>;

/** One periodic window: its number in the year (1-based) and its first and last day, inclusive. */
export interface JendelaPeriode {
  readonly ke: number;
  readonly awal: string;
  readonly akhir: string;
  /** Whether this is the last window of the year (TRIWULAN IV-AKHIR). */
  readonly akhirTahun: boolean;
}

const MONTHS_PER_WINDOW: Record<JenisPeriodik, number> = { BULANAN: 1, TRIWULANAN: 3, SEMESTERAN: 6 };

/**
 * The number of periodic windows in a year.
 *
 * @param jenis - monthly, quarterly or semester.
 * @returns 12, 4 or 2.
 * @example
 * ```ts
 * jumlahPeriode('TRIWULANAN'); // 4
 * ```
 */
export function jumlahPeriode(jenis: JenisPeriodik): number {
  return 12 / MONTHS_PER_WINDOW[jenis];
}

/**
 * The periodic windows of a year as closed calendar intervals (`2026-01-01` … `2026-03-31`).
 *
 * @param periode - the year and the kind of windows.
 * @returns the windows in order.
 * @example
 * ```ts
 * periodeWindows({ tahun: 2026, jenisPeriodik: 'SEMESTERAN' });
 * // [{ ke: 1, awal: '2026-01-01', akhir: '2026-06-30', akhirTahun: false }, { ke: 2, … akhirTahun: true }]
 * ```
 */
export function periodeWindows(periode: Periode): JendelaPeriode[] {
  const step = MONTHS_PER_WINDOW[periode.jenisPeriodik];
  const out: JendelaPeriode[] = [];
  const y = periode.tahun;
  for (let first = 1, ke = 1; first <= 12; first += step, ke++) {
    const last = first + step - 1;
    out.push({
      ke,
      awal: `${y}-${String(first).padStart(2, '0')}-01`,
      akhir: `${y}-${String(last).padStart(2, '0')}-${String(daysInMonth(y, last)).padStart(2, '0')}`,
      akhirTahun: last === 12,
    });
  }
  return out;
}
