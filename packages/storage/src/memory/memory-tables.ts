import type {
  AuditEvent,
  CapaianOrganisasiRecord,
  EvaluasiRecord,
  Instansi,
  Jabatan,
  KeberatanRecord,
  Pegawai,
  PembukaanPeriodeRecord,
  PenetapanRecord,
  PenugasanRecord,
  RealisasiRecord,
  SkpRecord,
  UmpanBalikRecord,
  UnitKerja,
} from '@kinerja/core';
import { CowMap, type ReadMap } from './cow-map';

/** A record that does not carry its instansi, stored with it. */
export interface Scoped<T> {
  readonly instansiId: string;
  readonly value: T;
}

/** An entry of the import ledger. */
export interface ImportLedgerEntry {
  readonly instansiId: string;
  readonly key: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly importedAt: string;
}

/**
 * The tables of the memory store. Keys are built with {@link rowKey} from the instansi and the id
 * (or natural key); the `…ByKey` maps are the unique indexes of the natural keys (to the id).
 */
export interface MemoryTables {
  instansi: Map<string, Instansi>;
  unitKerja: Map<string, Scoped<UnitKerja>>;
  jabatan: Map<string, Scoped<Jabatan>>;
  pegawai: Map<string, Scoped<Pegawai>>;
  pegawaiByNomor: Map<string, string>;
  skp: Map<string, SkpRecord>;
  skpByKey: Map<string, string>;
  realisasi: Map<string, RealisasiRecord>;
  realisasiByKey: Map<string, string>;
  umpanBalik: Map<string, UmpanBalikRecord>;
  evaluasi: Map<string, EvaluasiRecord>;
  evaluasiByKey: Map<string, string>;
  capaianOrganisasi: Map<string, CapaianOrganisasiRecord>;
  penetapan: Map<string, PenetapanRecord>;
  keberatan: Map<string, KeberatanRecord>;
  pembukaanPeriode: Map<string, PembukaanPeriodeRecord>;
  penugasan: Map<string, PenugasanRecord>;
  /** Per instansi, its audit events in sequence order. */
  audit: Map<string, AuditEvent[]>;
  importLedger: Map<string, ImportLedgerEntry>;
}

/** The value type of a table. */
type Row<K extends keyof MemoryTables> = MemoryTables[K] extends Map<string, infer V> ? V : never;

/** The tables as a reader sees them (committed maps, or a transaction's copy-on-write views). */
export type ReadTables = { readonly [K in keyof MemoryTables]: ReadMap<string, Row<K>> };

/** The tables as a transaction sees and writes them. */
export type TxTables = { readonly [K in keyof MemoryTables]: CowMap<string, Row<K>> };

const TABLE_NAMES = [
  'instansi',
  'unitKerja',
  'jabatan',
  'pegawai',
  'pegawaiByNomor',
  'skp',
  'skpByKey',
  'realisasi',
  'realisasiByKey',
  'umpanBalik',
  'evaluasi',
  'evaluasiByKey',
  'capaianOrganisasi',
  'penetapan',
  'keberatan',
  'pembukaanPeriode',
  'penugasan',
  'audit',
  'importLedger',
] as const satisfies readonly (keyof MemoryTables)[];

/**
 * Empty tables.
 *
 * @returns a fresh, empty state.
 */
export function emptyTables(): MemoryTables {
  const t: Record<string, Map<string, unknown>> = {};
  for (const name of TABLE_NAMES) t[name] = new Map();
  return t as unknown as MemoryTables;
}

/**
 * Copy-on-write views of committed tables, for one transaction.
 *
 * @param base - the committed tables (never modified).
 * @returns the views.
 */
export function viewTables(base: MemoryTables): TxTables {
  const t: Record<string, CowMap<string, unknown>> = {};
  for (const name of TABLE_NAMES) t[name] = new CowMap(base[name] as Map<string, unknown>);
  return t as unknown as TxTables;
}

/**
 * The tables after a transaction: each changed view's copy, the base elsewhere.
 *
 * @param views - the transaction's views.
 * @returns the new committed tables.
 */
export function commitTables(views: TxTables): MemoryTables {
  const t: Record<string, ReadonlyMap<string, unknown>> = {};
  for (const name of TABLE_NAMES) t[name] = (views[name] as CowMap<string, unknown>).current;
  return t as unknown as MemoryTables;
}

/**
 * The key of a row: its instansi and its id (or natural key parts), joined by a separator that
 * no id contains.
 *
 * @param instansiId - the instansi.
 * @param parts - the id or the parts of a natural key.
 * @returns the key.
 */
export function rowKey(instansiId: string, ...parts: readonly (string | number | null)[]): string {
  return [instansiId, ...parts.map((p) => (p === null ? '\u0001' : String(p)))].join('\u0000');
}

/**
 * The nomor induk of a pegawai: the NIP of a PNS, the NI PPPK of a PPPK (one unique key).
 *
 * @param pegawai - the pegawai.
 * @returns the number.
 */
export function nomorInduk(pegawai: Pegawai): string {
  return pegawai.jenis === 'PNS' ? pegawai.nip : pegawai.niPppk;
}

/** The parts of a natural key. */
export type KeyParts = readonly (string | number | null)[];

/**
 * A natural key as text for issues: its parts joined by `/` (`-` for a null part).
 *
 * @param parts - the parts.
 * @returns the text.
 */
export function keyText(parts: KeyParts): string {
  return parts.map((p) => (p === null ? '-' : String(p))).join('/');
}

/**
 * The natural key of an SKP segment: pegawai, tahun, segmen.
 *
 * @param r - the record.
 * @returns the parts.
 */
export function skpNaturalKey(r: Pick<SkpRecord, 'skp' | 'segmen'>): KeyParts {
  return [r.skp.pegawaiId, r.skp.tahun, r.segmen];
}

/**
 * The natural key of a realisasi: SKP, indikator, periodeKe.
 *
 * @param r - the record.
 * @returns the parts.
 */
export function realisasiNaturalKey(r: Pick<RealisasiRecord, 'realisasi'>): KeyParts {
  return [r.realisasi.skpId, r.realisasi.indikatorId, r.realisasi.periodeKe];
}

/**
 * The natural key of an evaluation: SKP, jenis, periodeKe (`null` for the annual one).
 *
 * @param r - the record.
 * @returns the parts.
 */
export function evaluasiNaturalKey(r: Pick<EvaluasiRecord, 'skpId' | 'jenis' | 'periodeKe'>): KeyParts {
  return [r.skpId, r.jenis, r.periodeKe];
}
