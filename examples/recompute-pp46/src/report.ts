import {
  ASPEK_PERILAKU_PP46,
  ASPEK_PERILAKU_PP46_LABELS,
  type AspekPp46Step,
  formatAngka,
  formatPersen,
  formatTanggal,
  type HasilPp46,
  type Locale,
  type NilaiPp46,
  PREDIKAT_PP46_LABELS,
  type RulePackPp46,
  type SkpPp46Input,
  TINGKAT_KREATIVITAS_LABELS,
} from '@kinerja/core';
import type { IdentitasSkp } from './skp-2019';

/** The texts of the report, in both languages. */
const TEXT = {
  id: {
    title: 'Penghitungan ulang SKP menurut PP 46/2011 dan Perka BKN 1/2013',
    pegawai: 'Pegawai',
    nip: 'NIP',
    jabatan: 'Jabatan',
    unitKerja: 'Unit kerja',
    periode: 'Periode penilaian',
    penilai: 'Pejabat penilai',
    rulePack: 'Rule pack',
    sampai: 's.d.',
    kegiatan: 'Kegiatan tugas jabatan',
    header: ['Aspek', 'Target', 'Realisasi', 'Efisiensi', 'Nilai', 'Sebutan'],
    aspek: { KUANTITAS: 'Kuantitas', KUALITAS: 'Kualitas', WAKTU: 'Waktu', BIAYA: 'Biaya' },
    rumus: {
      RASIO: '',
      EFISIENSI_SAMPAI_BATAS: '≤ batas',
      EFISIENSI_DI_ATAS_BATAS: '> batas',
    },
    penghitungan: 'Penghitungan',
    nilaiCapaian: 'nilai capaian',
    skp: 'Nilai capaian SKP',
    rataRata: (n: number) => `Rata-rata ${n} kegiatan`,
    tugasTambahan: (n: number) => `Tugas tambahan (${n} tugas)`,
    kreativitas: (n: number) => `Kreativitas (${n})`,
    perilaku: 'Perilaku kerja',
    jumlah: 'Jumlah',
    prestasi: 'Nilai prestasi kerja',
    nilaiSkp: 'Nilai capaian SKP',
    nilaiPerilaku: 'Nilai perilaku kerja',
    catatan: 'Catatan',
    rupiah: 'Rp',
    floatNote: (kegiatan: string, float: string, eff: string) =>
      `Kegiatan ${kegiatan}: efisiensi waktu tepat 24% sehingga nilainya 100. Aplikasi yang menghitung dengan ` +
      `floating point mendapat efisiensi ${eff}% (> 24%) dan nilai ${float}.`,
    paddedNote: (kegiatan: string) =>
      `Kegiatan ${kegiatan}: efisiensi lebih dari 24% dianggap target yang terlalu longgar; nilainya 100 × realisasi / target.`,
  },
  en: {
    title: 'Recomputing an SKP under PP 46/2011 and Perka BKN 1/2013',
    pegawai: 'Employee',
    nip: 'NIP',
    jabatan: 'Position',
    unitKerja: 'Work unit',
    periode: 'Appraisal period',
    penilai: 'Appraising official',
    rulePack: 'Rule pack',
    sampai: 'to',
    kegiatan: 'Tasks of the position (kegiatan)',
    header: ['Aspect', 'Target', 'Actual', 'Efficiency', 'Value', 'Category'],
    aspek: { KUANTITAS: 'Quantity', KUALITAS: 'Quality', WAKTU: 'Time', BIAYA: 'Cost' },
    rumus: {
      RASIO: '',
      EFISIENSI_SAMPAI_BATAS: '≤ limit',
      EFISIENSI_DI_ATAS_BATAS: '> limit',
    },
    penghitungan: 'Sum of aspects',
    nilaiCapaian: 'achievement',
    skp: 'Nilai capaian SKP (achievement of the SKP)',
    rataRata: (n: number) => `Mean of ${n} tasks`,
    tugasTambahan: (n: number) => `Additional tasks (${n})`,
    kreativitas: (n: number) => `Creativity (${n})`,
    perilaku: 'Perilaku kerja (work behaviour)',
    jumlah: 'Sum',
    prestasi: 'Nilai prestasi kerja (work performance)',
    nilaiSkp: 'SKP achievement',
    nilaiPerilaku: 'Work behaviour',
    catatan: 'Notes',
    rupiah: 'Rp',
    floatNote: (kegiatan: string, float: string, eff: string) =>
      `Task ${kegiatan}: a time efficiency of exactly 24%, so its value is 100. An application computing in ` +
      `floating point gets an efficiency of ${eff}% (> 24%) and a value of ${float}.`,
    paddedNote: (kegiatan: string) =>
      `Task ${kegiatan}: an efficiency above 24% is taken as a padded target; its value is 100 × actual / target.`,
  },
} as const;

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** `'id'` (default) or `'en'`. */
  readonly locale?: Locale;
}

