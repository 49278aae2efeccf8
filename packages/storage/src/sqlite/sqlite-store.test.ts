import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { KinerjaDatabase } from '../sql/kinerja-database';
import { sqlStoreCases } from '../sql/sql-store-cases';
import { createSqliteStore } from './index';

async function rows<T>(db: Kysely<KinerjaDatabase>, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

describe('createSqliteStore', () => {
  sqlStoreCases({
    async open() {
      const store = await createSqliteStore({ filename: ':memory:' });
      return { store, cleanup: () => store.close() };
    },
    async schema(db) {
      return rows(
        db,
        sql<{
          type: string;
          name: string;
          sql: string;
        }>`select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_%' order by name`,
      );
    },
    async tables(db) {
      return (
        await rows(
          db,
          sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`,
        )
      ).map((r) => r.name);
    },
    async keys(db) {
      const tables = (
        await rows(
          db,
          sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`,
        )
      ).map((r) => r.name);
      const unique: string[] = [];
      const foreignKeys: string[] = [];
      for (const table of tables) {
        const indexes = await rows(
          db,
          sql<{
            name: string;
            unique: number;
            origin: string;
          }>`select name, "unique", origin from pragma_index_list(${table})`,
        );
        for (const index of indexes.filter((i) => i.unique === 1)) {
          const cols = await rows(
            db,
            sql<{ seqno: number; name: string }>`select seqno, name from pragma_index_info(${index.name})`,
          );
          unique.push(
            `${table}(${cols
              .sort((a, b) => a.seqno - b.seqno)
              .map((c) => c.name)
              .join(',')})`,
          );
        }
        if (indexes.every((i) => i.origin !== 'pk')) {
          // A rowid table with a one-column primary key has no index: read it from the columns.
          const pk = await rows(
            db,
            sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table}) where pk > 0`,
          );
          if (pk.length > 0)
            unique.push(
              `${table}(${pk
                .sort((a, b) => a.pk - b.pk)
                .map((c) => c.name)
                .join(',')})`,
            );
        }
        const fks = await rows(
          db,
          sql<{
            id: number;
            seq: number;
            table: string;
            from: string;
            to: string;
          }>`select id, seq, "table", "from", "to" from pragma_foreign_key_list(${table})`,
        );
        for (const id of [...new Set(fks.map((f) => f.id))]) {
          const parts = fks.filter((f) => f.id === id).sort((a, b) => a.seq - b.seq);
          foreignKeys.push(
            `${table}(${parts.map((p) => p.from).join(',')})->${parts[0]!.table}(${parts.map((p) => p.to).join(',')})`,
          );
        }
      }
      return { unique, foreignKeys };
    },
  });

  it('opens a file in WAL mode with foreign keys on and a busy timeout, and keeps what it stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-sqlite-'));
    try {
      const filename = join(dir, 'kinerja.sqlite');
      const store = await createSqliteStore({ filename, busyTimeoutMs: 1234 });
      const pragma = async (name: string) =>
        (await rows(store.db, sql<Record<string, unknown>>`select * from ${sql.raw(`pragma_${name}`)}`))[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: 1234 });
      await store.transaction((tx) => tx.saveInstansi({ id: 'pemko', nama: 'Pemerintah Kota' }));
      await store.close();
      const again = await createSqliteStore({ filename });
      expect(await again.getInstansi('pemko')).toEqual({ id: 'pemko', nama: 'Pemerintah Kota' });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
