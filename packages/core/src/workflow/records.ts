import type { CapaianKinerjaOrganisasi } from '../model/capaian-kinerja-organisasi';
import type { RatingRhk } from '../model/evaluasi';
import type { Predikat, Rating } from '../model/predikat';
import type { Realisasi } from '../model/realisasi';
import type { Skp } from '../model/skp';
import type { UmpanBalik } from '../model/umpan-balik';
import type { RulePackRef } from '../rules/rule-pack-ref';

/**
 * The lifecycle of an SKP: drafted by the pegawai (`DRAFT`), submitted (`DIAJUKAN`), approved
 * (`DISETUJUI`, locked), rejected with a reason (`DITOLAK`), or sent back for revision (`REVISI`).
 */
export type SkpStatus = 'DRAFT' | 'DIAJUKAN' | 'DISETUJUI' | 'DITOLAK' | 'REVISI';

/** Who set an approved SKP: the pejabat penilai, or the pengelola kinerja after the deadline. */
export type PenetapSkp = 'PEJABAT_PENILAI' | 'PENGELOLA_KINERJA';

/**
 * An SKP as stored: the SKP itself, its segment of the year, its status, and the version used
 * for optimistic concurrency (1 for a new record; every save increments it).
 *
 * @example
 * ```ts
 * const record: SkpRecord = { instansiId: 'pekanbaru', skp, segmen: 1, status: 'DRAFT', revisi: 0, version: 1 };
 * ```
 */
export interface SkpRecord {
  readonly instansiId: string;
  readonly skp: Skp;
  /** 1-based segment of the pegawai's year: a mutasi or a new pejabat penilai starts the next. */
  readonly segmen: number;
  readonly status: SkpStatus;
  /** How many recorded revisions the SKP had after its first approval. */
  readonly revisi: number;
  readonly ditetapkanOleh?: PenetapSkp;
  /** The reason of the last rejection or request for revision. */
  readonly catatan?: string;
  readonly version: number;
}

/**
 * A realisasi as stored, with its version.
 *
 * @example
 * ```ts
 * const record: RealisasiRecord = { instansiId: 'pekanbaru', realisasi, version: 1 };
 * ```
 */
export interface RealisasiRecord {
  readonly instansiId: string;
  readonly realisasi: Realisasi;
  readonly version: number;
}

/**
 * A piece of umpan balik as stored; feedback is appended, never edited.
 *
 * @example
 * ```ts
 * const record: UmpanBalikRecord = { instansiId: 'pekanbaru', umpanBalik };
 * ```
 */
export interface UmpanBalikRecord {
  readonly instansiId: string;
  readonly umpanBalik: UmpanBalik;
}

/** `DRAFT` while the pejabat penilai works, `FINAL` when submitted, `DITETAPKAN` once the year's penetapan froze it. */
export type EvaluasiStatus = 'DRAFT' | 'FINAL' | 'DITETAPKAN';

/**
 * A periodic or annual evaluation as stored: the pejabat penilai's ratings, the predikat the
 * rule pack computed, and the result with its trace (as JSON).
 *
 * @example
 * ```ts
 * const record: EvaluasiRecord = {
 *   instansiId: 'pekanbaru', id: 'ev-1', skpId: 'skp-1', jenis: 'TAHUNAN', periodeKe: null,
 *   ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI', ratingRhk: [],
 *   predikat: 'BAIK', rulePack: { id: 'permenpanrb-6-2022', version: '1.0.0' }, hasil: {}, status: 'FINAL',
 *   penilaiId: 'p-camat', dinilaiPada: '2027-01-10T09:00:00+07:00', version: 1,
 * };
 * ```
 */
export interface EvaluasiRecord {
  readonly instansiId: string;
  readonly id: string;
  readonly skpId: string;
  readonly jenis: 'PERIODIK' | 'TAHUNAN';
  /** The window for a periodic evaluation; `null` for the annual one. */
  readonly periodeKe: number | null;
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly ratingRhk: readonly RatingRhk[];
  readonly predikat: Predikat;
  readonly rulePack: RulePackRef;
  /** The scoring result with its trace, as plain JSON. */
  readonly hasil: unknown;
  readonly status: EvaluasiStatus;
  readonly penilaiId: string;
  readonly dinilaiPada: string;
  readonly version: number;
}

/**
 * The predikat kinerja organisasi of a unit for a year as stored.
 *
 * @example
 * ```ts
 * const record: CapaianOrganisasiRecord = { instansiId: 'pekanbaru', capaian: { unitKerjaId: 'kel-sago', tahun: 2026, predikat: 'BAIK' }, version: 1 };
 * ```
 */
