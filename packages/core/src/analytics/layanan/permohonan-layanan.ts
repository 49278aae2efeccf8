import { z } from 'zod';
import { parseWith } from '../../issues/from-zod';
import { type Issue, issue } from '../../issues/issue';
import type { Result } from '../../issues/result';
import { IdSchema } from '../../model/ids';
import { addIssues } from '../../model/refine';
import { isExistingDate } from '../../model/tanggal';

/**
 * The status of a citizen's service request (permohonan layanan) in the service register:
 * `SELESAI` (completed), `DITOLAK` (rejected), `DIPROSES` (still in process), `DIBATALKAN`
 * (withdrawn or cancelled).
 *
 * @example
 * ```ts
 * StatusPermohonanSchema.parse('SELESAI');
 * ```
 */
export const StatusPermohonanSchema = z.enum(['SELESAI', 'DITOLAK', 'DIPROSES', 'DIBATALKAN']);

/**
 * The status of a service request: `SELESAI`, `DITOLAK`, `DIPROSES` or `DIBATALKAN`.
 *
 * @example
 * ```ts
 * const status: StatusPermohonan = 'DIPROSES';
 * ```
 */
export type StatusPermohonan = z.infer<typeof StatusPermohonanSchema>;

// A date YYYY-MM-DD, optionally followed by a time of day and an offset, which are ignored.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** A calendar date as written in the register; a time of day after it is accepted and dropped. */
const TanggalLayananSchema = z
  .string()
  .refine(
    (s) => {
      const m = DATE_TIME.exec(s);
      return m !== null && isExistingDate(Number(m[1]), Number(m[2]), Number(m[3]));
    },
    { error: 'invalid_date', abort: true },
  )
  .transform((s) => s.slice(0, 10));

/**
 * One citizen's service request from a service register (e.g. a kecamatan's PATEN desk): what
 * was asked (`jenisLayanan`, free text such as `'SURAT_KETERANGAN_DOMISILI'`), when it came in and
 * when it was finished, its status, and the petugas (the pegawai) who handled it.
 *
 * Dates are calendar dates `YYYY-MM-DD`; a time of day after the date
 * (`2026-01-15T09:30:00+07:00`, `2026-01-15 09:30`) is accepted and ignored — the date as written
 * counts, so store local office dates, not UTC. Columns not listed here (the applicant's name,
 * NIK, …) are dropped.
 *
 * Checked beyond the shape: a `SELESAI` request has a `selesaiPada` (`required`), and
 * `selesaiPada` is not before `diterimaPada` (`invalid_interval`, at `selesaiPada`).
 *
 * @example
 * ```ts
 * PermohonanLayananSchema.parse({
 *   id: 'PTN-2026-0001', jenisLayanan: 'SURAT_KETERANGAN_DOMISILI', diterimaPada: '2026-01-02T10:15:00+07:00',
 *   selesaiPada: '2026-01-05', status: 'SELESAI', petugasId: 'peg-017',
 * });
 * // { …, diterimaPada: '2026-01-02', selesaiPada: '2026-01-05', … }
 * ```
 */
export const PermohonanLayananSchema = z
  .object({
    id: IdSchema,
    jenisLayanan: z.string().trim().min(1),
    diterimaPada: TanggalLayananSchema,
    selesaiPada: TanggalLayananSchema.nullable().optional(),
    status: StatusPermohonanSchema,
    petugasId: IdSchema,
  })
  .superRefine((p, ctx) => {
    const issues: Issue[] = [];
    const selesai = p.selesaiPada ?? null;
    if (p.status === 'SELESAI' && selesai === null) issues.push(issue('required', ['selesaiPada'], {}));
    if (selesai !== null && selesai < p.diterimaPada) {
      issues.push(issue('invalid_interval', ['selesaiPada'], { start: p.diterimaPada, end: selesai }));
    }
    addIssues(ctx, issues);
  });

/**
 * A service request as callers write it (dates may carry a time of day).
 *
 * @example
 * ```ts
 * const p: PermohonanLayananInput = {
 *   id: 'PTN-2026-0002', jenisLayanan: 'SURAT_PENGANTAR_SKCK', diterimaPada: '2026-01-05 08:05',
 *   status: 'DIPROSES', petugasId: 'peg-017',
 * };
 * ```
 */
export type PermohonanLayananInput = z.input<typeof PermohonanLayananSchema>;

/**
 * A validated service request: dates `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const p: PermohonanLayanan = PermohonanLayananSchema.parse(input);
 * p.selesaiPada; // '2026-01-05', null or undefined
 * ```
 */
export type PermohonanLayanan = z.output<typeof PermohonanLayananSchema>;

/**
 * Parses one service request from outside data (a register row).
 *
 * @param input - anything.
 * @param basePath - a prefix for issue paths, e.g. the row index `[12]`.
 * @returns the request, or every issue found, each with its path.
 * @example
 * ```ts
 * const r = parsePermohonanLayanan(row, [12]);
 * if (!r.ok) r.issues[0]?.path; // e.g. [12, 'selesaiPada']
 * ```
 */
export function parsePermohonanLayanan(
  input: unknown,
  basePath: readonly (string | number)[] = [],
): Result<PermohonanLayanan> {
  return parseWith(PermohonanLayananSchema, input, basePath);
}
