/**
 * `pnpm start`: generates the seeded synthetic Kecamatan Senapelan (Kota Pekanbaru, Riau) for
 * 2026, scores every pegawai for the year and checks each unit's kurva distribusi.
 *
 * Options: `--lang=en` (or `KINERJA_LANG=en`) for English; `--seed=N` for another agency.
 */
import { toLocale } from '@kinerja/core';
import { generateAgency } from '@kinerja/core/testing';
import { renderReport } from './report';

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
process.stdout.write(renderReport(generateAgency(seed === undefined ? {} : { seed }), { locale }));
