import { KinerjaError } from '../errors/kinerja-error';
import { formatAngka } from '../i18n/format-angka';
import type { CapaianKinerjaOrganisasi } from '../model/capaian-kinerja-organisasi';
import type { EvaluasiPeriodik } from '../model/evaluasi';
import type { IndikatorKinerjaIndividu } from '../model/indikator';
import type { Jabatan, JenisJabatan, Jenjang } from '../model/jabatan';
import type { JenisKelamin, Pegawai } from '../model/pegawai';
import { NILAI_BERAKHLAK, type PerilakuKerja } from '../model/perilaku-kerja';
import { type JenisPeriodik, periodeWindows } from '../model/periode';
import { PREDIKATS, type Predikat, type PredikatOrganisasi, type Rating } from '../model/predikat';
import type { Realisasi } from '../model/realisasi';
import type { RencanaHasilKerja } from '../model/rencana-hasil-kerja';
import type { Pendekatan, Skp } from '../model/skp';
import { daysInMonth } from '../model/tanggal';
import type { UnitKerja } from '../model/unit-kerja';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { AgencyPart } from './agency';
import { FRASA_PERILAKU, KUALIFIKASI_REALISASI, UMPAN_BALIK_RHK } from './frasa-kinerja';
import {
  type BidangKinerja,
  KATALOG_RHK,
  KATALOG_RHK_TAMBAHAN,
  preferredInduk,
  type TemplateIki,
  type TemplateRhk,
} from './katalog-rhk';
import { generateNama } from './names';
import { type KurvaUnitPlan, PREDIKAT_CELLS, planPredikat, predikatPimpinan } from './plan-predikat';
import { createRandom, deriveSeed, type Random } from './random';
import {
  BULAN_TMT,
  GOLONGAN_MASUK,
  GOLONGAN_PPPK,
  JABATAN_FUNGSIONAL,
  JABATAN_PELAKSANA,
  KANTOR_UNITS,
  type KantorUnitKey,
  PANGKAT,
  type Peran,
  PROFIL_FUNGSIONAL,
  PROFIL_STRUKTURAL,
  type Profil,
  profilPelaksana,
  SEKSI_KELURAHAN,
  USIA_MASUK,
} from './struktur-kecamatan';

/**
 * The plan of one kecamatan of a synthetic agency (see {@link planAgency}).
 *
 * @example
 * ```ts
 * const plan: KecamatanPlan = { urutan: 0, nama: 'Senapelan', kelurahan: ['Sago'], jumlahPegawai: 20 };
 * ```
 */
export interface KecamatanPlan {
  /** The position of the kecamatan in its agency, from 0; it seeds the kecamatan's own random stream. */
  readonly urutan: number;
  /** The name without the word "Kecamatan", e.g. `Senapelan`. */
  readonly nama: string;
  /** The kelurahan names without the word "Kelurahan"; at least one. */
  readonly kelurahan: readonly string[];
  /** The exact number of pegawai, at least 1. */
  readonly jumlahPegawai: number;
  /** The kurva plan of the kecamatan office and of each kelurahan (same order); drawn at random when absent. */
  readonly kurva?: { readonly kecamatan: KurvaUnitPlan; readonly kelurahan: readonly KurvaUnitPlan[] };
}

/**
 * Options of {@link generateKecamatan}.
 *
 * @example
 * ```ts
 * const o: GenerateKecamatanOptions = { seed: 7, tahun: 2026, jenisPeriodik: 'TRIWULANAN', nomorTerpakai: new Set() };
 * ```
 */
export interface GenerateKecamatanOptions {
  /** Default {@link DEFAULT_SEED}. */
  readonly seed?: number;
  /** Default {@link DEFAULT_TAHUN}. */
  readonly tahun?: number;
  /** Default `TRIWULANAN`. */
  readonly jenisPeriodik?: JenisPeriodik;
  /**
   * The NIP and NI PPPK already used in the agency: the generator adds its own and steps the
   * sequence number past any clash, so numbers stay unique across kecamatan. Pass the same set
   * to every call of one agency.
   */
  readonly nomorTerpakai?: Set<string>;
}

/**
 * The default seed of the synthetic agency (after PermenPANRB 6/2022).
 *
 * @example
 * ```ts
 * generateAgency({ seed: DEFAULT_SEED }).skp[0]!.id === generateAgency().skp[0]!.id; // true
 * ```
 */
export const DEFAULT_SEED = 62022;
/**
 * The default year of the synthetic agency.
 *
 * @example
 * ```ts
 * generateAgency().tahun === DEFAULT_TAHUN; // true (2026)
 * ```
 */
export const DEFAULT_TAHUN = 2026;

const MATRIX = PERMENPANRB_6_2022.definition.predikatMatrix;
const RATING_PIMPINAN = PERMENPANRB_6_2022.definition.ratingPimpinanUnit;

/** One filled position: a pegawai with the jabatan, the field and the rater. */
interface Slot {
  readonly peran: Peran;
  readonly jabatan: Jabatan;
  readonly bidang: BidangKinerja;
  /** Target scale: 1 for a head or a fungsional, less for pelaksana. */
  readonly skala: number;
  readonly kurvaUnitId: string;
  /** The nearest filled structural superior, or null for the camat (rated by the wali kota, outside). */
  readonly atasan: Slot | null;
  readonly profil: Profil;
  readonly teknologi: boolean;
  /** The template key of each RHK of the SKP, in order. */
  readonly kunci: string[];
  pegawai?: Pegawai;
  nomor?: string;
  predikat?: Predikat;
  skp?: Skp;
}

// ————————————————————————————————————————— text helpers —————————————————————————————————————————

