import { type Issue, type IssuePath, issue } from '../issues/issue';
import { isExistingDate } from './tanggal';

/**
 * What a valid NIP (Nomor Induk Pegawai of a PNS, 18 digits) tells: birth date (digits 1–8),
 * TMT year and month of appointment as CPNS (9–14), gender (15: 1 male, 2 female) and a
 * sequence number (16–18).
 */
export interface NipParts {
  readonly tanggalLahir: string;
  readonly tmtTahun: number;
  readonly tmtBulan: number;
  readonly jenisKelamin: 'PRIA' | 'WANITA';
  readonly nomorUrut: string;
}

const DIGITS_18 = /^\d{18}$/;

/**
 * Checks a PNS's NIP and lists every problem: 18 digits; digits 1–8 an existing birth date
 * (`YYYYMMDD`); digits 9–14 a TMT year-month (`YYYYMM`, month 01–12, not before the birth
 * year); digit 15 the gender, 1 or 2.
 *
 * @param nip - the NIP as text (spreadsheets turn it into 1.98E+17: always read it as text).
 * @param path - where the NIP is, for the issues.
 * @returns the issues; empty when the NIP is valid.
 * @example
 * ```ts
 * validateNip('199001012015011001'); // []
 * validateNip('199002302015011001'); // [{ code: 'nip_birth_date', … }]
 * ```
 */
export function validateNip(nip: string, path: IssuePath = []): Issue[] {
  if (!DIGITS_18.test(nip)) return [issue('nip_format', path, { received: nip })];
  const issues: Issue[] = [];
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  if (!isExistingDate(y, m, d) || y < 1900)
    issues.push(issue('nip_birth_date', path, { value: nip.slice(0, 8) }));
  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  if (tm < 1 || tm > 12 || ty < 1900 || ty < y)
    issues.push(issue('nip_tmt', path, { value: nip.slice(8, 14) }));
  const g = nip[14];
  if (g !== '1' && g !== '2') issues.push(issue('nip_gender', path, { value: g ?? '' }));
  return issues;
}

/**
 * Checks a PPPK's NI PPPK. Only what is documented is checked: 18 digits, and an existing
 * birth date in digits 1–8 (decision 0006). The rest of the number is not validated.
 *
 * @param nomor - the NI PPPK as text.
 * @param path - where the number is, for the issues.
 * @returns the issues; empty when the number passes.
 * @example
 * ```ts
 * validateNiPppk('198505172023212003'); // []
 * ```
 */
export function validateNiPppk(nomor: string, path: IssuePath = []): Issue[] {
  if (!DIGITS_18.test(nomor)) return [issue('nip_format', path, { received: nomor })];
  const y = Number(nomor.slice(0, 4));
  if (!isExistingDate(y, Number(nomor.slice(4, 6)), Number(nomor.slice(6, 8))) || y < 1900) {
    return [issue('nip_birth_date', path, { value: nomor.slice(0, 8) })];
  }
  return [];
}

/**
 * Reads the parts of a valid NIP.
 *
 * @param nip - a NIP that {@link validateNip} accepts.
 * @returns the parts, or `null` when the NIP is not valid.
 * @example
 * ```ts
 * parseNip('199001012015011001')?.tanggalLahir; // '1990-01-01'
 * ```
 */
export function parseNip(nip: string): NipParts | null {
  if (validateNip(nip).length > 0) return null;
  return {
    tanggalLahir: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
    tmtTahun: Number(nip.slice(8, 12)),
    tmtBulan: Number(nip.slice(12, 14)),
    jenisKelamin: nip[14] === '1' ? 'PRIA' : 'WANITA',
    nomorUrut: nip.slice(15, 18),
  };
}
