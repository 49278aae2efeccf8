import type { JenisKelamin } from '../model/pegawai';
import type { Random } from './random';

/**
 * The education a generated name's academic titles reflect: `SMA` (none), `D3` (A.Md…), `S1`
 * (S.Sos, S.E., …), `STP` (S.STP, the IPDN graduate typical of camat and lurah), `S2` (a
 * bachelor's title plus M.Si, M.M, …).
 *
 * @example
 * ```ts
 * const p: Pendidikan = 'STP';
 * ```
 */
export type Pendidikan = 'SMA' | 'D3' | 'S1' | 'STP' | 'S2';

/**
 * Options of {@link generateNama}.
 *
 * @example
 * ```ts
 * const o: GenerateNamaOptions = { jenisKelamin: 'WANITA', pendidikan: 'S2', tahunLahir: 1975 };
 * ```
 */
export interface GenerateNamaOptions {
  readonly jenisKelamin: JenisKelamin;
  /** Default `S1`. */
  readonly pendidikan?: Pendidikan;
  /** The field the titles lean to: `umum` (default), `teknologi` (S.Kom, A.Md.Kom), `keuangan` (S.E., A.Md.Ak). */
  readonly bidang?: 'umum' | 'teknologi' | 'keuangan';
  /** The birth year: older pegawai may carry `Drs.`/`Dra.` or the hajj titles `H.`/`Hj.`. */
  readonly tahunLahir?: number;
}

// biome-ignore format: a compact data list
const DEPAN_PRIA = [
  'Ahmad', 'Muhammad', 'Mhd.', 'Abdul', 'Zulkifli', 'Zulfikar', 'Syahrial', 'Syafrizal', 'Yusrizal',
  'Afrizal', 'Erizal', 'Hendri', 'Hendra', 'Rizki', 'Fadli', 'Fahmi', 'Fauzan', 'Irfan', 'Iwan', 'Jefri',
  'Dedi', 'Deni', 'Roni', 'Rudi', 'Andri', 'Edi', 'Eko', 'Teguh', 'Budi', 'Agus', 'Arif', 'Azwar', 'Azmi',
  'Bahrul', 'Hamdan', 'Hasan', 'Husin', 'Ilham', 'Khairul', 'Lukman', 'Marzuki', 'Nasrul', 'Nofrizal',
  'Rahmat', 'Ridwan', 'Safri', 'Sudirman', 'Taufik', 'Yoserizal', 'Yudi', 'Zainal', 'Zamri', 'Ikhsan',
  'Guntur', 'Dodi', 'Alfian', 'Firdaus', 'Ismail', 'Junaidi', 'Mukhlis', 'Novri', 'Reza', 'Fikri', 'Arief',
  'Syamsul', 'Yuhendra', 'Masrul', 'Hardianto', 'Boby', 'Feri',
] as const;

// biome-ignore format: a compact data list
const DEPAN_WANITA = [
  'Siti', 'Nur', 'Nurhayati', 'Nurul', 'Sri', 'Dewi', 'Fitri', 'Fitria', 'Yuliana', 'Yulia', 'Rina', 'Rini',
  'Rosmawati', 'Rosnah', 'Zuraida', 'Zubaidah', 'Asnidar', 'Elvira', 'Erni', 'Eva', 'Hasnah', 'Indah',
  'Juliana', 'Lusi', 'Mega', 'Mimi', 'Novi', 'Nofitri', 'Putri', 'Rahma', 'Ratna', 'Sarah', 'Suryani',
  'Syafitri', 'Tuti', 'Vivi', 'Yeni', 'Yusnita', 'Zainab', 'Desi', 'Dian', 'Ayu', 'Anisa', 'Aulia', 'Citra',
  'Nelly', 'Lili', 'Rosita', 'Yanti', 'Marlina', 'Wirdayati', 'Ernawati', 'Linda', 'Susi', 'Riska',
] as const;

// biome-ignore format: a compact data list
const BELAKANG_PRIA = [
  'Saputra', 'Syahputra', 'Pratama', 'Hidayat', 'Kurniawan', 'Firmansyah', 'Ramadhan', 'Setiawan', 'Hamid',
  'Rahman', 'Effendi', 'Yusuf', 'Anwar', 'Hakim', 'Fadillah', 'Nugraha', 'Putra', 'Afandi', 'Zulkarnain',
  'Iskandar', 'Harun', 'Wibowo', 'Susilo', 'Abdullah', 'Hasan', 'Syafii', 'Amri', 'Rizal', 'Fauzi',
] as const;

// biome-ignore format: a compact data list
const BELAKANG_WANITA = [
  'Wati', 'Sari', 'Lestari', 'Ningsih', 'Handayani', 'Rahmadani', 'Oktaviani', 'Novita', 'Safitri',
  'Anggraini', 'Yolanda', 'Permata', 'Rahmawati', 'Susanti', 'Yulianti', 'Agustina', 'Puspita', 'Maharani',
  'Puspasari', 'Fitriani', 'Wahyuni', 'Hasanah', 'Aprilia', 'Melati', 'Fauziah',
] as const;

