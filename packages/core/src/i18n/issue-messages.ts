import { Decimal } from '../decimal/decimal';
import type { IssueCode, IssueParamsByCode } from '../issues/issue';
import { isExistingDate } from '../model/tanggal';
import { formatAngka } from './format-angka';
import { formatTanggal } from './format-tanggal';
import { lookupLabel } from './label';
import type { LabelKind } from './labels';
import type { Locale } from './locale';

/**
 * The message of every issue code in one locale: a function of the code's params and of the
 * path already rendered by `formatIssuePath` (`''` for the root). A code without a
 * message fails to compile.
 */
export type IssueMessages = {
  readonly [C in IssueCode]: (params: IssueParamsByCode[C], path: string) => string;
};

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The kategori capaian IKI of PermenPANRB 8/2021 (not a 6/2022 label kind); anything else as it came. */
const KATEGORI_82021: Readonly<Record<string, { id: string; en: string }>> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good' },
  BAIK: { id: 'Baik', en: 'Good' },
  CUKUP: { id: 'Cukup', en: 'Fair' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
};
function kategori82021(value: string, locale: Locale): string {
  return KATEGORI_82021[value]?.[locale] ?? value;
}

/** A number or decimal string in the locale's format, exact; anything else as it came. */
function num(value: number | string, locale: Locale): string {
  const text = String(value);
  return DECIMAL_TEXT.test(text) ? formatAngka(text, { locale }) : text;
}

/** A computed percentage, rounded half-up to at most two places (as official sheets show capaian). */
function pct(value: string, locale: Locale): string {
  if (!DECIMAL_TEXT.test(value)) return value;
  const rounded = new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return `${formatAngka(rounded, { locale })}%`;
}

/** A year as written in dates: no thousands separator. */
function year(value: number): string {
  return String(value);
}

/** A date `YYYY-MM-DD` in words when it is one, else as it came. */
function date(value: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m && isExistingDate(Number(m[1]), Number(m[2]), Number(m[3])) ? formatTanggal(value, locale) : value;
}

/**
 * An end of an interval: a date `YYYY-MM-DD` in words, a whole number as written (a year keeps no
 * thousands separator), any other decimal in the locale's format, anything else as it came.
 */
function bound(value: string, locale: Locale): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value, locale);
  return /^[+-]?\d+$/.test(value) ? value : num(value, locale);
}

/** `A`, `A atau B`, `A, B atau C` (the conjunction is the locale's word). */
function list(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

function labels(kind: LabelKind, values: readonly string[], locale: Locale): string[] {
  return values.map((v) => lookupLabel(kind, v, locale));
}

function quote(value: string): string {
  return `"${value}"`;
}

/** Whether `clamped` is above `raw` (raised to a floor), below (lowered to a ceiling), or unknown. */
function direction(raw: string, clamped: string): 'up' | 'down' | 'unknown' {
  if (!DECIMAL_TEXT.test(raw) || !DECIMAL_TEXT.test(clamped)) return 'unknown';
  const c = new Decimal(clamped).cmp(raw);
  return c > 0 ? 'up' : c < 0 ? 'down' : 'unknown';
}

/** The evaluation aspect of `rating_deviates` / `evaluasi_missing`: hasil kerja or perilaku kerja. */
function aspect(value: string, locale: Locale): string {
  const v = value.toUpperCase();
  if (v.includes('HASIL')) return locale === 'en' ? 'work results' : 'hasil kerja';
  if (v.includes('PERILAKU')) return locale === 'en' ? 'work behaviour' : 'perilaku kerja';
  return value;
}

const REFERENCE_KIND: Readonly<Record<string, { id: string; en: string }>> = {
  pegawai: { id: 'Pegawai', en: 'Employee' },
  unitKerja: { id: 'Unit kerja', en: 'Work unit' },
  jabatan: { id: 'Jabatan', en: 'Position' },
  skp: { id: 'SKP', en: 'SKP' },
  rhk: { id: 'Rencana hasil kerja', en: 'Performance plan item (RHK)' },
  rencanaHasilKerja: { id: 'Rencana hasil kerja', en: 'Performance plan item (RHK)' },
  rhkAtasan: { id: 'Rencana hasil kerja atasan', en: "Superior's performance plan item (RHK)" },
  indikator: { id: 'Indikator kinerja individu', en: 'Individual performance indicator (IKI)' },
  pejabatPenilai: { id: 'Pejabat penilai kinerja', en: 'Appraising official' },
  atasanPejabatPenilai: { id: 'Atasan pejabat penilai kinerja', en: "Appraising official's superior" },
  rulePack: { id: 'Rule pack', en: 'Rule pack' },
  kelasJabatan: { id: 'Pagu TPP kelas jabatan', en: 'TPP ceiling of position class' },
  komponen: { id: 'Komponen TPP', en: 'TPP component' },
  potongan: { id: 'Baris potongan TPP', en: 'TPP deduction row' },
  kelompok: { id: 'Kelompok potongan menit', en: 'Group of minute deduction bands' },
  hukumanDisiplin: { id: 'Jenis hukuman disiplin', en: 'Kind of disciplinary penalty' },
};

/** A row of a percentage table (`tabel_not_monotonic`): a predikat by its label, anything else quoted. */
function tableKey(key: string, locale: Locale): string {
  const predikat = lookupLabel('predikat', key, locale);
  return predikat === key ? quote(key) : predikat;
}

function referenceKind(kind: string, locale: Locale): string {
  const entry = Object.hasOwn(REFERENCE_KIND, kind) ? REFERENCE_KIND[kind] : undefined;
  return entry ? entry[locale] : kind;
}

const REGIME_NAME: Readonly<Record<string, { id: string; en: string }>> = {
  'permenpanrb-6-2022': { id: 'PermenPANRB 6/2022', en: 'PermenPANRB 6/2022' },
  'permenpanrb-8-2021': { id: 'PermenPANRB 8/2021', en: 'PermenPANRB 8/2021' },
  'pp-46-2011': { id: 'PP 46/2011', en: 'PP 46/2011' },
  'integrasi-2021': {
    id: 'integrasi 2021 (PP 46/2011 dan PermenPANRB 8/2021)',
    en: 'the 2021 integration (PP 46/2011 and PermenPANRB 8/2021)',
  },
};

/** A regime id (`permenpanrb-6-2022`) as people name the regulation; unknown ids quoted. */
function regimeName(regime: string, locale: Locale): string {
  const entry = Object.hasOwn(REGIME_NAME, regime) ? REGIME_NAME[regime] : undefined;
  return entry ? entry[locale] : quote(regime);
}

const TYPE_ID: Readonly<Record<string, string>> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  bigint: 'bilangan bulat',
  boolean: 'nilai benar/salah (true/false)',
  object: 'objek',
  array: 'daftar',
  date: 'tanggal',
  null: 'null',
  undefined: 'kosong',
};
const TYPE_EN: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  bigint: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
  null: 'null',
  undefined: 'empty',
};

