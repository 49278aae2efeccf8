/**
 * Renders the comparison as text, in Indonesian (default) or English. Pure: no I/O.
 */
import {
  Decimal,
  formatAngka,
  formatTanggal,
  type HasilTpp,
  type Locale,
  label,
  type PotonganTpp,
  type RulePack62022,
} from '@kinerja/core';
import type { BarisPerbandingan, Perbandingan } from './compare';

/** "Maret 2026": the month and year of a monthly period, from core's date formatter. */
const bulanTahun = (periode: { readonly tahun: number; readonly bulan: number }, locale: Locale): string =>
  formatTanggal(`${periode.tahun}-${String(periode.bulan).padStart(2, '0')}-01`, locale).replace(/^1 /, '');

const TEXT = {
  id: {
    title: 'Paket aturan instansi: ambang rating kuantitatif dan tabel TPP sendiri',
    dasar: 'Aturan dasar',
    instansi: 'Aturan instansi',
    tpp: 'Konfigurasi TPP',
    periode: 'Periode',
    bulanan: 'evaluasi periodik bulanan',
    ambang: (diAtas: string, sesuai: string) =>
      `di atas ekspektasi bila capaian ≥ ${diAtas}%, sesuai ≥ ${sesuai}%`,
    override: (name: string, version: string, base: string) => `override ${name} ${version} atas ${base}`,
    komponen: 'komponen',
    head: [
      'Pegawai',
      'Kelas',
      'Capaian RHK',
      'Predikat dasar',
      'Predikat instansi',
      'TPP dasar',
      'TPP instansi',
      'Selisih',
    ],
    ak: 'Angka kredit bulan ini (jabatan fungsional, 1 bulan)',
    rincian: (nama: string) => `Rincian TPP ${nama} (aturan instansi)`,
    pagu: (kelas: number) => `Pagu TPP kelas jabatan ${kelas}`,
    bruto: 'TPP sebelum potongan',
    neto: 'TPP diterima (sebelum pajak)',
    satuan: { KEJADIAN: 'kejadian', HARI: 'hari' },
    batas: 'Koreksi batas potongan',
    catatan: [
      'Catatan: ambang override dan tabel TPP adalah CONTOH, bukan aturan daerah mana pun. Tabel potongan',
      'keterlambatan dan apel mengikuti contoh aplikasi SIAP TUBA (Kab. Tulang Bawang); angka lain dibuat-buat.',
    ],
  },
  en: {
    title: 'Agency rule pack: its own kuantitatif rating thresholds and TPP table',
    dasar: 'Base rules',
    instansi: 'Agency rules',
    tpp: 'TPP configuration',
    periode: 'Period',
    bulanan: 'monthly periodic evaluation',
    ambang: (diAtas: string, sesuai: string) =>
      `above expectations when capaian ≥ ${diAtas}%, meets ≥ ${sesuai}%`,
    override: (name: string, version: string, base: string) => `override ${name} ${version} of ${base}`,
    komponen: 'components',
    head: [
      'Employee',
      'Class',
      'RHK capaian',
      'Base predikat',
      'Agency predikat',
      'Base TPP',
      'Agency TPP',
      'Difference',
    ],
    ak: 'Credit points this month (functional positions, 1 month)',
    rincian: (nama: string) => `TPP sheet of ${nama} (agency rules)`,
    pagu: (kelas: number) => `TPP ceiling of position class ${kelas}`,
    bruto: 'TPP before deductions',
    neto: 'TPP paid (before tax)',
    satuan: { KEJADIAN: 'occurrence(s)', HARI: 'day(s)' },
    batas: 'Deduction cap correction',
    catatan: [
      'Note: the override thresholds and the TPP table are EXAMPLES, not any region’s rule. The lateness and',
      'apel deductions follow the example of the SIAP TUBA app (Kab. Tulang Bawang); other numbers are made up.',
    ],
  },
} as const;

const rupiah = (value: string, locale: Locale): string =>
  value.startsWith('-')
    ? `−Rp${formatAngka(value.slice(1), { locale })}`
    : `Rp${formatAngka(value, { locale })}`;

const persen = (value: string, locale: Locale): string => `${formatAngka(value, { locale })}%`;

function selisih(a: string, b: string, locale: Locale): string {
  const d = new Decimal(b).minus(a);
  if (d.isZero()) return '0';
  return d.gt(0) ? `+${rupiah(d.toFixed(), locale)}` : rupiah(d.toFixed(), locale);
}

function thresholds(pack: RulePack62022, locale: Locale): string {
  const t = pack.definition.kuantitatif.ratingThresholds;
  return TEXT[locale].ambang(
    formatAngka(t.diAtasEkspektasi, { locale }),
    formatAngka(t.sesuaiEkspektasi, { locale }),
  );
}

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = widths[c]! - [...cell].length;
        return rightAligned.has(c) ? ' '.repeat(pad) + cell : cell + ' '.repeat(pad);
      })
      .join('  ')
      .trimEnd(),
  );
}

