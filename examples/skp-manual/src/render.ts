import {
  type AlasanPengecualian,
  type CapaianStep,
  Decimal,
  formatAngka,
  formatIssue,
  formatPersen,
  formatTanggal,
  type Locale,
  label,
  type NamaHari,
  namaHari,
  PERMENPANRB_6_2022,
  type PermohonanTrace,
  type RatingIndikatorStep,
  type TraceStep,
} from '@kinerja/core';
import type { CapaianTahunan, Kegagalan, LayananTriwulan, SkpManual } from './compute';
import { IDENTITAS, INDIKATOR_LAYANAN, KALENDER_2026, REGISTER_LAYANAN, STANDAR_WAKTU } from './data';

type L = Locale;
const ROMAWI = ['I', 'II', 'III', 'IV'];

const HARI: Readonly<Record<NamaHari, { id: string; en: string; panjang: { id: string; en: string } }>> = {
  SENIN: { id: 'Sen', en: 'Mon', panjang: { id: 'Senin', en: 'Monday' } },
  SELASA: { id: 'Sel', en: 'Tue', panjang: { id: 'Selasa', en: 'Tuesday' } },
  RABU: { id: 'Rab', en: 'Wed', panjang: { id: 'Rabu', en: 'Wednesday' } },
  KAMIS: { id: 'Kam', en: 'Thu', panjang: { id: 'Kamis', en: 'Thursday' } },
  JUMAT: { id: 'Jum', en: 'Fri', panjang: { id: 'Jumat', en: 'Friday' } },
  SABTU: { id: 'Sab', en: 'Sat', panjang: { id: 'Sabtu', en: 'Saturday' } },
  MINGGU: { id: 'Min', en: 'Sun', panjang: { id: 'Minggu', en: 'Sunday' } },
};

const JENIS_LAYANAN: Readonly<Record<string, { id: string; en: string }>> = {
  LEGALISASI_DOKUMEN: { id: 'Legalisasi dokumen', en: 'Document legalisation' },
  SURAT_KETERANGAN_TIDAK_MAMPU: { id: 'SK tidak mampu (SKTM)', en: 'Certificate of low income' },
  SURAT_KETERANGAN_DOMISILI_USAHA: { id: 'SK domisili usaha', en: 'Business domicile certificate' },
  SURAT_KETERANGAN_AHLI_WARIS: { id: 'SK ahli waris', en: 'Certificate of heirs' },
  REKOMENDASI_IZIN_KERAMAIAN: { id: 'Rekomendasi izin keramaian', en: 'Public event permit recommendation' },
};

const ALASAN: Readonly<Record<AlasanPengecualian, { id: string; en: string }>> = {
  MASIH_DIPROSES: { id: 'tidak dihitung: masih diproses', en: 'not counted: still in process' },
  DITOLAK: { id: 'tidak dihitung: ditolak', en: 'not counted: rejected' },
  DIBATALKAN: { id: 'tidak dihitung: dibatalkan', en: 'not counted: cancelled' },
  SELESAI_DI_LUAR_PERIODE: {
    id: 'tidak dihitung: selesai di triwulan lain',
    en: 'not counted: completed in another quarter',
  },
};

/** Where each indikator's realisasi comes from. */
const SUMBER: Readonly<Record<string, { id: string; en: string }>> = {
  [INDIKATOR_LAYANAN.JUMLAH_SELESAI]: {
    id: 'register layanan: jumlah permohonan selesai',
    en: 'service register: requests completed',
  },
  [INDIKATOR_LAYANAN.PERSEN_TEPAT_WAKTU]: {
    id: 'register layanan: persentase selesai sesuai standar',
    en: 'service register: share completed within the standard',
  },
  [INDIKATOR_LAYANAN.RATA_RATA_HARI]: {
    id: 'register layanan: rata-rata hari kerja penyelesaian',
    en: 'service register: mean working days to completion',
  },
};

