import type { EvaluasiRecord, Issue, KinerjaStore, RealisasiRecord, Result } from '@kinerja/core';
import { expect } from 'vitest';
import type { ContractData } from './contract-data';
import type { KinerjaStoreFactory, KinerjaStoreFixture } from './contract-fixture';

/**
 * Runs a test body on a fresh fixture and always cleans up.
 *
 * @param factory - the factory.
 * @param body - the test.
 * @returns when the body and the cleanup are done.
 */
export async function withStore(
  factory: KinerjaStoreFactory,
  body: (store: KinerjaStore, fixture: KinerjaStoreFixture) => Promise<void>,
): Promise<void> {
  const fixture = await factory();
  try {
    await body(fixture.store, fixture);
  } finally {
    await fixture.cleanup();
  }
}

/**
 * Asserts a successful result and returns its value.
 *
 * @param r - the result.
 * @returns the value.
 */
export function okValue<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got issues ${JSON.stringify(r.issues)}`);
  return r.value;
}

/**
 * Asserts a failed result and returns its issues.
 *
 * @param r - the result.
 * @returns the issues.
 */
export function issuesOf(r: Result<unknown>): readonly Issue[] {
  if (r.ok) throw new Error(`expected issues, got ok ${JSON.stringify(r.value).slice(0, 300)}`);
  return r.issues;
}

/**
 * Asserts a failed result with exactly one issue of the code (and params matching `params`).
 *
 * @param r - the result.
 * @param code - the expected code.
 * @param params - params the issue must match (a subset).
 */
export function expectIssue(
  r: Result<unknown>,
  code: Issue['code'],
  params: Record<string, unknown> = {},
): void {
  const issues = issuesOf(r);
  expect(issues.map((i) => i.code)).toEqual([code]);
  expect(issues[0]!.params).toMatchObject(params);
}

/**
 * Asserts a failed result whose issues are all `unknown_reference` and one of which names `id`
 * (a backend may also report references that depend on the missing one).
 *
 * @param r - the result.
 * @param id - the id that must be named.
 */
export function expectUnknownReference(r: Result<unknown>, id: string): void {
  const issues = issuesOf(r);
  expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['unknown_reference']));
  expect(issues.map((i) => (i.params as { id?: string }).id)).toContain(id);
}

/**
 * JavaScript string order (UTF-16 code units), the order the bulk reads promise.
 *
 * @param a - a string.
 * @param b - another.
 * @returns negative, zero or positive.
 * @example
 * ```ts
 * ['b', 'a'].sort(cmp); // ['a', 'b']
 * ```
 */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order of `listRealisasiUnit`: by SKP id, then by id.
 *
 * @param a - a realisasi.
 * @param b - another.
 * @returns negative, zero or positive.
 * @example
 * ```ts
 * expect(await store.listRealisasiUnit(i, units, 2026)).toEqual([...expected].sort(realisasiOrder));
 * ```
 */
export const realisasiOrder = (a: RealisasiRecord, b: RealisasiRecord): number =>
  cmp(a.realisasi.skpId, b.realisasi.skpId) || cmp(a.realisasi.id, b.realisasi.id);

/**
 * The order of `listEvaluasiUnit`: by SKP id, then by id.
 *
 * @param a - an evaluasi.
 * @param b - another.
 * @returns negative, zero or positive.
 * @example
 * ```ts
 * expect(await store.listEvaluasiUnit(i, units, 2026)).toEqual([...expected].sort(evaluasiOrder));
 * ```
 */
export const evaluasiOrder = (a: EvaluasiRecord, b: EvaluasiRecord): number =>
  cmp(a.skpId, b.skpId) || cmp(a.id, b.id);

/**
 * A list sorted by a key, for comparing lists whose order the port does not fix.
 *
 * @param list - the list.
 * @param key - the sort key.
 * @returns a sorted copy.
 */
export function sortBy<T>(list: readonly T[], key: (t: T) => string): T[] {
  return [...list].sort((a, b) => cmp(key(a), key(b)));
}

/**
 * Stores the master data of a contract data set (instansi, units, jabatan, pegawai) in one
 * transaction.
 *
 * @param store - the store.
 * @param d - the data.
 */
export async function seedMaster(store: KinerjaStore, d: ContractData): Promise<void> {
  await store.transaction(async (tx) => {
    okValue(await tx.saveInstansi(d.instansi));
    for (const u of d.unitKerja) okValue(await tx.saveUnitKerja(d.instansi.id, u));
    for (const j of d.jabatan) okValue(await tx.saveJabatan(d.instansi.id, j));
    for (const p of d.pegawai) okValue(await tx.savePegawai(d.instansi.id, p));
  });
}

/**
 * Stores everything of a contract data set: master data, the three SKP, realisasi, umpan balik,
 * evaluations, capaian organisasi, penetapan, keberatan, pembukaan periode and penugasan.
 *
 * @param store - the store.
 * @param d - the data.
 */
export async function seedAll(store: KinerjaStore, d: ContractData): Promise<void> {
  await seedMaster(store, d);
  await store.transaction(async (tx) => {
    for (const s of [d.skpCamat, d.skpLurah, d.skpPranata]) okValue(await tx.saveSkp(s, null));
    okValue(await tx.saveRealisasi(d.realisasi, null));
    okValue(await tx.saveRealisasi(d.realisasiNaratif, null));
    okValue(await tx.addUmpanBalik(d.umpanBalikRhk));
    okValue(await tx.addUmpanBalik(d.umpanBalikPerilaku));
    okValue(await tx.saveEvaluasi(d.evaluasiPeriodik, null));
    okValue(await tx.saveEvaluasi(d.evaluasiTahunan, null));
    okValue(await tx.saveCapaianOrganisasi(d.capaian, null));
    okValue(await tx.savePenetapan(d.penetapan));
    okValue(await tx.saveKeberatan(d.keberatan, null));
    okValue(await tx.savePembukaanPeriode(d.pembukaan));
    okValue(await tx.savePenugasan(d.penugasan));
  });
}