/**
 * Joins parts into one string. V8 keeps a string built with `+` or a template literal as a tree
 * of its parts (a rope) that takes several times the memory of the text; an array join builds
 * it in one piece. With millions of ids this halves the generator's memory and most of its
 * garbage collection.
 */
function cat(...parts: readonly (string | number)[]): string {
  return parts.join('');
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/** A non-negative integer count of tenths as a canonical decimal string: 25 → '2.5', 30 → '3'. */
function tenths(t: number): string {
  const r = t % 10;
  return r === 0 ? String((t - r) / 10) : `${(t - r) / 10}.${r}`;
}

/** Rounds a scaled count to a number people would set as a target. */
function niceTarget(x: number): number {
  const step = x >= 1000 ? 50 : x >= 200 ? 10 : x >= 40 ? 5 : 1;
  return Math.max(1, Math.round(x / step) * step);
}

const ROMAWI = ['I', 'II', 'III', 'IV'] as const;
// biome-ignore format: a list
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** The texts of one periodic window, built once per kecamatan and shared by every record. */
interface WindowText {
  readonly ke: number;
  readonly awal: string;
  readonly akhir: string;
  readonly label: string;
  /** A few upload moments on the window's last day. */
  readonly diunggah: readonly string[];
  /** A few evaluation moments in the first days after the window. */
  readonly dinilai: readonly string[];
  /** A few feedback moments in the window's last month. */
  readonly diberikan: readonly string[];
}

/** The shared texts of a year's windows, and bukti dukung descriptions per template and window. */
interface YearTexts {
  readonly windows: readonly WindowText[];
  readonly bukti: Map<TemplateIki, readonly string[]>;
}

/** Memo of {@link YearTexts} by year and kind of window (bounded): the texts are immutable and shared across kecamatan. */
const yearTextsMemo = new Map<string, YearTexts>();

function yearTexts(tahun: number, jenis: JenisPeriodik): YearTexts {
  const key = `${tahun}:${jenis}`;
  const known = yearTextsMemo.get(key);
  if (known !== undefined) return known;
  const windows = periodeWindows({ tahun, jenisPeriodik: jenis }).map((w): WindowText => {
    const label =
      jenis === 'BULANAN'
        ? BULAN[w.ke - 1]!
        : cat(jenis === 'TRIWULANAN' ? 'Triwulan ' : 'Semester ', ROMAWI[w.ke - 1]!);
    const y = Number(w.akhir.slice(0, 4));
    const m = Number(w.akhir.slice(5, 7));
    const next = m === 12 ? cat(y + 1, '-01') : cat(y, '-', pad2(m + 1));
    const hours = [8, 9, 10, 11, 13, 14, 15, 16];
    return {
      ke: w.ke,
      awal: w.awal,
      akhir: w.akhir,
      label,
      diunggah: hours.map((h, i) => cat(w.akhir, 'T', pad2(h), ':', pad2((i * 17) % 60), ':00+07:00')),
      dinilai: [2, 3, 4, 5, 6, 7, 8, 9].map((d, i) =>
        cat(next, '-', pad2(d), 'T', pad2(hours[i]!), ':30:00+07:00'),
      ),
      diberikan: [10, 12, 14, 16, 18, 20, 22, 24].map((d, i) =>
        cat(w.akhir.slice(0, 7), '-', pad2(d), 'T', pad2(hours[7 - i]!), ':00:00+07:00'),
      ),
    };
  });
  const texts: YearTexts = { windows, bukti: new Map() };
  if (yearTextsMemo.size >= 16) yearTextsMemo.clear();
  yearTextsMemo.set(key, texts);
  return texts;
}

// ————————————————————————————————————————— the generator —————————————————————————————————————————

/**
 * Generates one kecamatan of a synthetic Pekanbaru agency with its kelurahan: the unit tree,
 * jabatan, pegawai (PNS with valid NIPs, some PPPK), one SKP per pegawai cascaded from the
 * pejabat penilai's SKP, realisasi with bukti dukung, umpan balik, evaluasi periodik, and the
 * predikat organisasi of the kecamatan and of each kelurahan. Deterministic for a plan and a
 * seed, independent of the other kecamatan (parts can be generated alone, in any order, or
 * streamed), and O(pegawai).
 *
 * Positions are filled in order of seniority (camat, sekretaris camat, lurah, kasubbag and kasi,
 * sekretaris lurah, kasi kelurahan, then fungsional and pelaksana); with a small headcount the
 * junior positions stay vacant and their staff are rated by the next filled superior.
 *
 * @param plan - the kecamatan's plan (see {@link planAgency}).
 * @param options - seed, year, periodic windows and the agency's set of used numbers.
 * @returns the kecamatan's records.
 * @throws KinerjaError `invalid_plan` when the headcount is not a positive integer or there is no kelurahan.
 * @example
 * ```ts
 * const [senapelan] = planAgency();
 * const part = generateKecamatan(senapelan!, { seed: 1 });
 * part.unitKerja[0]!.nama; // 'Kecamatan Senapelan'
 * ```
 */
export function generateKecamatan(plan: KecamatanPlan, options: GenerateKecamatanOptions = {}): AgencyPart {
  const seed = options.seed ?? DEFAULT_SEED;
  const tahun = options.tahun ?? DEFAULT_TAHUN;
  const jenisPeriodik = options.jenisPeriodik ?? 'TRIWULANAN';
  const nomorTerpakai = options.nomorTerpakai ?? new Set<string>();
  const n = plan.jumlahPegawai;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new KinerjaError('invalid_plan', `generateKecamatan: invalid jumlahPegawai ${n}`);
  }
  if (plan.kelurahan.length === 0) throw new KinerjaError('invalid_plan', 'generateKecamatan: no kelurahan');
  const rng = createRandom(deriveSeed(seed, 'kecamatan', plan.urutan, plan.nama));

  // — the unit tree —
  const kecId = `kec-${slug(plan.nama)}`;
  const namaKecamatan = `Kecamatan ${plan.nama}`;
  const unitId = (key: KantorUnitKey): string => (key === 'root' ? kecId : `${kecId}.${key}`);
  const unitKerja: UnitKerja[] = [{ id: kecId, nama: namaKecamatan, jenis: 'KECAMATAN', indukId: null }];
  for (const u of KANTOR_UNITS) {
    unitKerja.push({ id: unitId(u.key), nama: u.nama, jenis: u.jenis, indukId: unitId(u.induk) });
  }
  const kelurahan = plan.kelurahan.map((nama) => {
    const id = `${kecId}.kel-${slug(nama)}`;
    unitKerja.push({ id, nama: `Kelurahan ${nama}`, jenis: 'KELURAHAN', indukId: kecId });
    return { id, nama };
  });

  // — jabatan (one per unit and name) and positions, in order of seniority —
  const jabatan: Jabatan[] = [];
  const jabatanById = new Map<string, Jabatan>();
  const jabatanOf = (
    unit: string,
    nama: string,
    jenis: JenisJabatan,
    key: string,
    jenjang?: Jenjang,
  ): Jabatan => {
    const id = `${unit}.${key}`;
    let j = jabatanById.get(id);
    if (j === undefined) {
      j = { id, nama, jenis, unitKerjaId: unit, pimpinanUnit: key === 'camat' || key === 'lurah' };
      if (jenjang !== undefined) j.jenjang = jenjang;
      jabatanById.set(id, j);
      jabatan.push(j);
    }
    return j;
  };
  const slots: Slot[] = [];
  /** Fills a position while the headcount allows; `jabatan` is only created for a filled one. */
  const fill = (
    make: () => Jabatan,
    s: Omit<Slot, 'atasan' | 'kunci' | 'jabatan'> & { readonly atasan: Slot | null | undefined },
  ): Slot | null => {
    if (slots.length >= n) return null;
    const slot: Slot = { ...s, jabatan: make(), atasan: s.atasan ?? null, kunci: [] };
    slots.push(slot);
    return slot;
  };
  const struktural = (peran: Exclude<Peran, 'FUNGSIONAL' | 'PELAKSANA'>, bidang: BidangKinerja) => ({
    peran,
    bidang,
    skala: 1,
    profil: PROFIL_STRUKTURAL[peran],
    teknologi: false,
  });

  const camat = fill(() => jabatanOf(kecId, `Camat ${plan.nama}`, 'ADMINISTRATOR', 'camat'), {
    ...struktural('CAMAT', 'PIMPINAN_KECAMATAN'),
    kurvaUnitId: kecId,
    atasan: null,
  });
  const [sekretariat, ...subunits] = KANTOR_UNITS;
  const sekcam = fill(
    () => jabatanOf(unitId('sekretariat'), sekretariat!.kepala, 'ADMINISTRATOR', 'sekretaris-camat'),
    { ...struktural('SEKCAM', 'SEKRETARIAT'), kurvaUnitId: kecId, atasan: camat },
  );
  const lurah = kelurahan.map((k) =>
    fill(() => jabatanOf(k.id, `Lurah ${k.nama}`, 'PENGAWAS', 'lurah'), {
      ...struktural('LURAH', 'PIMPINAN_KELURAHAN'),
      kurvaUnitId: k.id,
      atasan: camat,
    }),
  );
  const kepalaUnit = new Map<KantorUnitKey, Slot | null>([
    ['root', camat],
    ['sekretariat', sekcam ?? camat],
  ]);
  for (const u of subunits) {
    const atasan = u.induk === 'sekretariat' ? (sekcam ?? camat) : camat;
    const kepala = fill(() => jabatanOf(unitId(u.key), u.kepala, 'PENGAWAS', 'kepala'), {
      ...struktural(u.peran, u.bidang),
      kurvaUnitId: kecId,
      atasan,
    });
    kepalaUnit.set(u.key, kepala ?? atasan);
  }
  const seklur = kelurahan.map((k, i) =>
    fill(() => jabatanOf(k.id, 'Sekretaris Lurah', 'PENGAWAS', 'sekretaris-lurah'), {
      ...struktural('SEKLUR', 'ADMIN_KELURAHAN'),
      kurvaUnitId: k.id,
      atasan: lurah[i] ?? camat,
    }),
  );
  const kasiKelurahan = kelurahan.map((k, i) =>
    SEKSI_KELURAHAN.map((s) =>
      fill(() => jabatanOf(k.id, s.nama, 'PENGAWAS', s.key), {
        ...struktural('KASI_KELURAHAN', s.bidang),
        kurvaUnitId: k.id,
        atasan: lurah[i] ?? camat,
      }),
    ),
  );

  // — fungsional and pelaksana —
  const sisa = n - slots.length;
  const jumlahFungsional = Math.round(sisa * 0.12);
  const jumlahPelaksanaKantor = Math.round(sisa * 0.4);
  const jumlahPelaksanaKelurahan = sisa - jumlahFungsional - jumlahPelaksanaKantor;
  const fungsionalWeights = JABATAN_FUNGSIONAL.map((f) => [f, f.bobot] as const);
  for (let i = 0; i < jumlahFungsional; i++) {
    const f = rng.weighted(fungsionalWeights);
    fill(() => jabatanOf(unitId(f.unit), f.nama, 'FUNGSIONAL', slug(f.nama), f.jenjang), {
      peran: 'FUNGSIONAL',
      bidang: f.bidang,
      skala: 1,
      kurvaUnitId: kecId,
      atasan: kepalaUnit.get(f.unit) ?? camat,
      profil: f.jenjang.startsWith('AHLI') ? PROFIL_FUNGSIONAL.ahli : PROFIL_FUNGSIONAL.terampil,
      teknologi: f.teknologi,
    });
  }
  const kantorWeights = subunits
    .filter((u) => u.bobotPelaksana > 0)
    .map((u) => [u, u.bobotPelaksana] as const);
  const pelaksanaWeights = JABATAN_PELAKSANA.map((p) => [p, p[2]] as const);
  const bendahara = profilPelaksana([
    ['D3', 1],
    ['S1', 1],
  ]);
  for (let i = 0; i < jumlahPelaksanaKantor; i++) {
    const u = rng.weighted(kantorWeights);
    const [nama, pendidikan] = rng.weighted(pelaksanaWeights);
    const isBendahara = u.key === 'subbag-keuangan' && rng.chance(0.3);
    const nm = isBendahara ? 'Bendahara' : nama;
    fill(() => jabatanOf(unitId(u.key), nm, 'PELAKSANA', slug(nm)), {
      peran: 'PELAKSANA',
      bidang: u.bidang,
      skala: rng.int(30, 50) / 100,
      kurvaUnitId: kecId,
      atasan: kepalaUnit.get(u.key) ?? camat,
      profil: isBendahara ? bendahara : profilPelaksana(pendidikan),
      teknologi: false,
    });
  }
  const kelOrder = rng.shuffle(kelurahan.map((_, i) => i));
  const seksiWeights: (readonly [number, number])[] = [
    [-1, 3],
    ...SEKSI_KELURAHAN.map((s, i) => [i, s.bobot] as const),
  ];
  for (let i = 0; i < jumlahPelaksanaKelurahan; i++) {
    const ki = kelOrder[i % kelOrder.length]!;
    const k = kelurahan[ki]!;
    const seksi = rng.weighted(seksiWeights);
    const [nama, pendidikan] = rng.weighted(pelaksanaWeights);
    const atasan = seksi === -1 ? seklur[ki] : kasiKelurahan[ki]![seksi];
    fill(() => jabatanOf(k.id, nama, 'PELAKSANA', slug(nama)), {
      peran: 'PELAKSANA',
      bidang: seksi === -1 ? 'ADMIN_KELURAHAN' : SEKSI_KELURAHAN[seksi]!.bidang,
      skala: rng.int(40, 60) / 100,
      kurvaUnitId: k.id,
      atasan: atasan ?? lurah[ki] ?? camat,
      profil: profilPelaksana(pendidikan),
      teknologi: false,
    });
  }

  // — pegawai —
  const pegawai: Pegawai[] = slots.map((slot) => createPegawai(rng, slot, tahun, nomorTerpakai));

  // — kurva plans and predikat —
  const kurvaPlans = new Map<string, KurvaUnitPlan>();
  kurvaPlans.set(kecId, plan.kurva?.kecamatan ?? randomKurvaPlan(rng, true));
  kelurahan.forEach((k, i) => {
    kurvaPlans.set(k.id, plan.kurva?.kelurahan[i] ?? randomKurvaPlan(rng, false));
  });
  const members = new Map<string, Slot[]>();
  for (const s of slots) {
    const list = members.get(s.kurvaUnitId);
    if (list === undefined) members.set(s.kurvaUnitId, [s]);
    else list.push(s);
  }
  for (const [unit, list] of members) assignPredikat(rng, list, kurvaPlans.get(unit)!);

  // — SKP, realisasi, evaluasi, umpan balik; top-down, so every rater's SKP exists first —
  const out: AgencyPart = {
    unitKerja,
    jabatan,
    pegawai,
    skp: [],
    realisasi: [],
    umpanBalik: [],
    evaluasiPeriodik: [],
    capaianKinerjaOrganisasi: [],
  };
  const periodik = { BULANAN: 'bulanan', TRIWULANAN: 'triwulanan', SEMESTERAN: 'semesteran' }[jenisPeriodik];
  const texts = yearTexts(tahun, jenisPeriodik);
  const ctx: SkpContext = {
    rng,
    tahun,
    jenisPeriodik,
    windows: texts.windows,
    penugasanDari: camat?.jabatan.nama ?? namaKecamatan,
    periodeAwal: texts.windows[0]!.awal,
    periodeAkhir: texts.windows[texts.windows.length - 1]!.akhir,
    kurvaPlans,
    out,
    buktiUraian: texts.bukti,
    lampiran: [
      [
        `Anggaran DPA ${namaKecamatan} Tahun ${tahun}`,
        'Sarana komputer, jaringan internet dan aplikasi e-Kinerja',
      ],
      [
        `Laporan capaian kinerja ${periodik} kepada pejabat penilai kinerja`,
        'Bukti dukung diunggah pada aplikasi e-Kinerja',
      ],
      [
        'Capaian kinerja menjadi dasar pemberian TPP sesuai Peraturan Wali Kota Pekanbaru',
        'Predikat kinerja di bawah ekspektasi ditindaklanjuti dengan pembinaan kinerja',
      ],
    ],
  };
  for (const slot of slots) generateSkp(ctx, slot);

  // — predikat organisasi: the kecamatan's is set by the wali kota (outside), a kelurahan's by the camat —
  out.capaianKinerjaOrganisasi.push({
    unitKerjaId: kecId,
    tahun,
    predikat: kurvaPlans.get(kecId)!.predikatOrganisasi,
    catatan: `Capaian Perjanjian Kinerja ${namaKecamatan} Tahun ${tahun}`,
  });
  for (const k of kelurahan) {
    const cko: CapaianKinerjaOrganisasi = {
      unitKerjaId: k.id,
      tahun,
      predikat: kurvaPlans.get(k.id)!.predikatOrganisasi,
      catatan: `Capaian Perjanjian Kinerja Kelurahan ${k.nama} Tahun ${tahun}`,
    };
    if (camat?.pegawai !== undefined) cko.ditetapkanOlehId = camat.pegawai.id;
    out.capaianKinerjaOrganisasi.push(cko);
  }
  return out;
}

