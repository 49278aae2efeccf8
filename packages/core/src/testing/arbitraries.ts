import fc, { type Arbitrary } from 'fast-check';
import { Decimal, toCanonical } from '../decimal/decimal';
import { KinerjaError } from '../errors/kinerja-error';
import type { EvaluasiPeriodik, RatingRhk } from '../model/evaluasi';
import type { IndikatorKinerjaIndividu, Target } from '../model/indikator';
import { AkumulasiSchema, AspekSchema, PolaritasSchema } from '../model/indikator';
import { isJpt, type JenisJabatan, JenisJabatanSchema } from '../model/jabatan';
import type { Pegawai } from '../model/pegawai';
import { NILAI_BERAKHLAK } from '../model/perilaku-kerja';
import { JenisPeriodikSchema, periodeWindows } from '../model/periode';
import {
  PREDIKAT_ORGANISASIS,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  RATINGS,
  type Rating,
} from '../model/predikat';
import type { BuktiDukung, Realisasi } from '../model/realisasi';
import { JenisRhkSchema, PerspektifSchema, type RencanaHasilKerja } from '../model/rencana-hasil-kerja';
import { type Pendekatan, PendekatanSchema, type Skp } from '../model/skp';
import { daysInMonth } from '../model/tanggal';
import type { UnitKerja } from '../model/unit-kerja';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { RATING_ORDINAL } from '../rules/permenpanrb-6-2022/pack';

// ————————————————————————————————————————————————————————————————— enums

/**
 * Any rating hasil kerja or perilaku kerja.
 *
 * @returns an arbitrary of `DI_ATAS_EKSPEKTASI`, `SESUAI_EKSPEKTASI` and `DI_BAWAH_EKSPEKTASI`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbRating(), (r) => RatingSchema.safeParse(r).success));
 * ```
 */
export function arbRating(): Arbitrary<Rating> {
  return fc.constantFrom(...RATINGS);
}

/**
 * Any predikat kinerja pegawai.
 *
 * @returns an arbitrary of the five predikat.
 * @example
 * ```ts
 * fc.sample(arbPredikat(), 3); // e.g. ['BAIK', 'SANGAT_KURANG', 'BAIK']
 * ```
 */
export function arbPredikat(): Arbitrary<Predikat> {
  return fc.constantFrom(...PREDIKATS);
}

/**
 * Any predikat kinerja organisasi.
 *
 * @returns an arbitrary of the five predikat organisasi.
 * @example
 * ```ts
 * fc.sample(arbPredikatOrganisasi(), 1); // e.g. ['ISTIMEWA']
 * ```
 */
export function arbPredikatOrganisasi(): Arbitrary<PredikatOrganisasi> {
  return fc.constantFrom(...PREDIKAT_ORGANISASIS);
}

// ————————————————————————————————————————————————————————————————— decimals

/** The bounds and scale of {@link arbDecimalString}. */
export interface DecimalStringConstraints {
  /** The smallest value, inclusive, as a decimal string or an exact number; default `'0'`. */
  readonly min?: string | number;
  /** The largest value, inclusive; default `'1000000'`. */
  readonly max?: string | number;
  /** The most decimal places a value may have, 0–20; default 2. */
  readonly scale?: number;
}

function invalidOptions(message: string): KinerjaError {
  return new KinerjaError('invalid_arbitrary_options', message);
}

function toUnits(value: string | number, scale: number, mode: 'CEIL' | 'FLOOR'): bigint {
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch (cause) {
    throw new KinerjaError('invalid_arbitrary_options', `not a decimal: ${String(value)}`, { cause });
  }
  const scaled = d.times(new Decimal(10).pow(scale));
  return BigInt(
    scaled.toDecimalPlaces(0, mode === 'CEIL' ? Decimal.ROUND_CEIL : Decimal.ROUND_FLOOR).toFixed(),
  );
}

function fromUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return toCanonical(negative ? `-${text}` : text);
}

/**
 * Canonical decimal strings (see `toCanonical`) between two bounds with at most `scale` decimal
 * places. Values are built from big integers and a decimal point, never through floating point,
 * and whole and round numbers come up often (`'12'`, `'85.5'`, `'0'`), as they do in real SKPs.
 *
 * @param constraints - `min`, `max` (inclusive) and `scale`; defaults `'0'`, `'1000000'`, 2.
 * @returns an arbitrary of canonical decimal strings, e.g. `'85.5'`, `'-0.03'`, `'1200'`.
 * @throws KinerjaError `invalid_arbitrary_options` when a bound is not a decimal, the scale is
 *   not an integer in 0–20, or no value with that scale lies between the bounds.
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbDecimalString({ min: '-100', max: '100', scale: 4 }), (s) => toCanonical(s) === s),
 * );
 * ```
 */
