import { KinerjaError } from '../errors/kinerja-error';
import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { Jabatan } from '../model/jabatan';
import type { Pegawai } from '../model/pegawai';
import type { UnitKerja } from '../model/unit-kerja';
import type { PenugasanRecord } from './records';

/**
 * The roles a principal may hold: `PEGAWAI` (acts as a pegawai: owner, pejabat penilai, atasan,
 * leader of a unit, by the links of the data), `PENGELOLA_KINERJA` (the HR unit: reads the whole
 * instansi, reopens windows, sets SKP after the deadline, records mutasi and Plt/Plh; never
 * rates), `ADMIN` (administration: reads, audit, reopenings, mutasi, Plt/Plh; never rates).
 *
 * @example
 * ```ts
 * ROLES.includes('ADMIN'); // true
 * ```
 */
export const ROLES = ['PEGAWAI', 'PENGELOLA_KINERJA', 'ADMIN'] as const;

/** A role, see {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/**
 * Who acts: the pegawai (or `null` for an account that is no pegawai), the roles, the instansi.
 * `userId` names an account without a pegawai in the audit log.
 *
 * @example
 * ```ts
 * const camat: Principal = { pegawaiId: 'peg-197309122001012045', roles: ['PEGAWAI'], instansiId: 'pemko-pekanbaru' };
 * ```
 */
export interface Principal {
  readonly pegawaiId: string | null;
  readonly roles: readonly Role[];
  readonly instansiId: string;
  readonly userId?: string;
}

/**
 * Everything a principal may be authorised to do.
 *
 * @example
 * ```ts
 * const a: Action = 'evaluasi.rate';
 * ```
 */
export const ACTIONS = [
  'skp.read',
  'skp.draft',
  'skp.edit',
  'skp.submit',
  'skp.approve',
  'skp.reject',
  'skp.return',
  'skp.revise',
  'skp.set_by_pengelola',
  'skp.mutasi',
  'realisasi.write',
  'periode.reopen',
  'umpan_balik.give',
  'evaluasi.rate',
  'predikat_organisasi.set',
  'kurva.check',
  'penetapan.make',
  'keberatan.file',
  'keberatan.explain',
  'keberatan.decide',
  'penugasan.record',
  'audit.read',
] as const;

/** An action, see {@link ACTIONS}. */
export type Action = (typeof ACTIONS)[number];

/** The actions on a unit kerja; the others act on an SKP, except `audit.read` (the instansi). */
const UNIT_ACTIONS: ReadonlySet<Action> = new Set([
  'predikat_organisasi.set',
  'kurva.check',
  'penetapan.make',
]);

/**
 * The links of an SKP that decide who may act on it: its pegawai, pejabat penilai and atasan
 * pejabat penilai (`null` where the rater is outside the system).
 *
 * @example
 * ```ts
 * const link: SkpLink = { pegawaiId: 'p-staf', pejabatPenilaiId: 'p-kasi', atasanPejabatPenilaiId: 'p-lurah' };
 * ```
 */
export interface SkpLink {
  readonly pegawaiId: string;
  readonly pejabatPenilaiId: string | null;
  readonly atasanPejabatPenilaiId: string | null;
}

/**
 * What an action is done to: an SKP (by its links), a unit kerja, a pegawai (the one assigned
 * as Plt/Plh, for `penugasan.record`), or the instansi (`audit.read`).
 *
 * @example
 * ```ts
 * const t: PolicyTarget = { kind: 'skp', instansiId: 'pemko-pekanbaru', skp: link };
 * ```
 */
export type PolicyTarget =
  | { readonly kind: 'skp'; readonly instansiId: string; readonly skp: SkpLink }
  | { readonly kind: 'unit'; readonly instansiId: string; readonly unitKerjaId: string }
  | { readonly kind: 'pegawai'; readonly instansiId: string; readonly pegawaiId: string }
  | { readonly kind: 'instansi'; readonly instansiId: string };

/**
 * The facts the policy reads: today's date, the unit tree, the jabatan (which is a unit's
 * leader), who holds which jabatan, the SKP links of the chain above the target (the SKP of
 * the target's pejabat penilai, of that one's pejabat penilai, …, for the year), and the Plt/Plh
 * assignments.
 *
 * @example
 * ```ts
 * const ctx: PolicyContext = { tanggal: '2026-03-02', unitKerja, jabatan, pegawai, skpLinks: [], penugasan: [] };
 * ```
 */