function randomKurvaPlan(rng: Random, kecamatan: boolean): KurvaUnitPlan {
  const predikatOrganisasi = kecamatan
    ? rng.weighted<PredikatOrganisasi>([
        ['BAIK', 80],
        ['ISTIMEWA', 12],
        ['BUTUH_PERBAIKAN', 8],
      ])
    : rng.weighted<PredikatOrganisasi>([
        ['BAIK', 70],
        ['ISTIMEWA', 12],
        ['BUTUH_PERBAIKAN', 14],
        ['KURANG', 4],
      ]);
  return { predikatOrganisasi, rating: rng.chance(0.3) ? 'LENIENT' : 'CALIBRATED' };
}

/** Creates the pegawai of a slot: gender, education, birth date, NIP or NI PPPK, golongan, name. */
function createPegawai(rng: Random, slot: Slot, tahun: number, nomorTerpakai: Set<string>): Pegawai {
  const p = slot.profil;
  const jenisKelamin: JenisKelamin = rng.chance(slot.peran === 'PELAKSANA' ? 0.5 : 0.58) ? 'PRIA' : 'WANITA';
  const pendidikan = rng.weighted(p.pendidikan);
  const tahunLahir = tahun - rng.int(p.usia[0], p.usia[1]);
  const bulanLahir = rng.int(1, 12);
  const lahir = `${tahunLahir}${pad2(bulanLahir)}${pad2(rng.int(1, daysInMonth(tahunLahir, bulanLahir)))}`;
  const pppk = rng.chance(p.pppk);
  const gender = jenisKelamin === 'PRIA' ? '1' : '2';
  let prefix: string;
  let golongan: string;
  if (pppk) {
    // NI PPPK: birth date, year of appointment, "21", gender, sequence.
    const lo = Math.min(2022, tahun - 1);
    prefix = `${lahir}${rng.int(lo, Math.max(lo, Math.min(2025, tahun - 1)))}21${gender}`;
    golongan = GOLONGAN_PPPK[pendidikan];
  } else {
    // NIP: birth date, TMT CPNS year and month, gender, sequence.
    const [a, b] = USIA_MASUK[pendidikan];
    const tmtTahun = Math.min(tahunLahir + rng.int(a, b), tahun - 1);
    prefix = `${lahir}${tmtTahun}${pad2(rng.weighted(BULAN_TMT))}${gender}`;
    const naik = Math.floor((tahun - tmtTahun) / 4) + (pendidikan === 'S2' ? 1 : 0);
    const cap = pendidikan === 'SMA' ? Math.min(p.golonganMax, 5) : p.golonganMax;
    golongan = PANGKAT[Math.max(p.golonganMin, Math.min(cap, GOLONGAN_MASUK[pendidikan] + naik))]!;
  }
  const start = rng.int(1, 250);
  let nomor = '';
  for (let k = 0; k < 999; k++) {
    const candidate = cat(prefix, pad3(((start - 1 + k) % 999) + 1));
    if (!nomorTerpakai.has(candidate)) {
      nomor = candidate;
      break;
    }
  }
  if (nomor === '')
    throw new KinerjaError('generator_exhausted', `generateKecamatan: no free number for ${prefix}`);
  nomorTerpakai.add(nomor);
  slot.nomor = nomor;
  const common = {
    id: cat('peg-', nomor),
    nama: generateNama(rng, {
      jenisKelamin,
      pendidikan,
      tahunLahir,
      bidang: slot.teknologi ? 'teknologi' : slot.bidang === 'KEUANGAN' ? 'keuangan' : 'umum',
    }),
    jenisKelamin,
    golongan,
    jabatanId: slot.jabatan.id,
    unitKerjaId: slot.jabatan.unitKerjaId,
  };
  const pegawai: Pegawai = pppk
    ? { jenis: 'PPPK', niPppk: nomor, ...common }
    : { jenis: 'PNS', nip: nomor, ...common };
  slot.pegawai = pegawai;
  return pegawai;
}

