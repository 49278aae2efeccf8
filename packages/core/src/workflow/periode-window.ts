import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { type JendelaPeriode, periodeWindows } from '../model/periode';
import type { Skp } from '../model/skp';
import { tambahHari } from './hari';
import type { PembukaanPeriodeRecord } from './records';
import { requireText } from './transition';
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './workflow-config';

/**
 * A periodic window of an SKP segment: the window of the year, the part of it the segment
 * covers, and the last day its realisasi may be entered.
 *
 * @example
 * ```ts
 * const j: JendelaSkp = { ke: 1, awal: '2026-01-01', akhir: '2026-03-31', akhirTahun: false, akhirSegmen: '2026-03-31', batas: '2026-04-10' };
 * ```
 */
export interface JendelaSkp extends JendelaPeriode {
  /** The window's last day within the segment: the earlier of the window's end and the segment's. */
  readonly akhirSegmen: string;
  /** The last day (inclusive) of entry: `akhirSegmen` + `batasPengisianHari`. */
  readonly batas: string;
}

/**
 * The periodic window `periodeKe` of an SKP segment and its entry deadline: the window must
 * overlap the segment (a segment that starts on 1 July has no first quarter). The deadline
 * counts from the window's end, or from the segment's end when the segment ends inside it (a
 * mutasi closes the window early):
 *
 * $$batas = \min(akhir_{jendela}, akhir_{segmen}) + batasPengisianHari$$
 *
 * @param skp - the SKP segment (its year, windows and period).
 * @param periodeKe - the window, 1-based.
 * @param config - the workflow configuration (`batasPengisianHari`, default 10 [U]).
 * @returns the window, or `periode_unknown` when the SKP has no such window.
 * @example
 * ```ts
 * jendelaSkp(skp, 1); // { ok: true, value: { ke: 1, …, batas: '2026-04-10' } }
 * ```
 */
export function jendelaSkp(
  skp: Pick<Skp, 'tahun' | 'jenisPeriodik' | 'periodeAwal' | 'periodeAkhir'>,
  periodeKe: number,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): Result<JendelaSkp> {
  const w = periodeWindows({ tahun: skp.tahun, jenisPeriodik: skp.jenisPeriodik })[periodeKe - 1];
  if (w === undefined || w.awal > skp.periodeAkhir || w.akhir < skp.periodeAwal) {
    return fail([issue('periode_unknown', ['periodeKe'], { periodeKe })]);
  }
  // Dates `YYYY-MM-DD` compare as text: the earlier of the two ends.
  let akhirSegmen = w.akhir;
  if (skp.periodeAkhir < akhirSegmen) akhirSegmen = skp.periodeAkhir;
  return ok({ ...w, akhirSegmen, batas: tambahHari(akhirSegmen, config.batasPengisianHari) });
}

/**
 * Whether realisasi of a window may be entered today: on or before the window's deadline
 * ({@link jendelaSkp}), or later while a recorded reopening of that window by the pengelola
 * kinerja lasts (until its `sampai`, inclusive).
 *
 * @param skp - the SKP segment.
 * @param periodeKe - the window.
 * @param tanggal - today in the agency's zone (`YYYY-MM-DD`).
 * @param pembukaan - the recorded reopenings of the SKP's windows.
 * @param config - the workflow configuration.
 * @returns the window (with its deadline), `periode_closed` with the deadline, or
 *   `periode_unknown`.
 * @example
 * ```ts
 * checkPeriodeOpen(skp, 1, '2026-04-11', []); // periode_closed { periodeKe: 1, batas: '2026-04-10' }
 * ```
 */
export function checkPeriodeOpen(
  skp: Pick<Skp, 'id' | 'tahun' | 'jenisPeriodik' | 'periodeAwal' | 'periodeAkhir'>,
  periodeKe: number,
  tanggal: string,
  pembukaan: readonly PembukaanPeriodeRecord[],
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): Result<JendelaSkp> {
  const j = jendelaSkp(skp, periodeKe, config);
  if (!j.ok) return j;
  if (tanggal <= j.value.batas) return j;
  const reopened = pembukaan.some(
    (p) => p.skpId === skp.id && p.periodeKe === periodeKe && tanggal <= p.sampai,
  );
  if (reopened) return j;
  return fail([issue('periode_closed', ['periodeKe'], { periodeKe, batas: j.value.batas })]);
}

/**
 * What the pengelola kinerja records to reopen a window: the record's id, who, why, when, and
 * the last day of entry.
 *
 * @example
 * ```ts
 * const b: PembukaanInput = { id: 'bk-1', dibukaOlehId: 'p-bkpsdm', alasan: 'Sakit', dibukaPada: now, sampai: '2026-04-30' };
 * ```
 */
export interface PembukaanInput {
  readonly id: string;
  readonly dibukaOlehId: string;
  readonly alasan: string;
  readonly dibukaPada: string;
  readonly sampai: string;
}

/**
 * Records the reopening of a window of an SKP segment until `sampai` (inclusive), which must
 * not be before today.
 *
 * @param skp - the SKP segment and its instansi.
 * @param periodeKe - the window.
 * @param input - the reopening.
 * @param tanggal - today in the agency's zone.
 * @param config - the workflow configuration.
 * @returns the record, `periode_unknown`, `invalid_interval` when `sampai` is before today, or
 *   `required` for a blank reason.
 * @example
 * ```ts
 * reopenPeriode({ instansiId, skp }, 1, { id: 'bk-1', dibukaOlehId: 'p-bkpsdm', alasan: 'Sakit', dibukaPada: now, sampai: '2026-04-30' }, '2026-04-20');
 * ```
 */
export function reopenPeriode(
  skp: { readonly instansiId: string; readonly skp: Skp },
  periodeKe: number,
  input: PembukaanInput,
  tanggal: string,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): Result<PembukaanPeriodeRecord> {
  const j = jendelaSkp(skp.skp, periodeKe, config);
  if (!j.ok) return j;
  if (input.sampai < tanggal) {
    return fail([issue('invalid_interval', ['sampai'], { start: tanggal, end: input.sampai })]);
  }
  const alasan = requireText(input.alasan, 'alasan');
  if (!alasan.ok) return alasan;
  return ok({
    instansiId: skp.instansiId,
    id: input.id,
    skpId: skp.skp.id,
    periodeKe,
    dibukaOlehId: input.dibukaOlehId,
    alasan: alasan.value,
    dibukaPada: input.dibukaPada,
    sampai: input.sampai,
  });
}