export function arbDecimalString(constraints: DecimalStringConstraints = {}): Arbitrary<string> {
  const scale = constraints.scale ?? 2;
  if (!Number.isInteger(scale) || scale < 0 || scale > 20) throw invalidOptions(`scale ${scale} not in 0–20`);
  const min = toUnits(constraints.min ?? '0', scale, 'CEIL');
  const max = toUnits(constraints.max ?? '1000000', scale, 'FLOOR');
  if (min > max) throw invalidOptions(`no value of scale ${scale} between the bounds`);
  return fc.tuple(fc.bigInt({ min, max }), fc.nat(scale)).map(([units, zeros]) => {
    // Round towards zero to a multiple of 10^zeros, so that shorter decimals come up often.
    const step = 10n ** BigInt(zeros);
    const round = units - (units % step);
    return fromUnits(round >= min && round <= max ? round : units, scale);
  });
}

// ————————————————————————————————————————————————————————————————— text, ids, dates

const WORDS = [
  'pelayanan',
  'administrasi',
  'kependudukan',
  'surat',
  'keterangan',
  'laporan',
  'kegiatan',
  'rapat',
  'koordinasi',
  'data',
  'kelurahan',
  'kecamatan',
  'penyusunan',
  'dokumen',
  'anggaran',
  'monitoring',
  'evaluasi',
  'program',
  'masyarakat',
  'perizinan',
  'arsip',
  'pengaduan',
  'tepat',
  'waktu',
  'lengkap',
  'terlaksananya',
  'meningkatnya',
  'kualitas',
  'jumlah',
  'persentase',
] as const;

const SATUAN = ['dokumen', 'laporan', 'kegiatan', 'persen', 'orang', 'hari', 'berkas', 'bulan'] as const;

/** Readable, trimmed, non-empty Indonesian-looking text. */
function arbUraian(maxWords = 8): Arbitrary<string> {
  return fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: maxWords }).map((ws) => {
    const text = ws.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
}

/**
 * Identifiers as an embedding system might choose them: UUIDs or readable keys such as `rhk-42`.
 *
 * @param prefix - the prefix of the readable keys, e.g. `'skp'`.
 * @returns an arbitrary of ids that `IdSchema` accepts.
 * @example
 * ```ts
 * fc.sample(arbId('skp'), 2); // e.g. ['skp-17', '5b0c…-…']
 * ```
 */
export function arbId(prefix = 'id'): Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 999_999 }).map((n) => `${prefix}-${n}`), weight: 3 },
    { arbitrary: fc.uuid(), weight: 1 },
  );
}

