import { createKurvaUnitResolver } from '../analytics/kurva-unit-of';
import { KinerjaError } from '../errors/kinerja-error';
import { parseWith } from '../issues/from-zod';
import { type Issue, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { CapaianKinerjaOrganisasi } from '../model/capaian-kinerja-organisasi';
import type { Skp } from '../model/skp';
import type { UnitKerja } from '../model/unit-kerja';
import type { KinerjaReader, KinerjaStore, KinerjaTx } from '../ports/kinerja-store';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { LingkupEvaluasi } from '../workflow/evaluasi-lifecycle';
import {
  type Action,
  authorize,
  type PolicyContext,
  type PolicyTarget,
  type Principal,
  type SkpLink,
} from '../workflow/policy';
import type { SkpRecord } from '../workflow/records';
import type { WorkflowConfig } from '../workflow/workflow-config';
import { tanggalLokal } from '../workflow/zona-waktu';

/** @internal What every use case needs: the store, the clock, the rule pack, the configuration. */
export interface ServiceDeps {
  readonly store: KinerjaStore;
  readonly clock: () => string;
  readonly pack: RulePack62022;
  readonly config: WorkflowConfig;
}

/** @internal "Now", read once per use case: the instant and the local date in the agency's zone. */
export interface Sekarang {
  readonly waktu: string;
  readonly tanggal: string;
}

/** @internal Reads the injected clock; a clock that does not give an ISO instant is a broken invariant. */
export function sekarang(deps: ServiceDeps): Sekarang {
  const waktu = deps.clock();
  const t = tanggalLokal(waktu, deps.config.zonaWaktu);
  if (!t.ok)
    throw new KinerjaError('invalid_clock', `the clock gave ${JSON.stringify(waktu)}, not an ISO instant`);
  return { waktu, tanggal: t.value };
}

/** @internal Parses a use case's input (anything) with a zod schema. */
export const parseInput = parseWith;

/** @internal The id the audit log names for a principal: the pegawai, else the account. */
export function actorIdOf(principal: Principal): string {
  const id = principal.pegawaiId ?? principal.userId;
  if (id === null || id === undefined || id === '') {
    throw new KinerjaError('principal_without_id', 'a principal that writes needs a pegawaiId or a userId');
  }
  return id;
}

/** @internal Appends one audit entry for a state change. */
export async function audit(
  tx: KinerjaTx,
  principal: Principal,
  now: Sekarang,
  action: string,
  entity: string,
  entityId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.appendAudit({
    instansiId: principal.instansiId,
    at: now.waktu,
    actorId: actorIdOf(principal),
    action,
    entity,
    entityId,
    before: before ?? null,
    after: after ?? null,
  });
}

/** @internal Runs a use case in one transaction; a failed result rolls it back. */
export function inTransaction<T>(
  deps: ServiceDeps,
  fn: (tx: KinerjaTx) => Promise<Result<T>>,
): Promise<Result<T>> {
  return deps.store.transaction(fn);
}

/** @internal `not_found` for an entity. */
export function notFound<T>(entity: string, id: string, path: (string | number)[] = []): Result<T> {
  return fail([issue('not_found', path, { entity, id })]);
}

/** @internal Loads an SKP of the principal's instansi. */
export async function loadSkp(
  r: KinerjaReader,
  instansiId: string,
  skpId: string,
): Promise<Result<SkpRecord>> {
  const record = await r.getSkp(instansiId, skpId);
  return record === undefined ? notFound('skp', skpId, ['skpId']) : ok(record);
}

/** @internal The links of an SKP, as the policy reads them. */
export function linkOf(skp: Pick<Skp, 'pegawaiId' | 'pejabatPenilaiId' | 'atasanPejabatPenilaiId'>): SkpLink {
  return {
    pegawaiId: skp.pegawaiId,
    pejabatPenilaiId: skp.pejabatPenilaiId,
    atasanPejabatPenilaiId: skp.atasanPejabatPenilaiId,
  };
}

/**
 * @internal The SKP links of the chain above an SKP for its year: the SKP of its pejabat penilai
 * and atasan, of theirs, and so on (every segment).
 */
async function chainLinks(
  r: KinerjaReader,
  instansiId: string,
  tahun: number,
  start: SkpLink,
): Promise<SkpLink[]> {
  const links: SkpLink[] = [];
  const seen = new Set<string>([start.pegawaiId]);
  const queue = [start.pejabatPenilaiId, start.atasanPejabatPenilaiId];
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === null || id === undefined || seen.has(id)) continue;
    seen.add(id);
    for (const s of await r.listSkpPegawai(instansiId, id, tahun)) {
      links.push(linkOf(s.skp));
      queue.push(s.skp.pejabatPenilaiId, s.skp.atasanPejabatPenilaiId);
    }
  }
  return links;
}

/** @internal Builds the policy's facts for a target (the chain above an SKP, for its year). */
export async function policyContext(
  r: KinerjaReader,
  instansiId: string,
  tanggal: string,
  chain?: { readonly tahun: number; readonly link: SkpLink },
): Promise<PolicyContext> {
  const [unitKerja, jabatan, pegawai, penugasan, skpLinks] = await Promise.all([
    r.listUnitKerja(instansiId),
    r.listJabatan(instansiId),
    r.listPegawai(instansiId),
    r.listPenugasan(instansiId, tanggal),
    chain ? chainLinks(r, instansiId, chain.tahun, chain.link) : Promise.resolve([]),
  ]);
  return { tanggal, unitKerja, jabatan, pegawai, penugasan, skpLinks };
}

