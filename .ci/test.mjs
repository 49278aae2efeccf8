#!/usr/bin/env node
// The whole check behind `npm test`: lint, typecheck, build, API docs, every vitest test and
// every runnable example. Ends with the plain line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, stopOnExit } from './postgres.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, FORCE_COLOR: process.env.CI ? '0' : (process.env.FORCE_COLOR ?? '1') };

/** @type {{ name: string, ok: boolean, skipped?: boolean }[]} */
const steps = [];

function run(name, cmd, args, opts = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...opts });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  steps.push({ name, ok });
  return ok;
}

run('lint', 'pnpm', ['exec', 'biome', 'ci', '--error-on-warnings', '.']);
run('typecheck', 'pnpm', ['run', 'typecheck']);
run('build', 'pnpm', ['run', 'build']);
run('docs', 'pnpm', ['run', 'docs']);

// PostgreSQL for the storage tests: a throwaway cluster on 127.0.0.1 unless DATABASE_URL is set,
// always stopped and removed afterwards (decision 0021). Without one, CI fails; a local run skips
// the PostgreSQL tests and says so.
console.log('\n▶ postgres: klaster sementara untuk tes storage (throwaway cluster for the storage tests)');
const pgStarted = Date.now();
const pg = await startPostgres();
const pgSeconds = ((Date.now() - pgStarted) / 1000).toFixed(1);
if (pg.url) {
  stopOnExit(pg.stop);
  const name = pg.started ? 'postgres (klaster sementara / throwaway cluster)' : 'postgres (DATABASE_URL)';
  console.log(`✔ ${name} (${pgSeconds} s)`);
  steps.push({ name, ok: true });
} else if (process.env.CI) {
  console.log(
    `✘ postgres (${pgSeconds} s): ${pg.reason}\n  CI wajib menjalankan tes PostgreSQL (CI must run the PostgreSQL tests).`,
  );
  steps.push({ name: 'postgres', ok: false });
} else {
  console.log(`⚠ postgres: ${pg.reason}\n  Tes PostgreSQL dilewati (PostgreSQL tests are skipped).`);
  steps.push({
    name: 'postgres (tidak tersedia, tes dilewati / unavailable, tests skipped)',
    ok: true,
    skipped: true,
  });
}

// Unit, property and integration tests (one vitest run over the workspace).
const resultsFile = join(root, '.vitest-results.json');
rmSync(resultsFile, { force: true });
run(
  'vitest',
  'pnpm',
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`],
  pg.url ? { env: { ...env, DATABASE_URL: pg.url } } : {},
);
pg.stop?.();
let testsPassed = 0;
let testsFailed = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  testsPassed = results.numPassedTests ?? 0;
  testsFailed = (results.numFailedTests ?? 0) + (results.numRuntimeErrorTests ?? 0);
  // A suite that failed to load counts as a failure even when it declared no test.
  for (const suite of results.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) testsFailed += 1;
  }
}

// Every example is a runnable program; CI runs each one.
const examplesDir = join(root, 'examples');
for (const dir of existsSync(examplesDir) ? readdirSync(examplesDir).sort() : []) {
  const pkgFile = join(examplesDir, dir, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (!pkg.scripts?.start) continue;
  run(`example ${dir}`, 'pnpm', ['--filter', pkg.name, 'run', 'start'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const stepFailures = steps.filter((s) => !s.ok && s.name !== 'vitest');
const stepPasses = steps.filter((s) => s.ok && !s.skipped && s.name !== 'vitest');
console.log('\nRingkasan (summary):');
for (const s of steps) console.log(`  ${s.skipped ? '–' : s.ok ? '✔' : '✘'} ${s.name}`);
console.log(`  tests: ${testsPassed} passed, ${testsFailed} failed`);

const passed = testsPassed + stepPasses.length;
const failed =
  testsFailed +
  stepFailures.length +
  (steps.find((s) => s.name === 'vitest' && !s.ok) && testsFailed === 0 ? 1 : 0);
if (testsPassed === 0) {
  console.log('No test ran: that counts as a failure.');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && testsPassed > 0 ? 0 : 1);