function typeName(type: string, locale: Locale): string {
  const table = locale === 'en' ? TYPE_EN : TYPE_ID;
  return Object.hasOwn(table, type) ? table[type]! : type;
}

const FORMAT_ID: Readonly<Record<string, string>> = {
  email: 'alamat email',
  url: 'URL',
  uuid: 'UUID',
  date: 'tanggal berformat YYYY-MM-DD, mis. 2026-03-31',
  datetime: 'tanggal dan jam ISO 8601 dengan zona waktu, mis. 2026-01-15T09:30:00+07:00',
  invalid_id: 'ID: 1–128 karakter tanpa spasi di awal atau di akhir',
};
const FORMAT_EN: Readonly<Record<string, string>> = {
  email: 'an email address',
  url: 'a URL',
  uuid: 'a UUID',
  date: 'a date YYYY-MM-DD, e.g. 2026-03-31',
  datetime: 'an ISO 8601 date and time with an offset, e.g. 2026-01-15T09:30:00+07:00',
  invalid_id: 'an id: 1–128 characters without leading or trailing spaces',
};

/** The unknown keys, as paths below the issue's path (the path itself when it already names the key). */
function keyPaths(path: string, keys: readonly string[]): string[] {
  return keys.map((key) => {
    if (path === '' || path === key || path.endsWith(`.${key}`)) return path === '' ? key : path;
    return `${path}.${key}`;
  });
}

// — Indonesian —

const fieldId = (path: string): string => (path === '' ? 'Nilai' : `Kolom ${path}`);
const whereId = (path: string): string => (path === '' ? '' : ` (kolom ${path})`);
const atauId = (items: readonly string[]): string => list(items, 'atau');
const danId = (items: readonly string[]): string => list(items, 'dan');
const shareId = (share: string): string =>
  DECIMAL_TEXT.test(share) ? ` (${formatAngka(share, { locale: 'id' })}% dari jumlah pegawai)` : '';

function tooSmallId(p: IssueParamsByCode['too_small'], path: string): string {
  const n = num(p.minimum, 'id');
  const field = fieldId(path);
  switch (p.origin) {
    case 'string':
      if (p.minimum === '1' && p.inclusive) return `${field} tidak boleh kosong.`;
      return `${field} harus berisi ${p.inclusive ? 'paling sedikit' : 'lebih dari'} ${n} karakter.`;
    case 'array':
    case 'set':
      return `${field} harus memuat ${p.inclusive ? 'paling sedikit' : 'lebih dari'} ${n} entri.`;
    default:
      return p.inclusive ? `${field} paling kecil ${n}.` : `${field} harus lebih besar dari ${n}.`;
  }
}

function tooBigId(p: IssueParamsByCode['too_big'], path: string): string {
  const n = num(p.maximum, 'id');
  const field = fieldId(path);
  switch (p.origin) {
    case 'string':
      return `${field} harus berisi ${p.inclusive ? 'paling banyak' : 'kurang dari'} ${n} karakter.`;
    case 'array':
    case 'set':
      return `${field} harus memuat ${p.inclusive ? 'paling banyak' : 'kurang dari'} ${n} entri.`;
    default:
      return p.inclusive ? `${field} paling besar ${n}.` : `${field} harus lebih kecil dari ${n}.`;
  }
}

