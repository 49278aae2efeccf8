import { KinerjaError } from '../errors/kinerja-error';
import type { JenisPeriodik } from '../model/periode';
import type { Agency, AgencyPart, Instansi } from './agency';
import { DEFAULT_SEED, DEFAULT_TAHUN, generateKecamatan, type KecamatanPlan } from './generate-kecamatan';
import type { KurvaUnitPlan } from './plan-predikat';
import { createRandom, deriveSeed } from './random';
import { WILAYAH_PEKANBARU } from './wilayah-pekanbaru';

/**
 * Options of {@link generateAgency}, {@link generateAgencyParts} and {@link planAgency}.
 *
 * @example
 * ```ts
 * const o: GenerateAgencyOptions = { seed: 7, tahun: 2025, jumlahPegawai: 500, jenisPeriodik: 'BULANAN' };
 * ```
 */
export interface GenerateAgencyOptions {
  /** The seed: the same seed gives the same agency. Default `62022`. */
  readonly seed?: number;
  /** The evaluation year. Default `2026`. */
  readonly tahun?: number;
  /** The exact number of pegawai. Default `90` (Kecamatan Senapelan alone). */
  readonly jumlahPegawai?: number;
  /** The periodic windows. Default `TRIWULANAN`. */
  readonly jenisPeriodik?: JenisPeriodik;
  /** The tenant. Default `{ id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' }`. */
  readonly instansi?: Instansi;
}

/**
 * The default headcount: Kecamatan Senapelan with its six kelurahan.
 *
 * @example
 * ```ts
 * generateAgency().pegawai.length === DEFAULT_JUMLAH_PEGAWAI; // true
 * ```
 */
export const DEFAULT_JUMLAH_PEGAWAI = 90;

/** The smallest remainder worth a kecamatan of its own; a smaller one goes to the last kecamatan. */
const MIN_KECAMATAN = 40;

const KALIBRASI = (predikatOrganisasi: KurvaUnitPlan['predikatOrganisasi']): KurvaUnitPlan => ({
  predikatOrganisasi,
  rating: 'CALIBRATED',
});

/**
 * The story of Kecamatan Senapelan in the default agency: the kecamatan office and four
 * kelurahan follow their kurva; Kampung Dalam's lurah rates everyone Baik (leniency), and
 * Padang Terubuk, whose predikat organisasi is Butuh Perbaikan, is rated as if it were Baik.
 */
const SENAPELAN_KURVA: NonNullable<KecamatanPlan['kurva']> = {
  kecamatan: KALIBRASI('BAIK'),
  kelurahan: [
    KALIBRASI('BAIK'), // Kampung Baru
    KALIBRASI('ISTIMEWA'), // Kampung Bandar
    { predikatOrganisasi: 'BAIK', rating: 'LENIENT' }, // Kampung Dalam
    KALIBRASI('BAIK'), // Padang Bulan
    { predikatOrganisasi: 'BUTUH_PERBAIKAN', rating: 'LENIENT' }, // Padang Terubuk
    KALIBRASI('BAIK'), // Sago
  ],
};

function structuralSize(kelurahan: number): number {
  // camat, sekcam, 2 kasubbag, 5 kasi; per kelurahan: lurah, sekretaris lurah, 3 kasi.
  return 9 + 5 * kelurahan;
}

/**
 * Splits a headcount into kecamatan: Senapelan first (90 pegawai at its natural size), then the
 * other Pekanbaru kecamatan in a fixed order, then numbered ones (`Kecamatan 17`, …), each of a
 * realistic size, the last one taking the remainder so that the total is exact.
 *
 * @param options - seed and headcount (the other options are ignored).
 * @returns the plans, in order; pass each to {@link generateKecamatan} (e.g. to stream a large agency).
 * @throws KinerjaError `invalid_plan` when `jumlahPegawai` is not a positive integer.
 * @example
 * ```ts
 * planAgency({ jumlahPegawai: 1000 }).map((p) => p.nama); // ['Senapelan', 'Sukajadi', …]
 * ```
 */
export function planAgency(options: GenerateAgencyOptions = {}): KecamatanPlan[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const total = options.jumlahPegawai ?? DEFAULT_JUMLAH_PEGAWAI;
  if (!Number.isSafeInteger(total) || total < 1) {
    throw new KinerjaError('invalid_plan', `planAgency: invalid jumlahPegawai ${total}`);
  }
  const rng = createRandom(deriveSeed(seed, 'plan'));
  const plans: KecamatanPlan[] = [];
  let remaining = total;
  for (let urutan = 0; remaining > 0; urutan++) {
    const wilayah = WILAYAH_PEKANBARU[urutan];
    const nama = wilayah?.nama ?? String(urutan + 1);
    const kelurahan =
      wilayah?.kelurahan ?? Array.from({ length: rng.int(4, 8) }, (_, k) => `${urutan + 1}-${k + 1}`);
    const natural =
      urutan === 0
        ? DEFAULT_JUMLAH_PEGAWAI
        : structuralSize(kelurahan.length) + rng.int(20 + 4 * kelurahan.length, 30 + 5 * kelurahan.length);
    const jumlahPegawai = remaining - natural < MIN_KECAMATAN ? remaining : natural;
    const plan: KecamatanPlan =
      urutan === 0
        ? { urutan, nama, kelurahan, jumlahPegawai, kurva: SENAPELAN_KURVA }
        : { urutan, nama, kelurahan, jumlahPegawai };
    plans.push(plan);
    remaining -= jumlahPegawai;
  }
  return plans;
}

