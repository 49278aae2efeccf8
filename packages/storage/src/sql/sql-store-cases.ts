import { fail, issue, KinerjaError, type RealisasiRecord, type SkpRecord, toCanonical } from '@kinerja/core';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { contractData, INSTANSI_A } from '../testing/contract-data';
import { FOREIGN_KEYS, UNIQUE_CONSTRAINTS } from './constraints';
import type { SqlKinerjaStore } from './create-sql-store';
import type { KinerjaDatabase } from './kinerja-database';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE, migrateDown, migrateToLatest } from './migrate';

/** A store for one test and how to dispose of it. */
export interface SqlStoreFixture {
  readonly store: SqlKinerjaStore;
  cleanup(): Promise<void>;
}

/** What a dialect's tests provide to {@link sqlStoreCases}. */
export interface SqlStoreCaseOptions {
  /** A new, empty, migrated store. */
  open(): Promise<SqlStoreFixture>;
  /** A comparable description of the schema: tables, columns, types, constraints, indexes. */
  schema(db: Kysely<KinerjaDatabase>): Promise<unknown>;
  /** The schema's unique constraints as `table(col,…)` and foreign keys as `table(col,…)->ref(col,…)`. */
  keys(db: Kysely<KinerjaDatabase>): Promise<{ unique: string[]; foreignKeys: string[] }>;
  /** The names of the tables in the schema. */
  tables(db: Kysely<KinerjaDatabase>): Promise<string[]>;
}

const I = INSTANSI_A.id;

async function withFixture(options: SqlStoreCaseOptions, body: (store: SqlKinerjaStore) => Promise<void>) {
  const fixture = await options.open();
  try {
    await body(fixture.store);
  } finally {
    await fixture.cleanup();
  }
}

async function seed(store: SqlKinerjaStore) {
  const d = contractData(INSTANSI_A);
  await store.transaction(async (tx) => {
    await tx.saveInstansi(d.instansi);
    for (const u of d.unitKerja) await tx.saveUnitKerja(I, u);
    for (const j of d.jabatan) await tx.saveJabatan(I, j);
    for (const p of d.pegawai) await tx.savePegawai(I, p);
    const r = await tx.saveSkp(d.skpLurah, null);
    expect(r.ok).toBe(true);
    return r;
  });
  return d;
}

/** Every value reachable from `value` that is an `Error` (none may be in a result). */
function errorsIn(value: unknown, out: unknown[] = []): unknown[] {
  if (value instanceof Error) out.push(value);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) errorsIn(v, out);
  return out;
}

/** A decimal string (possibly with a sign, leading and trailing zeros) for round trips. */
const decimalText = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.bigInt({ min: 0n, max: 10n ** 30n }),
    fc.integer({ min: 0, max: 20 }),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([sign, digits, scale, pad]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    const whole = text.slice(0, text.length - scale);
    const frac = text.slice(text.length - scale);
    return `${sign}${'0'.repeat(pad)}${whole}${frac ? `.${frac}${'0'.repeat(pad)}` : ''}`;
  });

/**
 * The tests every SQL dialect runs beside the contract suite: migrations (up, down, up leave the
 * same schema), the constraint registry against the real schema, exact decimals, optimistic
 * updates that leave a row untouched, rollback, and driver errors that never leak raw.
 * Call inside a `describe`.
 *
 * @param options - how to open a store and read its schema.
 * @example
 * ```ts
 * describe('sqlite', () => sqlStoreCases({ open, schema, keys, tables }));
 * ```
 */
