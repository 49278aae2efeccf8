import type {
  CapaianOrganisasiRecord,
  EvaluasiRecord,
  IssuePath,
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
import type { CowMap } from './cow-map';
import {
  evaluasiNaturalKey,
  type KeyParts,
  nomorInduk,
  type ReadTables,
  realisasiNaturalKey,
  rowKey,
  type Scoped,
  skpNaturalKey,
  type TxTables,
} from './memory-tables';

/** A reference that points nowhere: where in the record, to what kind, which id. */
export interface MissingReference {
  readonly path: IssuePath;
  readonly kind: string;
  readonly id: string;
}

/**
 * How the memory store keeps one entity: its table, its row key and id, its natural key (a unique
 * index), and the references it must satisfy (decision 0021).
 */
export interface EntitySpec<R> {
  /** The entity's name in issues. */
  readonly entity: string;
  readonly table: (t: TxTables) => CowMap<string, R>;
  readonly instansiId: (r: R) => string;
  /** The row key (instansi + id, or instansi + natural key where the record has no id). */
  readonly key: (r: R) => string;
  /** The id (or key text) named in issues. */
  readonly id: (r: R) => string;
  /** The natural key, kept unique by an index from `rowKey(instansi, ...parts)` to the owner's row key. */
  readonly unique?: {
    readonly index: (t: TxTables) => CowMap<string, string>;
    readonly parts: (r: R) => KeyParts;
  };
  readonly references: (t: ReadTables, r: R) => MissingReference[];
}

/** One reference to check: `id` null means "none", which is always fine. */
interface Ref {
  readonly path: IssuePath;
  readonly kind: string;
  readonly id: string | null;
  readonly exists: (id: string) => boolean;
}

function missing(refs: readonly Ref[]): MissingReference[] {
  const out: MissingReference[] = [];
  for (const { path, kind, id, exists } of refs) {
    if (id !== null && !exists(id)) out.push({ path, kind, id });
  }
  return out;
}

const toInstansi = (t: ReadTables, instansiId: string): Ref => ({
  path: ['instansiId'],
  kind: 'instansi',
  id: instansiId,
  exists: (id) => t.instansi.has(id),
});

const toTable =
  (kind: string, table: (t: ReadTables) => { has(key: string): boolean }) =>
  (t: ReadTables, instansiId: string, path: IssuePath, id: string | null): Ref => ({
    path,
    kind,
    id,
    exists: (x) => table(t).has(rowKey(instansiId, x)),
  });

const toUnit = toTable('unit_kerja', (t) => t.unitKerja);
const toJabatan = toTable('jabatan', (t) => t.jabatan);
const toPegawai = toTable('pegawai', (t) => t.pegawai);
const toSkp = toTable('skp', (t) => t.skp);
const toEvaluasi = toTable('evaluasi', (t) => t.evaluasi);

function hasIndikator(skp: SkpRecord | undefined, indikatorId: string): boolean {
  return skp?.skp.rencanaHasilKerja.some((rhk) => rhk.indikator.some((i) => i.id === indikatorId)) ?? false;
}

/** Unit kerja: instansi + id; its induk must exist. */
export const UNIT_KERJA: EntitySpec<Scoped<UnitKerja>> = {
  entity: 'unit_kerja',
  table: (t) => t.unitKerja,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.value.id),
  id: (r) => r.value.id,
  references: (t, r) =>
    missing([toInstansi(t, r.instansiId), toUnit(t, r.instansiId, ['indukId'], r.value.indukId)]),
};

/** Jabatan: instansi + id; its unit must exist. */
export const JABATAN: EntitySpec<Scoped<Jabatan>> = {
  entity: 'jabatan',
  table: (t) => t.jabatan,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.value.id),
  id: (r) => r.value.id,
  references: (t, r) =>
    missing([toInstansi(t, r.instansiId), toUnit(t, r.instansiId, ['unitKerjaId'], r.value.unitKerjaId)]),
};

/** Pegawai: instansi + id, the nomor induk unique; unit and jabatan must exist. */
export const PEGAWAI: EntitySpec<Scoped<Pegawai>> = {
  entity: 'pegawai',
  table: (t) => t.pegawai,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.value.id),
  id: (r) => r.value.id,
  unique: { index: (t) => t.pegawaiByNomor, parts: (r) => [nomorInduk(r.value)] },
  references: (t, r) =>
    missing([
      toInstansi(t, r.instansiId),
      toUnit(t, r.instansiId, ['unitKerjaId'], r.value.unitKerjaId),
      toJabatan(t, r.instansiId, ['jabatanId'], r.value.jabatanId),
    ]),
};

/** SKP: instansi + id, pegawai + tahun + segmen unique; the pegawai, jabatan and unit must exist. */
export const SKP: EntitySpec<SkpRecord> = {
  entity: 'skp',
  table: (t) => t.skp,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.skp.id),
  id: (r) => r.skp.id,
  unique: { index: (t) => t.skpByKey, parts: skpNaturalKey },
  references: (t, r) =>
    missing([
      toInstansi(t, r.instansiId),
      toPegawai(t, r.instansiId, ['skp', 'pegawaiId'], r.skp.pegawaiId),
      toJabatan(t, r.instansiId, ['skp', 'jabatanId'], r.skp.jabatanId),
      toUnit(t, r.instansiId, ['skp', 'unitKerjaId'], r.skp.unitKerjaId),
    ]),
};

