import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPostgresStore } from '@kinerja/storage/postgres';
import { createSqliteStore, type SqlKinerjaStore } from '@kinerja/storage/sqlite';

/** The storage backends the benchmark measures. */
export type BenchBackend = 'sqlite' | 'postgres';

/** A fresh, empty, migrated store for one measurement, and how to get rid of it. */
export interface BenchStore {
  readonly backend: BenchBackend;
  /** A human label for the tables (driver, where the data lives). */
  readonly label: string;
  readonly store: SqlKinerjaStore;
  /** Closes the store and removes its data (the SQLite file, the PostgreSQL schema). */
  dispose(): Promise<void>;
}

/** Why a backend cannot be measured (printed, not thrown). */
export interface BenchStoreUnavailable {
  readonly backend: BenchBackend;
  readonly skipped: string;
}

/** Options of {@link openBenchStore}. */
export interface OpenBenchStoreOptions {
  /** The PostgreSQL server; default `process.env.DATABASE_URL`. */
  readonly databaseUrl?: string;
}

/**
 * Opens an empty store on a backend: SQLite on a new file in the OS temp directory (WAL, as
 * `createSqliteStore` opens it); PostgreSQL on the server of `DATABASE_URL`, in a schema of its
 * own (`kinerja_bench_<pid>_<time>`, created here and dropped with everything in it by
 * `dispose`), so a run never touches other data and never sees an earlier run's rows.
 *
 * @param backend - `sqlite` or `postgres`.
 * @param options - the PostgreSQL URL (default `DATABASE_URL`).
 * @returns the store, or why the backend is not available (PostgreSQL without a URL).
 * @throws the driver's error when the server cannot be reached or the schema cannot be created.
 * @example
 * ```ts
 * const opened = await openBenchStore('sqlite');
 * if ('store' in opened) try { … } finally { await opened.dispose(); }
 * ```
 */
export async function openBenchStore(
  backend: BenchBackend,
  options: OpenBenchStoreOptions = {},
): Promise<BenchStore | BenchStoreUnavailable> {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-'));
    const filename = path.join(dir, 'bench.sqlite');
    const store = await createSqliteStore({ filename });
    return {
      backend,
      label: 'SQLite (file, better-sqlite3, WAL)',
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    return {
      backend,
      skipped:
        'DATABASE_URL is not set; run e.g. `node .ci/postgres.mjs pnpm bench …` for a throwaway cluster',
    };
  }
  const schema = `kinerja_bench_${process.pid}_${Date.now()}`;
  const admin = await createPostgresStore({ connectionString: serverUrl, max: 1, migrate: false });
  try {
    await admin.db.schema.createSchema(schema).execute();
  } finally {
    await admin.close();
  }
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const store = await createPostgresStore({ connectionString: url.toString(), max: 4 });
  const server = new URL(serverUrl);
  return {
    backend,
    label: `PostgreSQL (pg pool, ${server.hostname}:${server.port || '5432'})`,
    store,
    dispose: async () => {
      await store.close();
      const cleaner = await createPostgresStore({ connectionString: serverUrl, max: 1, migrate: false });
      try {
        await cleaner.db.schema.dropSchema(schema).cascade().execute();
      } finally {
        await cleaner.close();
      }
    },
  };
}
