import type { KinerjaStore } from '@kinerja/core';
import { createPostgresStore } from '../postgres/index';
import { createSqliteStore } from '../sqlite/index';

/** Where a test store lives: an SQLite file, or a PostgreSQL database. */
export type StoreTarget =
  | { readonly backend: 'sqlite'; readonly filename: string }
  | { readonly backend: 'postgres'; readonly url: string };

/**
 * Opens (and migrates) the store of a target.
 *
 * @param target - the target.
 * @returns the store.
 */
export function openStore(target: StoreTarget): Promise<KinerjaStore> {
  return target.backend === 'sqlite'
    ? createSqliteStore({ filename: target.filename })
    : createPostgresStore({ connectionString: target.url, max: 4 });
}

/**
 * A target as command-line arguments for the workers.
 *
 * @param target - the target.
 * @returns `['sqlite', filename]` or `['postgres', url]`.
 */
export function targetArgs(target: StoreTarget): string[] {
  return target.backend === 'sqlite' ? ['sqlite', target.filename] : ['postgres', target.url];
}

/**
 * Reads a target back from the workers' arguments.
 *
 * @param backend - `sqlite` or `postgres`.
 * @param where - the file or URL.
 * @returns the target.
 * @throws Error for an unknown backend.
 */
export function parseTarget(backend: string | undefined, where: string | undefined): StoreTarget {
  if (where === undefined) throw new Error('missing the file or URL of the store');
  if (backend === 'sqlite') return { backend, filename: where };
  if (backend === 'postgres') return { backend, url: where };
  throw new Error(`unknown backend ${backend}`);
}
