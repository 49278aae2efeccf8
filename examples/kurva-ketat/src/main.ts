/**
 * `pnpm --filter @kinerja-examples/kurva-ketat start`: an analyst makes the kurva distribusi
 * stricter with an override file (`kurva-ketat.json`) and compares the outcomes on the seeded
 * Kecamatan Senapelan.
 *
 * Options: `--lang=en` (or `KINERJA_LANG=en`) for English; `--seed=N` for another agency;
 * `--override=path/to/file.json` for another override.
 */
import { readFileSync } from 'node:fs';
import { toLocale } from '@kinerja/core';
import { generateAgency } from '@kinerja/core/testing';
import { renderKurvaKetat } from './report';

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
const file = option('override') ?? new URL('../kurva-ketat.json', import.meta.url);
let override: unknown;
try {
  override = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  process.stderr.write(`cannot read the override ${String(file)}: ${(e as Error).message}\n`);
  process.exit(2);
}
const result = renderKurvaKetat(generateAgency(seed === undefined ? {} : { seed }), override, { locale });
(result.ok ? process.stdout : process.stderr).write(result.text);
// Not process.exit: it could cut the text short on a pipe.
process.exitCode = result.ok ? 0 : 1;
