/**
 * `pnpm start`: generates the seeded synthetic Kecamatan Senapelan (Kota Pekanbaru, Riau) for
 * 2026, stores it in an SQLite file with `@kinerja/storage`, reads the year back from the file,
 * scores every pegawai for the year and checks each unit's kurva distribusi.
 *
 * Options: `--lang=en` (or `KINERJA_LANG=en`) for English; `--seed=N` for another agency;
 * `--db=FILE` for where the SQLite file goes (default `kinerja-demo.sqlite` in the OS temp
 * directory; it is replaced on every run).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { toLocale } from '@kinerja/core';
import { generateAgency } from '@kinerja/core/testing';
import { createSqliteStore } from '@kinerja/storage/sqlite';
import { renderReport } from './report';
import { loadAgency, storeAgency } from './store-agency';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv
    .slice(2)
    .find((a) => a.startsWith(prefix))
    ?.slice(prefix.length);
}

const locale = toLocale(option('lang') ?? process.env.KINERJA_LANG);
const seedText = option('seed');
const seed = seedText === undefined ? undefined : Number(seedText);
if (seed !== undefined && !Number.isSafeInteger(seed)) {
  process.stderr.write(`--seed must be an integer, got ${seedText}\n`);
  process.exit(2);
}
const filename = resolve(option('db') ?? join(tmpdir(), 'kinerja-demo.sqlite'));

const generated = generateAgency(seed === undefined ? {} : { seed });
// A fresh file every run, so that another seed never mixes with an earlier one.
for (const suffix of ['', '-wal', '-shm']) rmSync(`${filename}${suffix}`, { force: true });
const store = await createSqliteStore({ filename });
try {
  const reports = await storeAgency(store, generated);
  const rows = reports.reduce((n, r) => n + Object.values(r.counts).reduce((a, b) => a + b, 0), 0);
  const stored = await loadAgency(store, generated.instansi.id, generated.tahun);
  process.stdout.write(
    locale === 'en'
      ? `Stored in SQLite: ${filename} (${rows} records); the scores below are read back from it.\n\n`
      : `Disimpan di SQLite: ${filename} (${rows} rekaman); nilai di bawah dibaca kembali dari berkas itu.\n\n`,
  );
  process.stdout.write(renderReport(stored, { locale }));
} finally {
  await store.close();
}
