import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { EvaluasiRecord } from './records';
import { notAllowed } from './transition';

/**
 * Where an evaluation belongs for the penetapan: the kurva unit of its SKP, the year, and whether
 * that unit's year was already frozen by a penetapan.
 *
 * @example
 * ```ts
 * const l: LingkupEvaluasi = { unitKerjaId: 'kec-senapelan.kel-sago', tahun: 2026, ditetapkan: false };
 * ```
 */
export interface LingkupEvaluasi {
  readonly unitKerjaId: string;
  readonly tahun: number;
  readonly ditetapkan: boolean;
}

/**
 * The pejabat penilai's ratings and the computed result of an evaluation: everything of an
 * {@link EvaluasiRecord} but its status and version.
 *
 * @example
 * ```ts
 * const p: PenilaianEvaluasi = { instansiId, id: 'skp-1/TAHUNAN', skpId: 'skp-1', jenis: 'TAHUNAN', periodeKe: null, … };
 * ```
 */
export type PenilaianEvaluasi = Omit<EvaluasiRecord, 'status' | 'version'>;

function frozen<T>(lingkup: LingkupEvaluasi): Result<T> {
  return fail([issue('penetapan_frozen', [], { unitKerjaId: lingkup.unitKerjaId, tahun: lingkup.tahun })]);
}

/**
 * Records the pejabat penilai's ratings: a new evaluation, or new ratings of a `DRAFT` one. With
 * `final` the evaluation becomes `FINAL` (signed); a `FINAL` evaluation is not rated again (only
 * a granted keberatan changes it, {@link reviseEvaluasiByKeberatan}), and nothing is rated once
 * the unit's year was frozen by its penetapan.
 *
 * Lifecycle: `DRAFT` → `FINAL` → `DITETAPKAN`.
 *
 * @param current - the stored evaluation, or `null` for the first rating.
 * @param penilaian - the ratings and result.
 * @param lingkup - the evaluation's kurva unit and year, and whether they are frozen.
 * @param final - make the evaluation `FINAL` (default false: `DRAFT`).
 * @returns the next record (a new one has version 0 until stored), `penetapan_frozen`, or
 *   `transition_not_allowed` for a `FINAL` evaluation.
 * @example
 * ```ts
 * rateEvaluasi(null, penilaian, { unitKerjaId: 'kel-sago', tahun: 2026, ditetapkan: false }, true); // FINAL
 * ```
 */
export function rateEvaluasi(
  current: EvaluasiRecord | null,
  penilaian: PenilaianEvaluasi,
  lingkup: LingkupEvaluasi,
  final = false,
): Result<EvaluasiRecord> {
  if (lingkup.ditetapkan || current?.status === 'DITETAPKAN') return frozen(lingkup);
  const status = final ? 'FINAL' : 'DRAFT';
  if (current === null) return ok({ ...penilaian, status, version: 0 });
  if (current.status !== 'DRAFT') return notAllowed('evaluasi', current.status, 'evaluasi.rate');
  if (current.id !== penilaian.id || current.skpId !== penilaian.skpId) {
    return fail([issue('invalid_value', ['id'], { options: [current.id], received: penilaian.id })]);
  }
  return ok({ ...penilaian, status, version: current.version });
}

/**
 * Makes a `DRAFT` evaluation `FINAL`: the pejabat penilai signs it, and `dinilaiPada` becomes the
 * moment of signing (the keberatan window counts from it).
 *
 * @param current - the stored evaluation.
 * @param lingkup - the evaluation's kurva unit and year, and whether they are frozen.
 * @param pada - when it is signed (ISO instant).
 * @returns the next record, `penetapan_frozen`, or `transition_not_allowed` unless `DRAFT`.
 * @example
 * ```ts
 * finalizeEvaluasi(draft, lingkup, '2027-01-06T10:00:00+07:00'); // { ok: true, value: { …, status: 'FINAL' } }
 * ```
 */
export function finalizeEvaluasi(
  current: EvaluasiRecord,
  lingkup: LingkupEvaluasi,
  pada: string,
): Result<EvaluasiRecord> {
  if (lingkup.ditetapkan || current.status === 'DITETAPKAN') return frozen(lingkup);
  if (current.status !== 'DRAFT') return notAllowed('evaluasi', current.status, 'evaluasi.finalize');
  return ok({ ...current, status: 'FINAL', dinilaiPada: pada });
}

/**
 * Freezes a `FINAL` evaluation in the penetapan of its unit's year: `FINAL` → `DITETAPKAN`.
 *
 * @param current - the stored evaluation.
 * @returns the next record, or `transition_not_allowed` unless `FINAL`.
 * @example
 * ```ts
 * tetapkanEvaluasi(final); // { ok: true, value: { …, status: 'DITETAPKAN' } }
 * ```
 */
export function tetapkanEvaluasi(current: EvaluasiRecord): Result<EvaluasiRecord> {
  if (current.status !== 'FINAL') return notAllowed('evaluasi', current.status, 'penetapan.make');
  return ok({ ...current, status: 'DITETAPKAN' });
}

/**
 * Re-evaluates a `FINAL` or `DITETAPKAN` annual evaluation after a granted keberatan: the
 * decided ratings replace the old ones, the status stays (a frozen year stays frozen). The old
 * evaluation remains in the audit log (before/after) and the record gets a new version.
 *
 * @param current - the stored evaluation the keberatan was filed against.
 * @param penilaian - the re-evaluated ratings and result.
 * @returns the next record, or `transition_not_allowed` for a `DRAFT` evaluation.
 * @example
 * ```ts
 * reviseEvaluasiByKeberatan(ditetapkan, { ...penilaianBaru }); // status stays 'DITETAPKAN'
 * ```
 */
export function reviseEvaluasiByKeberatan(
  current: EvaluasiRecord,
  penilaian: PenilaianEvaluasi,
): Result<EvaluasiRecord> {
  if (current.status === 'DRAFT') return notAllowed('evaluasi', current.status, 'keberatan.decide');
  if (current.id !== penilaian.id || current.skpId !== penilaian.skpId) {
    return fail([issue('invalid_value', ['id'], { options: [current.id], received: penilaian.id })]);
  }
  return ok({ ...penilaian, status: current.status, version: current.version });
}