function baris(b: BarisPerbandingan, locale: Locale): string[] {
  const capaian = b.instansi.evaluasi.capaian
    .map((c) => persen(c.capaianDibulatkan ?? '0', locale))
    .join(' · ');
  return [
    b.pegawai.nama,
    String(b.pegawai.kelasJabatan),
    capaian,
    label('predikat', b.dasar.evaluasi.predikat, locale),
    label('predikat', b.instansi.evaluasi.predikat, locale),
    rupiah(b.dasar.tpp.neto, locale),
    rupiah(b.instansi.tpp.neto, locale),
    selisih(b.dasar.tpp.neto, b.instansi.tpp.neto, locale),
  ];
}

function potonganLine(p: PotonganTpp, locale: Locale): [string, string] {
  const t = TEXT[locale];
  if (p.jenis === 'BATAS_POTONGAN')
    return [`  ${t.batas}`, `+${rupiah(new Decimal(p.nominal).neg().toFixed(), locale)}`];
  const detail =
    p.jumlah === null
      ? persen(p.persen, locale)
      : `${p.jumlah} ${p.satuan === null ? '' : t.satuan[p.satuan]}, ${persen(p.persen, locale)}`;
  return [`  ${p.uraian ?? p.kode} (${detail})`, rupiah(`-${p.nominal}`, locale)];
}

function rincian(kelas: number, tpp: HasilTpp, locale: Locale): string[] {
  const t = TEXT[locale];
  const rows: [string, string][] = [[t.pagu(kelas), rupiah(tpp.pagu, locale)]];
  for (const k of tpp.perKomponen) {
    rows.push([
      `  ${k.nama}: ${persen(k.bobot, locale)} × ${persen(k.persen, locale)}`,
      rupiah(k.nominal, locale),
    ]);
  }
  rows.push([t.bruto, rupiah(tpp.bruto, locale)]);
  for (const p of tpp.potongan) rows.push(potonganLine(p, locale));
  rows.push([t.neto, rupiah(tpp.neto, locale)]);
  return table(rows, new Set([1]));
}

/**
 * The report: which rules, one row per pegawai (predikat and TPP under the base pack and under
 * the agency's override), the angka kredit of the jabatan fungsional, and the TPP sheet of the
 * pegawai with the most deduction lines.
 *
 * @param p - the comparison.
 * @param options - `locale`: `'id'` (default) or `'en'`.
 * @returns the text, ending with a newline.
 */
export function renderReport(p: Perbandingan, options: { locale?: Locale } = {}): string {
  const locale = options.locale ?? 'id';
  const t = TEXT[locale];
  const override = p.instansi.override;
  const lines: string[] = [t.title, ''];
  const info = table(
    [
      [
        `${t.dasar}:`,
        `${p.dasar.definition.name[locale]} (${p.dasar.id} ${p.dasar.version}); ${thresholds(p.dasar, locale)}`,
      ],
      [
        `${t.instansi}:`,
        `${override ? t.override(override.name, override.version, `${p.instansi.id} ${p.instansi.version}`) : p.instansi.id}; ${thresholds(p.instansi, locale)}`,
      ],
      [
        `${t.tpp}:`,
        `${p.tpp.name[locale]} (${p.tpp.id} ${p.tpp.version}); ${t.komponen} ${p.tpp.komponen.map((k) => `${k.kode} ${persen(k.bobot, locale)}`).join(', ')}`,
      ],
      [`${t.periode}:`, `${bulanTahun(p.periode, locale)} (${t.bulanan})`],
    ],
    new Set(),
  );
  lines.push(...info, '');
  lines.push(...table([t.head, ...p.baris.map((b) => baris(b, locale))], new Set([1, 5, 6, 7])), '');

  const fungsional = p.baris.filter((b) => b.dasar.angkaKredit !== null);
  if (fungsional.length > 0) {
    lines.push(`${t.ak}:`);
    lines.push(
      ...table(
        fungsional.map((b) => [
          `  ${b.pegawai.nama} (${b.pegawai.jabatan})`,
          formatAngka(b.dasar.angkaKredit!, { locale, scale: 2 }),
          '→',
          formatAngka(b.instansi.angkaKredit!, { locale, scale: 2 }),
        ]),
        new Set([1, 3]),
      ),
      '',
    );
  }

  const detail = [...p.baris].sort(
    (a, b) => b.instansi.tpp.potongan.length - a.instansi.tpp.potongan.length,
  )[0];
  if (detail !== undefined) {
    lines.push(`${t.rincian(detail.pegawai.nama)}:`);
    lines.push(...rincian(detail.pegawai.kelasJabatan, detail.instansi.tpp, locale), '');
  }
  lines.push(...t.catatan);
  return `${lines.join('\n')}\n`;
}