/** Makes ids unique in order of appearance by suffixing repeats. */
function dedupe(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((id, i) => {
    let out = id;
    for (let k = i; seen.has(out); k++) out = `${id}-${k}`;
    seen.add(out);
    return out;
  });
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The date of the `dayOfYear`-th day (0-based) of a year, `YYYY-MM-DD`. */
function dateOfDay(year: number, dayOfYear: number): string {
  let rest = dayOfYear;
  for (let month = 1; month <= 12; month++) {
    const days = daysInMonth(year, month);
    if (rest < days) return `${year}-${pad(month)}-${pad(rest + 1)}`;
    rest -= days;
  }
  throw new KinerjaError('invalid_arbitrary_options', `day ${dayOfYear} is not in ${year}`);
}

const daysInYear = (year: number): number => (daysInMonth(year, 2) === 29 ? 366 : 365);

/**
 * Existing calendar dates (`YYYY-MM-DD`) of one year, 29 February included in leap years.
 *
 * @param tahun - the year.
 * @returns an arbitrary of dates that `TanggalSchema` accepts.
 * @example
 * ```ts
 * fc.sample(arbTanggal(2024), 1); // e.g. ['2024-02-29']
 * ```
 */
export function arbTanggal(tahun: number): Arbitrary<string> {
  return fc.integer({ min: 0, max: daysInYear(tahun) - 1 }).map((d) => dateOfDay(tahun, d));
}

/** A date-time with the Asia/Jakarta offset on one of the given dates. */
function arbWaktu(dates: Arbitrary<string>): Arbitrary<string> {
  return fc
    .tuple(dates, fc.integer({ min: 7, max: 17 }), fc.nat(59), fc.nat(59))
    .map(([d, h, m, s]) => `${d}T${pad(h)}:${pad(m)}:${pad(s)}+07:00`);
}

/** A birth date `YYYYMMDD` between 1950 and 2004. */
const arbTanggalLahir: Arbitrary<{ year: number; text: string }> = fc
  .integer({ min: 1950, max: 2004 })
  .chain((year) => arbTanggal(year).map((d) => ({ year, text: d.replaceAll('-', '') })));

// ————————————————————————————————————————————————————————————————— identity numbers

/**
 * Valid NIPs of PNS: an existing birth date (1950–2004, leap days included), a TMT year 18–40
 * years later and not after 2025, a month 01–12, gender 1 or 2, a sequence number 001–999.
 *
 * @returns an arbitrary of 18-digit NIPs that `validateNip` accepts.
 * @example
 * ```ts
 * fc.assert(fc.property(arbNip(), (nip) => validateNip(nip).length === 0));
 * ```
 */
export function arbNip(): Arbitrary<string> {
  return fc
    .record({
      lahir: arbTanggalLahir,
      tmtOffset: fc.nat(22),
      tmtBulan: fc.integer({ min: 1, max: 12 }),
      gender: fc.constantFrom('1', '2'),
      urut: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ lahir, tmtOffset, tmtBulan, gender, urut }) => {
      const first = lahir.year + 18;
      const tmtTahun = Math.min(first + tmtOffset, Math.max(first, 2025));
      return `${lahir.text}${tmtTahun}${pad(tmtBulan)}${gender}${pad(urut, 3)}`;
    });
}

/**
 * NI PPPK numbers shaped like real ones: an existing birth date, the year of appointment
 * (2019–2026), `21`, gender 1 or 2 and a sequence number. Only the birth date is checked by
 * `validateNiPppk`; the rest is realistic filler.
 *
 * @returns an arbitrary of 18-digit NI PPPK that `validateNiPppk` accepts.
 * @example
 * ```ts
 * fc.sample(arbNiPppk(), 1); // e.g. ['198505172023212003']
 * ```
 */
export function arbNiPppk(): Arbitrary<string> {
  return fc
    .record({
      lahir: arbTanggalLahir,
      tahun: fc.integer({ min: 2019, max: 2026 }),
      gender: fc.constantFrom('1', '2'),
      urut: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ lahir, tahun, gender, urut }) => `${lahir.text}${tahun}21${gender}${pad(urut, 3)}`);
}

// ————————————————————————————————————————————————————————————————— SKP parts

/** What {@link arbTarget} may produce. */
export interface TargetConstraints {
  /** The kinds of target; default all three. `['TUNGGAL', 'RENTANG']` for the kuantitatif approach. */
  readonly jenis?: readonly Target['jenis'][];
}

const NUMERIC_TARGET: readonly Target['jenis'][] = ['TUNGGAL', 'RENTANG'];

/**
 * Valid targets: a single value, a range with `min ≤ max`, or a narrative. Numeric values are
 * positive (0.01–10000, at most 2 decimals, never zero) so that a capaian can always be computed.
 *
 * @param constraints - which kinds of target.
 * @returns an arbitrary of targets in the output form of `TargetSchema`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbTarget({ jenis: ['RENTANG'] }), (t) => TargetSchema.safeParse(t).success));
 * ```
 */
export function arbTarget(constraints: TargetConstraints = {}): Arbitrary<Target> {
  const jenis = constraints.jenis ?? ['TUNGGAL', 'RENTANG', 'NARATIF'];
  if (jenis.length === 0) throw invalidOptions('arbTarget needs at least one jenis');
  const value = arbDecimalString({ min: '0.01', max: '10000', scale: 2 });
  const byJenis: Record<Target['jenis'], Arbitrary<Target>> = {
    TUNGGAL: value.map((nilai) => ({ jenis: 'TUNGGAL', nilai })),
    RENTANG: fc.tuple(value, value).map(([a, b]) => {
      const [min, max] = new Decimal(a).lte(b) ? [a, b] : [b, a];
      return { jenis: 'RENTANG', min, max };
    }),
    NARATIF: arbUraian(12).map((uraian) => ({ jenis: 'NARATIF', uraian })),
  };
  return fc.oneof(...jenis.map((j) => byJenis[j]));
}

