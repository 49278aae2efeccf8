import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { Skp } from '../model/skp';
import type { SkpRecord, SkpStatus } from './records';
import { notAllowed, omitFields, requireText } from './transition';
import { batasSkp, DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './workflow-config';

/**
 * The SKP statuses in which the pegawai may edit the content: `DRAFT`, `REVISI` (sent back for
 * revision) and `DITOLAK` (editing a rejected SKP makes it a `DRAFT` again).
 *
 * @example
 * ```ts
 * SKP_EDITABLE.includes('DISETUJUI'); // false
 * ```
 */
export const SKP_EDITABLE: readonly SkpStatus[] = ['DRAFT', 'REVISI', 'DITOLAK'];

/**
 * Whether an SKP in this status may be edited (see {@link SKP_EDITABLE}); an approved SKP is
 * locked except through a recorded revision ({@link reviseApprovedSkp}).
 *
 * @param status - the SKP's status.
 * @returns true for `DRAFT`, `REVISI` and `DITOLAK`.
 * @example
 * ```ts
 * isSkpEditable('REVISI'); // true
 * ```
 */
export function isSkpEditable(status: SkpStatus): boolean {
  return SKP_EDITABLE.includes(status);
}

/**
 * Replaces the content of an editable SKP. `DRAFT` and `REVISI` keep their status; a `DITOLAK`
 * SKP becomes a `DRAFT`. The SKP's id, pegawai and year cannot change.
 *
 * @param current - the stored SKP.
 * @param skp - the new content (already parsed).
 * @returns the next record (same version: the store increments it), `transition_not_allowed`
 *   when the SKP is submitted or approved, or `invalid_value` when an identifying field changed.
 * @example
 * ```ts
 * const r = editSkp(record, { ...record.skp, lampiran: { ...record.skp.lampiran, konsekuensi: ['…'] } });
 * ```
 */
export function editSkp(current: SkpRecord, skp: Skp): Result<SkpRecord> {
  if (!isSkpEditable(current.status)) return notAllowed('skp', current.status, 'skp.edit');
  const fixed = ['id', 'pegawaiId', 'tahun'] as const;
  const changed = fixed.filter((k) => skp[k] !== current.skp[k]);
  if (changed.length > 0) {
    return fail(
      changed.map((k) =>
        issue('invalid_value', ['skp', k], { options: [String(current.skp[k])], received: String(skp[k]) }),
      ),
    );
  }
  return ok({ ...current, skp, status: current.status === 'DITOLAK' ? 'DRAFT' : current.status });
}

/**
 * Submits an SKP to the pejabat penilai: `DRAFT` or `REVISI` → `DIAJUKAN`.
 *
 * @param current - the stored SKP.
 * @returns the next record, or `transition_not_allowed` from any other status (a rejected SKP
 *   must be edited first).
 * @example
 * ```ts
 * submitSkp(draft); // { ok: true, value: { …, status: 'DIAJUKAN' } }
 * ```
 */
export function submitSkp(current: SkpRecord): Result<SkpRecord> {
  if (current.status !== 'DRAFT' && current.status !== 'REVISI') {
    return notAllowed('skp', current.status, 'skp.submit');
  }
  return ok({ ...current, status: 'DIAJUKAN' });
}

/**
 * Approves a submitted SKP: `DIAJUKAN` → `DISETUJUI`, set by the pejabat penilai. The SKP is
 * then locked.
 *
 * @param current - the stored SKP.
 * @returns the next record (the last note removed), or `transition_not_allowed`.
 * @example
 * ```ts
 * approveSkp(submitted); // { ok: true, value: { …, status: 'DISETUJUI', ditetapkanOleh: 'PEJABAT_PENILAI' } }
 * ```
 */
export function approveSkp(current: SkpRecord): Result<SkpRecord> {
  if (current.status !== 'DIAJUKAN') return notAllowed('skp', current.status, 'skp.approve');
  return ok({ ...omitFields(current, 'catatan'), status: 'DISETUJUI', ditetapkanOleh: 'PEJABAT_PENILAI' });
}

/**
 * Rejects a submitted SKP with a reason: `DIAJUKAN` → `DITOLAK`.
 *
 * @param current - the stored SKP.
 * @param alasan - the reason, not blank (kept in `catatan`).
 * @returns the next record, `transition_not_allowed`, or `required` for a blank reason.
 * @example
 * ```ts
 * rejectSkp(submitted, 'RHK 2 tidak mengintervensi RHK atasan yang tepat');
 * ```
 */
export function rejectSkp(current: SkpRecord, alasan: string): Result<SkpRecord> {
  if (current.status !== 'DIAJUKAN') return notAllowed('skp', current.status, 'skp.reject');
  const text = requireText(alasan, 'alasan');
  if (!text.ok) return text;
  return ok({ ...current, status: 'DITOLAK', catatan: text.value });
}

/**
 * Sends a submitted SKP back to the pegawai for revision with a note: `DIAJUKAN` → `REVISI`.
 *
 * @param current - the stored SKP.
 * @param catatan - what to revise, not blank.
 * @returns the next record, `transition_not_allowed`, or `required` for a blank note.
 * @example
 * ```ts
 * returnSkpForRevision(submitted, 'Target IKI 1.1 terlalu rendah dibanding tahun lalu');
 * ```
 */
export function returnSkpForRevision(current: SkpRecord, catatan: string): Result<SkpRecord> {
  if (current.status !== 'DIAJUKAN') return notAllowed('skp', current.status, 'skp.return');
  const text = requireText(catatan, 'catatan');
  if (!text.ok) return text;
  return ok({ ...current, status: 'REVISI', catatan: text.value });
}

/**
 * Opens an approved SKP for a recorded revision: `DISETUJUI` → `REVISI`, `revisi` + 1, with the
 * reason. The revised SKP must be submitted and approved again.
 *
 * @param current - the stored SKP.
 * @param alasan - why the approved SKP is revised, not blank.
 * @returns the next record, `transition_not_allowed` unless approved, or `required`.
 * @example
 * ```ts
 * reviseApprovedSkp(approved, 'Perubahan Renstra: target PBB-P2 dinaikkan'); // revisi 0 → 1
 * ```
 */
export function reviseApprovedSkp(current: SkpRecord, alasan: string): Result<SkpRecord> {
  if (current.status !== 'DISETUJUI') return notAllowed('skp', current.status, 'skp.revise');
  const text = requireText(alasan, 'alasan');
  if (!text.ok) return text;
  return ok({
    ...omitFields(current, 'ditetapkanOleh'),
    status: 'REVISI',
    revisi: current.revisi + 1,
    catatan: text.value,
  });
}

/**
 * What the pengelola kinerja sets: the SKP content, its instansi and segment (for an SKP that
 * was never drafted; default segment 1).
 *
 * @example
 * ```ts
 * const p: PenetapanSkpPengelola = { instansiId: 'pemko-pekanbaru', skp };
 * ```
 */
export interface PenetapanSkpPengelola {
  readonly instansiId: string;
  readonly skp: Skp;
  readonly segmen?: number;
}

/**
 * The pengelola kinerja sets an SKP that the pegawai and the pejabat penilai did not set by the
 * deadline ({@link batasSkp}, default 31 January; §1.10): the SKP becomes `DISETUJUI`,
 * `ditetapkanOleh: 'PENGELOLA_KINERJA'`, whatever its status before (never drafted, draft,
 * submitted, rejected, in revision). An approved SKP is not replaced.
 *
 * @param current - the stored SKP, or `null` when none was drafted.
 * @param input - the content to set.
 * @param tanggal - today in the agency's zone (`YYYY-MM-DD`).
 * @param config - the workflow configuration (the deadline).
 * @returns the next record (a new one has version 0 until stored), `deadline_not_passed` on or
 *   before the deadline, or `transition_not_allowed` for an approved SKP.
 * @example
 * ```ts
 * setSkpByPengelola(null, { instansiId: 'pemko-pekanbaru', skp }, '2026-02-02'); // ok, DISETUJUI
 * setSkpByPengelola(null, { instansiId: 'pemko-pekanbaru', skp }, '2026-01-31'); // deadline_not_passed
 * ```
 */
export function setSkpByPengelola(
  current: SkpRecord | null,
  input: PenetapanSkpPengelola,
  tanggal: string,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): Result<SkpRecord> {
  const batas = batasSkp(input.skp.tahun, config);
  if (tanggal <= batas) return fail([issue('deadline_not_passed', [], { batas })]);
  if (current === null) {
    return ok({
      instansiId: input.instansiId,
      skp: input.skp,
      segmen: input.segmen ?? 1,
      status: 'DISETUJUI',
      revisi: 0,
      ditetapkanOleh: 'PENGELOLA_KINERJA',
      version: 0,
    });
  }
  if (current.status === 'DISETUJUI') return notAllowed('skp', current.status, 'skp.set_by_pengelola');
  if (input.skp.id !== current.skp.id || input.skp.pegawaiId !== current.skp.pegawaiId) {
    return fail([
      issue('invalid_value', ['skp', 'id'], { options: [current.skp.id], received: input.skp.id }),
    ]);
  }
  return ok({
    ...omitFields(current, 'catatan'),
    skp: input.skp,
    status: 'DISETUJUI',
    ditetapkanOleh: 'PENGELOLA_KINERJA',
  });
}

/**
 * A new SKP as the pegawai drafts it: `DRAFT`, no revision, version 0 until stored.
 *
 * @param instansiId - the instansi.
 * @param skp - the SKP (already parsed).
 * @param segmen - the segment of the pegawai's year (default 1).
 * @returns the record to insert.
 * @example
 * ```ts
 * newSkpDraft('pemko-pekanbaru', skp); // { instansiId, skp, segmen: 1, status: 'DRAFT', revisi: 0, version: 0 }
 * ```
 */
export function newSkpDraft(instansiId: string, skp: Skp, segmen = 1): SkpRecord {
  return { instansiId, skp, segmen, status: 'DRAFT', revisi: 0, version: 0 };
}
