#!/usr/bin/env node
// A throwaway PostgreSQL cluster for the tests (decision 0021): initdb into a temporary directory,
// start it on 127.0.0.1 and a free port with trust authentication and fsync off, hand out its
// DATABASE_URL, and always stop it and remove the directory afterwards.
//
//   import { startPostgres } from './postgres.mjs';   // used by .ci/test.mjs
//   node .ci/postgres.mjs <command…>                   // run one command with DATABASE_URL set
//
// The server refuses to run as root, so as root the cluster belongs to the `postgres` OS user
// (created when missing) and every server command runs through `runuser -u postgres --`.
import { spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PREFIX = 'kinerja-pg-';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function log(message) {
  console.log(`[postgres] ${message}`);
}

/** `cmd args…`, output captured; returns spawnSync's result. */
function exec(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', ...opts });
}

/** A directory holding both initdb and pg_ctl: PATH first, then /usr/lib/postgresql/<newest>/bin. */
function findBinDir() {
  const candidates = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join(root, v, 'bin'));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

function installPostgres() {
  log(
    'initdb/pg_ctl tidak ditemukan; memasang PostgreSQL dengan apt-get (not found; installing with apt-get)…',
  );
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  if (update.status !== 0) {
    log(`apt-get update gagal (failed, exit ${update.status ?? update.signal})`);
    return false;
  }
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    stdio: 'inherit',
    env,
  });
  log(
    `apt-get install postgresql: ${install.status === 0 ? 'berhasil (ok)' : `gagal (failed, exit ${install.status ?? install.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return install.status === 0;
}

function ensurePostgresUser() {
  if (exec('id', ['-u', 'postgres']).status === 0) return true;
  log('membuat pengguna OS postgres (creating the postgres OS user)');
  const r = exec('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  if (r.status !== 0) log(`useradd gagal (failed): ${r.stderr.trim()}`);
  return r.status === 0;
}

function idsOf(user) {
  const uid = Number(exec('id', ['-u', user]).stdout.trim());
  const gid = Number(exec('id', ['-g', user]).stdout.trim());
  return { uid, gid };
}

/** Runs a server command as the cluster's owner (the postgres OS user when we are root). */
function asOwner(binDir, dir, tool, args) {
  const exe = join(binDir, tool);
  return isRoot
    ? exec('runuser', ['-u', 'postgres', '--', exe, ...args], { cwd: dir })
    : exec(exe, args, { cwd: dir });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Stops and removes clusters left by runs that died without cleaning up (e.g. SIGKILL). */
function removeStaleClusters(binDir) {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(join(dir, 'owner.pid'), 'utf8'));
    } catch {
      // No owner file: a run that died before writing it, or not ours to judge; leave it.
      continue;
    }
    if (Number.isInteger(owner) && pidAlive(owner)) continue;
    try {
      if (existsSync(join(dir, 'data', 'postmaster.pid'))) {
        asOwner(binDir, dir, 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      }
      rmSync(dir, { recursive: true, force: true });
      log(`klaster sisa dihapus (removed a stale cluster): ${dir}`);
    } catch (e) {
      log(`klaster sisa tidak dapat dihapus (could not remove a stale cluster) ${dir}: ${e.message}`);
    }
  }
}

/**
 * Starts a throwaway cluster unless `DATABASE_URL` is already set.
 *
 * @returns `{ url, started, stop }` with `started: false` when DATABASE_URL was given (stop is a
 *   no-op then), or `{ url: undefined, reason }` when PostgreSQL is not available.
 */
export async function startPostgres() {
  if (process.env.DATABASE_URL) {
    log('DATABASE_URL sudah diset; memakai server itu (already set; using that server)');
    return { url: process.env.DATABASE_URL, started: false, stop() {} };
  }
  const t0 = Date.now();
  let binDir = findBinDir();
  if (!binDir && isRoot) {
    if (installPostgres()) binDir = findBinDir();
  }
  if (!binDir) {
    return {
      url: undefined,
      reason: isRoot
        ? 'PostgreSQL tidak dapat dipasang (could not be installed)'
        : 'initdb/pg_ctl tidak ditemukan dan bukan root (not found, and not root to install them): pasang PostgreSQL atau set DATABASE_URL (install PostgreSQL or set DATABASE_URL)',
    };
  }
  if (isRoot && !ensurePostgresUser()) {
    return {
      url: undefined,
      reason: 'pengguna OS postgres tidak dapat dibuat (could not create the postgres OS user)',
    };
  }
  removeStaleClusters(binDir);

  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  const data = join(dir, 'data');
  let running = false;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (running) {
      const r = asOwner(binDir, dir, 'pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      if (r.status !== 0) log(`pg_ctl stop gagal (failed): ${(r.stderr || r.stdout).trim()}`);
    }
    rmSync(dir, { recursive: true, force: true });
    log(`klaster dihentikan dan dihapus (cluster stopped and removed): ${dir}`);
  };
  const failWith = (what, r) => {
    const detail = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').slice(-15).join('\n');
    let serverLog = '';
    try {
      serverLog = readFileSync(join(dir, 'postgres.log'), 'utf8').trim().split('\n').slice(-15).join('\n');
    } catch {}
    stop();
    return {
      url: undefined,
      reason: `${what} gagal (failed):\n${detail}${serverLog ? `\n${serverLog}` : ''}`,
    };
  };

  if (isRoot) {
    const { uid, gid } = idsOf('postgres');
    chownSync(dir, uid, gid);
    chownSync(join(dir, 'owner.pid'), uid, gid);
  }
  const init = asOwner(binDir, dir, 'initdb', [
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
    '--encoding=UTF8',
    '--locale=C',
    '-D',
    data,
  ]);
  if (init.status !== 0) return failWith('initdb', init);

  const port = await freePort();
  const options = [
    '-c listen_addresses=127.0.0.1',
    `-p ${port}`,
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  const start = asOwner(binDir, dir, 'pg_ctl', [
    '-w',
    '-D',
    data,
    '-l',
    join(dir, 'postgres.log'),
    '-o',
    options,
    'start',
  ]);
  running = true;
  if (start.status !== 0) return failWith('pg_ctl start', start);

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  log(`siap (ready) in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${url} (${binDir})`);
  return { url, started: true, stop };
}

/**
 * Stops the cluster on exit and on SIGINT/SIGTERM/SIGHUP (then exits with 128 + signal).
 *
 * @param stop - the cluster's stop function.
 */
export function stopOnExit(stop) {
  process.on('exit', stop);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.on(signal, () => {
      stop();
      process.exit(code);
    });
  }
}

// `node .ci/postgres.mjs <command…>`: one command with a throwaway cluster.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error(
      'usage: node .ci/postgres.mjs <command> [args…]   (e.g. pnpm exec vitest run packages/storage)',
    );
    process.exit(2);
  }
  const pg = await startPostgres();
  if (!pg.url) {
    console.error(`[postgres] ${pg.reason}`);
    process.exit(1);
  }
  stopOnExit(pg.stop);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: pg.url } });
  pg.stop();
  process.exit(r.status ?? 1);
}