export interface PolicyContext {
  /** Today in the agency's zone (`YYYY-MM-DD`): a Plt/Plh acts while `mulai ≤ tanggal ≤ selesai`. */
  readonly tanggal: string;
  readonly unitKerja: readonly Pick<UnitKerja, 'id' | 'indukId'>[];
  readonly jabatan: readonly Pick<Jabatan, 'id' | 'unitKerjaId' | 'pimpinanUnit'>[];
  readonly pegawai: readonly Pick<Pegawai, 'id' | 'jabatanId'>[];
  readonly skpLinks: readonly SkpLink[];
  readonly penugasan: readonly PenugasanRecord[];
}

/**
 * Why an action is forbidden (the `reason` of the `forbidden` issue):
 * `other_instansi` (the target belongs to another instansi), `self` (rating, approving, judging
 * or administering one's own SKP or unit), `outside_chain` (reading outside one's chain),
 * `not_owner`, `not_penilai`, `not_atasan_penilai`, `penilai_cannot_decide` (the pejabat penilai
 * deciding a keberatan against his or her own rating), `not_leader_above` (predikat organisasi),
 * `not_pimpinan_unit` (penetapan), `role_required`.
 */
export type ForbiddenReason =
  | 'other_instansi'
  | 'self'
  | 'outside_chain'
  | 'not_owner'
  | 'not_penilai'
  | 'not_atasan_penilai'
  | 'penilai_cannot_decide'
  | 'not_leader_above'
  | 'not_pimpinan_unit'
  | 'role_required';

const has = (p: Principal, role: Role) => p.roles.includes(role);

/** What a principal acts as today: the pegawai, and the jabatan held or acted in (Plt/Plh). */
interface Acting {
  readonly pegawaiId: string | null;
  /** Jabatan acted in by an active Plt/Plh assignment. */
  readonly plt: ReadonlySet<string>;
  /** Own jabatan plus {@link plt}. */
  readonly jabatan: ReadonlySet<string>;
  readonly jabatanOf: ReadonlyMap<string, string>;
}

function acting(principal: Principal, context: PolicyContext): Acting {
  const jabatanOf = new Map<string, string>();
  for (const p of context.pegawai) jabatanOf.set(p.id, p.jabatanId);
  const asPegawai = has(principal, 'PEGAWAI') ? principal.pegawaiId : null;
  const plt = new Set<string>();
  const jabatan = new Set<string>();
  if (asPegawai !== null) {
    const own = jabatanOf.get(asPegawai);
    if (own !== undefined) jabatan.add(own);
    for (const t of context.penugasan) {
      if (
        t.pegawaiId === asPegawai &&
        t.instansiId === principal.instansiId &&
        t.mulai <= context.tanggal &&
        context.tanggal <= t.selesai
      ) {
        plt.add(t.jabatanId);
        jabatan.add(t.jabatanId);
      }
    }
  }
  return { pegawaiId: asPegawai, plt, jabatan, jabatanOf };
}

/** Whether the principal acts as pegawai `id`: is it, or acts (Plt/Plh) in its jabatan. */
function actsAs(a: Acting, id: string | null): boolean {
  if (id === null || a.pegawaiId === null) return false;
  if (a.pegawaiId === id) return true;
  const j = a.jabatanOf.get(id);
  return j !== undefined && a.plt.has(j);
}

/** Whether the principal leads a unit: holds or acts in a jabatan that leads it. */
function leads(a: Acting, unitKerjaId: string, context: PolicyContext): boolean {
  if (a.pegawaiId === null) return false;
  return context.jabatan.some((j) => j.pimpinanUnit && j.unitKerjaId === unitKerjaId && a.jabatan.has(j.id));
}

/** The pegawai above an SKP: its pejabat penilai, atasan, and their chain upwards. */
function chainAbove(skp: SkpLink, context: PolicyContext): Set<string> {
  const out = new Set<string>();
  const queue: string[] = [];
  const push = (id: string | null) => {
    if (id !== null && id !== skp.pegawaiId && !out.has(id)) {
      out.add(id);
      queue.push(id);
    }
  };
  push(skp.pejabatPenilaiId);
  push(skp.atasanPejabatPenilaiId);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const l of context.skpLinks) {
      if (l.pegawaiId === id) {
        push(l.pejabatPenilaiId);
        push(l.atasanPejabatPenilaiId);
      }
    }
  }
  return out;
}

