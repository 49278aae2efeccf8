/**
 * `pnpm bench` — issue 5 groundwork: annual evaluation throughput and memory of our engine (public
 * API and trusted kernel), a plain floating-point implementation and json-rules-engine on the same
 * workload; float/decimal disagreements; the kurva check of every unit; a SQLite bulk import.
 *
 * Usage: `pnpm bench [--sizes=10000,100000] [--storage-size=10000] [--no-storage] [--no-write]`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { checkDistribusi, PERMENPANRB_6_2022, type Predikat, type PredikatOrganisasi } from '@kinerja/core';
import { createSqliteStore } from '@kinerja/storage/sqlite';
import { agencyImportBatches } from '@kinerja/storage/testing';
import { evaluateFloat } from './impl/float';
import { evaluateJsonRulesEngine } from './impl/json-rules-engine';
import { evaluateKinerja, evaluateKinerjaTrusted } from './impl/kinerja';
import type { Outcome } from './impl/outcome';
import { buildWorkload, type WorkItem, type Workload } from './workload';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT_DIR = path.join(ROOT, 'docs/performance');

function arg(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const sizes = (arg('sizes') ?? '10000').split(',').map((s) => Number(s.replace(/_/g, '')));
const storageSize = Number(arg('storage-size') ?? '10000');
const seed = Number(arg('seed') ?? '62022');

interface ImplResult {
  readonly name: string;
  readonly pegawai: number;
  readonly scored: number;
  readonly ms: number;
  readonly pegawaiPerSecond: number;
  readonly heapBytesPerPegawai: number;
  readonly rssBytesPerPegawai: number;
}

type Impl = (item: WorkItem) => Outcome | null | Promise<Outcome | null>;

const IMPLS: readonly { name: string; fn: Impl; async: boolean; description: string }[] = [
  { name: 'float', fn: evaluateFloat, async: false, description: 'plain Number implementation (cost floor)' },
  {
    name: 'kinerja-trusted',
    fn: evaluateKinerjaTrusted,
    async: false,
    description: 'our kernel scoreEvaluasi: exact decimals, traces, no validation',
  },
  {
    name: 'kinerja-public',
    fn: evaluateKinerja,
    async: false,
    description: 'evaluateTahunan: zod validation + exact decimals + traces',
  },
  {
    name: 'json-rules-engine',
    fn: evaluateJsonRulesEngine,
    async: true,
    description: 'json-rules-engine 7.3.1 rules, Number arithmetic for the facts',
  },
];

async function measure(
  impl: (typeof IMPLS)[number],
  items: readonly WorkItem[],
): Promise<{ result: ImplResult; outcomes: (Outcome | null)[] }> {
  // Warm-up on a slice so the JIT has seen every path.
  const warm = items.slice(0, Math.min(2000, items.length));
  for (const item of warm) await impl.fn(item);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const outcomes: (Outcome | null)[] = new Array(items.length);
  const t0 = performance.now();
  if (impl.async) for (let i = 0; i < items.length; i++) outcomes[i] = await impl.fn(items[i]!);
  else for (let i = 0; i < items.length; i++) outcomes[i] = impl.fn(items[i]!) as Outcome | null;
  const ms = performance.now() - t0;
  // Memory retained by the outcomes plus garbage not yet collected at the end of the loop.
  const heap1 = process.memoryUsage().heapUsed;
  const rss1 = process.memoryUsage().rss;
  const n = items.length;
  return {
    outcomes,
    result: {
      name: impl.name,
      pegawai: n,
      scored: outcomes.filter((o) => o !== null).length,
      ms: round(ms, 1),
      pegawaiPerSecond: Math.round((n / ms) * 1000),
      heapBytesPerPegawai: Math.round((heap1 - heap0) / n),
      rssBytesPerPegawai: Math.round((rss1 - rss0) / n),
    },
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

interface Disagreement {
  readonly skpId: string;
  readonly pendekatan: string;
  readonly decimal: Outcome | null;
  readonly float: Outcome | null;
}

function disagreements(
  items: readonly WorkItem[],
  a: readonly (Outcome | null)[],
  b: readonly (Outcome | null)[],
): Disagreement[] {
  const out: Disagreement[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (
      x?.predikat !== y?.predikat ||
      x?.ratingHasilKerja !== y?.ratingHasilKerja ||
      x?.ratingPerilakuKerja !== y?.ratingPerilakuKerja
    ) {
      out.push({ skpId: items[i]!.skp.id, pendekatan: items[i]!.skp.pendekatan, decimal: x, float: y });
    }
  }
  return out;
}

function kurvaCheck(w: Workload, outcomes: readonly (Outcome | null)[]) {
  const t0 = performance.now();
  const po = new Map<string, PredikatOrganisasi>();
  for (const c of w.capaianKinerjaOrganisasi) if (c.tahun === w.tahun) po.set(c.unitKerjaId, c.predikat);
  const distribusi = new Map<string, Predikat[]>();
  for (let i = 0; i < w.items.length; i++) {
    const unit = w.items[i]!.kurvaUnitId;
    const o = outcomes[i];
    if (unit === null || o == null) continue;
    const list = distribusi.get(unit);
    if (list === undefined) distribusi.set(unit, [o.predikat]);
    else list.push(o.predikat);
  }
  let units = 0;
  let conforming = 0;
  let failed = 0;
  for (const [unitId, predikatOrganisasi] of po) {
    const r = checkDistribusi(
      { predikatOrganisasi, distribusi: distribusi.get(unitId) ?? [] },
      PERMENPANRB_6_2022,
    );
    units++;
    if (!r.ok) failed++;
    else if (r.value.conforms) conforming++;
  }
  const ms = performance.now() - t0;
  return { units, conforming, failed, ms: round(ms, 1), unitsPerSecond: Math.round((units / ms) * 1000) };
}

async function storage(size: number) {
  const { agency } = buildWorkload({ size, seed, keepAgency: true });
  if (agency === null) throw new Error('unreachable');
  const dir = path.join(os.tmpdir(), `kinerja-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const filename = path.join(dir, 'bench.sqlite');
  const store = await createSqliteStore({ filename });
  try {
    const batches = agencyImportBatches(agency, { keyPrefix: 'bench' });
    const t0 = performance.now();
    const saved = await store.transaction((tx) => tx.saveInstansi(agency.instansi));
    if (!saved.ok) throw new Error(`saveInstansi: ${saved.issues.map((i) => i.code).join(', ')}`);
    let rows = 0;
    for (const batch of batches) {
      const r = await store.importBatch(batch);
      if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.issues.slice(0, 3))}`);
      for (const c of Object.values(r.value.counts)) rows += c;
    }
    const ms = performance.now() - t0;
    return {
      backend: 'sqlite (file, better-sqlite3)',
      pegawai: agency.pegawai.length,
      batches: batches.length,
      rows,
      ms: round(ms, 1),
      rowsPerSecond: Math.round((rows / ms) * 1000),
      pegawaiPerSecond: Math.round((agency.pegawai.length / ms) * 1000),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    totalMemGiB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

const fmt = (n: number): string => n.toLocaleString('en-US');

function renderTable(results: Awaited<ReturnType<typeof main>>): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push(`Run of ${results.date} on ${m.cpu} (${m.cores} cores visible, ${m.totalMemGiB} GiB),`);
  lines.push(`Node ${m.node}, ${m.platform}; single thread. RSS deltas are noisy (can be negative).`);
  lines.push('');
  for (const s of results.sizes) {
    lines.push(
      `### ${fmt(s.pegawai)} pegawai (${fmt(s.realisasi)} realisasi rows; workload built in ${fmt(s.buildMs)} ms)`,
    );
    lines.push('');
    lines.push(
      '| Implementation | pegawai/s | ms | × float time | heap B/pegawai | RSS B/pegawai | scored |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    const float = s.implementations.find((i) => i.name === 'float')!;
    for (const i of s.implementations) {
      lines.push(
        `| ${i.name} | ${fmt(i.pegawaiPerSecond)} | ${fmt(i.ms)} | ${round(i.ms / float.ms, 1)} | ${fmt(i.heapBytesPerPegawai)} | ${fmt(i.rssBytesPerPegawai)} | ${fmt(i.scored)} |`,
      );
    }
    lines.push('');
    lines.push(
      `Ratios: kinerja-trusted / float = ${s.ratios.trustedOverFloat}×, kinerja-public / float = ${s.ratios.publicOverFloat}×, ` +
        `json-rules-engine / kinerja-trusted = ${s.ratios.jreOverTrusted}×, json-rules-engine / kinerja-public = ${s.ratios.jreOverPublic}×.`,
    );
    lines.push('');
    lines.push(
      `Float vs decimal: ${fmt(s.floatDisagreements.count)} pegawai disagree; json-rules-engine vs decimal: ${fmt(s.jreDisagreements)}; ` +
        `public vs trusted kernel: ${fmt(s.publicVsTrusted)}.`,
    );
    if (s.floatDisagreements.first.length > 0) {
      lines.push('');
      lines.push('| SKP | pendekatan | decimal (hasil / perilaku → predikat) | float |');
      lines.push('|---|---|---|---|');
      const o = (x: Outcome | null) =>
        x === null ? '—' : `${x.ratingHasilKerja} / ${x.ratingPerilakuKerja} → ${x.predikat}`;
      for (const d of s.floatDisagreements.first) {
        lines.push(`| ${d.skpId} | ${d.pendekatan} | ${o(d.decimal)} | ${o(d.float)} |`);
      }
    }
    lines.push('');
    lines.push(
      `Kurva check: ${fmt(s.kurva.units)} units in ${s.kurva.ms} ms (${fmt(s.kurva.unitsPerSecond)} units/s), ` +
        `${fmt(s.kurva.conforming)} conform.`,
    );
    lines.push('');
  }
  if (results.storage !== null) {
    const st = results.storage;
    lines.push('### Storage');
    lines.push('');
    lines.push('| Backend | pegawai | batches | rows | ms | rows/s | pegawai/s |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    lines.push(
      `| ${st.backend} | ${fmt(st.pegawai)} | ${st.batches} | ${fmt(st.rows)} | ${fmt(st.ms)} | ${fmt(st.rowsPerSecond)} | ${fmt(st.pegawaiPerSecond)} |`,
    );
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  const date = new Date().toISOString();
  const out = [];
  for (const size of sizes) {
    const t0 = performance.now();
    const { workload } = buildWorkload({ size, seed });
    const buildMs = round(performance.now() - t0, 1);
    console.log(`size ${size}: workload built in ${buildMs} ms (${workload.realisasiCount} realisasi)`);
    const results: ImplResult[] = [];
    const outcomes = new Map<string, (Outcome | null)[]>();
    for (const impl of IMPLS) {
      const m = await measure(impl, workload.items);
      console.log(
        `  ${impl.name.padEnd(18)} ${String(m.result.pegawaiPerSecond).padStart(10)} pegawai/s  ${m.result.ms} ms`,
      );
      results.push(m.result);
      outcomes.set(impl.name, m.outcomes);
    }
    const ms = (name: string) => results.find((r) => r.name === name)!.ms;
    const decimal = outcomes.get('kinerja-trusted')!;
    const floatDiff = disagreements(workload.items, decimal, outcomes.get('float')!);
    const jreDiff = disagreements(workload.items, decimal, outcomes.get('json-rules-engine')!);
    const publicDiff = disagreements(workload.items, decimal, outcomes.get('kinerja-public')!);
    const kurva = kurvaCheck(workload, decimal);
    console.log(
      `  float/decimal disagreements: ${floatDiff.length}; kurva: ${kurva.units} units ${kurva.ms} ms`,
    );
    out.push({
      pegawai: size,
      realisasi: workload.realisasiCount,
      buildMs,
      implementations: results,
      ratios: {
        trustedOverFloat: round(ms('kinerja-trusted') / ms('float'), 1),
        publicOverFloat: round(ms('kinerja-public') / ms('float'), 1),
        jreOverTrusted: round(ms('json-rules-engine') / ms('kinerja-trusted'), 2),
        jreOverPublic: round(ms('json-rules-engine') / ms('kinerja-public'), 2),
      },
      floatDisagreements: { count: floatDiff.length, first: floatDiff.slice(0, 5) },
      jreDisagreements: jreDiff.length,
      publicVsTrusted: publicDiff.length,
      kurva,
    });
    outcomes.clear();
  }
  let storageResult = null;
  if (!flag('no-storage')) {
    storageResult = await storage(storageSize);
    console.log(
      `storage: ${storageResult.rows} rows in ${storageResult.ms} ms (${storageResult.rowsPerSecond} rows/s)`,
    );
  }
  return {
    date,
    machine: machine(),
    seed,
    implementations: IMPLS.map(({ name, description }) => ({ name, description })),
    sizes: out,
    storage: storageResult,
  };
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const results = await main();
if (!flag('no-write')) {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `results-${results.date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const readme = path.join(OUT_DIR, 'README.md');
  let text: string;
  try {
    text = readFileSync(readme, 'utf8');
  } catch {
    text = `# Performance\n\n${START}\n${END}\n`;
  }
  const table = `${START}\n\n<!-- generated by \`pnpm bench\`; do not edit by hand -->\n\n${renderTable(results)}\n${END}`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + table + text.slice(b + END.length) : `${text}\n${table}\n`;
  writeFileSync(readme, text);
  console.log(`wrote ${path.relative(ROOT, file)} and docs/performance/README.md`);
}
