import { describe, expect, it } from 'vitest';
import { type Issue, type IssueCode, type IssueParamsByCode, issue } from '../issues/issue';
import { formatIssue, formatIssues } from './format-issue';

// One params object per code; typed so that a new code without a sample fails to compile.
const SAMPLES: { [C in IssueCode]: IssueParamsByCode[C] } = {
  invalid_type: { expected: 'string', received: 'number' },
  required: {},
  invalid_value: { options: ['PNS', 'PPPK'], received: 'HONORER' },
  too_small: { minimum: '0', inclusive: true, origin: 'number' },
  too_big: { maximum: '128', inclusive: true, origin: 'string' },
  invalid_format: { format: 'email' },
  unrecognized_keys: { keys: ['golongan', 'eselon'] },
  invalid_union: {},
  invalid_decimal: {},
  invalid_date: { received: '2026-02-30' },
  invalid_interval: { start: '2026-12-31', end: '2026-01-01' },
  duplicate_id: { id: 'rhk-1' },
  unknown_reference: { kind: 'pegawai', id: 'p-404' },
  cycle: { id: 'kec-senapelan' },
  nip_format: { received: '19900101201501100' },
  nip_birth_date: { value: '19901301' },
  nip_tmt: { value: '201513' },
  nip_gender: { value: '3' },
  skp_without_rhk_utama: {},
  rhk_without_indikator: { rhkId: 'rhk-2' },
  rhk_without_perspektif: { rhkId: 'rhk-3' },
  perilaku_incomplete: { missing: ['LOYAL', 'ADAPTIF'] },
  target_range_inverted: { min: '90', max: '80' },
  target_zero: { indikatorId: 'iki-1' },
  target_not_numeric: { indikatorId: 'iki-2' },
  realisasi_missing: { indikatorId: 'iki-3' },
  capaian_clamped: { indikatorId: 'iki-4', raw: '-20', clamped: '0' },
  rating_deviates: { aspect: 'HASIL_KERJA', given: 'DI_ATAS_EKSPEKTASI', suggested: 'SESUAI_EKSPEKTASI' },
  rating_rhk_missing: { rhkId: 'rhk-2' },
  rating_from_predikat_organisasi: { predikatOrganisasi: 'ISTIMEWA', rating: 'DI_ATAS_EKSPEKTASI' },
  evaluasi_missing: { aspect: 'PERILAKU_KERJA' },
  periode_unknown: { periodeKe: 5 },
  bobot_total_invalid: { total: '90', expected: '100' },
  capaian_in_band_gap: { indikatorId: 'iki-7', capaian: '99.5', kategori: 'CUKUP' },
  nilai_kinerja_capped: { raw: '127', capped: '120' },
  penilaian_360_ignored: { rekan: 2, bawahan: 1 },
  kurva_below_minimum: {
    ruleId: 'kurang.kurang-min-60',
    predikat: ['KURANG'],
    minimum: 6,
    actual: 4,
    share: '60',
  },
  kurva_above_maximum: {
    ruleId: 'baik.baik-maks-70',
    predikat: ['BAIK'],
    maximum: 7,
    actual: 8,
    share: '70',
  },
  kurva_not_modal: { ruleId: 'baik.baik-terbanyak', predikat: 'BAIK', actual: 3, modal: ['SANGAT_BAIK'] },
  kurva_infeasible: {
    headcount: 1,
    predikatOrganisasi: 'KURANG',
    reason: 'minimums_exceed_headcount',
    required: 2,
  },
  predikat_organisasi_missing: { unitKerjaId: 'kel-sago', tahun: 2026 },
  rule_pack_overlapping_groups: { predikatOrganisasi: 'BAIK', predikat: 'KURANG' },
  version_conflict: { entity: 'skp', id: 'skp-1', expected: 2, actual: 3 },
  duplicate_key: { entity: 'pegawai', key: '199001012015011001' },
  not_found: { entity: 'skp', id: 'skp-9' },
  storage_error: { operation: 'saveSkp' },
  transition_not_allowed: { entity: 'skp', from: 'DRAFT', action: 'approve' },
  forbidden: { action: 'rate', reason: 'self' },
  skp_atasan_missing: { pejabatPenilaiId: 'p-camat', tahun: 2026 },
  rhk_atasan_unknown: { rhkId: 'rhk-1', rhkAtasanId: 'rhk-x' },
  periode_closed: { periodeKe: 1, batas: '2026-04-10' },
  deadline_not_passed: { batas: '2026-01-31' },
  keberatan_expired: { batas: '2027-01-24' },
  penetapan_frozen: { unitKerjaId: 'kel-sago', tahun: 2026 },
  evaluasi_not_final: { skpId: 'skp-2026-1', status: 'NONE' },
  rule_pack_unordered: { previous: '91', value: '95', order: 'descending' },
  rule_pack_overlap: {
    id: 'permenpanrb-8-2021@1.0.0',
    otherId: 'permenpanrb-6-2022@1.0.0',
    otherIndex: 0,
    from: '2022-01-01',
    until: '2022-02-02',
  },
  rule_pack_missing: { tahun: 2013, tanggal: '2013-01-01' },
  override_base_mismatch: { expected: 'permenpanrb-6-2022@1.0.0', received: 'permenpanrb-8-2021' },
  override_field_locked: { field: 'regime' },
  regime_mismatch: { expected: ['pp-46-2011', 'permenpanrb-8-2021'], received: 'permenpanrb-6-2022' },
  tabel_not_monotonic: { higher: 'BAIK', higherPersen: '70', lower: 'BUTUH_PERBAIKAN', lowerPersen: '75' },
  potongan_capped: { komponen: 'DISIPLIN', raw: '46', cap: '40' },
  bulan_exceeds_year: { tahun: 2026, bulan: 14 },
  kebutuhan_angka_kredit_missing: { jenjang: 'TERAMPIL' },
};