const ID: IssueMessages = {
  invalid_type: (p, path) =>
    `${fieldId(path)} harus berupa ${typeName(p.expected, 'id')}, bukan ${typeName(p.received, 'id')}.`,
  required: (_p, path) => `${fieldId(path)} wajib diisi.`,
  invalid_value: (p, path) =>
    `${fieldId(path)} harus salah satu dari ${atauId(p.options.map(quote))}; yang diisi ${quote(p.received)}.`,
  too_small: tooSmallId,
  too_big: tooBigId,
  invalid_format: (p, path) =>
    Object.hasOwn(FORMAT_ID, p.format)
      ? `${fieldId(path)} harus berupa ${FORMAT_ID[p.format]}.`
      : p.format === 'regex'
        ? `Format ${path === '' ? 'nilai' : `kolom ${path}`} tidak sesuai dengan pola yang ditentukan.`
        : `Format ${path === '' ? 'nilai' : `kolom ${path}`} tidak sesuai (${p.format}).`,
  unrecognized_keys: (p, path) =>
    `Kolom yang tidak dikenal atau tidak diperbolehkan: ${keyPaths(path, p.keys).join(', ')}.`,
  invalid_union: (_p, path) => `${fieldId(path)} tidak sesuai dengan satu pun bentuk yang diperbolehkan.`,
  invalid_decimal: (_p, path) =>
    `${fieldId(path)} harus berupa angka dengan titik sebagai pemisah desimal, mis. 85.5 (bukan 85,5).`,
  invalid_date: (p, path) =>
    `${fieldId(path)} harus berupa tanggal yang ada dengan format YYYY-MM-DD, mis. 2026-03-31; yang diisi ${quote(p.received)}.`,
  invalid_interval: (p, path) =>
    `Nilai akhir (${bound(p.end, 'id')}) tidak boleh sebelum atau kurang dari nilai awal (${bound(p.start, 'id')})${whereId(path)}.`,
  duplicate_id: (p, path) =>
    `ID ${quote(p.id)} dipakai lebih dari satu kali${whereId(path)}; setiap ID harus unik.`,
  unknown_reference: (p, path) =>
    `${referenceKind(p.kind, 'id')} dengan ID ${quote(p.id)} tidak ditemukan${whereId(path)}.`,
  cycle: (p, path) =>
    `Susunan unit kerja berputar kembali ke unit ${quote(p.id)}: sebuah unit tidak boleh berada di bawah dirinya sendiri${whereId(path)}.`,

  nip_format: (p, path) =>
    `NIP atau NI PPPK harus terdiri dari 18 angka; yang diisi ${quote(p.received)}${whereId(path)}.`,
  nip_birth_date: (p, path) =>
    `Digit ke-1 sampai ke-8 NIP (${p.value}) bukan tanggal lahir yang valid (format TTTTBBHH)${whereId(path)}.`,
  nip_tmt: (p, path) =>
    `Digit ke-9 sampai ke-14 NIP (${p.value}) bukan tahun dan bulan TMT yang valid (format TTTTBB)${whereId(path)}.`,
  nip_gender: (p, path) =>
    `Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan ${p.value}${whereId(path)}.`,

  skp_without_rhk_utama: (_p, path) =>
    `SKP belum memiliki rencana hasil kerja (RHK) utama; paling sedikit satu RHK utama wajib ada${whereId(path)}.`,
  rhk_without_indikator: (p, path) =>
    `Rencana hasil kerja ${quote(p.rhkId)} belum memiliki indikator kinerja individu (IKI)${whereId(path)}.`,
  rhk_without_perspektif: (p, path) =>
    `Rencana hasil kerja ${quote(p.rhkId)} belum memiliki perspektif; SKP Jabatan Pimpinan Tinggi wajib mencantumkan perspektif pada setiap RHK${whereId(path)}.`,
  perilaku_incomplete: (p, path) =>
    p.missing.length === 0
      ? `Perilaku kerja harus memuat setiap nilai BerAKHLAK tepat satu kali${whereId(path)}.`
      : `Perilaku kerja harus memuat setiap nilai BerAKHLAK tepat satu kali; yang belum ada: ${danId(labels('nilaiBerakhlak', p.missing, 'id'))}${whereId(path)}.`,
  target_range_inverted: (p, path) =>
    `Batas bawah target (${num(p.min, 'id')}) lebih besar dari batas atasnya (${num(p.max, 'id')})${whereId(path)}.`,

  target_zero: (p, path) =>
    `Target indikator ${quote(p.indikatorId)} bernilai 0 sehingga capaian tidak dapat dihitung${whereId(path)}.`,
  target_not_numeric: (p, path) =>
    `Target indikator ${quote(p.indikatorId)} berupa uraian (kualitatif) sehingga capaian tidak dapat dihitung${whereId(path)}.`,
  realisasi_missing: (p, path) =>
    `Realisasi indikator ${quote(p.indikatorId)} untuk periode yang dinilai belum diisi${whereId(path)}.`,
  capaian_clamped: (p, path) => {
    const d = direction(p.raw, p.clamped);
    const verb =
      d === 'up' ? 'dinaikkan menjadi' : d === 'down' ? 'diturunkan menjadi' : 'disesuaikan menjadi';
    const bound = d === 'up' ? 'batas bawah' : d === 'down' ? 'batas atas' : 'batas';
    return `Capaian indikator ${quote(p.indikatorId)} sebesar ${pct(p.raw, 'id')} ${verb} ${pct(p.clamped, 'id')}, ${bound} capaian menurut aturan penilaian${whereId(path)}.`;
  },
  rating_deviates: (p, path) =>
    `Rating ${aspect(p.aspect, 'id')} yang diberikan pejabat penilai (${lookupLabel('rating', p.given, 'id')}) berbeda dengan rating yang disarankan aturan penilaian (${lookupLabel('rating', p.suggested, 'id')})${whereId(path)}.`,
  rating_rhk_missing: (p, path) =>
    `Rencana hasil kerja ${quote(p.rhkId)} belum diberi rating oleh pejabat penilai sehingga dihitung di bawah ekspektasi${whereId(path)}.`,
  rating_from_predikat_organisasi: (p, path) =>
    `Rating hasil kerja pimpinan unit ditetapkan ${lookupLabel('rating', p.rating, 'id')} sesuai predikat kinerja organisasi ${lookupLabel('predikatOrganisasi', p.predikatOrganisasi, 'id')}${whereId(path)}.`,
  evaluasi_missing: (p, path) =>
    `Belum ada evaluasi periodik maupun rating ${aspect(p.aspect, 'id')} sehingga hasil tahunan tidak dapat ditentukan${whereId(path)}.`,
  periode_unknown: (p, path) =>
    `Evaluasi periodik merujuk ke periode ke-${num(p.periodeKe, 'id')} yang tidak ada dalam SKP${whereId(path)}.`,

  bobot_total_invalid: (p, path) =>
    `Jumlah bobot harus ${num(p.expected, 'id')}%, tetapi jumlahnya ${num(p.total, 'id')}%${whereId(path)}.`,
  capaian_in_band_gap: (p, path) =>
    `Capaian indikator ${quote(p.indikatorId)} sebesar ${pct(p.capaian, 'id')} berada di antara dua kategori PermenPANRB 8/2021 dan digolongkan ${kategori82021(p.kategori, 'id')} menurut aturan penilaian${whereId(path)}.`,
  nilai_kinerja_capped: (p, path) =>
    `Nilai kinerja ${num(p.raw, 'id')} melebihi batas atas dan diturunkan menjadi ${num(p.capped, 'id')}${whereId(path)}.`,
  penilaian_360_ignored: (p, path) =>
    `Instansi tidak menerapkan penilaian 360 derajat: nilai perilaku hanya dari atasan, sedangkan ${num(p.rekan, 'id')} nilai rekan kerja dan ${num(p.bawahan, 'id')} nilai bawahan diabaikan${whereId(path)}.`,

  kurva_below_minimum: (p, path) =>
    `Jumlah pegawai dengan predikat ${atauId(labels('predikat', p.predikat, 'id'))} (${num(p.actual, 'id')}) belum memenuhi batas kurva distribusi: paling sedikit ${num(p.minimum, 'id')}${shareId(p.share)}${whereId(path)}.`,
  kurva_above_maximum: (p, path) =>
    p.maximum === 0
      ? `Kurva distribusi tidak membolehkan pegawai dengan predikat ${atauId(labels('predikat', p.predikat, 'id'))}, tetapi ada ${num(p.actual, 'id')} pegawai${whereId(path)}.`
      : `Jumlah pegawai dengan predikat ${atauId(labels('predikat', p.predikat, 'id'))} (${num(p.actual, 'id')}) melebihi batas kurva distribusi: paling banyak ${num(p.maximum, 'id')}${shareId(p.share)}${whereId(path)}.`,
  kurva_not_modal: (p, path) =>
    `Menurut kurva distribusi, sebagian besar pegawai seharusnya berpredikat ${lookupLabel('predikat', p.predikat, 'id')}, tetapi hanya ${num(p.actual, 'id')} pegawai; predikat terbanyak adalah ${danId(labels('predikat', p.modal, 'id'))}${whereId(path)}.`,
  kurva_infeasible: (p, path) =>
    `Kurva distribusi untuk predikat kinerja organisasi ${lookupLabel('predikatOrganisasi', p.predikatOrganisasi, 'id')} tidak dapat dipenuhi oleh ${num(p.headcount, 'id')} pegawai: ${infeasibleReasonId(p.reason, p.required)}${whereId(path)}.`,
  predikat_organisasi_missing: (p, path) =>
    `Predikat kinerja organisasi unit kerja ${quote(p.unitKerjaId)} untuk tahun ${year(p.tahun)} belum ditetapkan${whereId(path)}.`,

  version_conflict: (p, path) =>
    `Data ${quote(p.entity)} ${quote(p.id)} telah diubah orang lain sejak dibuka (versi ${p.expected}, sekarang ${p.actual ?? 'tidak ada'}); muat ulang lalu ulangi${whereId(path)}.`,
  duplicate_key: (p, path) =>
    `Data ${quote(p.entity)} dengan kunci ${quote(p.key)} sudah ada${whereId(path)}.`,
  not_found: (p, path) => `Data ${quote(p.entity)} ${quote(p.id)} tidak ditemukan${whereId(path)}.`,
  storage_error: (p, path) =>
    `Penyimpanan data gagal saat ${quote(p.operation)}; tidak ada data yang berubah. Coba lagi atau hubungi pengelola sistem${whereId(path)}.`,
  transition_not_allowed: (p, path) =>
    `Langkah ${quote(p.action)} tidak dapat dilakukan pada ${quote(p.entity)} berstatus ${quote(p.from)}${whereId(path)}.`,
  forbidden: (p, path) =>
    `Anda tidak berwenang melakukan ${quote(p.action)} (${quote(p.reason)})${whereId(path)}.`,
  skp_atasan_missing: (p, path) =>
    `SKP pejabat penilai ${quote(p.pejabatPenilaiId)} untuk tahun ${year(p.tahun)} belum ada, sehingga rencana hasil kerja belum dapat mengintervensi RHK atasan${whereId(path)}.`,
  rhk_atasan_unknown: (p, path) =>
    `Rencana hasil kerja ${quote(p.rhkId)} mengintervensi RHK ${quote(p.rhkAtasanId)} yang tidak ada di SKP atasan${whereId(path)}.`,
  periode_closed: (p, path) =>
    `Pengisian periode ke-${p.periodeKe} sudah ditutup sejak ${p.batas}; minta pengelola kinerja membukanya kembali${whereId(path)}.`,
  deadline_not_passed: (p, path) => `Batas waktu ${p.batas} belum lewat${whereId(path)}.`,
  keberatan_expired: (p, path) => `Batas waktu pengajuan keberatan (${p.batas}) sudah lewat${whereId(path)}.`,
  penetapan_frozen: (p, path) =>
    `Predikat kinerja unit kerja ${quote(p.unitKerjaId)} tahun ${year(p.tahun)} sudah ditetapkan dan tidak dapat diubah kecuali melalui keberatan${whereId(path)}.`,
  evaluasi_not_final: (p, path) =>
    `Evaluasi tahunan SKP ${quote(p.skpId)} ${p.status === 'NONE' ? 'belum ada' : `belum final (status ${quote(p.status)})`}${whereId(path)}.`,

  rule_pack_overlapping_groups: (p, path) =>
    `Aturan kurva distribusi untuk predikat kinerja organisasi ${lookupLabel('predikatOrganisasi', p.predikatOrganisasi, 'id')} tumpang tindih pada predikat ${lookupLabel('predikat', p.predikat, 'id')} dengan cara yang tidak didukung${whereId(path)}.`,
  rule_pack_unordered: (p, path) =>
    `${fieldId(path)} (${num(p.value, 'id')}) harus ${p.order === 'ascending' ? 'lebih besar' : 'lebih kecil'} dari nilai sebelumnya (${num(p.previous, 'id')}): tabel rule pack harus urut ${p.order === 'ascending' ? 'naik' : 'turun'}.`,

  rule_pack_overlap: (p, path) =>
    `Rule pack ${quote(p.id)} dan rule pack ${quote(p.otherId)} (urutan [${p.otherIndex}]) sama-sama berlaku ${p.until === '' ? `sejak ${date(p.from, 'id')}` : `dari ${date(p.from, 'id')} sampai ${date(p.until, 'id')}`}; setiap hari hanya boleh diatur oleh satu rule pack${whereId(path)}.`,
  rule_pack_missing: (p, path) =>
    `Tidak ada rule pack yang berlaku pada ${date(p.tanggal, 'id')} untuk menilai tahun ${year(p.tahun)}${whereId(path)}.`,
  override_base_mismatch: (p, path) =>
    `Override ini ditulis untuk rule pack ${quote(p.received)}, tetapi diterapkan pada rule pack ${quote(p.expected)}${whereId(path)}.`,
  override_field_locked: (p, path) =>
    `Override tidak boleh mengubah ${quote(p.field)} karena kolom itu menandai rule pack dasarnya; nama dan versi override ditulis di name dan version${whereId(path)}.`,
  regime_mismatch: (p, path) =>
    `Data ini untuk ${regimeName(p.received, 'id')}, sedangkan aturan yang berlaku adalah ${danId(p.expected.map((r) => regimeName(r, 'id')))}${whereId(path)}.`,

  tabel_not_monotonic: (p, path) =>
    `Persentase untuk ${tableKey(p.higher, 'id')} (${num(p.higherPersen, 'id')}%) tidak boleh lebih kecil daripada persentase untuk ${tableKey(p.lower, 'id')} (${num(p.lowerPersen, 'id')}%): tabel harus berurutan${whereId(path)}.`,
  potongan_capped: (p, path) =>
    `Potongan komponen ${quote(p.komponen)} sebesar ${num(p.raw, 'id')}% dibatasi menjadi ${num(p.cap, 'id')}%, batas potongan menurut konfigurasi TPP${whereId(path)}.`,
  bulan_exceeds_year: (p, path) =>
    `Periode tahun ${year(p.tahun)} berjumlah ${num(p.bulan, 'id')} bulan, lebih dari 12 bulan${whereId(path)}.`,
  kebutuhan_angka_kredit_missing: (p, path) =>
    `Kebutuhan angka kredit untuk kenaikan pangkat jenjang ${lookupLabel('jenjang', p.jenjang, 'id')} belum diatur dalam konfigurasi konversi angka kredit${whereId(path)}.`,
};