/** What {@link arbIndikator} may produce. */
export interface IndikatorConstraints {
  /** `KUANTITATIF` allows numeric targets only; default either approach. */
  readonly pendekatan?: Pendekatan;
}

/**
 * Valid indikator kinerja individu, defaults filled in (`polaritas`, `akumulasi`).
 *
 * @param constraints - the SKP's approach, which restricts the targets.
 * @returns an arbitrary of indikator in the output form of `IndikatorKinerjaIndividuSchema`.
 * @example
 * ```ts
 * fc.sample(arbIndikator({ pendekatan: 'KUANTITATIF' }), 1)[0]?.target.jenis; // 'TUNGGAL' or 'RENTANG'
 * ```
 */
export function arbIndikator(constraints: IndikatorConstraints = {}): Arbitrary<IndikatorKinerjaIndividu> {
  const jenis = constraints.pendekatan === 'KUANTITATIF' ? NUMERIC_TARGET : undefined;
  return fc.record({
    id: arbId('iki'),
    uraian: arbUraian(),
    aspek: fc.constantFrom(...AspekSchema.options),
    target: arbTarget(jenis ? { jenis } : {}),
    satuan: fc.constantFrom(...SATUAN),
    polaritas: fc.constantFrom(...PolaritasSchema.options),
    akumulasi: fc.constantFrom(...AkumulasiSchema.options),
  });
}

/** What {@link arbRencanaHasilKerja} may produce. */
export interface RencanaHasilKerjaConstraints {
  /** The SKP's approach; `KUANTITATIF` allows numeric targets only. */
  readonly pendekatan?: Pendekatan;
  /** `true`: always a perspektif (a JPT's RHK); `false`: never; default: sometimes. */
  readonly jpt?: boolean;
  /** The most indikator; default 3. */
  readonly maxIndikator?: number;
}

/**
 * Valid rencana hasil kerja, each with 1–3 indikator whose ids are unique within the RHK.
 *
 * @param constraints - approach, JPT or not, how many indikator.
 * @returns an arbitrary of RHK in the output form of `RencanaHasilKerjaSchema`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbRencanaHasilKerja({ jpt: true }), (r) => r.perspektif !== undefined));
 * ```
 */
export function arbRencanaHasilKerja(
  constraints: RencanaHasilKerjaConstraints = {},
): Arbitrary<RencanaHasilKerja> {
  const perspektif = fc.constantFrom(...PerspektifSchema.options);
  const indikator = fc
    .array(arbIndikator(constraints.pendekatan ? { pendekatan: constraints.pendekatan } : {}), {
      minLength: 1,
      maxLength: constraints.maxIndikator ?? 3,
    })
    .map((list) => {
      const ids = dedupe(list.map((i) => i.id));
      return list.map((iki, j) => ({ ...iki, id: ids[j]! }));
    });
  const base = {
    id: arbId('rhk'),
    uraian: arbUraian(),
    jenis: fc.constantFrom(...JenisRhkSchema.options),
    rhkAtasanId: fc.option(arbId('rhk-atasan'), { nil: null, freq: 6 }),
    indikator,
  };
  const penugasanDari = fc.constantFrom('Camat', 'Sekretaris Camat', 'Lurah', 'Kepala Dinas');
  if (constraints.jpt === true) {
    return fc.record(
      { ...base, perspektif, penugasanDari },
      { requiredKeys: ['id', 'uraian', 'jenis', 'rhkAtasanId', 'indikator', 'perspektif'] },
    );
  }
  if (constraints.jpt === false) {
    return fc.record(
      { ...base, penugasanDari },
      { requiredKeys: ['id', 'uraian', 'jenis', 'rhkAtasanId', 'indikator'] },
    );
  }
  return fc.record(
    { ...base, perspektif, penugasanDari },
    { requiredKeys: ['id', 'uraian', 'jenis', 'rhkAtasanId', 'indikator'] },
  );
}

/** What {@link arbSkp} may produce. */
export interface SkpConstraints {
  /** The approach; default either. */
  readonly pendekatan?: Pendekatan;
  /** The kind of jabatan; default any (a JPT's RHK then all have a perspektif). */
  readonly jenisJabatan?: JenisJabatan;
  /** The year; default 2022–2030. */
  readonly tahun?: number;
  /** The most RHK; default 6. */
  readonly maxRhk?: number;
}

