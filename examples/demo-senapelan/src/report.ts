import {
  checkDistribusi,
  evaluateTahunan,
  formatAngka,
  formatIssue,
  type Issue,
  type Locale,
  label,
  PERMENPANRB_6_2022,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  type RulePack62022,
} from '@kinerja/core';
import { type Agency, kurvaUnitOf } from '@kinerja/core/testing';

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The rule pack; PermenPANRB 6/2022 by default. */
  readonly pack?: RulePack62022;
  /** The terminal width the text must fit; default 100. */
  readonly width?: number;
}

/** The year's result of one unit that has a kurva distribusi. */
export interface UnitKurvaReport {
  readonly unitKerjaId: string;
  readonly nama: string;
  /** How many units with a kurva lie above this one (0 for a kecamatan, 1 for its kelurahan). */
  readonly depth: number;
  readonly predikatOrganisasi: PredikatOrganisasi;
  readonly headcount: number;
  readonly counts: Readonly<Record<Predikat, number>>;
  readonly conforms: boolean;
  /** The violated kurva rules (errors and warnings), in the pack's order. */
  readonly violations: readonly Issue[];
}

/** The year's results of an agency: per kurva unit, and the SKP the engine could not score. */
export interface AgencyReport {
  readonly units: readonly UnitKurvaReport[];
  readonly failures: readonly { readonly skpId: string; readonly issues: readonly Issue[] }[];
}

function groupBySkp<T extends { readonly skpId: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const list = m.get(t.skpId);
    if (list === undefined) m.set(t.skpId, [t]);
    else list.push(t);
  }
  return m;
}

/**
 * Scores every pegawai of an agency for its year with `evaluateTahunan` (a unit leader's SKP
 * gets the unit's predikat organisasi) and checks each kurva unit's distribution of predikat
 * with `checkDistribusi`.
 *
 * @param agency - a generated (or loaded) agency.
 * @param pack - the rule pack; PermenPANRB 6/2022 by default.
 * @returns the result per kurva unit, in the order of the unit tree, and the SKP that failed.
 */
export function evaluateAgency(agency: Agency, pack: RulePack62022 = PERMENPANRB_6_2022): AgencyReport {
  const realisasi = groupBySkp(agency.realisasi);
  const evaluasi = groupBySkp(agency.evaluasiPeriodik);
  const predikatOrganisasi = new Map<string, PredikatOrganisasi>();
  for (const c of agency.capaianKinerjaOrganisasi) {
    if (c.tahun === agency.tahun) predikatOrganisasi.set(c.unitKerjaId, c.predikat);
  }
  const distribusi = new Map<string, Predikat[]>();
  const failures: { skpId: string; issues: readonly Issue[] }[] = [];
  for (const skp of agency.skp) {
    if (skp.tahun !== agency.tahun) continue;
    const r = evaluateTahunan(
      {
        skp,
        realisasi: realisasi.get(skp.id) ?? [],
        evaluasiPeriodik: evaluasi.get(skp.id) ?? [],
        predikatOrganisasi: skp.pimpinanUnit ? predikatOrganisasi.get(skp.unitKerjaId) : undefined,
      },
      pack,
    );
    if (!r.ok) {
      failures.push({ skpId: skp.id, issues: r.issues });
      continue;
    }
    const unit = kurvaUnitOf(agency, skp.unitKerjaId);
    if (unit === null) continue;
    const list = distribusi.get(unit.id);
    if (list === undefined) distribusi.set(unit.id, [r.value.predikat]);
    else list.push(r.value.predikat);
  }
  const units: UnitKurvaReport[] = [];
  for (const u of agency.unitKerja) {
    const po = predikatOrganisasi.get(u.id);
    if (po === undefined) continue;
    const check = checkDistribusi({ predikatOrganisasi: po, distribusi: distribusi.get(u.id) ?? [] }, pack);
    if (!check.ok) {
      failures.push({ skpId: u.id, issues: check.issues });
      continue;
    }
    const c = check.value;
    let depth = 0;
    for (let up = u.indukId === null ? null : kurvaUnitOf(agency, u.indukId); up !== null; depth++) {
      up = up.indukId === null || depth > agency.unitKerja.length ? null : kurvaUnitOf(agency, up.indukId);
    }
    units.push({
      unitKerjaId: u.id,
      nama: u.nama,
      depth,
      predikatOrganisasi: po,
      headcount: c.headcount,
      counts: c.counts,
      conforms: c.conforms,
      violations: c.violations,
    });
  }
  return { units, failures };
}