function ancestors(unitKerjaId: string, context: PolicyContext): string[] {
  const byId = new Map(context.unitKerja.map((u) => [u.id, u]));
  const out: string[] = [];
  let current = byId.get(unitKerjaId);
  for (let steps = 0; current?.indukId != null && steps <= byId.size; steps++) {
    out.push(current.indukId);
    current = byId.get(current.indukId);
  }
  return out;
}

function decideSkp(
  action: Action,
  p: Principal,
  skp: SkpLink,
  context: PolicyContext,
): ForbiddenReason | null {
  const a = acting(p, context);
  const owner = a.pegawaiId !== null && a.pegawaiId === skp.pegawaiId;
  const self = p.pegawaiId !== null && p.pegawaiId === skp.pegawaiId;
  switch (action) {
    case 'skp.read': {
      if (owner || has(p, 'PENGELOLA_KINERJA') || has(p, 'ADMIN')) return null;
      for (const id of chainAbove(skp, context)) if (actsAs(a, id)) return null;
      return 'outside_chain';
    }
    case 'skp.draft':
      if (!owner) return 'not_owner';
      return skp.pejabatPenilaiId === skp.pegawaiId || skp.atasanPejabatPenilaiId === skp.pegawaiId
        ? 'self'
        : null;
    case 'skp.edit':
    case 'skp.submit':
    case 'realisasi.write':
    case 'keberatan.file':
      return owner ? null : 'not_owner';
    case 'skp.revise':
      if (owner) return null;
      return actsAs(a, skp.pejabatPenilaiId) ? null : 'not_owner';
    case 'skp.approve':
    case 'skp.reject':
    case 'skp.return':
    case 'umpan_balik.give':
    case 'evaluasi.rate':
    case 'keberatan.explain':
      if (self) return 'self';
      return actsAs(a, skp.pejabatPenilaiId) ? null : 'not_penilai';
    case 'keberatan.decide':
      if (self) return 'self';
      if (actsAs(a, skp.pejabatPenilaiId)) return 'penilai_cannot_decide';
      return actsAs(a, skp.atasanPejabatPenilaiId) ? null : 'not_atasan_penilai';
    case 'skp.set_by_pengelola':
      if (!has(p, 'PENGELOLA_KINERJA')) return 'role_required';
      return self ? 'self' : null;
    case 'periode.reopen':
      if (!has(p, 'PENGELOLA_KINERJA') && !has(p, 'ADMIN')) return 'role_required';
      return self ? 'self' : null;
    case 'skp.mutasi':
      return has(p, 'PENGELOLA_KINERJA') || has(p, 'ADMIN') ? null : 'role_required';
    default:
      throw new KinerjaError('invalid_policy_target', `action ${action} does not act on an SKP`);
  }
}

function decideUnit(
  action: Action,
  p: Principal,
  unitKerjaId: string,
  context: PolicyContext,
): ForbiddenReason | null {
  const a = acting(p, context);
  switch (action) {
    case 'predikat_organisasi.set': {
      if (leads(a, unitKerjaId, context)) return 'self';
      const parent = context.unitKerja.find((u) => u.id === unitKerjaId)?.indukId;
      if (parent === undefined) return 'not_leader_above';
      // A root unit's leader one level up is outside the system (e.g. the wali kota): the
      // pengelola kinerja records that decision.
      if (parent === null) return has(p, 'PENGELOLA_KINERJA') ? null : 'not_leader_above';
      return leads(a, parent, context) ? null : 'not_leader_above';
    }
    case 'penetapan.make':
      return leads(a, unitKerjaId, context) ? null : 'not_pimpinan_unit';
    case 'kurva.check':
      if (has(p, 'PENGELOLA_KINERJA') || has(p, 'ADMIN')) return null;
      return [unitKerjaId, ...ancestors(unitKerjaId, context)].some((u) => leads(a, u, context))
        ? null
        : 'outside_chain';
    default:
      throw new KinerjaError('invalid_policy_target', `action ${action} does not act on a unit kerja`);
  }
}