/** The Perka formula for waktu or biaya in IEEE-754 floats, as many old applications computed it. */
export function floatEfisiensi(target: number, realisasi: number): { efisiensi: number; nilai: number } {
  const efisiensi = 100 - (realisasi / target) * 100;
  const x = ((1.76 * target - realisasi) / target) * 100;
  return { efisiensi, nilai: efisiensi <= 24 ? x : 76 - (x - 100) };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

/**
 * The report of a recomputed PP 46/2011 SKP, as text: who, which rules, each kegiatan with every
 * aspect (target, realisasi, efficiency, value, category), the penghitungan and nilai capaian, the
 * nilai capaian SKP with tugas tambahan and kreativitas, perilaku kerja, and the nilai prestasi
 * kerja 60/40 with its category. Pure: no I/O.
 *
 * @param hasil - the result of `evaluatePp46`.
 * @param skp - the input it was computed from (for the units and the descriptions).
 * @param identitas - who the SKP belongs to.
 * @param pack - the rule pack used.
 * @param options - the language.
 * @returns the report.
 */
export function renderReport(
  hasil: HasilPp46,
  skp: SkpPp46Input,
  identitas: IdentitasSkp,
  pack: RulePackPp46,
  options: RenderReportOptions = {},
): string {
  const locale = options.locale ?? 'id';
  const t = TEXT[locale];
  const angka = (value: string): string => formatAngka(value, { scale: 2, locale });
  const bulat = (value: string): string => formatAngka(value, { locale });
  const sebutan = (n: NilaiPp46): string => PREDIKAT_PP46_LABELS[n.predikat][locale];
  const lines: string[] = [];
  const out = (line = ''): void => {
    lines.push(line);
  };

  out(t.title);
  out('='.repeat(t.title.length));
  out(`${pad(t.pegawai, 20)}: ${identitas.nama} (${t.nip} ${identitas.nip}), ${identitas.pangkat}`);
  out(`${pad(t.jabatan, 20)}: ${identitas.jabatan}`);
  out(`${pad(t.unitKerja, 20)}: ${identitas.unitKerja}`);
  out(
    `${pad(t.periode, 20)}: ${formatTanggal(identitas.periode.awal, locale)} ${t.sampai} ${formatTanggal(identitas.periode.akhir, locale)}`,
  );
  out(`${pad(t.penilai, 20)}: ${identitas.pejabatPenilai}`);
  out(
    `${pad(t.rulePack, 20)}: ${hasil.trace.rulePack.id}@${hasil.trace.rulePack.version} — ${pack.definition.name[locale]}`,
  );
  out();

  // Each kegiatan: its aspects from the trace (target, realisasi, efficiency, branch), then the nilai capaian.
  out(t.kegiatan);
  out('-'.repeat(t.kegiatan.length));
  const steps = hasil.trace.steps.filter((s): s is AspekPp46Step => s.kind === 'aspek');
  const notes: string[] = [];
  hasil.kegiatan.forEach((k, i) => {
    const input = skp.kegiatan[i]!;
    const nomor = String(i + 1);
    out(`${nomor}. ${k.uraian ?? k.id}`);
    const [aspek, target, realisasi, efisiensi, nilai, kategori] = t.header;
    out(
      `   ${pad(aspek, 12)}${pad(target, 16)}${pad(realisasi, 16)}${pad(efisiensi, 18)}${padStart(nilai, 7)}  ${kategori}`,
    );
    for (const s of steps.filter((x) => x.kegiatanId === k.id)) {
      const satuan =
        s.aspek === 'KUANTITAS'
          ? input.kuantitas.satuan
          : s.aspek === 'WAKTU'
            ? input.waktu.satuan
            : undefined;
      const amount = (v: string): string =>
        s.aspek === 'BIAYA'
          ? `${t.rupiah}${bulat(v)}`
          : satuan === undefined
            ? bulat(v)
            : `${bulat(v)} ${satuan}`;
      const efisiensi =
        s.efisiensi === null
          ? ''
          : `${formatPersen(s.efisiensi, { scale: 2, locale })} ${t.rumus[s.formula]}`;
      out(
        `   ${pad(t.aspek[s.aspek], 12)}${pad(amount(s.target), 16)}${pad(amount(s.realisasi), 16)}${pad(efisiensi, 18)}${padStart(angka(s.nilai), 7)}  ${PREDIKAT_PP46_LABELS[s.predikat][locale]}`,
      );
      if (s.aspek === 'WAKTU' && s.efisiensi !== null && s.formula === 'EFISIENSI_SAMPAI_BATAS') {
        const f = floatEfisiensi(Number(s.target), Number(s.realisasi));
        if (f.efisiensi > 24 && s.efisiensi === '24') {
          notes.push(
            t.floatNote(
              nomor,
              angka(String(f.nilai)),
              String(f.efisiensi).replace('.', locale === 'id' ? ',' : '.'),
            ),
          );
        }
      }
      if (s.formula === 'EFISIENSI_DI_ATAS_BATAS') notes.push(t.paddedNote(nomor));
    }
    out(
      `   ${t.penghitungan} ${angka(k.penghitungan)} ÷ ${k.pembagi} = ${t.nilaiCapaian} ${angka(k.nilaiCapaian.nilai)} (${sebutan(k.nilaiCapaian)})`,
    );
    out();
  });

  // Nilai capaian SKP.
  const kreativitas = (skp.kreativitas ?? []).map((k) => TINGKAT_KREATIVITAS_LABELS[k.tingkat][locale]);
  out(t.skp);
  out('-'.repeat(t.skp.length));
  const row = (label: string, value: string, extra = ''): void => {
    out(`   ${pad(label, 44)}${padStart(value, 9)}${extra === '' ? '' : `  ${extra}`}`);
  };
  row(t.rataRata(hasil.kegiatan.length), angka(hasil.rataRataKegiatan));
  row(t.tugasTambahan(hasil.tugasTambahan.jumlah), `+ ${angka(hasil.tugasTambahan.nilai)}`);
  row(t.kreativitas(hasil.kreativitas.jumlah), `+ ${angka(hasil.kreativitas.nilai)}`, kreativitas.join('; '));
  row(t.nilaiSkp, angka(hasil.nilaiSkp.nilai), sebutan(hasil.nilaiSkp));
  out();

  // Perilaku kerja.
  out(t.perilaku);
  out('-'.repeat(t.perilaku.length));
  for (const a of ASPEK_PERILAKU_PP46) {
    const n = hasil.perilakuKerja.aspek[a];
    if (n !== undefined) row(ASPEK_PERILAKU_PP46_LABELS[a][locale], angka(n.nilai), sebutan(n));
  }
  row(
    `${t.jumlah} ${angka(hasil.perilakuKerja.jumlah)} ÷ ${hasil.perilakuKerja.pembagi}`,
    angka(hasil.perilakuKerja.nilai.nilai),
    sebutan(hasil.perilakuKerja.nilai),
  );
  out();

  // Nilai prestasi kerja, 60/40.
  const bobot = pack.definition.bobot;
  out(t.prestasi);
  out('-'.repeat(t.prestasi.length));
  row(
    `${t.nilaiSkp} ${angka(hasil.nilaiSkp.nilai)} × ${bulat(bobot.nilaiSkp)}%`,
    angka(hasil.prestasiKerja.bagianSkp),
  );
  row(
    `${t.nilaiPerilaku} ${angka(hasil.perilakuKerja.nilai.nilai)} × ${bulat(bobot.nilaiPerilakuKerja)}%`,
    `+ ${angka(hasil.prestasiKerja.bagianPerilakuKerja)}`,
  );
  row(t.prestasi, angka(hasil.prestasiKerja.nilai.nilai), sebutan(hasil.prestasiKerja.nilai));

  if (notes.length > 0) {
    out();
    out(`${t.catatan}:`);
    for (const n of notes) out(`- ${n}`);
  }
  return `${lines.join('\n')}\n`;
}