export interface CapaianOrganisasiRecord {
  readonly instansiId: string;
  readonly capaian: CapaianKinerjaOrganisasi;
  readonly version: number;
}

/**
 * The penetapan of a kurva unit's year: the predikat of each SKP, frozen. After it no annual
 * evaluation of the unit changes, except by a granted keberatan (which is recorded).
 *
 * @example
 * ```ts
 * const p: PenetapanRecord = { instansiId: 'pekanbaru', unitKerjaId: 'kel-sago', tahun: 2026, ditetapkanOlehId: 'p-camat', ditetapkanPada: '2027-01-20T10:00:00+07:00', predikat: [] };
 * ```
 */
export interface PenetapanRecord {
  readonly instansiId: string;
  readonly unitKerjaId: string;
  readonly tahun: number;
  readonly ditetapkanOlehId: string;
  readonly ditetapkanPada: string;
  readonly predikat: readonly {
    readonly skpId: string;
    readonly pegawaiId: string;
    readonly predikat: Predikat;
  }[];
}

/** The lifecycle of a keberatan (objection): filed, explained by the pejabat penilai, decided by the atasan. */
export type KeberatanStatus = 'DIAJUKAN' | 'DIJELASKAN' | 'DITERIMA' | 'DITOLAK';

/**
 * A keberatan against an annual evaluation, with its whole history.
 *
 * @example
 * ```ts
 * const k: KeberatanRecord = { instansiId: 'pekanbaru', id: 'kb-1', evaluasiId: 'ev-1', skpId: 'skp-1', pegawaiId: 'p-1', alasan: '…', diajukanPada: '2027-01-12T08:00:00+07:00', status: 'DIAJUKAN', version: 1 };
 * ```
 */
export interface KeberatanRecord {
  readonly instansiId: string;
  readonly id: string;
  readonly evaluasiId: string;
  readonly skpId: string;
  readonly pegawaiId: string;
  readonly alasan: string;
  readonly diajukanPada: string;
  readonly penjelasan?: string;
  readonly dijelaskanPada?: string;
  readonly alasanKeputusan?: string;
  readonly diputuskanOlehId?: string;
  readonly diputuskanPada?: string;
  readonly status: KeberatanStatus;
  readonly version: number;
}

/**
 * A recorded reopening of a closed periodic window for one SKP by the pengelola kinerja.
 *
 * @example
 * ```ts
 * const p: PembukaanPeriodeRecord = { instansiId: 'pekanbaru', id: 'bk-1', skpId: 'skp-1', periodeKe: 1, dibukaOlehId: 'p-bkpsdm', alasan: 'Sakit', dibukaPada: '2026-04-20T08:00:00+07:00', sampai: '2026-04-30' };
 * ```
 */
export interface PembukaanPeriodeRecord {
  readonly instansiId: string;
  readonly id: string;
  readonly skpId: string;
  readonly periodeKe: number;
  readonly dibukaOlehId: string;
  readonly alasan: string;
  readonly dibukaPada: string;
  /** The last day (inclusive) realisasi may be entered. */
  readonly sampai: string;
}

/**
 * A Plt (pelaksana tugas) or Plh (pelaksana harian) acting in a jabatan for an interval: while
 * it lasts, the acting pegawai may act as pejabat penilai for that jabatan's bawahan.
 *
 * @example
 * ```ts
 * const p: PenugasanRecord = { instansiId: 'pekanbaru', id: 'plt-1', pegawaiId: 'p-sekcam', jabatanId: 'jab-camat', jenis: 'PLT', mulai: '2026-03-01', selesai: '2026-05-31' };
 * ```
 */
export interface PenugasanRecord {
  readonly instansiId: string;
  readonly id: string;
  readonly pegawaiId: string;
  readonly jabatanId: string;
  readonly jenis: 'PLT' | 'PLH';
  readonly mulai: string;
  readonly selesai: string;
}

/**
 * One entry of the audit log: who did what to which record, when, with the state before and
 * after. Entries of an instansi form a hash chain: `hash` covers the entry and `prevHash`.
 *
 * @example
 * ```ts
 * const e: AuditEvent = { instansiId: 'pekanbaru', seq: 1, at: '2026-01-05T08:00:00+07:00', actorId: 'p-1', action: 'skp.submit', entity: 'skp', entityId: 'skp-1', before: null, after: {}, prevHash: '', hash: 'ab…' };
 * ```
 */
export interface AuditEvent {
  readonly instansiId: string;
  readonly seq: number;
  readonly at: string;
  readonly actorId: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

/** An audit entry before the store numbers and chains it. */
export type AuditEntry = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'>;
