import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { UNIQUE_CONSTRAINTS } from '../sql/constraints';
import type { KinerjaDatabase } from '../sql/kinerja-database';
import { sqlStoreCases } from '../sql/sql-store-cases';
import { createTestDatabase, postgresUrlForTests } from '../testing/postgres-test-database';
import { createPostgresStore } from './index';

const serverUrl = postgresUrlForTests('postgres store');

async function rows<T>(db: Kysely<KinerjaDatabase>, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

interface ConstraintRow {
  name: string;
  type: string;
  table: string;
  cols: string;
  ref: string | null;
  refcols: string | null;
}

const constraints = (db: Kysely<KinerjaDatabase>) =>
  rows(
    db,
    sql<ConstraintRow>`
      select c.conname as name, c.contype as type, t.relname as table, r.relname as ref,
        (select string_agg(a.attname, ',' order by k.ord) from unnest(c.conkey) with ordinality k(attnum, ord)
           join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as cols,
        (select string_agg(a.attname, ',' order by k.ord) from unnest(c.confkey) with ordinality k(attnum, ord)
           join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum) as refcols
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_namespace n on n.oid = t.relnamespace
      left join pg_class r on r.oid = c.confrelid
      where n.nspname = current_schema() and c.contype in ('p', 'u', 'f')
      order by c.conname`,
  );

describe.skipIf(serverUrl === undefined)('createPostgresStore', () => {
  sqlStoreCases({
    async open() {
      const database = await createTestDatabase(serverUrl!);
      const store = await createPostgresStore({ connectionString: database.url, max: 4 });
      return {
        store,
        cleanup: async () => {
          await store.close();
          await database.drop();
        },
      };
    },
    async schema(db) {
      return {
        columns: await rows(
          db,
          sql`select table_name, column_name, ordinal_position, data_type, is_nullable, column_default
              from information_schema.columns where table_schema = current_schema()
              order by table_name, ordinal_position`,
        ),
        constraints: await rows(
          db,
          sql`select c.conname, pg_get_constraintdef(c.oid) as def from pg_constraint c
              join pg_namespace n on n.oid = c.connamespace where n.nspname = current_schema() order by c.conname`,
        ),
        indexes: await rows(
          db,
          sql`select indexname, indexdef from pg_indexes where schemaname = current_schema() order by indexname`,
        ),
      };
    },
    async tables(db) {
      return (
        await rows(
          db,
          sql<{
            table_name: string;
          }>`select table_name from information_schema.tables where table_schema = current_schema()`,
        )
      ).map((r) => r.table_name);
    },
    async keys(db) {
      const all = await constraints(db);
      return {
        unique: all.filter((c) => c.type !== 'f').map((c) => `${c.table}(${c.cols})`),
        foreignKeys: all
          .filter((c) => c.type === 'f')
          .map((c) => `${c.table}(${c.cols})->${c.ref}(${c.refcols})`),
      };
    },
  });

  it('names its constraints as the registry does (unique violations are mapped by name)', async () => {
    const database = await createTestDatabase(serverUrl!);
    const store = await createPostgresStore({ connectionString: database.url, max: 2 });
    try {
      const names = (await constraints(store.db)).filter(
        (c) => c.type !== 'f' && !c.table.startsWith('kinerja_'),
      );
      expect(names.map((c) => c.name).sort()).toEqual(UNIQUE_CONSTRAINTS.map((c) => c.name).sort());
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('uses a caller’s pool without changing its type parsers, and leaves it open on close', async () => {
    const database = await createTestDatabase(serverUrl!);
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    pool.on('error', () => {}); // idle clients ended by the database drop
    try {
      const store = await createPostgresStore({ pool });
      await store.transaction(async (tx) => {
        await tx.saveInstansi({ id: 'pemko', nama: 'Pemerintah Kota' });
        return tx.saveUnitKerja('pemko', { id: 'kec', nama: 'Kecamatan', indukId: null });
      });
      await store.close();
      // The pool still works and still parses DATE and JSONB its own (pg's default) way.
      const r = await pool.query(`select date '2026-03-31' as d, '{"a":1}'::jsonb as j, 1.50::numeric as n`);
      expect(r.rows[0].d).toBeInstanceOf(Date);
      expect(r.rows[0].j).toEqual({ a: 1 });
      expect(r.rows[0].n).toBe('1.50');
      const again = await createPostgresStore({ pool });
      expect(await again.listUnitKerja('pemko')).toEqual([{ id: 'kec', nama: 'Kecamatan', indukId: null }]);
      await again.close();
    } finally {
      await pool.end();
      await database.drop();
    }
  });

  it('reads dates back as YYYY-MM-DD whatever the server and process time zones', async () => {
    const database = await createTestDatabase(serverUrl!);
    const store = await createPostgresStore({
      connectionString: `${database.url}?options=-c%20TimeZone%3DPacific%2FKiritimati`,
      max: 2,
    });
    try {
      const r = await rows(store.db, sql<{ d: unknown }>`select date '2026-01-01' as d`);
      expect(r).toEqual([{ d: '2026-01-01' }]);
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('an unreachable server fails with a KinerjaError whose cause is the driver error', async () => {
    const url = new URL(serverUrl!);
    url.port = '1';
    const error = await createPostgresStore({ connectionString: url.toString() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KinerjaError', code: 'migration_failed' });
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});
