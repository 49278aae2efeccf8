import pg from 'pg';

/** PostgreSQL type OIDs whose text Kinerja reads itself. */
const TEXT_AS_IS = new Set([
  1082, // date → 'YYYY-MM-DD' (pg would build a local-midnight Date)
  1700, // numeric → the decimal's text (pg's default too; pinned so a global override cannot turn it into a float)
  114, // json → text, parsed once by the codec
  3802, // jsonb → text, parsed once by the codec
]);

/**
 * The type parsers of Kinerja's queries: DATE, NUMERIC, JSON and JSONB come back as the
 * server's text; every other type as pg's defaults. They are attached to each query (pg's
 * per-query `types`), never set globally and never on a caller's pool, so a pool shared with
 * other code keeps its own parsers.
 *
 * @example
 * ```ts
 * client.query({ text: 'select current_date', types: KINERJA_PG_TYPES });
 * ```
 */
export const KINERJA_PG_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    TEXT_AS_IS.has(oid) && (format === undefined || format === 'text')
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** The part of a pg pool client that Kysely's PostgreSQL driver uses. */
interface KyselyPoolClient {
  // biome-ignore lint/suspicious/noExplicitAny: pg's overloaded query signature.
  query(...args: any[]): any;
  release(error?: Error | boolean): void;
}

/** The part of a pg pool that Kysely's PostgreSQL dialect uses. */
export interface KyselyPool {
  connect(): Promise<KyselyPoolClient>;
  end(): Promise<void>;
}

/**
 * A view of a pg pool for Kysely in which every query carries {@link KINERJA_PG_TYPES}; `end`
 * ends the pool only when the store owns it.
 *
 * @param pool - the pg pool.
 * @param owned - whether the store created the pool (and so ends it on close).
 * @returns the pool view.
 * @example
 * ```ts
 * new PostgresDialect({ pool: kinerjaPgPool(pool, false) });
 * ```
 */
export function kinerjaPgPool(pool: pg.Pool, owned: boolean): KyselyPool {
  const wrapped = new WeakMap<pg.PoolClient, KyselyPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let view = wrapped.get(client);
      if (view === undefined) {
        view = {
          query: (first: unknown, values?: unknown[]) =>
            typeof first === 'string'
              ? client.query({ text: first, values, types: KINERJA_PG_TYPES })
              : // A cursor (streaming) or a config object: passed on as it is.
                client.query(first as pg.QueryConfig),
          release: (error?: Error | boolean) => client.release(error),
        };
        wrapped.set(client, view);
      }
      return view;
    },
    async end() {
      if (owned) await pool.end();
    },
  };
}