/**
 * Valid SKPs: unique RHK and indikator ids, at least one RHK utama, a perspektif on every RHK of
 * a JPT, the seven BerAKHLAK values once each (in a random order), numeric targets in the
 * kuantitatif approach, and a period inside the year (the whole year, or a segment after a
 * mutasi). Defaults are filled in, so `parseSkp(skp)` gives back an equal SKP.
 *
 * @param constraints - approach, jabatan, year, how many RHK.
 * @returns an arbitrary of SKPs in the output form of `SkpSchema`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbSkp({ jenisJabatan: 'JPT_PRATAMA' }), (skp) => parseSkp(skp).ok));
 * ```
 */
export function arbSkp(constraints: SkpConstraints = {}): Arbitrary<Skp> {
  const head = fc.record({
    pendekatan:
      constraints.pendekatan !== undefined
        ? fc.constant(constraints.pendekatan)
        : fc.constantFrom(...PendekatanSchema.options),
    jenisJabatan:
      constraints.jenisJabatan !== undefined
        ? fc.constant(constraints.jenisJabatan)
        : fc.constantFrom(...JenisJabatanSchema.options),
    tahun:
      constraints.tahun !== undefined ? fc.constant(constraints.tahun) : fc.integer({ min: 2022, max: 2030 }),
  });
  return head.chain(({ pendekatan, jenisJabatan, tahun }) => {
    const last = daysInYear(tahun) - 1;
    const periode = fc.oneof(
      { arbitrary: fc.constant([0, last] as const), weight: 3 },
      {
        arbitrary: fc.tuple(fc.integer({ min: 0, max: last }), fc.integer({ min: 0, max: last })),
        weight: 2,
      },
    );
    const lines = fc.array(arbUraian(), { maxLength: 3 });
    return fc
      .record({
        id: arbId('skp'),
        pegawaiId: arbId('pegawai'),
        periode,
        jenisPeriodik: fc.constantFrom(...JenisPeriodikSchema.options),
        jabatanId: arbId('jabatan'),
        unitKerjaId: arbId('unit'),
        pimpinanUnit: fc.boolean(),
        pejabatPenilaiId: fc.option(arbId('pegawai'), { nil: null, freq: 8 }),
        atasanPejabatPenilaiId: fc.option(arbId('pegawai'), { nil: null, freq: 6 }),
        rencanaHasilKerja: fc.array(arbRencanaHasilKerja({ pendekatan, jpt: isJpt(jenisJabatan) }), {
          minLength: 1,
          maxLength: constraints.maxRhk ?? 6,
        }),
        nilai: fc.shuffledSubarray([...NILAI_BERAKHLAK], {
          minLength: NILAI_BERAKHLAK.length,
          maxLength: NILAI_BERAKHLAK.length,
        }),
        ekspektasi: fc.array(fc.option(arbUraian(), { nil: '' }), {
          minLength: NILAI_BERAKHLAK.length,
          maxLength: NILAI_BERAKHLAK.length,
        }),
        lampiran: fc.record({
          dukunganSumberDaya: lines,
          skemaPertanggungjawaban: lines,
          konsekuensi: lines,
        }),
      })
      .map((g): Skp => {
        const [a, b] = g.periode;
        const rhkIds = dedupe(g.rencanaHasilKerja.map((r) => r.id));
        const ikiIds = dedupe(g.rencanaHasilKerja.flatMap((r) => r.indikator.map((i) => i.id)));
        let k = 0;
        const rencanaHasilKerja = g.rencanaHasilKerja.map((r, i) => ({
          ...r,
          id: rhkIds[i]!,
          jenis:
            i === 0 && !g.rencanaHasilKerja.some((x) => x.jenis === 'UTAMA') ? ('UTAMA' as const) : r.jenis,
          indikator: r.indikator.map((iki) => ({ ...iki, id: ikiIds[k++]! })),
        }));
        return {
          id: g.id,
          pegawaiId: g.pegawaiId,
          tahun,
          periodeAwal: dateOfDay(tahun, Math.min(a, b)),
          periodeAkhir: dateOfDay(tahun, Math.max(a, b)),
          jenisPeriodik: g.jenisPeriodik,
          pendekatan,
          jabatanId: g.jabatanId,
          jenisJabatan,
          unitKerjaId: g.unitKerjaId,
          pimpinanUnit: g.pimpinanUnit,
          pejabatPenilaiId: g.pejabatPenilaiId,
          atasanPejabatPenilaiId: g.atasanPejabatPenilaiId,
          rencanaHasilKerja,
          perilakuKerja: g.nilai.map((nilai, i) => ({ nilai, ekspektasiKhusus: g.ekspektasi[i] ?? '' })),
          lampiran: g.lampiran,
        };
      });
  });
}