export function sqlStoreCases(options: SqlStoreCaseOptions): void {
  it('migrations: down drops every table, up again recreates the same schema, and a second up does nothing', async () => {
    await withFixture(options, async (store) => {
      const before = await options.schema(store.db);
      expect((await options.tables(store.db)).length).toBeGreaterThanOrEqual(18);
      const down = await migrateDown(store.db);
      expect(down.results.map((r) => [r.migrationName, r.direction, r.status])).toEqual([
        ['0001-initial', 'Down', 'Success'],
      ]);
      expect((await options.tables(store.db)).sort()).toEqual([MIGRATION_TABLE, MIGRATION_LOCK_TABLE].sort());
      const up = await migrateToLatest(store.db);
      expect(up.results.map((r) => [r.migrationName, r.direction, r.status])).toEqual([
        ['0001-initial', 'Up', 'Success'],
      ]);
      expect(await options.schema(store.db)).toEqual(before);
      expect((await migrateToLatest(store.db)).results).toEqual([]);
    });
  });

  it('the constraint registry names exactly the schema’s keys (the error mapping relies on it)', async () => {
    await withFixture(options, async (store) => {
      const actual = await options.keys(store.db);
      const unique = UNIQUE_CONSTRAINTS.map((c) => `${c.table}(${c.columns.join(',')})`).sort();
      const foreignKeys = FOREIGN_KEYS.map(
        (f) => `${f.table}(${f.columns.join(',')})->${f.refTable}(${f.refColumns.join(',')})`,
      ).sort();
      expect(actual.unique.filter((u) => !u.startsWith('kinerja_migration')).sort()).toEqual(unique);
      expect(actual.foreignKeys.sort()).toEqual(foreignKeys);
    });
  });

  it('decimals round-trip as their exact canonical strings', async () => {
    await withFixture(options, async (store) => {
      const d = await seed(store);
      const rhk = d.skpLurah.skp.rencanaHasilKerja[0]!;
      const skp: SkpRecord = {
        ...d.skpLurah,
        skp: {
          ...d.skpLurah.skp,
          rencanaHasilKerja: [
            {
              ...rhk,
              indikator: [
                { ...rhk.indikator[0]!, target: { jenis: 'TUNGGAL', nilai: '0.1' } },
                {
                  ...rhk.indikator[1]!,
                  target: { jenis: 'RENTANG', min: '-0', max: '123456789012345678901234.5678' },
                },
              ],
            },
            ...d.skpLurah.skp.rencanaHasilKerja.slice(1),
          ],
        },
      };
      const saved = await store.transaction((tx) => tx.saveSkp(skp, 1));
      expect(saved.ok).toBe(true);
      const back = (await store.getSkp(I, skp.skp.id))!.skp.rencanaHasilKerja[0]!.indikator;
      expect(back[0]!.target).toEqual({ jenis: 'TUNGGAL', nilai: '0.1' });
      expect(back[1]!.target).toEqual({ jenis: 'RENTANG', min: '0', max: '123456789012345678901234.5678' });
      // What the save returned is what a read returns.
      expect(saved.ok && saved.value.skp.rencanaHasilKerja[0]!.indikator).toEqual(back);

      let version: number | null = null;
      await fc.assert(
        fc.asyncProperty(decimalText, async (nilai) => {
          const record: RealisasiRecord = {
            instansiId: I,
            realisasi: {
              id: 'r-desimal',
              skpId: skp.skp.id,
              indikatorId: rhk.indikator[0]!.id,
              periodeKe: 4,
              nilai,
              buktiDukung: [],
            },
            version: 0,
          };
          const r = await store.transaction((tx) => tx.saveRealisasi(record, version));
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          version = r.value.version;
          const stored = (await store.listRealisasi(I, skp.skp.id)).find(
            (x) => x.realisasi.id === 'r-desimal',
          );
          expect(stored?.realisasi.nilai).toBe(toCanonical(nilai));
          expect(r.value.realisasi.nilai).toBe(toCanonical(nilai));
        }),
        { numRuns: 60 },
      );
    });
  });

  it('a stale version is a version_conflict and leaves the stored row as it was', async () => {
    await withFixture(options, async (store) => {
      const d = await seed(store);
      const v2 = await store.transaction((tx) => tx.saveSkp({ ...d.skpLurah, status: 'DIAJUKAN' }, 1));
      expect(v2.ok && v2.value.version).toBe(2);
      const stale = await store.transaction((tx) =>
        tx.saveSkp({ ...d.skpLurah, status: 'DITOLAK', catatan: 'Target kurang jelas' }, 1),
      );
      expect(stale).toEqual(
        fail([
          issue('version_conflict', [], { entity: 'skp', id: d.skpLurah.skp.id, expected: 1, actual: 2 }),
        ]),
      );
      expect(await store.getSkp(I, d.skpLurah.skp.id)).toEqual({
        ...d.skpLurah,
        status: 'DIAJUKAN',
        version: 2,
      });
      const raw = await store.db
        .selectFrom('skp')
        .select(['status', 'version', 'catatan'])
        .where('instansi_id', '=', I)
        .where('id', '=', d.skpLurah.skp.id)
        .executeTakeFirstOrThrow();
      expect(raw).toEqual({ status: 'DIAJUKAN', version: 2, catatan: null });
      // A record that does not exist is a conflict too, never a silent insert.
      const missing = await store.transaction((tx) =>
        tx.saveSkp({ ...d.skpLurah, skp: { ...d.skpLurah.skp, id: 'skp-tidak-ada' } }, 3),
      );
      expect(missing).toEqual(
        fail([
          issue('version_conflict', [], { entity: 'skp', id: 'skp-tidak-ada', expected: 3, actual: null }),
        ]),
      );
    });
  });

  it('a transaction whose function returns a failed Result leaves no row behind', async () => {
    await withFixture(options, async (store) => {
      const d = await seed(store);
      const count = async () =>
        Number(
          (
            await store.db
              .selectFrom('indikator')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const refused = fail([issue('forbidden', [], { action: 'skp.approve', reason: 'self' })]);
      const r = await store.transaction(async (tx) => {
        expect((await tx.saveSkp(d.skpCamat, null)).ok).toBe(true);
        expect((await tx.saveSkp({ ...d.skpLurah, status: 'DISETUJUI' }, 1)).ok).toBe(true);
        await tx.appendAudit(d.audit(1));
        return refused;
      });
      expect(r).toBe(refused);
      expect(await count()).toBe(before);
      expect(await store.getSkp(I, d.skpCamat.skp.id)).toBeUndefined();
      expect((await store.getSkp(I, d.skpLurah.skp.id))?.status).toBe(d.skpLurah.status);
      expect(await store.listAudit(I)).toEqual([]);
    });
  });

  it('driver errors come back as issues with codes, with nothing of the driver in them', async () => {
    await withFixture(options, async (store) => {
      const d = await seed(store);
      const results = await store.transaction(async (tx) => [
        await tx.saveSkp(d.skpLurah, null),
        await tx.saveRealisasi(
          { ...d.realisasi, realisasi: { ...d.realisasi.realisasi, indikatorId: 'iki-tidak-ada' } },
          null,
        ),
        // A NOT NULL column left empty (the store does not re-validate): not the data's key or reference.
        await tx.saveUnitKerja(I, { id: 'kel-x', nama: undefined as unknown as string, indukId: null }),
      ]);
      expect(results.map((r) => (r.ok ? 'ok' : r.issues.map((x) => x.code).join()))).toEqual([
        'duplicate_key',
        'unknown_reference',
        'storage_error',
      ]);
      expect(results[2]).toEqual(fail([issue('storage_error', [], { operation: 'saveUnitKerja' })]));
      expect(errorsIn(results)).toEqual([]);
      expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    });
  });

  it('an SKP that drops an indikator with realisasi is refused with unknown_reference, and nothing changes', async () => {
    await withFixture(options, async (store) => {
      const d = await seed(store);
      expect((await store.transaction((tx) => tx.saveRealisasi(d.realisasi, null))).ok).toBe(true);
      const rhk = d.skpLurah.skp.rencanaHasilKerja[0]!;
      const without = {
        ...d.skpLurah,
        skp: {
          ...d.skpLurah.skp,
          rencanaHasilKerja: [
            { ...rhk, indikator: rhk.indikator.slice(1) },
            ...d.skpLurah.skp.rencanaHasilKerja.slice(1),
          ],
        },
      };
      const r = await store.transaction((tx) => tx.saveSkp(without, 1));
      expect(r.ok ? [] : r.issues.map((x) => [x.code, x.params])).toEqual([
        ['unknown_reference', { kind: 'indikator', id: d.realisasi.realisasi.indikatorId }],
      ]);
      expect(await store.getSkp(I, d.skpLurah.skp.id)).toEqual(d.skpLurah);
      // Keeping the indikator (and changing the rest) keeps its realisasi attached.
      const renamed = {
        ...d.skpLurah,
        skp: {
          ...d.skpLurah.skp,
          rencanaHasilKerja: [
            { ...rhk, uraian: 'Uraian baru' },
            ...d.skpLurah.skp.rencanaHasilKerja.slice(1),
          ],
        },
      };
      expect((await store.transaction((tx) => tx.saveSkp(renamed, 1))).ok).toBe(true);
      expect(await store.listRealisasi(I, d.skpLurah.skp.id)).toEqual([d.realisasi]);
    });
  });

  it('a driver error that escapes is a KinerjaError storage_error with the driver error as cause', async () => {
    await withFixture(options, async (store) => {
      await seed(store);
      await sql`drop table audit_event`.execute(store.db);
      const error = await store.verifyAuditChain(I).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KinerjaError);
      expect((error as KinerjaError).code).toBe('storage_error');
      expect((error as KinerjaError).cause).toBeInstanceOf(Error);
      expect((error as KinerjaError).cause).not.toBeInstanceOf(KinerjaError);
    });
  });

  it('refuses nested transactions, a tx used after its transaction, and a closed store', async () => {
    await withFixture(options, async (store) => {
      await seed(store);
      let leaked: Parameters<Parameters<SqlKinerjaStore['transaction']>[0]>[0] | undefined;
      await expect(
        store.transaction(async (tx) => {
          leaked = tx;
          return store.transaction(async () => 1);
        }),
      ).rejects.toMatchObject({ code: 'nested_transaction' });
      await expect(leaked!.getInstansi(I)).rejects.toMatchObject({ code: 'transaction_closed' });
      await store.close();
      await expect(store.getInstansi(I)).rejects.toMatchObject({ code: 'store_closed' });
    });
  });
}
