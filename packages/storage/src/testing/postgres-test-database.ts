import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { it } from 'vitest';

/**
 * The PostgreSQL server of the test run, from `DATABASE_URL` (set by `npm test`, which starts a
 * throwaway cluster; see `.ci/postgres.mjs`). Without it: under `CI` a failing test is registered
 * (CI must run the PostgreSQL tests, decision 0021); locally a skipped test with the reason is
 * registered and a warning printed. Call at the top level of a test file.
 *
 * @param suite - the suite's name, for the messages.
 * @returns the server's URL, or `undefined` when the PostgreSQL tests must not run.
 * @example
 * ```ts
 * const url = postgresUrlForTests('postgres contract');
 * describe.skipIf(url === undefined)('postgres', () => { … });
 * ```
 */
export function postgresUrlForTests(suite: string): string | undefined {
  const url = process.env.DATABASE_URL;
  if (url) return url;
  if (process.env.CI) {
    it(`${suite}: needs PostgreSQL (DATABASE_URL) in CI`, () => {
      throw new Error(
        `${suite}: CI is set but DATABASE_URL is not. Run the tests with \`npm test\` (it starts a throwaway PostgreSQL cluster) or set DATABASE_URL.`,
      );
    });
    return undefined;
  }
  console.warn(
    `[${suite}] DATABASE_URL is not set: the PostgreSQL tests are skipped. \`npm test\` starts a throwaway cluster; or run \`node .ci/postgres.mjs pnpm exec vitest run packages/storage\`.`,
  );
  it.skip(`${suite}: skipped, DATABASE_URL is not set`, () => {});
  return undefined;
}

/** A database of its own for one test, on the server of `DATABASE_URL`. */
export interface TestDatabase {
  /** The connection string of the new database. */
  readonly url: string;
  /** The database's name. */
  readonly name: string;
  /** Drops the database (closing whatever is still connected to it). */
  drop(): Promise<void>;
}

let counter = 0;

async function withAdmin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database on the server (from `template0`, UTF-8), so that each test or child
 * process starts from nothing and tests never see each other's data. The user of `serverUrl` needs
 * the CREATEDB privilege.
 *
 * @param serverUrl - a connection string to the server (any database).
 * @returns the new database, to drop when done.
 * @example
 * ```ts
 * const db = await createTestDatabase(process.env.DATABASE_URL!);
 * try { await use(db.url); } finally { await db.drop(); }
 * ```
 */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  counter += 1;
  const name = `kinerja_test_${process.pid}_${counter}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
