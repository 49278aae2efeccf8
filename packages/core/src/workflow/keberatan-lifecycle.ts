import { KinerjaError } from '../errors/kinerja-error';
import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { tambahHari } from './hari';
import type { EvaluasiRecord, KeberatanRecord } from './records';
import { notAllowed, requireText } from './transition';
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './workflow-config';
import { tanggalLokal } from './zona-waktu';

/**
 * The last day (inclusive) a keberatan may be filed against an annual evaluation: the local
 * date (in the configured zone) on which the evaluation was signed (`dinilaiPada`), plus
 * `keberatanHari` calendar days (default 14 [U]).
 *
 * $$batas = tanggal(dinilaiPada) + keberatanHari$$
 *
 * @param evaluasi - the annual evaluation.
 * @param config - the workflow configuration.
 * @returns the date `YYYY-MM-DD`.
 * @throws {@link KinerjaError} `invalid_record` when `dinilaiPada` is not an ISO instant.
 * @example
 * ```ts
 * batasKeberatan({ ...evaluasi, dinilaiPada: '2027-01-05T09:00:00+07:00' }); // '2027-01-19'
 * ```
 */
export function batasKeberatan(
  evaluasi: Pick<EvaluasiRecord, 'id' | 'dinilaiPada'>,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): string {
  const d = tanggalLokal(evaluasi.dinilaiPada, config.zonaWaktu);
  if (!d.ok) {
    throw new KinerjaError('invalid_record', `evaluasi ${evaluasi.id}: dinilaiPada is not an ISO instant`);
  }
  return tambahHari(d.value, config.keberatanHari);
}

/**
 * What a pegawai files: the keberatan's id, the objector, the reason, and when.
 *
 * @example
 * ```ts
 * const p: PengajuanKeberatan = { id: 'kb-1', pegawaiId: 'p-1', alasan: 'Bukti dukung TW IV belum dipertimbangkan', diajukanPada: '2027-01-10T08:00:00+07:00' };
 * ```
 */
export interface PengajuanKeberatan {
  readonly id: string;
  readonly pegawaiId: string;
  readonly alasan: string;
  readonly diajukanPada: string;
}

/**
 * Files a keberatan against an annual evaluation that is `FINAL` or `DITETAPKAN`, on or before
 * {@link batasKeberatan}. The keberatan starts `DIAJUKAN`.
 *
 * Lifecycle: `DIAJUKAN` → `DIJELASKAN` (the pejabat penilai explains) → `DITERIMA` | `DITOLAK`
 * (the atasan pejabat penilai decides).
 *
 * @param evaluasi - the annual evaluation objected to.
 * @param pengajuan - who files, why and when.
 * @param tanggal - today in the agency's zone.
 * @param config - the workflow configuration (`keberatanHari`, `zonaWaktu`).
 * @returns the new keberatan (version 0 until stored), `transition_not_allowed` for a periodic or
 *   `DRAFT` evaluation, `keberatan_expired` after the deadline, or `required` for a blank reason.
 * @example
 * ```ts
 * fileKeberatan(evaluasi, { id: 'kb-1', pegawaiId: 'p-1', alasan: '…', diajukanPada: now }, '2027-01-10');
 * ```
 */
export function fileKeberatan(
  evaluasi: EvaluasiRecord,
  pengajuan: PengajuanKeberatan,
  tanggal: string,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): Result<KeberatanRecord> {
  if (evaluasi.jenis !== 'TAHUNAN') return notAllowed('evaluasi', evaluasi.jenis, 'keberatan.file');
  if (evaluasi.status === 'DRAFT') return notAllowed('evaluasi', evaluasi.status, 'keberatan.file');
  const batas = batasKeberatan(evaluasi, config);
  if (tanggal > batas) return fail([issue('keberatan_expired', [], { batas })]);
  const alasan = requireText(pengajuan.alasan, 'alasan');
  if (!alasan.ok) return alasan;
  return ok({
    instansiId: evaluasi.instansiId,
    id: pengajuan.id,
    evaluasiId: evaluasi.id,
    skpId: evaluasi.skpId,
    pegawaiId: pengajuan.pegawaiId,
    alasan: alasan.value,
    diajukanPada: pengajuan.diajukanPada,
    status: 'DIAJUKAN',
    version: 0,
  });
}

/**
 * The pejabat penilai explains the evaluation objected to: `DIAJUKAN` → `DIJELASKAN`.
 *
 * @param current - the stored keberatan.
 * @param penjelasan - the explanation, not blank.
 * @param pada - when (ISO instant).
 * @returns the next record, `transition_not_allowed`, or `required`.
 * @example
 * ```ts
 * explainKeberatan(k, 'Bukti dukung TW IV tidak memenuhi target kualitas', '2027-01-12T10:00:00+07:00');
 * ```
 */
export function explainKeberatan(
  current: KeberatanRecord,
  penjelasan: string,
  pada: string,
): Result<KeberatanRecord> {
  if (current.status !== 'DIAJUKAN') return notAllowed('keberatan', current.status, 'keberatan.explain');
  const text = requireText(penjelasan, 'penjelasan');
  if (!text.ok) return text;
  return ok({ ...current, status: 'DIJELASKAN', penjelasan: text.value, dijelaskanPada: pada });
}

/**
 * The decision of the atasan pejabat penilai on an explained keberatan.
 *
 * @example
 * ```ts
 * const k: KeputusanKeberatan = { diterima: true, alasan: 'Bukti dukung lengkap', olehId: 'p-lurah', pada: '2027-01-15T09:00:00+07:00' };
 * ```
 */
export interface KeputusanKeberatan {
  readonly diterima: boolean;
  readonly alasan: string;
  readonly olehId: string;
  readonly pada: string;
}

/**
 * The atasan pejabat penilai decides an explained keberatan: `DIJELASKAN` → `DITERIMA` (granted:
 * the evaluation is re-evaluated, {@link reviseEvaluasiByKeberatan}) or `DITOLAK`.
 *
 * @param current - the stored keberatan.
 * @param keputusan - granted or not, why, by whom, when.
 * @returns the next record, `transition_not_allowed` unless `DIJELASKAN`, or `required`.
 * @example
 * ```ts
 * decideKeberatan(k, { diterima: false, alasan: 'Penilaian sudah sesuai bukti dukung', olehId: 'p-lurah', pada: now });
 * ```
 */
export function decideKeberatan(
  current: KeberatanRecord,
  keputusan: KeputusanKeberatan,
): Result<KeberatanRecord> {
  if (current.status !== 'DIJELASKAN') return notAllowed('keberatan', current.status, 'keberatan.decide');
  const text = requireText(keputusan.alasan, 'alasan');
  if (!text.ok) return text;
  return ok({
    ...current,
    status: keputusan.diterima ? 'DITERIMA' : 'DITOLAK',
    alasanKeputusan: text.value,
    diputuskanOlehId: keputusan.olehId,
    diputuskanPada: keputusan.pada,
  });
}