// ————————————————————————————————————————————————————————————————— pegawai

const GOLONGAN_PNS = [
  'Pengatur (II/c)',
  'Penata Muda (III/a)',
  'Penata Muda Tingkat I (III/b)',
  'Penata (III/c)',
  'Penata Tingkat I (III/d)',
  'Pembina (IV/a)',
  'Pembina Tingkat I (IV/b)',
] as const;
const GOLONGAN_PPPK = ['V', 'VII', 'IX', 'X', 'XI'] as const;
const NAMA_DEPAN = ['Ahmad', 'Siti', 'Budi', 'Dewi', 'Rahmat', 'Nurul', 'Hendra', 'Yuliana', 'Fauzi', 'Rina'];
const NAMA_BELAKANG = [
  'Fauzi',
  'Aminah',
  'Santoso',
  'Lestari',
  'Hidayat',
  'Putri',
  'Saputra',
  'Wati',
  'Harahap',
];

/** What {@link arbPegawai} may produce. */
export interface PegawaiConstraints {
  /** `PNS` (with a NIP) or `PPPK` (with an NI PPPK); default either. */
  readonly jenis?: Pegawai['jenis'];
}

/**
 * Valid pegawai: PNS with a valid NIP (and, when given, the gender the NIP encodes) or PPPK with
 * an NI PPPK, a trimmed name, and a golongan that suits the kind.
 *
 * @param constraints - PNS or PPPK.
 * @returns an arbitrary of pegawai in the output form of `PegawaiSchema`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbPegawai({ jenis: 'PNS' }), (p) => parsePegawai(p).ok));
 * ```
 */
export function arbPegawai(constraints: PegawaiConstraints = {}): Arbitrary<Pegawai> {
  const common = {
    id: arbId('pegawai'),
    nama: fc
      .tuple(
        fc.constantFrom(...NAMA_DEPAN),
        fc.constantFrom(...NAMA_BELAKANG),
        fc.constantFrom('', ', S.STP', ', S.E.'),
      )
      .map(([a, b, gelar]) => `${a} ${b}${gelar}`),
    jabatanId: arbId('jabatan'),
    unitKerjaId: arbId('unit'),
  };
  const required = ['jenis', 'id', 'nama', 'jabatanId', 'unitKerjaId'] as const;
  const pns: Arbitrary<Pegawai> = fc
    .record(
      {
        ...common,
        jenis: fc.constant('PNS' as const),
        nip: arbNip(),
        golongan: fc.constantFrom(...GOLONGAN_PNS),
        withGender: fc.boolean(),
      },
      { requiredKeys: [...required, 'nip', 'withGender'] },
    )
    .map(({ withGender, ...p }) =>
      withGender ? { ...p, jenisKelamin: p.nip[14] === '1' ? ('PRIA' as const) : ('WANITA' as const) } : p,
    );
  const pppk: Arbitrary<Pegawai> = fc.record(
    {
      ...common,
      jenis: fc.constant('PPPK' as const),
      niPppk: arbNiPppk(),
      golongan: fc.constantFrom(...GOLONGAN_PPPK),
      jenisKelamin: fc.constantFrom('PRIA' as const, 'WANITA' as const),
    },
    { requiredKeys: [...required, 'niPppk'] },
  );
  if (constraints.jenis === 'PNS') return pns;
  if (constraints.jenis === 'PPPK') return pppk;
  return fc.oneof(pns, pppk);
}

// ————————————————————————————————————————————————————————————————— realisasi, evaluasi

/** The numbers of the periodic windows that overlap an SKP's period. */
function periodeKeOf(skp: Skp): number[] {
  return periodeWindows({ tahun: skp.tahun, jenisPeriodik: skp.jenisPeriodik })
    .filter((w) => w.awal <= skp.periodeAkhir && w.akhir >= skp.periodeAwal)
    .map((w) => w.ke);
}

function requireIndikator(skp: Skp): IndikatorKinerjaIndividu[] {
  const all = skp.rencanaHasilKerja.flatMap((r) => r.indikator);
  if (all.length === 0) throw invalidOptions(`SKP ${skp.id} has no indikator`);
  return all;
}