const TEXT = {
  id: {
    title: (nama: string) => `Kinerja — evaluasi tahunan ${nama}`,
    meta: (tahun: number, periodik: string, instansi: string, pack: RulePack62022) =>
      `${instansi} · tahun ${tahun} · periode ${periodik.toLowerCase()} · ${pack.id} ${pack.version}`,
    rules: (pack: RulePack62022) => `Aturan: ${pack.definition.name.id}`,
    unit: 'Unit kerja',
    predikatOrganisasi: 'Predikat org.',
    headcount: 'Pegawai',
    kurva: 'Kurva',
    conforms: '✓ sesuai',
    violates: '✗ tidak sesuai',
    empty: '– tanpa pegawai',
    abbreviations: ['SB', 'B', 'BP', 'K/M', 'SK'],
    summary: (pegawai: string, units: string, ok: string, bad: string) =>
      `Ringkasan: ${pegawai} pegawai dinilai di ${units} unit berkurva; ${ok} sesuai kurva, ${bad} tidak sesuai.`,
    failures: (count: string) => `${count} SKP tidak dapat dinilai:`,
    kecamatan: (n: number) => `${n} kecamatan`,
  },
  en: {
    title: (nama: string) => `Kinerja — annual evaluation of ${nama}`,
    meta: (tahun: number, periodik: string, instansi: string, pack: RulePack62022) =>
      `${instansi} · year ${tahun} · ${periodik.toLowerCase()} windows · ${pack.id} ${pack.version}`,
    rules: (pack: RulePack62022) => `Rules: ${pack.definition.name.en}`,
    unit: 'Unit',
    predikatOrganisasi: 'Org. rating',
    headcount: 'Staff',
    kurva: 'Kurva',
    conforms: '✓ conforms',
    violates: '✗ does not conform',
    empty: '– no staff',
    abbreviations: ['VG', 'G', 'NI', 'P/M', 'VP'],
    summary: (pegawai: string, units: string, ok: string, bad: string) =>
      `Summary: ${pegawai} pegawai rated in ${units} units with a kurva; ${ok} conform, ${bad} do not.`,
    failures: (count: string) => `${count} SKP could not be scored:`,
    kecamatan: (n: number) => `${n} kecamatan`,
  },
} as const;

/** Wraps text to a width, every line after the first indented by `hang` spaces. */
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

/** Fits text into a column of width `w`, keeping at least one space after it (truncated with `…`). */
const fit = (s: string, w: number): string =>
  s.length >= w ? `${s.slice(0, Math.max(0, w - 2))}… ` : s.padEnd(w);

/**
 * Renders the year's result of an agency as a compact table for a terminal: per unit with a
 * kurva its name, predikat organisasi, headcount, the count of each predikat (best to worst),
 * whether the distribution conforms to the kurva and, under a unit, each violated rule's
 * message; then a summary line. Pure: no I/O.
 *
 * @param agency - a generated (or loaded) agency.
 * @param options - locale (`'id'` by default), rule pack, width (100 by default).
 * @returns the text, lines separated by `\n`, ending with a newline.
 */