/** Deals the planned predikat of a kurva unit to its members; the leader first, within what the predikat organisasi allows. */
function assignPredikat(rng: Random, list: readonly Slot[], plan: KurvaUnitPlan): void {
  const counts = planPredikat(list.length, plan);
  const leader = list.find((s) => s.jabatan.pimpinanUnit);
  if (leader !== undefined) {
    const options = predikatPimpinan(plan.predikatOrganisasi);
    let chosen = options.find((p) => counts[p] > 0);
    if (chosen !== undefined) counts[chosen]--;
    else if (options.includes('KURANG') && counts.BUTUH_PERBAIKAN > 0) {
      // A tiny unit: Kurang/Misconduct keeps the kurva's "Butuh Perbaikan or Kurang" minimum.
      chosen = 'KURANG';
      counts.BUTUH_PERBAIKAN--;
    } else {
      chosen = options[0]!;
      const largest = PREDIKATS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
      counts[largest]--;
    }
    leader.predikat = chosen;
  }
  const bag: Predikat[] = [];
  for (const p of PREDIKATS) for (let i = 0; i < counts[p]; i++) bag.push(p);
  const dealt = rng.shuffle(bag);
  let i = 0;
  for (const s of list) if (s !== leader) s.predikat = dealt[i++]!;
}

