import { PREDIKATS } from '@kinerja/core';
import type { BenchResults } from './bench-results';
import { formatOutcome } from './outcome-columns';
import type { SizeResult } from './run-size';

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const mib = (bytes: number): string => `${fmt(Math.round(bytes / 2 ** 20))} MiB`;
const x = (r: number | null): string => (r === null ? '—' : `${r}×`);
const SHORT: Record<string, string> = {
  SANGAT_BAIK: 'SB',
  BAIK: 'B',
  BUTUH_PERBAIKAN: 'BP',
  KURANG: 'K',
  SANGAT_KURANG: 'SK',
};

function implTable(s: SizeResult): string[] {
  const lines = [
    '| Implementation | prepare ms | score ms | prepare + score ms | score pegawai/s per thread | score × float | prepare + score × float | prepared B/pegawai | scored | disagree with reference |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const i of s.implementations) {
    const d = i.disagreements === null ? '(reference)' : fmt(i.disagreements.count);
    lines.push(
      `| ${i.name}${i.exact ? ' (exact)' : ''} | ${fmt(i.prepare.cpuMs)} | ${fmt(i.score.cpuMs)} | ${fmt(i.total.cpuMs)} | ${fmt(i.scorePerSecondPerThread)} | ${x(i.scoreOverFloat)} | ${x(i.totalOverFloat)} | ${i.preparedBytesPerPegawai === null ? '—' : fmt(i.preparedBytesPerPegawai)} | ${fmt(i.scored)} | ${s.reference === null ? '—' : d} |`,
    );
  }
  return lines;
}

function disagreementLines(s: SizeResult, limit: number): string[] {
  const lines: string[] = [];
  for (const i of s.implementations) {
    if (i.disagreements === null || i.disagreements.count === 0) continue;
    lines.push(
      '',
      `${i.name} vs ${s.reference}: ${fmt(i.disagreements.count)} pegawai disagree; the first ${Math.min(limit, i.disagreements.first.length)}:`,
      '',
      `| SKP | ${s.reference} (hasil / perilaku → predikat) | ${i.name} | RHK capaian: decimal → compared · float → Math.round |`,
      '|---|---|---|---|',
    );
    for (const d of i.disagreements.first.slice(0, limit)) {
      const first = d.rhk[0];
      const rhk =
        first === undefined
          ? '—'
          : `${first.decimal} → ${first.decimalCompared} · ${first.float} → ${first.floatRounded}${d.rhk.length > 1 ? ` (${d.rhk.length} RHK)` : ''}`;
      lines.push(`| ${d.skpId} | ${formatOutcome(d.reference)} | ${formatOutcome(d.other)} | ${rhk} |`);
    }
  }
  return lines;
}