const CODES = Object.keys(SAMPLES) as IssueCode[];
const sample = (code: IssueCode, path: (string | number)[] = []): Issue =>
  ({ code, path, params: SAMPLES[code] }) as Issue;

describe('formatIssue: every code', () => {
  it.each(CODES)('%s has a non-empty message that differs between id and en', (code) => {
    const id = formatIssue(sample(code));
    const en = formatIssue(sample(code), 'en');
    for (const text of [id, en]) {
      expect(text.trim().length).toBeGreaterThan(code.length);
      expect(text).not.toBe(code);
      expect(text).not.toMatch(/undefined|NaN|\[object|_EKSPEKTASI|SANGAT_|BUTUH_|LOYAL|ADAPTIF|ISTIMEWA/);
      expect(text).toMatch(/\.$/);
    }
    expect(id).not.toBe(en);
  });

  it.each(CODES)('%s names the field of a non-empty path', (code) => {
    const path = ['rencanaHasilKerja', 0, 'indikator', 1, 'target'];
    expect(formatIssue(sample(code, path))).toContain('rencanaHasilKerja[0].indikator[1].target');
    expect(formatIssue(sample(code, path), 'en')).toContain('rencanaHasilKerja[0].indikator[1].target');
  });
});

describe('formatIssue: golden messages', () => {
  it.each<[Issue, string, string]>([
    [
      issue('kurva_above_maximum', [], SAMPLES.kurva_above_maximum),
      'Jumlah pegawai dengan predikat Baik (8) melebihi batas kurva distribusi: paling banyak 7 (70% dari jumlah pegawai).',
      'The number of employees rated Good (8) exceeds the limit of the distribution curve: at most 7 (70% of employees).',
    ],
    [
      issue('kurva_below_minimum', [], {
        ruleId: 'baik.ada-butuh-perbaikan-atau-kurang',
        predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
        minimum: 1,
        actual: 0,
        share: '',
      }),
      'Jumlah pegawai dengan predikat Butuh Perbaikan atau Kurang/Misconduct (0) belum memenuhi batas kurva distribusi: paling sedikit 1.',
      'The number of employees rated Needs improvement or Poor/Misconduct (0) is below the limit of the distribution curve: at least 1.',
    ],
    [
      issue('kurva_below_minimum', [], {
        ruleId: 'kurang.kurang-min-60',
        predikat: ['KURANG'],
        minimum: 1234,
        actual: 1000,
        share: '60.5',
      }),
      'Jumlah pegawai dengan predikat Kurang/Misconduct (1.000) belum memenuhi batas kurva distribusi: paling sedikit 1.234 (60,5% dari jumlah pegawai).',
      'The number of employees rated Poor/Misconduct (1,000) is below the limit of the distribution curve: at least 1,234 (60.5% of employees).',
    ],
    [
      issue('kurva_above_maximum', [], {
        ruleId: 'sangat-kurang.tanpa-sangat-baik',
        predikat: ['SANGAT_BAIK'],
        maximum: 0,
        actual: 2,
        share: '',
      }),
      'Kurva distribusi tidak membolehkan pegawai dengan predikat Sangat Baik, tetapi ada 2 pegawai.',
      'The distribution curve allows no employee rated Very good, but there are 2 employees.',
    ],
    [
      issue('required', ['pegawai', 'nama'], {}),
      'Kolom pegawai.nama wajib diisi.',
      'Field pegawai.nama is required.',
    ],
    [
      issue('invalid_decimal', ['rencanaHasilKerja', 0, 'indikator', 1, 'target', 'nilai'], {}),
      'Kolom rencanaHasilKerja[0].indikator[1].target.nilai harus berupa angka dengan titik sebagai pemisah desimal, mis. 85.5 (bukan 85,5).',
      'Field rencanaHasilKerja[0].indikator[1].target.nilai must be a number with a dot as the decimal separator, e.g. 85.5 (not 85,5).',
    ],
    [
      issue('target_zero', ['rencanaHasilKerja', 0, 'indikator', 1, 'target'], { indikatorId: 'iki-1' }),
      'Target indikator "iki-1" bernilai 0 sehingga capaian tidak dapat dihitung (kolom rencanaHasilKerja[0].indikator[1].target).',
      'The target of indicator "iki-1" is 0, so its achievement cannot be computed (field rencanaHasilKerja[0].indikator[1].target).',
    ],
    [
      issue('target_range_inverted', ['target', 'max'], { min: '1500.5', max: '1200' }),
      'Batas bawah target (1.500,5) lebih besar dari batas atasnya (1.200) (kolom target.max).',
      'The lower end of the target range (1,500.5) is above its upper end (1,200) (field target.max).',
    ],
    [
      issue('rating_deviates', [], SAMPLES.rating_deviates, 'warning'),
      'Rating hasil kerja yang diberikan pejabat penilai (Di Atas Ekspektasi) berbeda dengan rating yang disarankan aturan penilaian (Sesuai Ekspektasi).',
      'The work results rating given by the appraising official (Above expectations) differs from the rating suggested by the rules (Meets expectations).',
    ],
    [
      issue('perilaku_incomplete', ['perilakuKerja'], SAMPLES.perilaku_incomplete),
      'Perilaku kerja harus memuat setiap nilai BerAKHLAK tepat satu kali; yang belum ada: Loyal dan Adaptif (kolom perilakuKerja).',
      'The work behaviour section must hold each BerAKHLAK value exactly once; missing: Loyal and Adaptive (field perilakuKerja).',
    ],
    [
      issue('capaian_clamped', [], { indikatorId: 'iki-4', raw: '-20.123456', clamped: '0' }),
      'Capaian indikator "iki-4" sebesar -20,12% dinaikkan menjadi 0%, batas bawah capaian menurut aturan penilaian.',
      'The achievement of indicator "iki-4" (-20.12%) was raised to 0%, the floor set by the rules.',
    ],
    [
      issue('invalid_interval', ['periode'], SAMPLES.invalid_interval),
      'Nilai akhir (1 Januari 2026) tidak boleh sebelum atau kurang dari nilai awal (31 Desember 2026) (kolom periode).',
      'The end value (1 January 2026) must not be before or less than the start value (31 December 2026) (field periode).',
    ],
    [
      issue('invalid_interval', ['kuantitatif', 'ratingThresholds'], { start: '100', end: '99.5' }),
      'Nilai akhir (99,5) tidak boleh sebelum atau kurang dari nilai awal (100) (kolom kuantitatif.ratingThresholds).',
      'The end value (99.5) must not be before or less than the start value (100) (field kuantitatif.ratingThresholds).',
    ],
    [
      issue('invalid_interval', ['sebelumnya', 'tahun'], { start: '2026', end: '2026' }),
      'Nilai akhir (2026) tidak boleh sebelum atau kurang dari nilai awal (2026) (kolom sebelumnya.tahun).',
      'The end value (2026) must not be before or less than the start value (2026) (field sebelumnya.tahun).',
    ],
    [
      issue('predikat_organisasi_missing', [], SAMPLES.predikat_organisasi_missing),
      'Predikat kinerja organisasi unit kerja "kel-sago" untuk tahun 2026 belum ditetapkan.',
      'The organisation performance rating of work unit "kel-sago" for 2026 has not been set.',
    ],
    [
      issue('too_small', ['nama'], { minimum: '1', inclusive: true, origin: 'string' }),
      'Kolom nama tidak boleh kosong.',
      'Field nama must not be empty.',
    ],
    [
      issue('too_big', ['nilai'], { maximum: '1000000', inclusive: false, origin: 'number' }),
      'Kolom nilai harus lebih kecil dari 1.000.000.',
      'Field nilai must be less than 1,000,000.',
    ],
    [
      issue('unrecognized_keys', ['pegawai'], { keys: ['golongan'] }),
      'Kolom yang tidak dikenal atau tidak diperbolehkan: pegawai.golongan.',
      'Unknown or disallowed fields: pegawai.golongan.',
    ],
    [
      issue('unrecognized_keys', ['jenjang'], { keys: ['jenjang'] }),
      'Kolom yang tidak dikenal atau tidak diperbolehkan: jenjang.',
      'Unknown or disallowed fields: jenjang.',
    ],
  ])('%#: %j', (input, id, en) => {
    expect(formatIssue(input)).toBe(id);
    expect(formatIssue(input, 'id')).toBe(id);
    expect(formatIssue(input, 'en')).toBe(en);
  });
});

describe('formatIssue: data from outside', () => {
  it('falls back to the code for an unknown code', () => {
    const unknown = { code: 'brand_new_code', path: [], params: {} } as unknown as Issue;
    expect(formatIssue(unknown)).toBe('brand_new_code');
    const withPath = { code: 'brand_new_code', path: ['a', 0], params: {} } as unknown as Issue;
    expect(formatIssue(withPath)).toBe('brand_new_code (kolom a[0])');
    expect(formatIssue(withPath, 'en')).toBe('brand_new_code (field a[0])');
  });

  it('does not take prototype keys for codes', () => {
    for (const code of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(formatIssue({ code, path: [], params: {} } as unknown as Issue)).toBe(code);
    }
  });

  it('falls back to the code for malformed params or path', () => {
    const noParams = { code: 'kurva_above_maximum', path: [] } as unknown as Issue;
    expect(formatIssue(noParams)).toBe('kurva_above_maximum');
    const badPath = { code: 'required', path: 'nama', params: {} } as unknown as Issue;
    expect(formatIssue(badPath)).toBe('Nilai wajib diisi.');
  });

  it('renders unknown enum values as they are', () => {
    const text = formatIssue(
      issue('kurva_above_maximum', [], { ...SAMPLES.kurva_above_maximum, predikat: ['CUKUP'] }),
    );
    expect(text).toContain('predikat CUKUP (8)');
  });

  it('speaks Indonesian for an unknown locale', () => {
    expect(formatIssue(sample('required'), 'fr' as never)).toBe(formatIssue(sample('required'), 'id'));
  });
});

describe('formatIssues', () => {
  it('joins one message per line', () => {
    const issues = [issue('required', ['nama'], {}), issue('duplicate_id', [], { id: 'rhk-1' })];
    expect(formatIssues(issues)).toBe(
      'Kolom nama wajib diisi.\nID "rhk-1" dipakai lebih dari satu kali; setiap ID harus unik.',
    );
    expect(formatIssues(issues, 'en')).toBe(
      'Field nama is required.\nThe id "rhk-1" is used more than once; ids must be unique.',
    );
    expect(formatIssues([])).toBe('');
  });
});