const T = {
  id: {
    title: 'Menilai satu SKP secara manual dengan @kinerja/core',
    rules: (name: string, id: string, version: string) => `Aturan: ${name} (${id} ${version})`,
    step: (n: number, text: string) => `Langkah ${n} — ${text}`,
    s1: 'Membaca SKP (parseSkp)',
    pegawai: 'Pegawai',
    jabatan: 'Jabatan',
    unit: 'Unit kerja',
    penilai: 'Pejabat penilai',
    atasan: 'Atasan pejabat penilai',
    periode: (awal: string, akhir: string, pendekatan: string, periodik: string) =>
      `Periode ${awal} – ${akhir} · pendekatan ${pendekatan} · evaluasi ${periodik.toLowerCase()}`,
    rhk: (id: string, jenis: string, uraian: string) => `${id} (${jenis}): ${uraian}`,
    penugasan: (dari: string) => `penugasan dari ${dari}`,
    iki: (aspek: string, target: string, polaritas: string, akumulasi: string) =>
      `${aspek} · target ${target} · ${polaritas} · akumulasi: ${akumulasi.toLowerCase()}`,
    sumber: (s: string) => `sumber realisasi: ${s}`,
    manual: 'sumber realisasi: diisi pegawai dengan bukti dukung',
    ekspektasi: 'Ekspektasi khusus pimpinan (perilaku kerja):',
    s2: 'Kalender kerja dan standar pelayanan',
    akhirPekan: (hari: string) => `Akhir pekan: ${hari}`,
    libur: (n: number) =>
      `Hari libur: ${n} tanggal libur nasional dan cuti bersama 2026 (contoh dari SKB 3 Menteri; daftar resmi berasal dari instansi)`,
    hitungan:
      'Cara menghitung: hari permohonan diterima tidak dihitung, hari selesai dihitung bila hari kerja — diterima Jumat, selesai Senin = 1 hari kerja; selesai di hari yang sama = 0 (keputusan 0017).',
    standar: 'Standar waktu pelayanan:',
    standarBaris: (jenis: string, n: number) => `${jenis}: ${n} hari kerja`,
    standarLain: (n: number) => `jenis lain: ${n} hari kerja`,
    s3: 'Realisasi IKI dari register layanan, per triwulan (realisasiDariLayanan)',
    triwulan: (k: number, awal: string, akhir: string) => `Triwulan ${ROMAWI[k - 1]}: ${awal} – ${akhir}`,
    head: ['ID', 'Jenis layanan', 'Diterima', 'Selesai', 'Hari/std', 'Keterangan'],
    tepat: 'sesuai standar',
    lewat: 'melebihi standar',
    libur1: (n: number) => `lewat ${n} hari libur`,
    lain: (n: number) => `(${n} permohonan petugas lain tidak ditampilkan)`,
    ringkas: (d: string, s: string, t: string) => `Diterima ${d} · selesai ${s} · sesuai standar ${t}`,
    persen: (t: string, s: string, value: string) =>
      `Persentase sesuai standar = ${t} ÷ ${s} × 100 = ${value}`,
    hari: (median: string, mean: string) => `Median ${median} hari kerja · rata-rata ${mean} hari kerja`,
    tanpaLibur: (p: string, m: string) =>
      `Seandainya hari libur tidak dicatat: sesuai standar ${p}, rata-rata ${m} hari kerja.`,
    kosong: 'Tidak ada permohonan yang selesai: persentase, median dan rata-rata tidak ada.',
    realisasi: 'Realisasi',
    s4: 'Realisasi IKI yang diisi pegawai (dengan bukti dukung)',
    s5: 'Capaian setiap IKI dari realisasi tahunannya (capaianIndikator)',
    tahunan: 'realisasi tahunan',
    jumlah: 'jumlah',
    rataRata: 'rata-rata',
    terakhir: 'nilai terakhir',
    capaian: 'capaian',
    dalamRentang: 'di dalam rentang target',
    ambang: (atas: string, sesuai: string) => `ambang: di atas ≥ ${atas}, sesuai ≥ ${sesuai}`,
    s6: 'Evaluasi tahunan (evaluateTahunan) dan jejak perhitungannya',
    ratingRhk: (id: string, jenis: string) => `Rating ${id} (${jenis})`,
    meanCapaian: 'rata-rata capaian IKI',
    lowest: 'rating IKI terendah',
    saran: 'Saran rating hasil kerja',
    counts: (a: number, s: number, b: number, n: number, ub: number, u: number) =>
      `${a} di atas, ${s} sesuai, ${b} di bawah dari ${n} RHK; RHK utama di bawah ekspektasi: ${ub} dari ${u}`,
    rule: {
      MAJORITY_DI_ATAS: 'sebagian besar di atas ekspektasi dan tidak ada RHK utama di bawah',
      MAJORITY_DI_BAWAH: 'sebagian besar di bawah ekspektasi',
      MINORITY_UTAMA_DI_BAWAH:
        'bukan sebagian besar di atas, dan RHK utama di bawah ekspektasi hanya sebagian kecil',
      UTAMA_DI_BAWAH: 'terlalu banyak RHK utama di bawah ekspektasi',
    },
    agregasi: (aspect: string) => `Rating ${aspect} dari evaluasi triwulan`,
    mean: (values: string, mean: string) => `rata-rata (${values}) = ${mean}`,
    skor: 'Di Bawah = 1, Sesuai = 2, Di Atas = 3',
    final: (aspect: string) => `Rating ${aspect} akhir`,
    source: {
      PENILAI: 'diberikan pejabat penilai',
      SARAN: 'saran aturan; pejabat penilai tidak memberi rating tahunan',
      PREDIKAT_ORGANISASI: 'mengikuti predikat kinerja organisasi',
    },
    matriks: (h: string, p: string) => `Matriks predikat: hasil kerja ${h} × perilaku kerja ${p}`,
    hasilKerja: 'hasil kerja',
    perilakuKerja: 'perilaku kerja',
    cocok: 'Capaian evaluateTahunan sama dengan langkah 5 untuk setiap IKI: ya',
    beda: 'Capaian evaluateTahunan BERBEDA dengan langkah 5',
    flags: 'Catatan untuk ditinjau:',
    noFlags: 'Catatan untuk ditinjau: tidak ada.',
    hasil: (nama: string, tahun: number, predikat: string) =>
      `Predikat kinerja ${nama} tahun ${tahun}: ${predikat}`,
    gagal: (langkah: string) => `Perhitungan berhenti di ${langkah}:`,
    dan: 'dan',
  },
  en: {
    title: 'Scoring a single SKP by hand with @kinerja/core',
    rules: (name: string, id: string, version: string) => `Rules: ${name} (${id} ${version})`,
    step: (n: number, text: string) => `Step ${n} — ${text}`,
    s1: 'Reading the SKP (parseSkp)',
    pegawai: 'Employee',
    jabatan: 'Position',
    unit: 'Unit',
    penilai: 'Appraising official',
    atasan: "Appraising official's superior",
    periode: (awal: string, akhir: string, pendekatan: string, periodik: string) =>
      `Period ${awal} – ${akhir} · ${pendekatan.toLowerCase()} approach · ${periodik.toLowerCase()} evaluations`,
    rhk: (id: string, jenis: string, uraian: string) => `${id} (${jenis.toLowerCase()}): ${uraian}`,
    penugasan: (dari: string) => `assigned by ${dari}`,
    iki: (aspek: string, target: string, polaritas: string, akumulasi: string) =>
      `${aspek} · target ${target} · ${polaritas} · combined by: ${akumulasi.toLowerCase()}`,
    sumber: (s: string) => `realisasi from the ${s}`,
    manual: 'realisasi typed in by the employee, with evidence',
    ekspektasi: "The leader's specific expectations (work behaviour):",
    s2: 'Working calendar and service standard',
    akhirPekan: (hari: string) => `Weekend: ${hari}`,
    libur: (n: number) =>
      `Holidays: ${n} national holidays and cuti bersama days of 2026 (an illustration from the three-minister decree; the official list comes from the agency)`,
    hitungan:
      'Counting: the day a request is received does not count, the day it is completed does when it is a working day — received Friday, completed Monday = 1 working day; completed the same day = 0 (decision 0017).',
    standar: 'Service standard:',
    standarBaris: (jenis: string, n: number) => `${jenis}: ${n} working ${n === 1 ? 'day' : 'days'}`,
    standarLain: (n: number) => `other services: ${n} working days`,
    s3: 'IKI realisasi from the service register, per quarter (realisasiDariLayanan)',
    triwulan: (k: number, awal: string, akhir: string) => `Quarter ${k}: ${awal} – ${akhir}`,
    head: ['ID', 'Service', 'Received', 'Completed', 'Days/std', 'Note'],
    tepat: 'within the standard',
    lewat: 'over the standard',
    libur1: (n: number) => `over ${n} ${n === 1 ? 'holiday' : 'holidays'}`,
    lain: (n: number) => `(${n} ${n === 1 ? 'request' : 'requests'} of another petugas not shown)`,
    ringkas: (d: string, s: string, t: string) => `Received ${d} · completed ${s} · within the standard ${t}`,
    persen: (t: string, s: string, value: string) =>
      `Share within the standard = ${t} ÷ ${s} × 100 = ${value}`,
    hari: (median: string, mean: string) =>
      `Median ${median} working ${median === '1' ? 'day' : 'days'} · mean ${mean} working ${mean === '1' ? 'day' : 'days'}`,
    tanpaLibur: (p: string, m: string) =>
      `Had the holidays not been listed: within the standard ${p}, mean ${m} working days.`,
    kosong: 'No request completed: no share, median or mean.',
    realisasi: 'Realisasi',
    s4: 'IKI realisasi typed in by the employee (with evidence)',
    s5: "Each IKI's capaian from its annual realisasi (capaianIndikator)",
    tahunan: 'annual realisasi',
    jumlah: 'sum',
    rataRata: 'mean',
    terakhir: 'latest value',
    capaian: 'capaian',
    dalamRentang: 'inside the target range',
    ambang: (atas: string, sesuai: string) => `thresholds: above ≥ ${atas}, meets ≥ ${sesuai}`,
    s6: 'Annual evaluation (evaluateTahunan) and its trace',
    ratingRhk: (id: string, jenis: string) => `Rating of ${id} (${jenis.toLowerCase()})`,
    meanCapaian: 'mean capaian of its IKI',
    lowest: 'lowest IKI rating',
    saran: 'Suggested rating hasil kerja',
    counts: (a: number, s: number, b: number, n: number, ub: number, u: number) =>
      `${a} above, ${s} meets, ${b} below of ${n} RHK; main RHK below expectations: ${ub} of ${u}`,
    rule: {
      MAJORITY_DI_ATAS: 'most above expectations and no main RHK below',
      MAJORITY_DI_BAWAH: 'most below expectations',
      MINORITY_UTAMA_DI_BAWAH: 'not mostly above, and only a minority of main RHK below expectations',
      UTAMA_DI_BAWAH: 'too many main RHK below expectations',
    },
    agregasi: (aspect: string) => `Rating ${aspect} from the quarterly evaluations`,
    mean: (values: string, mean: string) => `mean (${values}) = ${mean}`,
    skor: 'Below = 1, Meets = 2, Above = 3',
    final: (aspect: string) => `Final rating ${aspect}`,
    source: {
      PENILAI: 'given by the appraising official',
      SARAN: "the rules' suggestion; the appraising official gave no annual rating",
      PREDIKAT_ORGANISASI: "follows the unit's predikat organisasi",
    },
    matriks: (h: string, p: string) => `Predikat matrix: hasil kerja ${h} × perilaku kerja ${p}`,
    hasilKerja: 'hasil kerja (work results)',
    perilakuKerja: 'perilaku kerja (work behaviour)',
    cocok: "evaluateTahunan's capaian equal step 5 for every IKI: yes",
    beda: "evaluateTahunan's capaian DIFFER from step 5",
    flags: 'Review notes:',
    noFlags: 'Review notes: none.',
    hasil: (nama: string, tahun: number, predikat: string) =>
      `Performance rating of ${nama} for ${tahun}: ${predikat}`,
    gagal: (langkah: string) => `The computation stopped at ${langkah}:`,
    dan: 'and',
  },
} as const;