/** Why a kurva cannot be met, in Indonesian (reasons of `KurvaInfeasibleReason`). */
function infeasibleReasonId(reason: string, required: number): string {
  switch (reason) {
    case 'maximums_below_headcount':
      return `batas maksimum aturannya hanya menampung ${num(required, 'id')} pegawai`;
    case 'minimum_above_maximum':
      return `satu aturan minimum (${num(required, 'id')} pegawai) melebihi batas maksimum kelompok yang sama`;
    case 'modal_unreachable':
      return `predikat yang harus terbanyak memerlukan paling sedikit ${num(required, 'id')} pegawai`;
    default:
      return `aturannya memerlukan paling sedikit ${num(required, 'id')} pegawai`;
  }
}

/** Why a kurva cannot be met, in English. */
function infeasibleReasonEn(reason: string, required: number): string {
  switch (reason) {
    case 'maximums_below_headcount':
      return `its maximums leave room for only ${employees(required)}`;
    case 'minimum_above_maximum':
      return `one minimum (${employees(required)}) exceeds the maximum of the same group`;
    case 'modal_unreachable':
      return `the predikat that must be the most frequent needs at least ${employees(required)}`;
    default:
      return `its rules need at least ${employees(required)}`;
  }
}

// — English —

const fieldEn = (path: string): string => (path === '' ? 'The value' : `Field ${path}`);
const whereEn = (path: string): string => (path === '' ? '' : ` (field ${path})`);
const orEn = (items: readonly string[]): string => list(items, 'or');
const andEn = (items: readonly string[]): string => list(items, 'and');
const shareEn = (share: string): string =>
  DECIMAL_TEXT.test(share) ? ` (${formatAngka(share, { locale: 'en' })}% of employees)` : '';