interface SkpContext {
  readonly rng: Random;
  readonly tahun: number;
  readonly jenisPeriodik: JenisPeriodik;
  readonly windows: readonly WindowText[];
  readonly penugasanDari: string;
  readonly periodeAwal: string;
  readonly periodeAkhir: string;
  readonly kurvaPlans: ReadonlyMap<string, KurvaUnitPlan>;
  readonly out: AgencyPart;
  /** Bukti dukung descriptions per template and window, shared by every realisasi of the year. */
  readonly buktiUraian: Map<TemplateIki, readonly string[]>;
  /** The lampiran lines, shared by every SKP of the kecamatan. */
  readonly lampiran: readonly [readonly string[], readonly string[], readonly string[]];
}

/** The annual ratings of a slot: a cell of its predikat (a leader's hasil follows the predikat organisasi). */
function annualRatings(ctx: SkpContext, slot: Slot): readonly [Rating, Rating] {
  const predikat = slot.predikat!;
  if (slot.jabatan.pimpinanUnit) {
    const hasil = RATING_PIMPINAN[ctx.kurvaPlans.get(slot.kurvaUnitId)!.predikatOrganisasi];
    const row = MATRIX[hasil];
    const perilaku = (['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const).find(
      (p) => row[p] === predikat,
    );
    return [hasil, perilaku ?? 'SESUAI_EKSPEKTASI'];
  }
  return ctx.rng.weighted(PREDIKAT_CELLS[predikat]);
}

const STEP_UP: Readonly<Record<Rating, Rating>> = {
  DI_ATAS_EKSPEKTASI: 'SESUAI_EKSPEKTASI',
  SESUAI_EKSPEKTASI: 'DI_ATAS_EKSPEKTASI',
  DI_BAWAH_EKSPEKTASI: 'SESUAI_EKSPEKTASI',
};

/**
 * The ratings per periodic window: the annual pair in every window except a few (never the
 * last; at most one in three) moved by one step, so that the mean, the mode and the latest
 * window all give back the annual pair.
 */
function periodRatings(
  ctx: SkpContext,
  annual: readonly [Rating, Rating],
  leader: boolean,
): [Rating, Rating][] {
  const n = ctx.windows.length;
  const out: [Rating, Rating][] = ctx.windows.map(() => [annual[0], annual[1]]);
  const noisy = Math.floor((n - 1) / 3);
  for (let k = 0; k < noisy; k++) {
    if (!ctx.rng.chance(0.6)) continue;
    const pair = out[ctx.rng.int(0, n - 2)]!;
    if (pair[0] !== annual[0] || pair[1] !== annual[1]) continue;
    if (!leader && ctx.rng.chance(0.6)) {
      const h = pair[0];
      pair[0] = h === 'SESUAI_EKSPEKTASI' && ctx.rng.chance(0.5) ? 'DI_BAWAH_EKSPEKTASI' : STEP_UP[h];
    } else {
      pair[1] = STEP_UP[pair[1]];
    }
  }
  return out;
}

/** The annual realisasi of a target, in the template's units (tenths except for counts), inside the band of the rating. */
function annualRealisasi(rng: Random, tpl: TemplateIki, target: number, hasil: Rating): number {
  const cap = tpl.jenisNilai === 'PERSEN' || tpl.jenisNilai === 'NILAI' ? 1000 : Number.MAX_SAFE_INTEGER;
  if (tpl.polaritas === 'MINIMALISASI') {
    // capaian = 200 − 100·R/T
    if (hasil === 'DI_ATAS_EKSPEKTASI') return Math.max(1, Math.floor((target * rng.int(70, 92)) / 100));
    if (hasil === 'SESUAI_EKSPEKTASI') return target;
    return Math.ceil((target * rng.int(108, 140)) / 100);
  }
  // capaian = 100·R/T: ≥ 101 di atas, [100, 101) sesuai, < 100 di bawah.
  if (hasil === 'DI_ATAS_EKSPEKTASI') {
    const a = Math.min(cap, Math.ceil((target * rng.int(103, 115)) / 100));
    return a * 100 < target * 101 ? Math.ceil((target * 101) / 100) : a;
  }
  if (hasil === 'SESUAI_EKSPEKTASI') return target + rng.int(0, Math.floor((target * 9) / 1000));
  return Math.floor((target * rng.int(72, 95)) / 100);
}

/** Spreads an annual realisasi over the windows so that the indikator's akumulasi reads it back exactly. */
function spread(rng: Random, tpl: TemplateIki, annual: number, n: number): number[] {
  const out: number[] = [];
  if (tpl.akumulasi === 'JUMLAH') {
    const w: number[] = [];
    let total = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.int(7, 13);
      w.push(x);
      total += x;
    }
    let sum = 0;
    for (let i = 0; i < n - 1; i++) {
      const v = Math.floor((annual * w[i]!) / total);
      out.push(v);
      sum += v;
    }
    out.push(annual - sum);
    return out;
  }
  if (tpl.kumulatif) {
    let prev = 0;
    for (let i = 1; i < n; i++) {
      const v = Math.min(
        annual,
        Math.max(prev, Math.floor((annual * (i * 100 + rng.int(-10, 10))) / (n * 100))),
      );
      out.push(v);
      prev = v;
    }
    out.push(annual);
    return out;
  }
  const cap = tpl.jenisNilai === 'PERSEN' || tpl.jenisNilai === 'NILAI' ? 1000 : Number.MAX_SAFE_INTEGER;
  const min = tpl.jenisNilai === 'HARI' ? 1 : 0;
  const d = Math.max(1, Math.floor((annual * 3) / 100));
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    const v = Math.min(cap, Math.max(min, annual + rng.int(-d, d)));
    out.push(v);
    sum += v;
  }
  if (tpl.akumulasi === 'TERAKHIR') {
    out.push(annual);
    return out;
  }
  // RATA_RATA: the last window makes the mean exact.
  const last = n * annual - sum;
  if (last < min || last > cap) return out.map(() => annual).concat(annual);
  out.push(last);
  return out;
}