export function renderReport(agency: Agency, options: RenderReportOptions = {}): string {
  const locale: Locale = options.locale === 'en' ? 'en' : 'id';
  const pack = options.pack ?? PERMENPANRB_6_2022;
  const width = options.width ?? 100;
  const t = TEXT[locale];
  const report = evaluateAgency(agency, pack);
  const n = (x: number): string => formatAngka(String(x), { locale });

  const roots = agency.unitKerja.filter((u) => u.indukId === null);
  const nama = roots.length === 1 ? roots[0]!.nama : t.kecamatan(roots.length);
  const out: string[] = [
    t.title(nama),
    ...wrap(
      t.meta(agency.tahun, label('jenisPeriodik', agency.jenisPeriodik, locale), agency.instansi.nama, pack),
      width,
      '',
      '  ',
    ),
    ...wrap(t.rules(pack), width, '', '  '),
    '',
  ];

  // Columns: name, predikat organisasi, headcount, five predikat, kurva status.
  const total = n(agency.pegawai.length).length;
  const headW = Math.max(t.headcount.length, total) + 1;
  const countW = Math.max(...t.abbreviations.map((a) => a.length), total) + 2;
  const poW =
    Math.max(
      t.predikatOrganisasi.length,
      ...report.units.map((u) => label('predikatOrganisasi', u.predikatOrganisasi, locale).length),
    ) + 1;
  const statusW = Math.max(t.conforms.length, t.violates.length, t.empty.length);
  const fixed = poW + headW + countW * PREDIKATS.length + 2 + statusW;
  const longest = Math.max(t.unit.length, ...report.units.map((u) => 2 * u.depth + u.nama.length));
  const nameW = Math.max(12, Math.min(width - fixed, longest + 1));
  const row = (name: string, po: string, counts: readonly string[], status: string): string => {
    const [head = '', ...rest] = counts;
    const numbers = head.padStart(headW) + rest.map((c) => c.padStart(countW)).join('');
    return `${fit(name, nameW)}${fit(po, poW)}${numbers}  ${status}`.trimEnd();
  };

  out.push(row(t.unit, t.predikatOrganisasi, [t.headcount, ...t.abbreviations], t.kurva));
  out.push('─'.repeat(Math.min(width, nameW + fixed)));
  let ok = 0;
  let bad = 0;
  let pegawai = 0;
  const totals: Record<Predikat, number> = {
    SANGAT_BAIK: 0,
    BAIK: 0,
    BUTUH_PERBAIKAN: 0,
    KURANG: 0,
    SANGAT_KURANG: 0,
  };
  for (const u of report.units) {
    pegawai += u.headcount;
    for (const p of PREDIKATS) totals[p] += u.counts[p];
    const status = u.headcount === 0 ? t.empty : u.conforms ? t.conforms : t.violates;
    if (u.headcount > 0) {
      if (u.conforms) ok++;
      else bad++;
    }
    out.push(
      row(
        '  '.repeat(u.depth) + u.nama,
        label('predikatOrganisasi', u.predikatOrganisasi, locale),
        [n(u.headcount), ...PREDIKATS.map((p) => n(u.counts[p]))],
        status,
      ),
    );
    for (const v of u.violations) {
      const mark = v.severity === 'warning' ? '!' : '–';
      // The path (`distribusi`) says nothing to a reader of this table: leave it out.
      const message = formatIssue({ ...v, path: [] } as Issue, locale);
      const indent = '  '.repeat(u.depth);
      out.push(...wrap(message, width, `${indent}    ${mark} `, `${indent}      `));
    }
  }
  out.push('─'.repeat(Math.min(width, nameW + fixed)));
  out.push(row('', '', [n(pegawai), ...PREDIKATS.map((p) => n(totals[p]))], ''));
  out.push('');
  const legend = PREDIKATS.map((p, i) => `${t.abbreviations[i]} = ${label('predikat', p, locale)}`).join(
    ' · ',
  );
  out.push(...wrap(legend, width, '', ''));
  out.push(...wrap(t.summary(n(pegawai), n(ok + bad), n(ok), n(bad)), width, '', ''));
  if (report.failures.length > 0) {
    out.push('', t.failures(n(report.failures.length)));
    for (const f of report.failures.slice(0, 10)) {
      const first = f.issues[0];
      out.push(
        ...wrap(
          `${f.skpId}: ${first === undefined ? '' : formatIssue(first, locale)}`,
          width,
          '  – ',
          '    ',
        ),
      );
    }
  }
  return `${out.join('\n')}\n`;
}