// biome-ignore format: a compact data list
/** Marga common in Pekanbaru (Batak, Mandailing), used for both genders. */
const MARGA = [
  'Harahap', 'Nasution', 'Siregar', 'Lubis', 'Hasibuan', 'Tanjung', 'Pohan', 'Daulay', 'Simanjuntak',
  'Sitompul', 'Batubara', 'Ritonga',
] as const;

/** Riau Malay honorifics of descent, placed before the given name. */
const GELAR_KETURUNAN_PRIA = ['Tengku', 'Wan', 'Raja', 'Said'] as const;
const GELAR_KETURUNAN_WANITA = ['Tengku', 'Wan', 'Raja', 'Syarifah'] as const;

const GELAR_D3 = {
  umum: ['A.Md'],
  teknologi: ['A.Md.Kom', 'A.Md.T'],
  keuangan: ['A.Md.Ak', 'A.Md'],
} as const;
const GELAR_S1 = {
  umum: ['S.Sos', 'S.IP', 'S.H.', 'S.AP', 'S.E.', 'S.Pd', 'S.Kom', 'S.T.'],
  teknologi: ['S.Kom', 'S.T.', 'S.Kom'],
  keuangan: ['S.E.', 'S.Ak', 'S.E.'],
} as const;
const GELAR_S2 = ['M.Si', 'M.Si', 'M.M', 'M.H.', 'M.AP', 'M.Sc'] as const;

/**
 * Generates a realistic name of a pegawai of a Pekanbaru kecamatan, with the titles Indonesian
 * documents print: e.g. `Ahmad Fauzi, S.STP, M.Si`, `Hj. Siti Rahmawati, S.Sos`,
 * `Tengku Riska Maharani, A.Md`. Given names lean Riau Malay; some carry a Batak or Mandailing
 * marga. Deterministic for a given generator state.
 *
 * @param rng - the seeded generator (see {@link createRandom}).
 * @param options - gender, education, field and birth year (see {@link GenerateNamaOptions}).
 * @returns the full name with titles.
 * @example
 * ```ts
 * generateNama(createRandom(1), { jenisKelamin: 'PRIA', pendidikan: 'STP' }); // e.g. 'Rizki Pratama, S.STP'
 * ```
 */
export function generateNama(rng: Random, options: GenerateNamaOptions): string {
  const pria = options.jenisKelamin === 'PRIA';
  const pendidikan = options.pendidikan ?? 'S1';
  const bidang = options.bidang ?? 'umum';
  const parts: string[] = [];
  if (rng.chance(0.06)) parts.push(rng.pick(pria ? GELAR_KETURUNAN_PRIA : GELAR_KETURUNAN_WANITA));
  const depan = rng.pick(pria ? DEPAN_PRIA : DEPAN_WANITA);
  parts.push(depan);
  const shape = rng.weighted([
    ['satu', 12],
    ['dua', 66],
    ['tiga', 14],
    ['marga', 8],
  ] as const);
  // "Mhd." and "Abdul" never stand alone.
  const needsMore = depan === 'Mhd.' || depan === 'Abdul';
  const belakang = pria ? BELAKANG_PRIA : BELAKANG_WANITA;
  if (shape === 'tiga') {
    parts.push(rng.pick(pria ? DEPAN_PRIA.filter((n) => n !== 'Mhd.') : DEPAN_WANITA));
    parts.push(rng.pick(belakang));
  } else if (shape === 'marga') {
    if (needsMore || rng.chance(0.5)) parts.push(rng.pick(belakang));
    parts.push(rng.pick(MARGA));
  } else if (shape === 'dua' || needsMore) {
    parts.push(rng.pick(belakang));
  }
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);

  const older = options.tahunLahir !== undefined && options.tahunLahir < 1978;
  const prefixes: string[] = [];
  if (older && rng.chance(0.18)) prefixes.push(pria ? 'H.' : 'Hj.');
  const suffixes: string[] = [];
  switch (pendidikan) {
    case 'SMA':
      break;
    case 'D3':
      suffixes.push(rng.pick(GELAR_D3[bidang]));
      break;
    case 'STP':
      suffixes.push('S.STP');
      break;
    case 'S1':
    case 'S2': {
      // Graduates before the 1990s reform often still carry Drs./Dra. instead of a suffix.
      if (options.tahunLahir !== undefined && options.tahunLahir < 1970 && rng.chance(0.5)) {
        prefixes.push(pria ? 'Drs.' : 'Dra.');
      } else {
        suffixes.push(rng.chance(pendidikan === 'S2' ? 0.35 : 0) ? 'S.STP' : rng.pick(GELAR_S1[bidang]));
      }
      if (pendidikan === 'S2') suffixes.push(rng.pick(GELAR_S2));
      break;
    }
  }
  const nama = [...prefixes, ...unique].join(' ');
  return suffixes.length === 0 ? nama : `${nama}, ${suffixes.join(', ')}`;
}