/**
 * May this principal do this action to this target? One pure function for every use case,
 * deciding from the data alone: the principal's roles, the target SKP's links (owner, pejabat
 * penilai, atasan pejabat penilai, the chain above), the unit tree and its leaders (a jabatan
 * with `pimpinanUnit`), and the Plt/Plh assignments active today (a Plt/Plh of a jabatan acts
 * as its holder: as pejabat penilai of its bawahan, as leader of its unit).
 *
 * | Action | Allowed to |
 * |---|---|
 * | `skp.read` | owner, anyone above in the chain, pengelola kinerja, admin |
 * | `skp.draft`, `skp.edit`, `skp.submit`, `realisasi.write`, `keberatan.file` | owner |
 * | `skp.revise` | owner, pejabat penilai |
 * | `skp.approve`, `skp.reject`, `skp.return`, `umpan_balik.give`, `evaluasi.rate`, `keberatan.explain` | pejabat penilai |
 * | `keberatan.decide` | atasan pejabat penilai (never the pejabat penilai) |
 * | `skp.set_by_pengelola` | pengelola kinerja |
 * | `periode.reopen`, `skp.mutasi` | pengelola kinerja, admin |
 * | `penugasan.record` | pengelola kinerja, admin; never for oneself |
 * | `predikat_organisasi.set` | leader of the parent unit; for a root unit, the pengelola kinerja |
 * | `penetapan.make` | leader of the unit |
 * | `kurva.check` | leader of the unit or of a unit above it, pengelola kinerja, admin |
 * | `audit.read` | pengelola kinerja, admin |
 *
 * Always: another instansi is forbidden (`other_instansi`); no one approves, rates, judges or
 * administers his or her own SKP, nor sets the predikat organisasi of the unit he or she leads
 * (`self`). Relations (owner, penilai, leader) count only for a principal with the `PEGAWAI`
 * role; the pengelola kinerja and the admin never rate through their roles.
 *
 * @param principal - who acts.
 * @param action - what.
 * @param target - to what: an SKP's links, a unit, or the instansi.
 * @param context - the facts (see {@link PolicyContext}).
 * @returns `ok(true)`, or a `forbidden` issue `{ action, reason }` (see {@link ForbiddenReason}).
 * @throws {@link KinerjaError} `invalid_policy_target` when the target's kind does not fit the action.
 * @example
 * ```ts
 * const r = authorize(kasi, 'evaluasi.rate', { kind: 'skp', instansiId, skp: stafSkp }, ctx);
 * if (!r.ok) r.issues[0]; // { code: 'forbidden', params: { action: 'evaluasi.rate', reason: 'not_penilai' } }
 * ```
 */
export function authorize(
  principal: Principal,
  action: Action,
  target: PolicyTarget,
  context: PolicyContext,
): Result<true> {
  let reason: ForbiddenReason | null;
  if (principal.instansiId !== target.instansiId) {
    reason = 'other_instansi';
  } else if (action === 'audit.read') {
    if (target.kind !== 'instansi')
      throw new KinerjaError('invalid_policy_target', 'audit.read acts on an instansi');
    reason = has(principal, 'PENGELOLA_KINERJA') || has(principal, 'ADMIN') ? null : 'role_required';
  } else if (action === 'penugasan.record') {
    if (target.kind !== 'pegawai')
      throw new KinerjaError('invalid_policy_target', 'penugasan.record acts on a pegawai');
    if (!has(principal, 'PENGELOLA_KINERJA') && !has(principal, 'ADMIN')) reason = 'role_required';
    else reason = principal.pegawaiId !== null && principal.pegawaiId === target.pegawaiId ? 'self' : null;
  } else if (UNIT_ACTIONS.has(action)) {
    if (target.kind !== 'unit')
      throw new KinerjaError('invalid_policy_target', `${action} acts on a unit kerja`);
    reason = decideUnit(action, principal, target.unitKerjaId, context);
  } else {
    if (target.kind !== 'skp') throw new KinerjaError('invalid_policy_target', `${action} acts on an SKP`);
    reason = decideSkp(action, principal, target.skp, context);
  }
  return reason === null ? ok(true) : fail([issue('forbidden', [], { action, reason })]);
}