/** @internal Authorises an action on an SKP (its links and chain). */
export async function authorizeSkp(
  r: KinerjaReader,
  principal: Principal,
  action: Action,
  skp: Pick<Skp, 'pegawaiId' | 'pejabatPenilaiId' | 'atasanPejabatPenilaiId' | 'tahun'>,
  now: Sekarang,
): Promise<Result<true>> {
  const link = linkOf(skp);
  const context = await policyContext(r, principal.instansiId, now.tanggal, { tahun: skp.tahun, link });
  return authorize(principal, action, { kind: 'skp', instansiId: principal.instansiId, skp: link }, context);
}

/** @internal Authorises an action on a unit kerja, an instansi or a pegawai. */
export async function authorizeOther(
  r: KinerjaReader,
  principal: Principal,
  action: Action,
  target: PolicyTarget,
  now: Sekarang,
): Promise<Result<true>> {
  const context = await policyContext(r, principal.instansiId, now.tanggal);
  return authorize(principal, action, target, context);
}

/**
 * @internal The cascading check of a drafted SKP: the atasan pejabat penilai must be a pegawai
 * (`not_found`), the pejabat penilai's SKP of the year must
 * exist (`skp_atasan_missing`) and every RHK must intervene one of its RHK (`required` /
 * `rhk_atasan_unknown`). An SKP without a pejabat penilai in the system is exempt.
 */
export async function checkCascade(
  r: KinerjaReader,
  instansiId: string,
  skp: Skp,
  path: (string | number)[] = ['skp'],
): Promise<Result<true>> {
  if (
    skp.atasanPejabatPenilaiId !== null &&
    (await r.getPegawai(instansiId, skp.atasanPejabatPenilaiId)) === undefined
  ) {
    return fail([
      issue('not_found', [...path, 'atasanPejabatPenilaiId'], {
        entity: 'pegawai',
        id: skp.atasanPejabatPenilaiId,
      }),
    ]);
  }
  if (skp.pejabatPenilaiId === null) return ok(true);
  const atasan = await r.listSkpPegawai(instansiId, skp.pejabatPenilaiId, skp.tahun);
  if (atasan.length === 0) {
    return fail([
      issue('skp_atasan_missing', [...path, 'pejabatPenilaiId'], {
        pejabatPenilaiId: skp.pejabatPenilaiId,
        tahun: skp.tahun,
      }),
    ]);
  }
  const known = new Set(atasan.flatMap((s) => s.skp.rencanaHasilKerja.map((rhk) => rhk.id)));
  const issues: Issue[] = [];
  skp.rencanaHasilKerja.forEach((rhk, i) => {
    const p = [...path, 'rencanaHasilKerja', i, 'rhkAtasanId'];
    if (rhk.rhkAtasanId === null) issues.push(issue('required', p, {}));
    else if (!known.has(rhk.rhkAtasanId)) {
      issues.push(issue('rhk_atasan_unknown', p, { rhkId: rhk.id, rhkAtasanId: rhk.rhkAtasanId }));
    }
  });
  return issues.length > 0 ? fail(issues) : ok(true);
}

/** @internal The predikat organisasi of every unit of a tree for a year. */
export async function capaianOf(
  r: KinerjaReader,
  instansiId: string,
  units: readonly UnitKerja[],
  tahun: number,
): Promise<CapaianKinerjaOrganisasi[]> {
  const found = await Promise.all(units.map((u) => r.getCapaianOrganisasi(instansiId, u.id, tahun)));
  return found.flatMap((c) => (c === undefined ? [] : [c.capaian]));
}

/** @internal The pegawai's SKP segments of a year, ordered by segment. */
export async function segmenOf(
  r: KinerjaReader,
  instansiId: string,
  pegawaiId: string,
  tahun: number,
): Promise<SkpRecord[]> {
  const list = await r.listSkpPegawai(instansiId, pegawaiId, tahun);
  return [...list].sort((a, b) => a.segmen - b.segmen);
}

/**
 * @internal Where an SKP's evaluations belong for the penetapan: the kurva unit of the pegawai's
 * last segment of the year (the unit itself or its nearest ancestor with a predikat
 * organisasi), and whether its year was frozen.
 */
export async function lingkupOf(r: KinerjaReader, instansiId: string, skp: Skp): Promise<LingkupEvaluasi> {
  const segmen = await segmenOf(r, instansiId, skp.pegawaiId, skp.tahun);
  const unitKerjaId = segmen[segmen.length - 1]?.skp.unitKerjaId ?? skp.unitKerjaId;
  const units = await r.listUnitKerja(instansiId);
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: UnitKerja[] = [];
  let u = byId.get(unitKerjaId);
  // The length bound guards against a cycle in a malformed tree.
  while (u !== undefined && path.length <= units.length) {
    path.push(u);
    u = u.indukId === null ? undefined : byId.get(u.indukId);
  }
  const resolve = createKurvaUnitResolver(units, await capaianOf(r, instansiId, path, skp.tahun));
  const kurva = resolve(unitKerjaId, skp.tahun);
  if (kurva === null) return { unitKerjaId, tahun: skp.tahun, ditetapkan: false };
  const penetapan = await r.getPenetapan(instansiId, kurva.unit.id, skp.tahun);
  return { unitKerjaId: kurva.unit.id, tahun: skp.tahun, ditetapkan: penetapan !== undefined };
}

/** @internal A scoring result as plain JSON (what an evaluation record stores). */
export function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** @internal The expected version of a save: the caller's, else the loaded record's, else insert. */
export function expectedVersion(
  input: { readonly version?: number | undefined },
  current: { readonly version: number } | undefined | null,
): number | null {
  return input.version ?? current?.version ?? null;
}