/**
 * Valid realisasi for one of a given SKP's indikator, in a periodic window that overlaps the
 * SKP's period: a number between 0 and twice the target for a numeric target (a narrative for a
 * narrative one, with sometimes the other as well), and 0–2 bukti dukung.
 *
 * @param skp - a valid SKP (e.g. from {@link arbSkp}).
 * @returns an arbitrary of realisasi in the output form of `RealisasiSchema`, whose `skpId` is the
 *   SKP's id and whose `indikatorId` is one of its indikator.
 * @throws KinerjaError `invalid_arbitrary_options` when the SKP has no indikator.
 * @example
 * ```ts
 * fc.assert(fc.property(arbSkp().chain((skp) => arbRealisasi(skp)), (r) => parseRealisasi(r).ok));
 * ```
 */
export function arbRealisasi(skp: Skp): Arbitrary<Realisasi> {
  const indikator = requireIndikator(skp);
  const periodeKe = fc.constantFrom(...periodeKeOf(skp));
  const dates = fc.constantFrom(skp.periodeAwal, skp.periodeAkhir);
  const bukti: Arbitrary<BuktiDukung[]> = fc
    .array(
      fc.record(
        { id: arbId('bukti'), uraian: arbUraian(), diunggahPada: arbWaktu(dates) },
        { requiredKeys: ['id', 'uraian'] },
      ),
      { maxLength: 2 },
    )
    .map((list) => {
      const ids = dedupe(list.map((b) => b.id));
      return list.map((b, i) => ({ ...b, id: ids[i]!, tautan: `https://bukti.example/${ids[i]!}` }));
    });
  return fc.constantFrom(...indikator).chain((iki) => {
    const t = iki.target;
    const top = t.jenis === 'TUNGGAL' ? t.nilai : t.jenis === 'RENTANG' ? t.max : '100';
    const upper = Decimal.max(new Decimal(top).times(2), 1).toFixed();
    const nilai = arbDecimalString({ min: '0', max: upper, scale: 2 });
    const narrative = t.jenis === 'NARATIF';
    return fc
      .record(
        {
          id: arbId('realisasi'),
          periodeKe,
          nilai,
          uraian: arbUraian(12),
          buktiDukung: bukti,
        },
        { requiredKeys: ['id', 'periodeKe', narrative ? 'uraian' : 'nilai', 'buktiDukung'] },
      )
      .map((r) => ({ ...r, skpId: skp.id, indikatorId: iki.id }));
  });
}

/**
 * The predikat of the 6/2022 matrix for two ratings (§1.7), from the built-in rule pack.
 */
function predikatOf(hasil: Rating, perilaku: Rating): Predikat {
  const p = PERMENPANRB_6_2022.compiled.matrix[RATING_ORDINAL[hasil] * 3 + RATING_ORDINAL[perilaku]];
  if (p === undefined) throw new KinerjaError('rule_pack_invalid', 'the 6/2022 matrix is incomplete');
  return p;
}

/**
 * Valid periodic evaluations of a given SKP in a window that overlaps its period: the two
 * ratings, ratings for a subset of its RHK, and, sometimes, the predikat the 6/2022 matrix gives
 * those ratings, the pejabat penilai, the date and a note.
 *
 * @param skp - a valid SKP (e.g. from {@link arbSkp}).
 * @returns an arbitrary of evaluations in the output form of `EvaluasiPeriodikSchema`.
 * @example
 * ```ts
 * fc.assert(fc.property(arbSkp().chain((s) => arbEvaluasiPeriodik(s)), (e) => EvaluasiPeriodikSchema.safeParse(e).success));
 * ```
 */
export function arbEvaluasiPeriodik(skp: Skp): Arbitrary<EvaluasiPeriodik> {
  const rhkIds = skp.rencanaHasilKerja.map((r) => r.id);
  const ratingRhk: Arbitrary<RatingRhk[]> = fc
    .tuple(fc.subarray(rhkIds), fc.array(arbRating(), { minLength: rhkIds.length, maxLength: rhkIds.length }))
    .map(([ids, ratings]) => ids.map((rhkId, i) => ({ rhkId, rating: ratings[i]! })));
  return fc
    .record(
      {
        periodeKe: fc.constantFrom(...periodeKeOf(skp)),
        ratingHasilKerja: arbRating(),
        ratingPerilakuKerja: arbRating(),
        ratingRhk,
        withPredikat: fc.boolean(),
        dinilaiPada: arbWaktu(fc.constant(skp.periodeAkhir)),
        catatan: arbUraian(12),
      },
      { requiredKeys: ['periodeKe', 'ratingHasilKerja', 'ratingPerilakuKerja', 'ratingRhk', 'withPredikat'] },
    )
    .map(({ withPredikat, ...e }) => ({
      skpId: skp.id,
      ...e,
      ...(withPredikat ? { predikat: predikatOf(e.ratingHasilKerja, e.ratingPerilakuKerja) } : {}),
      ...(skp.pejabatPenilaiId !== null ? { penilaiId: skp.pejabatPenilaiId } : {}),
    }));
}