const num = (v: string, locale: L, scale?: number) =>
  formatAngka(v, scale === undefined ? { locale } : { locale, scale });
const pct = (v: string, locale: L, scale?: number) =>
  formatPersen(v, scale === undefined ? { locale } : { locale, scale });
/** An exact value shown to 4 places with "…" when it has more, else as it is. */
const approx = (v: string, locale: L, suffix = '') => {
  const d = new Decimal(v);
  return d.decimalPlaces() <= 4 ? `${num(v, locale)}${suffix}` : `${num(v, locale, 4)}…${suffix}`;
};
/** A capaian as the sheet shows it: 2 places, half-up. */
const round2 = (v: string, locale: L) =>
  pct(new Decimal(v).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(), locale);
/** `exact → rounded`, or just the value when rounding changed nothing. */
const exactRounded = (exact: string, rounded: string, locale: L, suffix = '') =>
  new Decimal(exact).eq(rounded)
    ? `${num(rounded, locale)}${suffix}`
    : `${approx(exact, locale, suffix)} → ${num(rounded, locale)}${suffix}`;
const tanggalPendek = (t: string, locale: L) => `${HARI[namaHari(t)][locale]} ${t}`;
const jenisLayanan = (j: string, locale: L) => JENIS_LAYANAN[j]?.[locale] ?? j;
const pad = (s: string, w: number) => (s.length >= w ? `${s.slice(0, w - 2)}… ` : s.padEnd(w));