const employees = (n: number): string => `${num(n, 'en')} ${n === 1 ? 'employee' : 'employees'}`;

function tooSmallEn(p: IssueParamsByCode['too_small'], path: string): string {
  const n = num(p.minimum, 'en');
  const field = fieldEn(path);
  switch (p.origin) {
    case 'string':
      if (p.minimum === '1' && p.inclusive) return `${field} must not be empty.`;
      return `${field} must have ${p.inclusive ? 'at least' : 'more than'} ${n} characters.`;
    case 'array':
    case 'set':
      return `${field} must have ${p.inclusive ? 'at least' : 'more than'} ${n} entries.`;
    default:
      return p.inclusive ? `${field} must be at least ${n}.` : `${field} must be greater than ${n}.`;
  }
}

function tooBigEn(p: IssueParamsByCode['too_big'], path: string): string {
  const n = num(p.maximum, 'en');
  const field = fieldEn(path);
  switch (p.origin) {
    case 'string':
      return `${field} must have ${p.inclusive ? 'at most' : 'fewer than'} ${n} characters.`;
    case 'array':
    case 'set':
      return `${field} must have ${p.inclusive ? 'at most' : 'fewer than'} ${n} entries.`;
    default:
      return p.inclusive ? `${field} must be at most ${n}.` : `${field} must be less than ${n}.`;
  }
}