// ————————————————————————————————————————————————————————————————— unit kerja, distribusi

/** What {@link arbUnitKerjaTree} may produce. */
export interface UnitKerjaTreeConstraints {
  /** The most units; default 12. */
  readonly maxUnits?: number;
  /** Exactly one root (an agency); default false (a forest). */
  readonly singleRoot?: boolean;
}

const JENIS_UNIT = ['KECAMATAN', 'SEKRETARIAT', 'SEKSI', 'KELURAHAN', 'SUBBAGIAN'] as const;

/**
 * Valid unit kerja trees (forests): unique ids, every parent present, no cycle, in a random
 * order (parents do not always come before their children).
 *
 * @param constraints - how many units, one root or several.
 * @returns an arbitrary of unit lists that `validateUnitKerjaTree` accepts.
 * @example
 * ```ts
 * fc.assert(fc.property(arbUnitKerjaTree(), (units) => validateUnitKerjaTree(units).length === 0));
 * ```
 */
export function arbUnitKerjaTree(constraints: UnitKerjaTreeConstraints = {}): Arbitrary<UnitKerja[]> {
  const node = fc.record(
    {
      id: arbId('unit'),
      nama: arbUraian(4).map((n) => `Unit ${n}`),
      jenis: fc.constantFrom(...JENIS_UNIT),
      parent: fc.option(fc.nat(), { nil: null, freq: 6 }),
    },
    { requiredKeys: ['id', 'nama', 'parent'] },
  );
  return fc
    .array(node, { minLength: 1, maxLength: Math.max(1, constraints.maxUnits ?? 12) })
    .map((nodes) => {
      const ids = dedupe(nodes.map((n) => n.id));
      // A unit's parent is an earlier unit, so the result has no cycle.
      return nodes.map(({ parent, ...n }, i): UnitKerja => {
        const root = i === 0 || (parent === null && constraints.singleRoot !== true);
        return { ...n, id: ids[i]!, indukId: root ? null : ids[(parent ?? i) % i]! };
      });
    })
    .chain((units) => fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length }));
}

/** What {@link arbDistribusi} may produce. */
export interface DistribusiConstraints {
  /** When given, the counts add up to exactly this headcount. */
  readonly headcount?: number;
  /** Without a headcount, the largest count per predikat; default 50. */
  readonly maxPerPredikat?: number;
}

/**
 * Distributions of pegawai over the five predikat: a count per predikat, optionally adding up to
 * a given headcount.
 *
 * @param constraints - a fixed headcount, or the largest count per predikat.
 * @returns an arbitrary of `Record<Predikat, number>` with non-negative integer counts.
 * @throws KinerjaError `invalid_arbitrary_options` for a negative or fractional headcount.
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbDistribusi({ headcount: 20 }), (d) => Object.values(d).reduce((a, b) => a + b, 0) === 20),
 * );
 * ```
 */
export function arbDistribusi(constraints: DistribusiConstraints = {}): Arbitrary<Record<Predikat, number>> {
  const { headcount } = constraints;
  const toRecord = (counts: readonly number[]) =>
    Object.fromEntries(PREDIKATS.map((p, i) => [p, counts[i] ?? 0])) as Record<Predikat, number>;
  if (headcount === undefined) {
    return fc
      .array(fc.nat(constraints.maxPerPredikat ?? 50), {
        minLength: PREDIKATS.length,
        maxLength: PREDIKATS.length,
      })
      .map(toRecord);
  }
  if (!Number.isInteger(headcount) || headcount < 0) throw invalidOptions(`headcount ${headcount}`);
  // Four cut points in [0, headcount] split it into five counts.
  return fc
    .array(fc.integer({ min: 0, max: headcount }), {
      minLength: PREDIKATS.length - 1,
      maxLength: PREDIKATS.length - 1,
    })
    .map((cuts) => {
      const points = [0, ...[...cuts].sort((a, b) => a - b), headcount];
      return toRecord(points.slice(1).map((p, i) => p - points[i]!));
    });
}
