/**
 * `@kinerja/storage` — persistence for Kinerja on Kysely (work in progress: the SKP workflow over
 * SQLite and PostgreSQL is being built).
 *
 * @packageDocumentation
 */
export {};
