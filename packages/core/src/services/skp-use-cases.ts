import { issue } from '../issues/issue';
import { fail, type Result } from '../issues/result';
import { type Skp, SkpSchema } from '../model/skp';
import type { KinerjaTx } from '../ports/kinerja-store';
import type { Action, Principal } from '../workflow/policy';
import type { SkpRecord } from '../workflow/records';
import {
  approveSkp,
  editSkp,
  newSkpDraft,
  rejectSkp,
  returnSkpForRevision,
  reviseApprovedSkp,
  setSkpByPengelola,
  submitSkp,
} from '../workflow/skp-lifecycle';
import { KinerjaServiceInputs } from './service-inputs';
import {
  audit,
  authorizeSkp,
  checkCascade,
  expectedVersion,
  inTransaction,
  loadSkp,
  parseInput,
  type Sekarang,
  type ServiceDeps,
  sekarang,
} from './service-support';

/** @internal The SKP use cases. */
export function skpUseCases(deps: ServiceDeps) {
  /** Loads, authorises, transitions, saves and audits one SKP. */
  async function step(
    principal: Principal,
    skpId: string,
    version: number | undefined,
    action: Action,
    transition: (current: SkpRecord) => Result<SkpRecord>,
  ): Promise<Result<SkpRecord>> {
    const now = sekarang(deps);
    return inTransaction(deps, async (tx) => {
      const current = await loadSkp(tx, principal.instansiId, skpId);
      if (!current.ok) return current;
      const allowed = await authorizeSkp(tx, principal, action, current.value.skp, now);
      if (!allowed.ok) return allowed;
      const next = transition(current.value);
      if (!next.ok) return next;
      const saved = await tx.saveSkp(next.value, expectedVersion({ version }, current.value));
      if (saved.ok) await audit(tx, principal, now, action, 'skp', skpId, current.value, saved.value);
      return saved;
    });
  }

  return {
    async getSkp(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.getSkp, input);
      if (!parsed.ok) return parsed;
      const now = sekarang(deps);
      const current = await loadSkp(deps.store, principal.instansiId, parsed.value.skpId);
      if (!current.ok) return current;
      const allowed = await authorizeSkp(deps.store, principal, 'skp.read', current.value.skp, now);
      return allowed.ok ? current : allowed;
    },

    async draftSkp(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.draftSkp, input);
      if (!parsed.ok) return parsed;
      const skp = parseInput(SkpSchema, parsed.value.skp, ['skp']);
      if (!skp.ok) return skp;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const allowed = await authorizeNewSkp(tx, principal, 'skp.draft', skp.value, now);
        if (!allowed.ok) return allowed;
        const existing = await tx.listSkpPegawai(instansiId, skp.value.pegawaiId, skp.value.tahun);
        if (existing.length > 0) {
          return fail([
            issue('duplicate_key', ['skp'], {
              entity: 'skp',
              key: `${skp.value.pegawaiId}/${skp.value.tahun}`,
            }),
          ]);
        }
        const cascade = await checkCascade(tx, instansiId, skp.value);
        if (!cascade.ok) return cascade;
        const saved = await tx.saveSkp(newSkpDraft(instansiId, skp.value), null);
        if (saved.ok) await audit(tx, principal, now, 'skp.draft', 'skp', skp.value.id, null, saved.value);
        return saved;
      });
    },

    async updateSkp(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.updateSkp, input);
      if (!parsed.ok) return parsed;
      const skp = parseInput(SkpSchema, parsed.value.skp, ['skp']);
      if (!skp.ok) return skp;
      const now = sekarang(deps);
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, principal.instansiId, parsed.value.skpId);
        if (!current.ok) return current;
        const allowed = await authorizeSkp(tx, principal, 'skp.edit', current.value.skp, now);
        if (!allowed.ok) return allowed;
        const next = editSkp(current.value, skp.value);
        if (!next.ok) return next;
        // The new content's links must be valid links of a draft (e.g. not the owner as penilai).
        const links = await authorizeSkp(tx, principal, 'skp.draft', skp.value, now);
        if (!links.ok) return links;
        const cascade = await checkCascade(tx, principal.instansiId, skp.value);
        if (!cascade.ok) return cascade;
        const saved = await tx.saveSkp(next.value, expectedVersion(parsed.value, current.value));
        if (saved.ok)
          await audit(tx, principal, now, 'skp.edit', 'skp', skp.value.id, current.value, saved.value);
        return saved;
      });
    },

    async submitSkp(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.langkahSkp, input);
      if (!parsed.ok) return parsed;
      return step(principal, parsed.value.skpId, parsed.value.version, 'skp.submit', submitSkp);
    },

    async approveSkp(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.langkahSkp, input);
      if (!parsed.ok) return parsed;
      return step(principal, parsed.value.skpId, parsed.value.version, 'skp.approve', approveSkp);
    },

    async rejectSkp(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.alasanSkp, input);
      if (!parsed.ok) return parsed;
      const { skpId, version, alasan } = parsed.value;
      return step(principal, skpId, version, 'skp.reject', (c) => rejectSkp(c, alasan));
    },

    async returnSkp(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.returnSkp, input);
      if (!parsed.ok) return parsed;
      const { skpId, version, catatan } = parsed.value;
      return step(principal, skpId, version, 'skp.return', (c) => returnSkpForRevision(c, catatan));
    },

    async reviseSkp(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.alasanSkp, input);
      if (!parsed.ok) return parsed;
      const { skpId, version, alasan } = parsed.value;
      return step(principal, skpId, version, 'skp.revise', (c) => reviseApprovedSkp(c, alasan));
    },

    async setSkpByPengelola(principal: Principal, input: unknown): Promise<Result<SkpRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.setSkpByPengelola, input);
      if (!parsed.ok) return parsed;
      const skp = parseInput(SkpSchema, parsed.value.skp, ['skp']);
      if (!skp.ok) return skp;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const allowed = await authorizeNewSkp(tx, principal, 'skp.set_by_pengelola', skp.value, now);
        if (!allowed.ok) return allowed;
        const current = (await tx.getSkp(instansiId, skp.value.id)) ?? null;
        if (current === null) {
          const others = await tx.listSkpPegawai(instansiId, skp.value.pegawaiId, skp.value.tahun);
          if (others.length > 0) {
            return fail([
              issue('duplicate_key', ['skp'], {
                entity: 'skp',
                key: `${skp.value.pegawaiId}/${skp.value.tahun}`,
              }),
            ]);
          }
        }
        const next = setSkpByPengelola(current, { instansiId, skp: skp.value }, now.tanggal, deps.config);
        if (!next.ok) return next;
        const cascade = await checkCascade(tx, instansiId, skp.value);
        if (!cascade.ok) return cascade;
        const saved = await tx.saveSkp(next.value, expectedVersion(parsed.value, current));
        if (saved.ok) {
          await audit(tx, principal, now, 'skp.set_by_pengelola', 'skp', skp.value.id, current, saved.value);
        }
        return saved;
      });
    },
  };
}

/**
 * @internal An SKP written whole (drafted, or set by the pengelola): its pegawai must exist, then
 * the policy decides.
 */
async function authorizeNewSkp(
  tx: KinerjaTx,
  principal: Principal,
  action: 'skp.draft' | 'skp.set_by_pengelola',
  skp: Skp,
  now: Sekarang,
): Promise<Result<true>> {
  if ((await tx.getPegawai(principal.instansiId, skp.pegawaiId)) === undefined) {
    return fail([issue('not_found', ['skp', 'pegawaiId'], { entity: 'pegawai', id: skp.pegawaiId })]);
  }
  return authorizeSkp(tx, principal, action, skp, now);
}
