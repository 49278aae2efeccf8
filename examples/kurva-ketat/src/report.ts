import {
  applyOverride,
  fail,
  formatAngka,
  formatIssue,
  type Issue,
  type Locale,
  label,
  ok,
  PERMENPANRB_6_2022,
  PREDIKATS,
  type Predikat,
  type Result,
  type RulePack62022,
  type RulePackRef,
  type WhatIf,
  whatIf,
} from '@kinerja/core';
import type { Agency } from '@kinerja/core/testing';

/** Options of {@link renderKurvaKetat}. */
export interface RenderOptions {
  /** `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The terminal width the text must fit; default 100. */
  readonly width?: number;
}

/**
 * Applies the analyst's override file to PermenPANRB 6/2022. An override of another regime is
 * refused: the what-if compares two 6/2022 packs.
 *
 * @param override - the override file's content (e.g. `JSON.parse` of `kurva-ketat.json`).
 * @returns the stricter pack, or the issues of the file.
 */
export function buildKetat(override: unknown): Result<RulePack62022> {
  const r = applyOverride(PERMENPANRB_6_2022, override);
  if (!r.ok) return r;
  if (r.value.regime !== 'permenpanrb-6-2022') {
    return fail([
      {
        code: 'invalid_value',
        path: ['base', 'id'],
        params: { options: ['permenpanrb-6-2022'], received: r.value.regime },
      },
    ]);
  }
  return ok(r.value);
}

const TEXT = {
  id: {
    title: (nama: string) => `Kinerja — simulasi kurva distribusi yang lebih ketat: ${nama}`,
    meta: (instansi: string, tahun: number, periodik: string) =>
      `${instansi} · tahun ${tahun} · periode ${periodik.toLowerCase()}`,
    packA: 'Aturan A (berlaku):',
    packB: 'Aturan B (simulasi):',
    unit: 'Unit kerja',
    po: 'Predikat org.',
    headcount: 'Pegawai',
    kurvaA: 'Kurva A',
    kurvaB: 'Kurva B',
    conforms: '✓ sesuai',
    violates: '✗ tidak',
    empty: '–',
    abbreviations: ['SB', 'B', 'BP', 'K/M', 'SK'],
    violationsB: 'aturan B:',
    matrix: 'Matriks transisi predikat (baris: aturan A, kolom: aturan B)',
    total: 'Jumlah',
    summaryPegawai: (changed: string, n: string) =>
      `${changed} dari ${n} pegawai berubah predikat atau rating.`,
    diagonal:
      'Kurva distribusi adalah batas sebaran predikat di setiap unit, bukan pemeringkatan ulang: kurva yang lebih ketat tidak mengubah predikat siapa pun, tetapi mengubah unit mana yang sesuai kurva.',
    notDiagonal: 'Aturan B mengubah rating atau matriks predikat, sehingga sebagian predikat berubah.',
    summaryUnits: (a: string, b: string, worse: string, better: string) =>
      `Unit yang sesuai kurva: ${a} dengan aturan A, ${b} dengan aturan B (${worse} menjadi tidak sesuai, ${better} menjadi sesuai).`,
    gagal: (n: string) => `${n} SKP tidak dapat dinilai.`,
  },
  en: {
    title: (nama: string) => `Kinerja — what if the kurva distribusi were stricter: ${nama}`,
    meta: (instansi: string, tahun: number, periodik: string) =>
      `${instansi} · year ${tahun} · ${periodik.toLowerCase()} windows`,
    packA: 'Rules A (in force):',
    packB: 'Rules B (simulated):',
    unit: 'Unit',
    po: 'Org. rating',
    headcount: 'Staff',
    kurvaA: 'Kurva A',
    kurvaB: 'Kurva B',
    conforms: '✓ conforms',
    violates: '✗ no',
    empty: '–',
    abbreviations: ['VG', 'G', 'NI', 'P/M', 'VP'],
    violationsB: 'rules B:',
    matrix: 'Transition matrix of predikat (rows: rules A, columns: rules B)',
    total: 'Total',
    summaryPegawai: (changed: string, n: string) => `${changed} of ${n} pegawai change predikat or rating.`,
    diagonal:
      'The kurva distribusi bounds the spread of predikat in each unit; it does not re-rank anybody: a stricter kurva changes nobody’s predikat, but it changes which units conform.',
    notDiagonal: 'Rules B change ratings or the predikat matrix, so some predikat change.',
    summaryUnits: (a: string, b: string, worse: string, better: string) =>
      `Units conforming to their kurva: ${a} under rules A, ${b} under rules B (${worse} no longer conform, ${better} now conform).`,
    gagal: (n: string) => `${n} SKP could not be scored.`,
  },
} as const;