function valueText(tpl: TemplateIki, v: number): string {
  return tpl.jenisNilai === 'JUMLAH' ? String(v) : tenths(v);
}

/** The kualitatif realisasi sentence, e.g. `Terealisasi 312 surat pada Triwulan I; sesuai SOP dan jadwal.` */
function realisasiSentence(tpl: TemplateIki, v: number, label: string, kualifikasi: string): string {
  const shown = tpl.jenisNilai === 'JUMLAH' ? String(v) : formatAngka(tenths(v));
  const amount =
    tpl.jenisNilai === 'PERSEN'
      ? `${shown} persen`
      : tpl.jenisNilai === 'HARI'
        ? `rata-rata ${shown} ${tpl.satuan}`
        : tpl.jenisNilai === 'NILAI'
          ? `nilai ${shown}`
          : `${shown} ${tpl.satuan}`;
  return cat('Terealisasi ', amount, ' pada ', label, '; ', kualifikasi, '.');
}

/** The RHK of an SKP: templates of the slot's field (plus sometimes a tambahan), each intervening an RHK of the rater. */
function rencanaHasilKerja(
  ctx: SkpContext,
  slot: Slot,
  skpId: string,
  pendekatan: Pendekatan,
  targets: { iki: IndikatorKinerjaIndividu; tpl: TemplateIki; target: number; local: string }[],
): RencanaHasilKerja[] {
  const { rng } = ctx;
  const leader = slot.peran === 'CAMAT' || slot.peran === 'SEKCAM' || slot.peran === 'LURAH';
  const templates = KATALOG_RHK[slot.bidang];
  const utama = Math.min(templates.length, rng.int(2, slot.peran === 'CAMAT' ? 5 : 4));
  const chosen: { tpl: TemplateRhk; jenis: 'UTAMA' | 'TAMBAHAN' }[] = rng
    .shuffle(templates)
    .slice(0, utama)
    .map((tpl) => ({ tpl, jenis: 'UTAMA' }));
  if (!leader && utama < 5 && rng.chance(0.3)) {
    chosen.push({ tpl: rng.pick(KATALOG_RHK_TAMBAHAN), jenis: 'TAMBAHAN' });
  }
  const rater = slot.atasan;
  const raterRhk: { readonly id: string; readonly kunci: string }[] = [];
  rater?.skp?.rencanaHasilKerja.forEach((r, i) => {
    if (r.jenis === 'UTAMA') raterRhk.push({ id: r.id, kunci: rater.kunci[i]! });
  });
  return chosen.map(({ tpl, jenis }, i) => {
    slot.kunci.push(tpl.kunci);
    const ikiTemplates =
      tpl.indikator.length > 1 && rng.chance(0.45) ? tpl.indikator : [rng.pick(tpl.indikator)];
    const indikator = ikiTemplates.map((it, j) => {
      const base = rng.int(it.target[0], it.target[1]);
      const target =
        it.jenisNilai !== 'JUMLAH'
          ? base * 10
          : it.tetap || jenis === 'TAMBAHAN'
            ? base
            : niceTarget(base * slot.skala);
      const local = `${i + 1}.${j + 1}`;
      const iki: IndikatorKinerjaIndividu = {
        id: cat(skpId, '.iki-', local),
        uraian: it.uraian,
        aspek: it.aspek,
        target:
          pendekatan === 'KUANTITATIF'
            ? { jenis: 'TUNGGAL', nilai: valueText(it, target) }
            : { jenis: 'NARATIF', uraian: it.naratif },
        satuan: it.satuan,
        polaritas: it.polaritas,
        akumulasi: it.akumulasi,
      };
      targets.push({ iki, tpl: it, target, local });
      return iki;
    });
    let rhkAtasanId: string | null = null;
    if (raterRhk.length > 0) {
      const preferred = preferredInduk(tpl.kunci);
      const same =
        raterRhk.find((r) => r.kunci === tpl.kunci) ?? raterRhk.find((r) => preferred.includes(r.kunci));
      rhkAtasanId = (same ?? rng.pick(raterRhk)).id;
    }
    const rhk: RencanaHasilKerja = {
      id: cat(skpId, '.rhk-', i + 1),
      uraian: tpl.uraian,
      jenis,
      rhkAtasanId,
      indikator,
    };
    if (jenis === 'TAMBAHAN') rhk.penugasanDari = ctx.penugasanDari;
    return rhk;
  });
}