/** Wraps text to `width`, the first line after `indent`, the others after `hang`. */
function wrap(text: string, width: number, indent: string, hang = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  let empty = true;
  for (const word of text.split(/\s+/)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hang + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function renderSkp(m: SkpManual, locale: L, out: string[]): void {
  const t = T[locale];
  const { skp } = m;
  const w =
    Math.max(t.pegawai.length, t.jabatan.length, t.unit.length, t.penilai.length, t.atasan.length) + 1;
  out.push(`  ${t.pegawai.padEnd(w)}: ${IDENTITAS.pegawai.nama} (${skp.pegawaiId})`);
  out.push(
    `  ${t.jabatan.padEnd(w)}: ${IDENTITAS.jabatan.nama} — ${label('jenisJabatan', skp.jenisJabatan, locale)}`,
  );
  out.push(`  ${t.unit.padEnd(w)}: ${IDENTITAS.unitKerja.nama}`);
  out.push(`  ${t.penilai.padEnd(w)}: ${IDENTITAS.pejabatPenilai.nama}`);
  out.push(`  ${t.atasan.padEnd(w)}: ${IDENTITAS.atasanPejabatPenilai.nama}`);
  out.push(
    `  ${t.periode(
      formatTanggal(skp.periodeAwal, locale),
      formatTanggal(skp.periodeAkhir, locale),
      label('pendekatan', skp.pendekatan, locale),
      label('jenisPeriodik', skp.jenisPeriodik, locale),
    )}`,
  );
  for (const rhk of skp.rencanaHasilKerja) {
    out.push('');
    out.push(...wrap(t.rhk(rhk.id, label('jenisRhk', rhk.jenis, locale), rhk.uraian), 110, '  '));
    if (rhk.penugasanDari !== undefined) out.push(`    (${t.penugasan(rhk.penugasanDari)})`);
    for (const iki of rhk.indikator) {
      const satuan = iki.satuan === '%' ? '%' : ` ${iki.satuan}`;
      const target = iki.target.jenis === 'TUNGGAL' ? `${num(iki.target.nilai, locale)}${satuan}` : '—';
      out.push(...wrap(`${iki.id}  ${iki.uraian}`, 110, '    ', '           '));
      out.push(
        ...wrap(
          t.iki(
            label('aspek', iki.aspek, locale),
            target,
            label('polaritas', iki.polaritas, locale),
            label('akumulasi', iki.akumulasi, locale),
          ),
          110,
          '           ',
        ),
      );
      const sumber = SUMBER[iki.id];
      out.push(`           ${sumber === undefined ? t.manual : t.sumber(sumber[locale])}`);
    }
  }
  out.push('');
  out.push(`  ${t.ekspektasi}`);
  for (const p of skp.perilakuKerja) {
    if (p.ekspektasiKhusus === '') continue;
    out.push(
      ...wrap(`${label('nilaiBerakhlak', p.nilai, locale)}: ${p.ekspektasiKhusus}`, 110, '    ', '      '),
    );
  }
}

function renderKalender(locale: L, out: string[]): void {
  const t = T[locale];
  const hari = (KALENDER_2026.akhirPekan ?? []).map((h) => HARI[h].panjang[locale]);
  out.push(`  ${t.akhirPekan(hari.join(` ${t.dan} `))}`);
  out.push(...wrap(t.libur(KALENDER_2026.hariLibur?.length ?? 0), 110, '  ', '    '));
  out.push(...wrap(t.hitungan, 110, '  ', '    '));
  out.push(`  ${t.standar}`);
  for (const [jenis, n] of Object.entries(STANDAR_WAKTU.jenisLayanan ?? {})) {
    out.push(`    ${t.standarBaris(jenisLayanan(jenis, locale), n)}`);
  }
  out.push(`    ${t.standarLain(STANDAR_WAKTU.default)}`);
}

function keterangan(p: PermohonanTrace, lewatLibur: number, locale: L): string {
  const t = T[locale];
  if (p.alasan !== null) return ALASAN[p.alasan][locale];
  const parts: string[] = [p.tepatWaktu ? t.tepat : t.lewat];
  if (lewatLibur > 0) parts.push(t.libur1(lewatLibur));
  return parts.join('; ');
}

function renderTriwulan(q: LayananTriwulan, locale: L, out: string[]): void {
  const t = T[locale];
  const h = q.hasil;
  out.push('');
  out.push(
    `  ${t.triwulan(q.jendela.ke, formatTanggal(q.jendela.awal, locale), formatTanggal(q.jendela.akhir, locale))}`,
  );
  const widths = [15, 29, 16, 16, 9];
  out.push(`    ${t.head.map((c, i) => (i < widths.length ? pad(c, widths[i]!) : c)).join('')}`);
  const tanpaLibur = new Map(q.tanpaLibur.trace.permohonan.map((p) => [p.id, p.hariKerja]));
  for (const p of h.trace.permohonan) {
    // The quarter's own requests: received in it, or completed in it.
    if (!p.diterimaDalamPeriode && !p.dihitung) continue;
    const hari = p.hariKerja === null ? '—' : `${p.hariKerja} / ${p.standarHari}`;
    const lewat = p.hariKerja === null ? 0 : (tanpaLibur.get(p.id) ?? p.hariKerja) - p.hariKerja;
    const cells = [
      p.id,
      jenisLayanan(p.jenisLayanan, locale),
      tanggalPendek(p.diterimaPada, locale),
      p.selesaiPada === null ? '—' : tanggalPendek(p.selesaiPada, locale),
      hari,
    ];
    out.push(`    ${cells.map((c, i) => pad(c, widths[i]!)).join('')}${keterangan(p, lewat, locale)}`);
  }
  // The other petugas' requests of this quarter are left out of the table, and said so.
  const inWindow = (d: string | null | undefined) =>
    d != null && d.slice(0, 10) >= q.jendela.awal && d.slice(0, 10) <= q.jendela.akhir;
  const lain = REGISTER_LAYANAN.filter(
    (p) => p.petugasId !== h.petugasId && (inWindow(p.diterimaPada) || inWindow(p.selesaiPada)),
  ).length;
  if (lain > 0) out.push(`    ${t.lain(lain)}`);
  out.push(`    ${t.ringkas(String(h.jumlahDiterima), String(h.jumlahSelesai), String(h.jumlahTepatWaktu))}`);
  if (h.persenTepatWaktu === null || h.medianHari === null || h.rataRataHari === null) {
    out.push(`    ${t.kosong}`);
  } else {
    const persen = exactRounded(h.persenTepatWaktu, h.persenTepatWaktuDibulatkan!, locale, '%');
    out.push(`    ${t.persen(String(h.jumlahTepatWaktu), String(h.jumlahSelesai), persen)}`);
    out.push(
      `    ${t.hari(num(h.medianHari, locale), exactRounded(h.rataRataHari, h.rataRataHariDibulatkan!, locale))}`,
    );
    const tl = q.tanpaLibur;
    if (
      tl.persenTepatWaktuDibulatkan !== h.persenTepatWaktuDibulatkan ||
      tl.rataRataHariDibulatkan !== h.rataRataHariDibulatkan
    ) {
      out.push(
        `    ${t.tanpaLibur(pct(tl.persenTepatWaktuDibulatkan!, locale), num(tl.rataRataHariDibulatkan!, locale))}`,
      );
    }
  }
  const realisasi = h.realisasi.map((r) => `${r.indikatorId} = ${num(r.nilai, locale)}`).join(' · ');
  out.push(`    → ${t.realisasi}: ${realisasi}`);
}

function akumulasiText(c: CapaianTahunan, locale: L): string {
  const t = T[locale];
  const values = c.periodik.map((p) => num(p.nilai, locale));
  switch (c.indikator.akumulasi) {
    case 'JUMLAH':
      return `${values.join(' + ')} = ${num(c.realisasiTahunan, locale)} (${t.jumlah})`;
    case 'RATA_RATA':
      return `(${values.join(' + ')}) ÷ ${values.length} = ${num(c.realisasiTahunan, locale)} (${t.rataRata})`;
    default:
      return `${num(c.realisasiTahunan, locale)} (${t.terakhir})`;
  }
}

function capaianText(step: CapaianStep, locale: L): string {
  const t = T[locale];
  const r = num(step.realisasi, locale);
  const ref = step.reference === null ? '' : num(step.reference, locale);
  const value = exactRounded(step.capaian, step.capaianDibulatkan, locale, '%');
  switch (step.formula) {
    case 'MAKSIMALISASI':
      return `${t.capaian} = ${r} ÷ ${ref} × 100 = ${value}`;
    case 'MINIMALISASI':
      return `${t.capaian} = (2 − ${r} ÷ ${ref}) × 100 = ${value}`;
    default:
      return `${t.capaian} = 100% (${t.dalamRentang})`;
  }
}

function ratingText(step: RatingIndikatorStep, locale: L): string {
  const t = T[locale];
  return `${label('rating', step.rating, locale)} (${t.ambang(pct(step.thresholds.diAtasEkspektasi, locale), pct(step.thresholds.sesuaiEkspektasi, locale))})`;
}

function renderCapaian(m: SkpManual, locale: L, out: string[]): void {
  const t = T[locale];
  for (const c of m.capaian) {
    out.push('');
    out.push(...wrap(`${c.indikator.id}  ${c.indikator.uraian}`, 110, '  ', '         '));
    out.push(`         ${t.tahunan} = ${akumulasiText(c, locale)}`);
    const steps = c.hasil.trace.steps;
    const cap = steps.find((s): s is CapaianStep => s.kind === 'capaian');
    const rating = steps.find((s): s is RatingIndikatorStep => s.kind === 'rating_indikator');
    if (cap !== undefined) out.push(`         ${capaianText(cap, locale)}`);
    if (rating !== undefined) out.push(`         → ${ratingText(rating, locale)}`);
  }
}

function aspectText(aspect: string, locale: L): string {
  const t = T[locale];
  return aspect === 'hasil_kerja' ? t.hasilKerja : t.perilakuKerja;
}

function renderStep(step: TraceStep, locale: L, out: string[]): void {
  const t = T[locale];
  const rating = (r: Parameters<typeof label<'rating'>>[1]) => label('rating', r, locale);
  switch (step.kind) {
    case 'realisasi_tahunan':
      out.push(
        `  • ${step.indikatorId}: ${t.tahunan} (${label('akumulasi', step.akumulasi, locale).toLowerCase()}) = ${num(step.realisasi, locale)}`,
      );
      return;
    case 'capaian':
      out[out.length - 1] += ` → ${t.capaian} ${pct(step.capaianDibulatkan, locale)}`;
      return;
    case 'rating_indikator':
      out[out.length - 1] += ` → ${label('rating', step.rating, locale)}`;
      return;
    case 'target_periodik':
      return;
    case 'rating_rhk': {
      const jenis = step.jenis === undefined ? '' : label('jenisRhk', step.jenis, locale);
      const how =
        step.method === 'MEAN_CAPAIAN' && step.capaian !== null
          ? step.indikator.length === 1
            ? `${t.capaian} ${pct(step.compared ?? step.capaian, locale)}`
            : `${t.meanCapaian}: (${step.indikator.map((i) => (i.capaian === null ? '0' : round2(i.capaian, locale))).join(' + ')}) ÷ ${step.indikator.length} = ${exactRounded(step.capaian, step.compared ?? step.capaian, locale, '%')}`
          : t.lowest;
      out.push(
        ...wrap(
          `◦ ${t.ratingRhk(step.rhkId ?? '', jenis)} — ${how} → ${rating(step.rating)}`,
          110,
          '  ',
          '      ',
        ),
      );
      return;
    }
    case 'saran_rating_hasil_kerja': {
      const c = step.counts;
      out.push(`  ◦ ${t.saran}: ${t.counts(c.diAtas, c.sesuai, c.diBawah, c.rhk, c.utamaDiBawah, c.utama)}`);
      out.push(...wrap(`— ${t.rule[step.rule]} → ${rating(step.rating)}`, 110, '      ', '        '));
      return;
    }
    case 'agregasi': {
      const values = step.ratings.map((r) => rating(r)).join(', ');
      const how = step.mean === null ? values : `${t.mean(values, num(step.mean, locale))}; ${t.skor}`;
      out.push(
        ...wrap(
          `◦ ${t.agregasi(aspectText(step.aspect, locale))}: ${how} → ${rating(step.rating)}`,
          110,
          '  ',
          '      ',
        ),
      );
      return;
    }
    case 'rating_final':
      out.push(
        ...wrap(
          `◦ ${t.final(aspectText(step.aspect, locale))}: ${rating(step.rating)} (${t.source[step.source]})`,
          110,
          '  ',
          '      ',
        ),
      );
      return;
    case 'matriks_predikat':
      out.push(
        `  ◦ ${t.matriks(rating(step.ratingHasilKerja), rating(step.ratingPerilakuKerja))} → ${label('predikat', step.predikat, locale)}`,
      );
      return;
    case 'rating_pimpinan_unit':
      out.push(
        `  ◦ ${label('predikatOrganisasi', step.predikatOrganisasi, locale)} → ${rating(step.rating)}`,
      );
      return;
  }
}

/**
 * The step-by-step printout of the example, in Indonesian (default) or English. Pure: no I/O.
 *
 * @param result - what {@link computeSkpManual} returned.
 * @param locale - `'id'` (default) or `'en'`.
 * @returns the text, ending with a newline.
 */
export function renderSkpManual(
  result: { ok: true; value: SkpManual } | { ok: false; error: Kegagalan },
  locale: L = 'id',
): string {
  const t = T[locale];
  const out: string[] = [t.title, '═'.repeat(t.title.length)];
  const pack = PERMENPANRB_6_2022;
  out.push(t.rules(pack.definition.name[locale], pack.id, pack.version));
  if (!result.ok) {
    out.push('', t.gagal(result.error.langkah));
    for (const i of result.error.issues) out.push(...wrap(`• ${formatIssue(i, locale)}`, 110, '  ', '    '));
    return `${out.join('\n')}\n`;
  }
  const m = result.value;
  const section = (n: number, title: string) => {
    out.push('', t.step(n, title), '─'.repeat(t.step(n, title).length));
  };

  section(1, t.s1);
  renderSkp(m, locale, out);

  section(2, t.s2);
  renderKalender(locale, out);

  section(3, t.s3);
  for (const q of m.layanan) renderTriwulan(q, locale, out);

  section(4, t.s4);
  for (const id of ['iki-4', 'iki-5']) {
    const values = m.realisasi
      .filter((r) => r.indikatorId === id)
      .sort((a, b) => a.periodeKe - b.periodeKe)
      .map(
        (r) =>
          `${locale === 'en' ? `Q${r.periodeKe}` : `TW ${ROMAWI[r.periodeKe - 1]}`} ${num(r.nilai ?? '0', locale)}`,
      );
    out.push(`  ${id}: ${values.join(' · ')}`);
  }

  section(5, t.s5);
  renderCapaian(m, locale, out);

  section(6, t.s6);
  for (const step of m.evaluasi.trace.steps) renderStep(step, locale, out);
  const same = m.capaian.every(
    (c) => m.evaluasi.capaian.find((e) => e.indikatorId === c.indikator.id)?.capaian === c.hasil.capaian,
  );
  out.push('', `  ${same ? `${t.cocok} ✓` : `${t.beda} ✗`}`);
  const flags = m.evaluasi.trace.flags;
  if (flags.length === 0) out.push(`  ${t.noFlags}`);
  else {
    out.push(`  ${t.flags}`);
    for (const f of flags) out.push(...wrap(`• ${formatIssue(f, locale)}`, 110, '    ', '      '));
  }
  out.push('');
  const hasil = t.hasil(
    IDENTITAS.pegawai.nama,
    m.skp.tahun,
    label('predikat', m.evaluasi.predikat, locale).toUpperCase(),
  );
  out.push(hasil, '═'.repeat(hasil.length));
  return `${out.join('\n')}\n`;
}