function describePack(ref: RulePackRef): string {
  const base = `${ref.id} ${ref.version}`;
  return ref.override ? `${base} + ${ref.override.name} ${ref.override.version}` : base;
}

/** Wraps text to a width, every line after the first indented by `hang`. */
function wrap(text: string, width: number, indent: string, hang: string): string[] {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of text.split(/\s+/)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hang + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

const fit = (s: string, w: number): string =>
  s.length >= w ? `${s.slice(0, Math.max(0, w - 2))}… ` : s.padEnd(w);

/**
 * Renders a what-if of two kurva as a table for a terminal: per kurva unit its predikat
 * organisasi, headcount, the count of each predikat (`a→b` where the packs differ) and whether it
 * conforms under rules A and B, with the violated rules of B under a unit that does not conform;
 * then the transition matrix and a summary. Pure: no I/O.
 *
 * @param agency - the agency the what-if ran on (names and year).
 * @param r - the what-if result.
 * @param description - the override's description, printed under rules B.
 * @param options - locale and width.
 * @returns the text, ending with a newline.
 */
export function renderWhatIf(
  agency: Agency,
  r: WhatIf,
  description: string | undefined,
  options: RenderOptions = {},
): string {
  const locale: Locale = options.locale === 'en' ? 'en' : 'id';
  const width = options.width ?? 100;
  const t = TEXT[locale];
  const n = (x: number): string => formatAngka(String(x), { locale });
  const roots = agency.unitKerja.filter((u) => u.indukId === null);
  const out: string[] = [
    t.title(roots.length === 1 ? roots[0]!.nama : agency.instansi.nama),
    ...wrap(
      t.meta(agency.instansi.nama, agency.tahun, label('jenisPeriodik', agency.jenisPeriodik, locale)),
      width,
      '',
      '  ',
    ),
    `${t.packA} ${describePack(r.packBefore)}`,
    `${t.packB} ${describePack(r.packAfter)}`,
    ...(description === undefined ? [] : wrap(description, width, '  ', '  ')),
    '',
  ];

  const parent = new Map(agency.unitKerja.map((u) => [u.id, u.indukId]));
  const kurvaIds = new Set(r.kurvaUnit.map((u) => u.kurvaUnitId));
  const depthOf = (id: string): number => {
    let depth = 0;
    for (let up = parent.get(id) ?? null, steps = 0; up !== null && steps < parent.size; steps++) {
      if (kurvaIds.has(up)) depth++;
      up = parent.get(up) ?? null;
    }
    return depth;
  };
  const cell = (a: number, b: number): string => (a === b ? n(a) : `${n(a)}→${n(b)}`);
  const rows = r.kurvaUnit.map((u) => ({
    u,
    name: '  '.repeat(depthOf(u.kurvaUnitId)) + u.nama,
    po: label('predikatOrganisasi', u.predikatOrganisasi, locale),
    counts: [
      cell(u.before.headcount, u.after.headcount),
      ...PREDIKATS.map((p) => cell(u.before.counts[p], u.after.counts[p])),
    ],
    a: u.before.headcount === 0 ? t.empty : u.before.conforms ? t.conforms : t.violates,
    b: u.after.headcount === 0 ? t.empty : u.after.conforms ? t.conforms : t.violates,
  }));
  const headW = Math.max(t.headcount.length, ...rows.map((x) => x.counts[0]!.length)) + 1;
  const countW =
    Math.max(
      ...t.abbreviations.map((a) => a.length),
      ...rows.flatMap((x) => x.counts.slice(1).map((c) => c.length)),
    ) + 2;
  const poW = Math.max(t.po.length, ...rows.map((x) => x.po.length)) + 1;
  const statusW = Math.max(t.kurvaA.length, t.conforms.length, t.violates.length) + 2;
  const fixed = poW + headW + countW * PREDIKATS.length + 2 + statusW + statusW;
  const nameW = Math.max(
    12,
    Math.min(width - fixed, Math.max(t.unit.length, ...rows.map((x) => x.name.length)) + 1),
  );
  const line = (name: string, po: string, counts: readonly string[], a: string, b: string): string => {
    const [head = '', ...rest] = counts;
    const numbers = head.padStart(headW) + rest.map((c) => c.padStart(countW)).join('');
    return `${fit(name, nameW)}${fit(po, poW)}${numbers}  ${a.padEnd(statusW)}${b}`.trimEnd();
  };
  const rule = '─'.repeat(Math.min(width, nameW + fixed));
  out.push(line(t.unit, t.po, [t.headcount, ...t.abbreviations], t.kurvaA, t.kurvaB), rule);
  for (const x of rows) {
    out.push(line(x.name, x.po, x.counts, x.a, x.b));
    if (!x.u.after.conforms && x.u.after.headcount > 0) {
      const indent = `${' '.repeat(x.name.length - x.name.trimStart().length)}    `;
      out.push(`${indent}${t.violationsB}`);
      for (const v of x.u.after.violations) {
        const mark = v.severity === 'warning' ? '!' : '–';
        const message = formatIssue({ ...v, path: [] } as Issue, locale);
        out.push(...wrap(message, width, `${indent}  ${mark} `, `${indent}    `));
      }
    }
  }
  out.push(rule, '');

  // The transition matrix.
  out.push(t.matrix);
  const mW = Math.max(
    6,
    t.total.length + 2,
    ...t.abbreviations.map((a) => a.length + 2),
    n(r.total.pegawai).length + 2,
  );
  const labelW = Math.max(...t.abbreviations.map((a) => a.length), t.total.length) + 2;
  const mRow = (head: string, cells: readonly string[]): string =>
    `${head.padEnd(labelW)}${cells.map((c) => c.padStart(mW)).join('')}`.trimEnd();
  out.push(mRow('', [...t.abbreviations, t.total]));
  PREDIKATS.forEach((from: Predikat, i) => {
    const cells = PREDIKATS.map((to) => n(r.transisi[from][to]));
    out.push(mRow(t.abbreviations[i]!, [...cells, n(r.total.distribusiBefore[from])]));
  });
  out.push(mRow(t.total, [...PREDIKATS.map((p) => n(r.total.distribusiAfter[p])), n(r.total.pegawai)]));
  out.push('');
  const legend = PREDIKATS.map((p, i) => `${t.abbreviations[i]} = ${label('predikat', p, locale)}`).join(
    ' · ',
  );
  out.push(...wrap(legend, width, '', ''));
  out.push(...wrap(t.summaryPegawai(n(r.total.changed), n(r.total.pegawai)), width, '', ''));
  out.push(...wrap(r.total.predikatChanged === 0 ? t.diagonal : t.notDiagonal, width, '', ''));
  out.push(
    ...wrap(
      t.summaryUnits(
        n(r.total.conformingBefore),
        n(r.total.conformingAfter),
        n(r.total.becameNonConforming),
        n(r.total.becameConforming),
      ),
      width,
      '',
      '',
    ),
  );
  if (r.total.gagal > 0) out.push(t.gagal(n(r.total.gagal)));
  return `${out.join('\n')}\n`;
}

/**
 * The whole example: applies the override to PermenPANRB 6/2022, runs the what-if on the agency
 * and renders it; an invalid override or dataset is rendered as its issues.
 *
 * @param agency - the seeded agency.
 * @param override - the override file's content.
 * @param options - locale and width.
 * @returns the text and whether it succeeded.
 */
export function renderKurvaKetat(
  agency: Agency,
  override: unknown,
  options: RenderOptions = {},
): { readonly ok: boolean; readonly text: string } {
  const locale: Locale = options.locale === 'en' ? 'en' : 'id';
  const issues = (list: readonly Issue[]) => ({
    ok: false,
    text: `${list.map((i) => `– ${formatIssue(i, locale)}`).join('\n')}\n`,
  });
  const ketat = buildKetat(override);
  if (!ketat.ok) return issues(ketat.issues);
  const r = whatIf(agency, PERMENPANRB_6_2022, ketat.value);
  if (!r.ok) return issues(r.issues);
  const description =
    typeof override === 'object' && override !== null && 'description' in override
      ? String((override as { description: unknown }).description)
      : undefined;
  return { ok: true, text: renderWhatIf(agency, r.value, description, options) };
}
