#!/usr/bin/env node
// Installs what `npm start` and `npm test` need on a fresh machine with only Node 20 and npm:
// the pinned pnpm, then the workspace's dependencies from the committed lockfile.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function pnpmVersion() {
  const r = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

if (pnpmVersion() !== wanted) {
  console.log(`[bootstrap] memasang pnpm@${wanted} (installing pnpm)…`);
  execSync(`npm install --global pnpm@${wanted}`, { stdio: 'inherit' });
  if (pnpmVersion() !== wanted) {
    console.error(`[bootstrap] pnpm@${wanted} tidak tersedia di PATH setelah dipasang.`);
    process.exit(1);
  }
}

// Native addons (better-sqlite3) compile against the machine's Node headers when present.
const env = { ...process.env };
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

const install = spawnSync('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env,
  encoding: 'utf8',
});
if (install.status !== 0) {
  process.stdout.write(install.stdout ?? '');
  console.error('[bootstrap] pnpm install gagal (failed).');
  process.exit(install.status ?? 1);
}
