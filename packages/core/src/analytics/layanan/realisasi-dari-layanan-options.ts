import { z } from 'zod';
import { HitunganHariKerjaSchema } from '../../calendar/hitungan-hari-kerja';
import { KalenderKerjaSchema } from '../../calendar/kalender-kerja';
import { RoundingSchema } from '../../decimal/rounding';
import { type Issue, issue } from '../../issues/issue';
import { IdSchema } from '../../model/ids';
import { addIssues } from '../../model/refine';
import { TanggalSchema } from '../../model/tanggal';
import { StandarWaktuSchema } from './standar-waktu';
import { UKURAN_LAYANAN } from './ukuran-layanan';

/**
 * What to do with register rows that fail validation: `FAIL` (default) — the result fails with
 * every issue; `EXCLUDE` — the rows are left out and their issues come back as warnings in
 * `trace.flags`.
 *
 * @example
 * ```ts
 * BarisTidakValidSchema.parse('EXCLUDE');
 * ```
 */
export const BarisTidakValidSchema = z.enum(['FAIL', 'EXCLUDE']);

/**
 * What to do with invalid register rows: `FAIL` or `EXCLUDE`.
 *
 * @example
 * ```ts
 * const invalidRows: BarisTidakValid = 'FAIL';
 * ```
 */
export type BarisTidakValid = z.infer<typeof BarisTidakValidSchema>;

/**
 * Which indikator kinerja individu each measure feeds (measure → `indikatorId`); measures not
 * listed produce no realisasi. Two measures may not feed the same indikator.
 *
 * @example
 * ```ts
 * IndikatorLayananSchema.parse({ JUMLAH_SELESAI: 'iki-1', RATA_RATA_HARI: 'iki-3' });
 * ```
 */
export const IndikatorLayananSchema = z.strictObject({
  JUMLAH_DITERIMA: IdSchema.optional(),
  JUMLAH_SELESAI: IdSchema.optional(),
  JUMLAH_TEPAT_WAKTU: IdSchema.optional(),
  PERSEN_TEPAT_WAKTU: IdSchema.optional(),
  MEDIAN_HARI: IdSchema.optional(),
  RATA_RATA_HARI: IdSchema.optional(),
});

/**
 * The measure → indikator mapping, see {@link IndikatorLayananSchema}.
 *
 * @example
 * ```ts
 * const indikator: IndikatorLayanan = { PERSEN_TEPAT_WAKTU: 'iki-2' };
 * ```
 */
export type IndikatorLayanan = z.output<typeof IndikatorLayananSchema>;

/**
 * The options of {@link realisasiDariLayanan}:
 * - `petugasId` — whose requests count (the pegawai who handled them);
 * - `awal`, `akhir` — the window, a closed interval of dates (a periodic window of the SKP);
 * - `standarWaktu` — the service standard in working days, per `jenisLayanan` with a default;
 * - `kalender` — the agency's weekend days and holidays (default Saturday and Sunday, no holidays);
 * - `hitungan` — the counting convention (default `EXCLUSIVE_START`: the day of receipt is not
 *   counted, decision 0017);
 * - `rounding` — how the share in percent and the mean are rounded for display and for the
 *   realisasi (default 2 decimals half-up; `null`: exact values everywhere);
 * - `indikator` — measure → `indikatorId` for the ready-made realisasi;
 * - `invalidRows` — `FAIL` (default) or `EXCLUDE`.
 *
 * @example
 * ```ts
 * RealisasiDariLayananOptionsSchema.parse({
 *   petugasId: 'peg-017', awal: '2026-01-01', akhir: '2026-03-31',
 *   standarWaktu: { default: 3, jenisLayanan: { SURAT_KETERANGAN_DOMISILI: 1 } },
 *   kalender: { hariLibur: ['2026-01-01', '2026-01-16', '2026-02-16', '2026-02-17'] },
 *   indikator: { JUMLAH_SELESAI: 'iki-1', PERSEN_TEPAT_WAKTU: 'iki-2', RATA_RATA_HARI: 'iki-3' },
 * });
 * ```
 */
export const RealisasiDariLayananOptionsSchema = z
  .object({
    petugasId: IdSchema,
    awal: TanggalSchema,
    akhir: TanggalSchema,
    standarWaktu: StandarWaktuSchema,
    kalender: KalenderKerjaSchema.prefault({}),
    hitungan: HitunganHariKerjaSchema.default('EXCLUSIVE_START'),
    rounding: RoundingSchema.nullable().default(() => ({ scale: 2, mode: 'HALF_UP' as const })),
    indikator: IndikatorLayananSchema.prefault({}),
    invalidRows: BarisTidakValidSchema.default('FAIL'),
  })
  .superRefine((o, ctx) => {
    const issues: Issue[] = [];
    if (o.akhir < o.awal) issues.push(issue('invalid_interval', ['akhir'], { start: o.awal, end: o.akhir }));
    const used = new Set<string>();
    for (const ukuran of UKURAN_LAYANAN) {
      const id = o.indikator[ukuran];
      if (id === undefined) continue;
      if (used.has(id)) issues.push(issue('duplicate_id', ['indikator', ukuran], { id }));
      used.add(id);
    }
    addIssues(ctx, issues);
  });

/**
 * The options of {@link realisasiDariLayanan} as callers write them.
 *
 * @example
 * ```ts
 * const options: RealisasiDariLayananOptions = {
 *   petugasId: 'peg-017', awal: '2026-01-01', akhir: '2026-03-31', standarWaktu: { default: 3 },
 *   indikator: { MEDIAN_HARI: 'iki-3' },
 * };
 * ```
 */
export type RealisasiDariLayananOptions = z.input<typeof RealisasiDariLayananOptionsSchema>;