function generateSkp(ctx: SkpContext, slot: Slot): void {
  const { rng, tahun, windows, out } = ctx;
  const nomor = slot.nomor!;
  const skpId = cat('skp-', tahun, '-', nomor);
  const rater = slot.atasan;
  const leader = slot.peran === 'CAMAT' || slot.peran === 'SEKCAM' || slot.peran === 'LURAH';
  const pendekatan: Pendekatan = leader || rng.chance(0.4) ? 'KUANTITATIF' : 'KUALITATIF';
  const annual = annualRatings(ctx, slot);
  const targets: { iki: IndikatorKinerjaIndividu; tpl: TemplateIki; target: number; local: string }[] = [];
  const rhk = rencanaHasilKerja(ctx, slot, skpId, pendekatan, targets);

  const khusus = rng.shuffle(NILAI_BERAKHLAK).slice(0, rng.int(1, 3));
  const perilakuKerja: PerilakuKerja[] = NILAI_BERAKHLAK.map((nilai) => ({
    nilai,
    ekspektasiKhusus: khusus.includes(nilai) ? FRASA_PERILAKU[nilai].ekspektasi : '',
  }));
  const skp: Skp = {
    id: skpId,
    pegawaiId: slot.pegawai!.id,
    tahun,
    periodeAwal: ctx.periodeAwal,
    periodeAkhir: ctx.periodeAkhir,
    jenisPeriodik: ctx.jenisPeriodik,
    pendekatan,
    jabatanId: slot.jabatan.id,
    jenisJabatan: slot.jabatan.jenis,
    unitKerjaId: slot.jabatan.unitKerjaId,
    pimpinanUnit: slot.jabatan.pimpinanUnit,
    pejabatPenilaiId: rater?.pegawai?.id ?? null,
    atasanPejabatPenilaiId: rater?.atasan?.pegawai?.id ?? null,
    rencanaHasilKerja: rhk,
    perilakuKerja,
    lampiran: {
      dukunganSumberDaya: ctx.lampiran[0].slice(),
      skemaPertanggungjawaban: ctx.lampiran[1].slice(),
      konsekuensi: ctx.lampiran[2].slice(),
    },
  };
  slot.skp = skp;
  out.skp.push(skp);

  // — realisasi with bukti dukung, per indikator and window —
  const ratings = periodRatings(ctx, annual, slot.jabatan.pimpinanUnit);
  const n = windows.length;
  // One evidence folder per window (as pegawai paste a shared-drive folder), shared by the window's realisasi.
  const folder = windows.map((w) => cat('https://example.org/e-kinerja/', tahun, '/', nomor, '/', w.ke, '/'));
  for (const { iki, tpl, target, local } of targets) {
    const values = spread(rng, tpl, annualRealisasi(rng, tpl, target, annual[0]), n);
    let bukti = ctx.buktiUraian.get(tpl);
    if (bukti === undefined) {
      bukti = windows.map((w) => cat(tpl.bukti, ' ', w.label, ' ', tahun));
      ctx.buktiUraian.set(tpl, bukti);
    }
    for (let k = 0; k < n; k++) {
      const w = windows[k]!;
      const id = cat(skpId, '.r-', local, '-', w.ke);
      // One bukti dukung per realisasi: it shares the realisasi's id (unique among bukti dukung).
      const buktiDukung = [
        {
          id,
          uraian: bukti[k]!,
          tautan: folder[k]!,
          diunggahPada: rng.pick(w.diunggah),
        },
      ];
      // Both shapes are built whole (no property added later): V8 then keeps them compact.
      const realisasi: Realisasi =
        pendekatan === 'KUANTITATIF'
          ? {
              id,
              skpId,
              indikatorId: iki.id,
              periodeKe: w.ke,
              nilai: valueText(tpl, values[k]!),
              buktiDukung,
            }
          : {
              id,
              skpId,
              indikatorId: iki.id,
              periodeKe: w.ke,
              uraian: realisasiSentence(
                tpl,
                values[k]!,
                w.label,
                rng.pick(KUALIFIKASI_REALISASI[ratings[k]![0]]),
              ),
              buktiDukung,
            };
      out.realisasi.push(realisasi);
    }
  }

  // — evaluasi periodik and umpan balik from the pejabat penilai —
  const pemberiId = rater?.pegawai?.id;
  let ub = 0;
  for (let k = 0; k < n; k++) {
    const w = windows[k]!;
    const [h, p] = ratings[k]!;
    const predikat = MATRIX[h][p];
    const dinilaiPada = rng.pick(w.dinilai);
    const evaluasi: EvaluasiPeriodik =
      pemberiId === undefined
        ? {
            skpId,
            periodeKe: w.ke,
            ratingHasilKerja: h,
            ratingPerilakuKerja: p,
            ratingRhk: [],
            predikat,
            dinilaiPada,
          }
        : {
            skpId,
            periodeKe: w.ke,
            ratingHasilKerja: h,
            ratingPerilakuKerja: p,
            ratingRhk: [],
            predikat,
            penilaiId: pemberiId,
            dinilaiPada,
          };
    out.evaluasiPeriodik.push(evaluasi);
    if (pemberiId === undefined) continue;
    const diberikanPada = rng.pick(w.diberikan);
    if (rng.chance(0.55)) {
      out.umpanBalik.push({
        id: cat(skpId, '.ub-', w.ke, '-', ++ub),
        skpId,
        periodeKe: w.ke,
        pemberiId,
        sasaran: { jenis: 'RHK', rhkId: rng.pick(rhk).id },
        isi: rng.pick(UMPAN_BALIK_RHK[h]),
        diberikanPada,
      });
    }
    if (p === 'DI_BAWAH_EKSPEKTASI' || rng.chance(0.35)) {
      const nilai = rng.pick(NILAI_BERAKHLAK);
      const praise = p === 'DI_ATAS_EKSPEKTASI' || (p === 'SESUAI_EKSPEKTASI' && rng.chance(0.6));
      out.umpanBalik.push({
        id: cat(skpId, '.ub-', w.ke, '-', ++ub),
        skpId,
        periodeKe: w.ke,
        pemberiId,
        sasaran: { jenis: 'PERILAKU', nilai },
        isi: praise ? FRASA_PERILAKU[nilai].baik : FRASA_PERILAKU[nilai].perbaikan,
        diberikanPada,
      });
    }
  }
}