const EN: IssueMessages = {
  invalid_type: (p, path) =>
    `${fieldEn(path)} must be ${typeName(p.expected, 'en')}, not ${typeName(p.received, 'en')}.`,
  required: (_p, path) => `${fieldEn(path)} is required.`,
  invalid_value: (p, path) =>
    `${fieldEn(path)} must be one of ${orEn(p.options.map(quote))}; received ${quote(p.received)}.`,
  too_small: tooSmallEn,
  too_big: tooBigEn,
  invalid_format: (p, path) =>
    Object.hasOwn(FORMAT_EN, p.format)
      ? `${fieldEn(path)} must be ${FORMAT_EN[p.format]}.`
      : p.format === 'regex'
        ? `${fieldEn(path)} does not match the required pattern.`
        : `${fieldEn(path)} has an invalid format (${p.format}).`,
  unrecognized_keys: (p, path) => `Unknown or disallowed fields: ${keyPaths(path, p.keys).join(', ')}.`,
  invalid_union: (_p, path) => `${fieldEn(path)} matches none of the allowed forms.`,
  invalid_decimal: (_p, path) =>
    `${fieldEn(path)} must be a number with a dot as the decimal separator, e.g. 85.5 (not 85,5).`,
  invalid_date: (p, path) =>
    `${fieldEn(path)} must be an existing date in the form YYYY-MM-DD, e.g. 2026-03-31; received ${quote(p.received)}.`,
  invalid_interval: (p, path) =>
    `The end value (${bound(p.end, 'en')}) must not be before or less than the start value (${bound(p.start, 'en')})${whereEn(path)}.`,
  duplicate_id: (p, path) =>
    `The id ${quote(p.id)} is used more than once${whereEn(path)}; ids must be unique.`,
  unknown_reference: (p, path) =>
    `${referenceKind(p.kind, 'en')} with id ${quote(p.id)} was not found${whereEn(path)}.`,
  cycle: (p, path) =>
    `The hierarchy of work units loops back to unit ${quote(p.id)}: a unit cannot be below itself${whereEn(path)}.`,

  nip_format: (p, path) =>
    `A NIP or NI PPPK must have exactly 18 digits; received ${quote(p.received)}${whereEn(path)}.`,
  nip_birth_date: (p, path) =>
    `Digits 1–8 of the NIP (${p.value}) are not a valid birth date (YYYYMMDD)${whereEn(path)}.`,
  nip_tmt: (p, path) =>
    `Digits 9–14 of the NIP (${p.value}) are not a valid TMT year and month (YYYYMM)${whereEn(path)}.`,
  nip_gender: (p, path) =>
    `Digit 15 of the NIP must be 1 (male) or 2 (female), not ${p.value}${whereEn(path)}.`,

  skp_without_rhk_utama: (_p, path) =>
    `The SKP has no main performance plan item (RHK utama); at least one is required${whereEn(path)}.`,
  rhk_without_indikator: (p, path) =>
    `Performance plan item (RHK) ${quote(p.rhkId)} has no individual performance indicator (IKI)${whereEn(path)}.`,
  rhk_without_perspektif: (p, path) =>
    `Performance plan item (RHK) ${quote(p.rhkId)} has no perspective; the SKP of a senior executive (JPT) needs one for every RHK${whereEn(path)}.`,
  perilaku_incomplete: (p, path) =>
    p.missing.length === 0
      ? `The work behaviour section must hold each BerAKHLAK value exactly once${whereEn(path)}.`
      : `The work behaviour section must hold each BerAKHLAK value exactly once; missing: ${andEn(labels('nilaiBerakhlak', p.missing, 'en'))}${whereEn(path)}.`,
  target_range_inverted: (p, path) =>
    `The lower end of the target range (${num(p.min, 'en')}) is above its upper end (${num(p.max, 'en')})${whereEn(path)}.`,

  target_zero: (p, path) =>
    `The target of indicator ${quote(p.indikatorId)} is 0, so its achievement cannot be computed${whereEn(path)}.`,
  target_not_numeric: (p, path) =>
    `The target of indicator ${quote(p.indikatorId)} is narrative (qualitative), so no achievement can be computed${whereEn(path)}.`,
  realisasi_missing: (p, path) =>
    `No realisation has been recorded for indicator ${quote(p.indikatorId)} in the evaluated period${whereEn(path)}.`,
  capaian_clamped: (p, path) => {
    const d = direction(p.raw, p.clamped);
    const verb = d === 'up' ? 'was raised to' : d === 'down' ? 'was lowered to' : 'was adjusted to';
    const bound = d === 'up' ? 'the floor' : d === 'down' ? 'the ceiling' : 'the limit';
    return `The achievement of indicator ${quote(p.indikatorId)} (${pct(p.raw, 'en')}) ${verb} ${pct(p.clamped, 'en')}, ${bound} set by the rules${whereEn(path)}.`;
  },
  rating_deviates: (p, path) =>
    `The ${aspect(p.aspect, 'en')} rating given by the appraising official (${lookupLabel('rating', p.given, 'en')}) differs from the rating suggested by the rules (${lookupLabel('rating', p.suggested, 'en')})${whereEn(path)}.`,
  rating_rhk_missing: (p, path) =>
    `The appraising official has not rated the planned result ${quote(p.rhkId)}, so it counts as below expectations${whereEn(path)}.`,
  rating_from_predikat_organisasi: (p, path) =>
    `The unit leader's work results rating was set to ${lookupLabel('rating', p.rating, 'en')} from the organisation's performance rating ${lookupLabel('predikatOrganisasi', p.predikatOrganisasi, 'en')}${whereEn(path)}.`,
  evaluasi_missing: (p, path) =>
    `There is no periodic evaluation and no ${aspect(p.aspect, 'en')} rating, so the annual result cannot be determined${whereEn(path)}.`,
  periode_unknown: (p, path) =>
    `The periodic evaluation refers to period ${num(p.periodeKe, 'en')}, which the SKP does not have${whereEn(path)}.`,

  bobot_total_invalid: (p, path) =>
    `The weights must add up to ${num(p.expected, 'en')}%, but they add up to ${num(p.total, 'en')}%${whereEn(path)}.`,
  capaian_in_band_gap: (p, path) =>
    `The achievement of indicator ${quote(p.indikatorId)} (${pct(p.capaian, 'en')}) lies between two categories of PermenPANRB 8/2021 and was classed ${kategori82021(p.kategori, 'en')} by the rules${whereEn(path)}.`,
  nilai_kinerja_capped: (p, path) =>
    `The performance score ${num(p.raw, 'en')} exceeds the maximum and was lowered to ${num(p.capped, 'en')}${whereEn(path)}.`,
  penilaian_360_ignored: (p, path) =>
    `The agency does not apply the 360-degree assessment: the behaviour score is the superior's alone, and ${num(p.rekan, 'en')} peer and ${num(p.bawahan, 'en')} subordinate scores were ignored${whereEn(path)}.`,

  kurva_below_minimum: (p, path) =>
    `The number of employees rated ${orEn(labels('predikat', p.predikat, 'en'))} (${num(p.actual, 'en')}) is below the limit of the distribution curve: at least ${num(p.minimum, 'en')}${shareEn(p.share)}${whereEn(path)}.`,
  kurva_above_maximum: (p, path) =>
    p.maximum === 0
      ? `The distribution curve allows no employee rated ${orEn(labels('predikat', p.predikat, 'en'))}, but there ${p.actual === 1 ? 'is' : 'are'} ${employees(p.actual)}${whereEn(path)}.`
      : `The number of employees rated ${orEn(labels('predikat', p.predikat, 'en'))} (${num(p.actual, 'en')}) exceeds the limit of the distribution curve: at most ${num(p.maximum, 'en')}${shareEn(p.share)}${whereEn(path)}.`,
  kurva_not_modal: (p, path) =>
    `By the distribution curve, most employees should be rated ${lookupLabel('predikat', p.predikat, 'en')}, but only ${employees(p.actual)} ${p.actual === 1 ? 'is' : 'are'}; the most frequent rating is ${andEn(labels('predikat', p.modal, 'en'))}${whereEn(path)}.`,
  kurva_infeasible: (p, path) =>
    `The distribution curve for the organisation rating ${lookupLabel('predikatOrganisasi', p.predikatOrganisasi, 'en')} cannot be met by ${employees(p.headcount)}: ${infeasibleReasonEn(p.reason, p.required)}${whereEn(path)}.`,
  predikat_organisasi_missing: (p, path) =>
    `The organisation performance rating of work unit ${quote(p.unitKerjaId)} for ${year(p.tahun)} has not been set${whereEn(path)}.`,

  version_conflict: (p, path) =>
    `${quote(p.entity)} ${quote(p.id)} was changed by someone else since it was opened (version ${p.expected}, now ${p.actual ?? 'none'}); reload and try again${whereEn(path)}.`,
  duplicate_key: (p, path) => `A ${quote(p.entity)} with key ${quote(p.key)} already exists${whereEn(path)}.`,
  not_found: (p, path) => `${quote(p.entity)} ${quote(p.id)} was not found${whereEn(path)}.`,
  storage_error: (p, path) =>
    `Storing the data failed during ${quote(p.operation)}; nothing was changed. Try again or contact the system administrator${whereEn(path)}.`,
  transition_not_allowed: (p, path) =>
    `The step ${quote(p.action)} is not allowed on a ${quote(p.entity)} in status ${quote(p.from)}${whereEn(path)}.`,
  forbidden: (p, path) => `You are not allowed to ${quote(p.action)} (${quote(p.reason)})${whereEn(path)}.`,
  skp_atasan_missing: (p, path) =>
    `The SKP of the appraising official ${quote(p.pejabatPenilaiId)} for ${year(p.tahun)} does not exist yet, so no planned result can intervene one of theirs${whereEn(path)}.`,
  rhk_atasan_unknown: (p, path) =>
    `Planned result ${quote(p.rhkId)} intervenes ${quote(p.rhkAtasanId)}, which is not in the superior's SKP${whereEn(path)}.`,
  periode_closed: (p, path) =>
    `Entry for period ${p.periodeKe} closed on ${p.batas}; ask the performance administrator to reopen it${whereEn(path)}.`,
  deadline_not_passed: (p, path) => `The deadline ${p.batas} has not passed yet${whereEn(path)}.`,
  keberatan_expired: (p, path) => `The time to file an objection (${p.batas}) has passed${whereEn(path)}.`,
  penetapan_frozen: (p, path) =>
    `The performance ratings of unit ${quote(p.unitKerjaId)} for ${year(p.tahun)} have been set and can change only through an objection${whereEn(path)}.`,
  evaluasi_not_final: (p, path) =>
    `The annual evaluation of SKP ${quote(p.skpId)} ${p.status === 'NONE' ? 'does not exist yet' : `is not final (status ${quote(p.status)})`}${whereEn(path)}.`,

  rule_pack_overlapping_groups: (p, path) =>
    `The distribution-curve rules for the organisation rating ${lookupLabel('predikatOrganisasi', p.predikatOrganisasi, 'en')} overlap on the employee rating ${lookupLabel('predikat', p.predikat, 'en')} in an unsupported way${whereEn(path)}.`,
  rule_pack_unordered: (p, path) =>
    `${fieldEn(path)} (${num(p.value, 'en')}) must be ${p.order === 'ascending' ? 'greater' : 'smaller'} than the previous value (${num(p.previous, 'en')}): the rule pack table must be in ${p.order} order.`,

  rule_pack_overlap: (p, path) =>
    `Rule packs ${quote(p.id)} and ${quote(p.otherId)} (position [${p.otherIndex}]) are both in force ${p.until === '' ? `from ${date(p.from, 'en')} on` : `from ${date(p.from, 'en')} to ${date(p.until, 'en')}`}; each day must be governed by one rule pack only${whereEn(path)}.`,
  rule_pack_missing: (p, path) =>
    `No rule pack is in force on ${date(p.tanggal, 'en')} to evaluate the year ${year(p.tahun)}${whereEn(path)}.`,
  override_base_mismatch: (p, path) =>
    `This override is written for rule pack ${quote(p.received)} but is applied to rule pack ${quote(p.expected)}${whereEn(path)}.`,
  override_field_locked: (p, path) =>
    `An override cannot change ${quote(p.field)}: that field identifies its base pack; the override's own name and version go in name and version${whereEn(path)}.`,
  regime_mismatch: (p, path) =>
    `This data is for ${regimeName(p.received, 'en')}, but the rules in force are ${andEn(p.expected.map((r) => regimeName(r, 'en')))}${whereEn(path)}.`,

  tabel_not_monotonic: (p, path) =>
    `The percentage for ${tableKey(p.higher, 'en')} (${num(p.higherPersen, 'en')}%) must not be less than the percentage for ${tableKey(p.lower, 'en')} (${num(p.lowerPersen, 'en')}%): the table must be in order${whereEn(path)}.`,
  potongan_capped: (p, path) =>
    `The deductions of component ${quote(p.komponen)} (${num(p.raw, 'en')}%) were capped at ${num(p.cap, 'en')}%, the limit set by the TPP configuration${whereEn(path)}.`,
  bulan_exceeds_year: (p, path) =>
    `The periods of ${year(p.tahun)} add up to ${num(p.bulan, 'en')} months, more than 12${whereEn(path)}.`,
  kebutuhan_angka_kredit_missing: (p, path) =>
    `The credit points needed for a promotion in rank at the level ${lookupLabel('jenjang', p.jenjang, 'en')} are not set in the credit point conversion${whereEn(path)}.`,
};

/**
 * The issue messages of each locale, one function per issue code.
 *
 * @example
 * ```ts
 * ISSUE_MESSAGES.id.required({}, 'pegawai.nama'); // 'Kolom pegawai.nama wajib diisi.'
 * ```
 */
export const ISSUE_MESSAGES: Readonly<Record<Locale, IssueMessages>> = { id: ID, en: EN };
