/**
 * `pnpm --filter @kinerja-examples/agency-pack start`: loads the agency's override of the
 * PermenPANRB 6/2022 pack (`kinerja-pekanbaru.override.json`) and its TPP configuration
 * (`tpp-contoh.json`), validates both, scores five pegawai for March 2026 with and without the
 * override, computes their monthly TPP and prints the comparison.
 *
 * Options: `--lang=en` (or `KINERJA_LANG=en`) for English.
 */
import { readFileSync } from 'node:fs';
import { formatIssues, toLocale } from '@kinerja/core';
import { compare, loadOverride, loadTpp } from './compare';
import { renderReport } from './report';

const lang = process.argv
  .slice(2)
  .find((a) => a.startsWith('--lang='))
  ?.slice('--lang='.length);
const locale = toLocale(lang ?? process.env.KINERJA_LANG);

/** Reads a JSON file next to package.json; exits 1 with a message when it cannot. */
function readJson(name: string): unknown {
  const url = new URL(`../${name}`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (cause) {
    process.stderr.write(`${name}: ${cause instanceof Error ? cause.message : String(cause)}\n`);
    process.exit(1);
  }
}

const OVERRIDE = 'kinerja-pekanbaru.override.json';
const TPP = 'tpp-contoh.json';

const pack = loadOverride(readJson(OVERRIDE));
const tpp = loadTpp(readJson(TPP));
if (!pack.ok || !tpp.ok) {
  if (!pack.ok) process.stderr.write(`${OVERRIDE}:\n${formatIssues(pack.issues, locale)}\n`);
  if (!tpp.ok) process.stderr.write(`${TPP}:\n${formatIssues(tpp.issues, locale)}\n`);
  process.exit(1);
}

const result = compare(pack.value, tpp.value);
if (!result.ok) {
  process.stderr.write(`${formatIssues(result.issues, locale)}\n`);
  process.exit(1);
}
process.stdout.write(renderReport(result.value, { locale }));