/** Realisasi: instansi + id, SKP + indikator + periodeKe unique; the SKP and its indikator must exist. */
export const REALISASI: EntitySpec<RealisasiRecord> = {
  entity: 'realisasi',
  table: (t) => t.realisasi,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.realisasi.id),
  id: (r) => r.realisasi.id,
  unique: { index: (t) => t.realisasiByKey, parts: realisasiNaturalKey },
  references: (t, r) => {
    const skp = t.skp.get(rowKey(r.instansiId, r.realisasi.skpId));
    return missing([
      toInstansi(t, r.instansiId),
      toSkp(t, r.instansiId, ['realisasi', 'skpId'], r.realisasi.skpId),
      {
        path: ['realisasi', 'indikatorId'],
        kind: 'indikator',
        // Only checked once the SKP exists (a missing SKP is reported once).
        id: skp === undefined ? null : r.realisasi.indikatorId,
        exists: (i) => hasIndikator(skp, i),
      },
    ]);
  },
};

/** Umpan balik: instansi + id, append-only; the SKP must exist. */
export const UMPAN_BALIK: EntitySpec<UmpanBalikRecord> = {
  entity: 'umpan_balik',
  table: (t) => t.umpanBalik,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.umpanBalik.id),
  id: (r) => r.umpanBalik.id,
  references: (t, r) =>
    missing([
      toInstansi(t, r.instansiId),
      toSkp(t, r.instansiId, ['umpanBalik', 'skpId'], r.umpanBalik.skpId),
    ]),
};

/** Evaluasi: instansi + id, SKP + jenis + periodeKe unique; the SKP must exist. */
export const EVALUASI: EntitySpec<EvaluasiRecord> = {
  entity: 'evaluasi',
  table: (t) => t.evaluasi,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.id),
  id: (r) => r.id,
  unique: { index: (t) => t.evaluasiByKey, parts: evaluasiNaturalKey },
  references: (t, r) => missing([toInstansi(t, r.instansiId), toSkp(t, r.instansiId, ['skpId'], r.skpId)]),
};

/** Capaian organisasi: instansi + unit + tahun (its identity); the unit must exist. */
export const CAPAIAN_ORGANISASI: EntitySpec<CapaianOrganisasiRecord> = {
  entity: 'capaian_kinerja_organisasi',
  table: (t) => t.capaianOrganisasi,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.capaian.unitKerjaId, r.capaian.tahun),
  id: (r) => `${r.capaian.unitKerjaId}/${r.capaian.tahun}`,
  references: (t, r) =>
    missing([
      toInstansi(t, r.instansiId),
      toUnit(t, r.instansiId, ['capaian', 'unitKerjaId'], r.capaian.unitKerjaId),
    ]),
};

/** Penetapan: instansi + unit + tahun, recorded once; the unit must exist. */
export const PENETAPAN: EntitySpec<PenetapanRecord> = {
  entity: 'penetapan',
  table: (t) => t.penetapan,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.unitKerjaId, r.tahun),
  id: (r) => `${r.unitKerjaId}/${r.tahun}`,
  references: (t, r) =>
    missing([toInstansi(t, r.instansiId), toUnit(t, r.instansiId, ['unitKerjaId'], r.unitKerjaId)]),
};

/** Keberatan: instansi + id; the SKP and the evaluasi must exist. */
export const KEBERATAN: EntitySpec<KeberatanRecord> = {
  entity: 'keberatan',
  table: (t) => t.keberatan,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.id),
  id: (r) => r.id,
  references: (t, r) =>
    missing([
      toInstansi(t, r.instansiId),
      toSkp(t, r.instansiId, ['skpId'], r.skpId),
      toEvaluasi(t, r.instansiId, ['evaluasiId'], r.evaluasiId),
    ]),
};

/** Pembukaan periode: instansi + id, append-only; the SKP must exist. */
export const PEMBUKAAN_PERIODE: EntitySpec<PembukaanPeriodeRecord> = {
  entity: 'pembukaan_periode',
  table: (t) => t.pembukaanPeriode,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.id),
  id: (r) => r.id,
  references: (t, r) => missing([toInstansi(t, r.instansiId), toSkp(t, r.instansiId, ['skpId'], r.skpId)]),
};

/** Penugasan (Plt/Plh): instansi + id, append-only; the pegawai and the jabatan must exist. */
export const PENUGASAN: EntitySpec<PenugasanRecord> = {
  entity: 'penugasan',
  table: (t) => t.penugasan,
  instansiId: (r) => r.instansiId,
  key: (r) => rowKey(r.instansiId, r.id),
  id: (r) => r.id,
  references: (t, r) =>
    missing([
      toInstansi(t, r.instansiId),
      toPegawai(t, r.instansiId, ['pegawaiId'], r.pegawaiId),
      toJabatan(t, r.instansiId, ['jabatanId'], r.jabatanId),
    ]),
};