function sizeSection(s: SizeResult, title: string): string[] {
  const lines: string[] = [];
  lines.push(`### ${title}`, '');
  lines.push(
    `${fmt(s.realisasi)} realisasi rows; ${fmt(s.shards)} shard(s) of ≤ ${fmt(s.shardSize)} pegawai on ${s.threads} thread(s), chunks of ≥ ${fmt(s.chunkSize)}; ` +
      `engine ${s.engine.name}${!s.engine.exact ? ' (**not exact: no exact implementation runs at this size**)' : ''}; ` +
      `reference ${s.reference ?? '— (no exact implementation at this size: no disagreement check)'}` +
      `${s.skipped.length > 0 ? `; not run: ${s.skipped.map((k) => `${k.name} (> ${fmt(k.maxSize)})`).join(', ')}` : ''}` +
      `${s.digest === null ? '' : `; workload sha256 ${s.digest.slice(0, 16)}…`}.`,
  );
  lines.push('', ...implTable(s));
  const jre = Object.entries(s.jreOver);
  if (jre.length > 0) {
    lines.push(
      '',
      `json-rules-engine / ${jre.map(([k, r]) => `${k}: score ${r.score}×, prepare + score ${r.total}×`).join('; ')}.`,
    );
  }
  if (s.edge) {
    lines.push(...disagreementLines(s, 10), '');
    return lines;
  }
  lines.push(
    '',
    '| Part of the work | what | wall ms | CPU ms | per second (wall) |',
    '|---|---|---:|---:|---:|',
  );
  for (const p of s.parts) {
    lines.push(
      `| ${p.part} | ${p.what} | ${fmt(p.wallMs)} | ${fmt(p.cpuMs)} | ${p.wallMs < 1 || p.perSecond === 0 ? '—' : `${fmt(p.perSecond)} ${p.unit}`} |`,
    );
  }
  lines.push(
    '',
    `**National recomputation: ${fmt(s.recomputation.wallMs)} ms (${fmt(s.recomputation.pegawaiPerSecond)} pegawai/s)** — ${s.recomputation.what}. ` +
      `End to end (start-up, warm-up, generation and everything else): ${fmt(s.endToEndMs)} ms.`,
  );
  const m = s.memory;
  lines.push(
    '',
    `Memory: peak RSS of the process (all threads) ${mib(m.peakRssBytes)} ${m.peakRssUnder2GiB ? '(< 2 GiB ✓)' : '(**≥ 2 GiB ✗**)'}; ` +
      `peak heap per thread ${m.threadHeapPeakBytes.map(mib).join(', ')}; generated items ${m.itemBytesPerPegawai === null ? '—' : fmt(m.itemBytesPerPegawai)} B/pegawai; ` +
      `main thread’s live heap after the run ${mib(m.mainHeapBytes)} (${fmt(Math.round(m.mainHeapBytes / s.pegawai))} B/pegawai).`,
  );
  const row = (i: number) => s.whatIf.transisi[i]!.map(fmt).join(' | ');
  lines.push(
    '',
    `Kurva: ${fmt(s.kurva.units)} units; conforming ${fmt(s.kurva.conformingA)} under pack A, ${fmt(s.kurva.conformingB)} under pack B ` +
      `(${fmt(s.kurva.becameNonConforming)} stop conforming, ${fmt(s.kurva.becameConforming)} start).`,
    '',
    `What-if (pack A → pack B): ${fmt(s.whatIf.changed)} pegawai change predikat.`,
    '',
    `| A \\ B | ${PREDIKATS.map((p) => SHORT[p]).join(' | ')} |`,
    '|---|---:|---:|---:|---:|---:|',
    ...PREDIKATS.map((p, i) => `| ${SHORT[p]} | ${row(i)} |`),
    '',
    `Rater bias (raterBiasFromTally, per instansi): ${fmt(s.bias.raters)} pejabat penilai, ${fmt(s.bias.judged)} judged; ` +
      `findings: ${Object.entries(s.bias.findings)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')}; ${fmt(s.bias.ratersWithFindings)} raters with a finding.`,
  );
  lines.push(...disagreementLines(s, 5), '');
  return lines;
}

/**
 * The generated section of `docs/performance/README.md`: the run's machine, date and command,
 * then per size the implementations side by side, the parts of the work, the national
 * recomputation, memory, kurva, what-if and bias, and the float-vs-decimal disagreements.
 *
 * @param results - the run.
 * @param storage - the storage section's lines (rendered by the storage code), if any.
 * @returns markdown.
 */
export function renderResults(results: BenchResults, storage: readonly string[] = []): string {
  const m = results.machine;
  const lines: string[] = [];
  lines.push(
    `Run of ${results.date} on ${m.cpu} (${m.cores} cores visible, ${m.totalMemGiB} GiB), Node ${m.node}` +
      `${(m.nodeOptions ?? []).length > 0 ? ` (${m.nodeOptions.join(' ')})` : ''}, ${m.platform}; ` +
      `load average ${results.loadAverage.before} before, ${results.loadAverage.after} after. Command: \`pnpm bench ${results.command}\`.`,
    '',
    'Times in ms are sums over the threads of each thread’s own `performance.now()` intervals around that part of ' +
      'the work ("CPU ms"); "wall" is the busiest thread’s sum, i.e. the time of the part with the threads side by ' +
      'side. Ratios compare the sums. Heap figures are sampled once per thread with forced collections. A load ' +
      'average above the core count means other processes shared the cores: every figure is then slower than on ' +
      'an idle machine.',
    '',
  );
  for (const s of results.sizes) lines.push(...sizeSection(s, `${fmt(s.pegawai)} pegawai`));
  if (results.edge !== null) {
    lines.push(
      ...sizeSection(
        results.edge,
        `Rounding-edge workload: ${fmt(results.edge.pegawai)} pegawai whose RHK capaian sit on x.xx5`,
      ),
    );
  }
  lines.push(...storage);
  return lines.join('\n');
}