/**
 * Generates an agency part by part (one kecamatan at a time), for streaming a large agency into
 * storage without holding it all. The parts concatenated are {@link generateAgency}'s result.
 *
 * @param options - see {@link GenerateAgencyOptions}.
 * @returns an iterator of parts.
 * @throws KinerjaError `invalid_plan` when `jumlahPegawai` is not a positive integer.
 * @example
 * ```ts
 * let realisasi = 0;
 * for (const part of generateAgencyParts({ jumlahPegawai: 100_000 })) realisasi += part.realisasi.length;
 * ```
 */
export function* generateAgencyParts(
  options: GenerateAgencyOptions = {},
): Generator<AgencyPart, void, undefined> {
  const nomorTerpakai = new Set<string>();
  const common = {
    seed: options.seed ?? DEFAULT_SEED,
    tahun: options.tahun ?? DEFAULT_TAHUN,
    jenisPeriodik: options.jenisPeriodik ?? 'TRIWULANAN',
    nomorTerpakai,
  };
  for (const plan of planAgency(options)) yield generateKecamatan(plan, common);
}

/**
 * Generates a realistic synthetic agency, deterministic for a seed: by default Kecamatan
 * Senapelan (Kota Pekanbaru, Riau) with its six kelurahan — Kampung Baru, Kampung Bandar,
 * Kampung Dalam, Padang Bulan, Padang Terubuk, Sago — and 90 pegawai for 2026 with quarterly
 * windows. Each pegawai has one SKP (cascaded from the pejabat penilai's SKP, 2–5 RHK with 1–2
 * indikator each), realisasi with bukti dukung per window, umpan balik and evaluasi periodik;
 * the kecamatan and each kelurahan have a predikat organisasi. Some units' raters follow their
 * kurva distribusi and some do not (leniency), so a kurva check has something to find.
 *
 * A larger `jumlahPegawai` adds the other Pekanbaru kecamatan (then numbered ones) until the
 * headcount is reached exactly. Generation is O(pegawai) and uses neither the clock nor
 * `Math.random`.
 *
 * @param options - seed, year, headcount, periodic windows, tenant (see {@link GenerateAgencyOptions}).
 * @returns the agency.
 * @throws KinerjaError `invalid_plan` when `jumlahPegawai` is not a positive integer.
 * @example
 * ```ts
 * const agency = generateAgency({ seed: 7 });
 * agency.unitKerja.filter((u) => u.jenis === 'KELURAHAN').length; // 6
 * agency.pegawai.length;                                           // 90
 * ```
 */
export function generateAgency(options: GenerateAgencyOptions = {}): Agency {
  return agencyOfParts(generateAgencyParts(options), {
    instansi: options.instansi ?? { id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' },
    tahun: options.tahun ?? DEFAULT_TAHUN,
    jenisPeriodik: options.jenisPeriodik ?? 'TRIWULANAN',
  });
}

/**
 * An agency from its parts (kecamatan), in order: the records of every part concatenated under one
 * instansi, year and kind of periodic windows — {@link generateAgency} from
 * {@link generateAgencyParts}, or a stream of parts kept as it went by.
 *
 * @param parts - the parts, e.g. of `generateAgencyParts`; iterated once.
 * @param header - the instansi, year and periodic windows of the agency.
 * @returns the agency (new arrays; the records themselves are shared with the parts).
 * @example
 * ```ts
 * const parts = [...generateAgencyParts({ jumlahPegawai: 500 })];
 * const agency = agencyOfParts(parts, {
 *   instansi: { id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' },
 *   tahun: 2026,
 *   jenisPeriodik: 'TRIWULANAN',
 * });
 * agency.pegawai.length; // 500
 * ```
 */
export function agencyOfParts(
  parts: Iterable<AgencyPart>,
  header: Pick<Agency, 'instansi' | 'tahun' | 'jenisPeriodik'>,
): Agency {
  const agency: Agency = {
    instansi: header.instansi,
    tahun: header.tahun,
    jenisPeriodik: header.jenisPeriodik,
    unitKerja: [],
    jabatan: [],
    pegawai: [],
    skp: [],
    realisasi: [],
    umpanBalik: [],
    evaluasiPeriodik: [],
    capaianKinerjaOrganisasi: [],
  };
  for (const part of parts) {
    for (const key of PART_KEYS) {
      const target = agency[key] as unknown[];
      for (const item of part[key]) target.push(item);
    }
  }
  return agency;
}

const PART_KEYS = [
  'unitKerja',
  'jabatan',
  'pegawai',
  'skp',
  'realisasi',
  'umpanBalik',
  'evaluasiPeriodik',
  'capaianKinerjaOrganisasi',
] as const satisfies readonly (keyof AgencyPart)[];
