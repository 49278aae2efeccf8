import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import { type Issue, type IssuePath, issue } from '../issues/issue';
import type { Result } from '../issues/result';
import {
  type CapaianKinerjaOrganisasi,
  CapaianKinerjaOrganisasiSchema,
} from '../model/capaian-kinerja-organisasi';
import {
  type EvaluasiPeriodik,
  EvaluasiPeriodikSchema,
  type EvaluasiTahunan,
  EvaluasiTahunanSchema,
} from '../model/evaluasi';
import { type Pegawai, PegawaiSchema } from '../model/pegawai';
import { jumlahPeriode } from '../model/periode';
import { type Realisasi, RealisasiSchema } from '../model/realisasi';
import { addIssues } from '../model/refine';
import { type Skp, SkpSchema } from '../model/skp';
import { type UmpanBalik, UmpanBalikSchema } from '../model/umpan-balik';
import { type UnitKerja, UnitKerjaSchema, validateUnitKerjaTree } from '../model/unit-kerja';
import { checkEvaluasiInput } from '../scoring/evaluasi-input';

/**
 * The data the analytics read: an agency's unit tree, pegawai, SKP with their realisasi,
 * periodic and (optionally) annual evaluations, umpan balik, and the predikat kinerja
 * organisasi of the units that have a kurva distribusi. An `Agency` of `@kinerja/core/testing`
 * is one (unknown keys such as `instansi` or `jabatan` are ignored).
 *
 * Beyond the shape of each record: the units form a tree; ids are unique (pegawai, SKP, umpan
 * balik; one annual evaluation per SKP; one predikat organisasi per unit and year); every
 * reference resolves (pegawai → unit, SKP → pegawai and unit, realisasi / evaluations / umpan
 * balik → SKP, indikator, RHK and window); targets and realisasi are ≥ 0. `pejabatPenilaiId`
 * need not be a pegawai of the dataset (a rater outside the system).
 *
 * @example
 * ```ts
 * const r = DatasetSchema.safeParse(generateAgency());
 * r.success; // true
 * ```
 */
export const DatasetSchema = z
  .object({
    /** When given, only the SKP of this year are evaluated. */
    tahun: z.number().int().min(2000).max(2200).optional(),
    unitKerja: z.array(UnitKerjaSchema),
    pegawai: z.array(PegawaiSchema),
    skp: z.array(SkpSchema),
    realisasi: z.array(RealisasiSchema).default([]),
    evaluasiPeriodik: z.array(EvaluasiPeriodikSchema).default([]),
    /** The pejabat penilai's annual ratings, at most one per SKP. */
    evaluasiTahunan: z.array(EvaluasiTahunanSchema).default([]),
    umpanBalik: z.array(UmpanBalikSchema).default([]),
    capaianKinerjaOrganisasi: z.array(CapaianKinerjaOrganisasiSchema).default([]),
  })
  .superRefine((d, ctx) => addIssues(ctx, checkDataset(d)));

/**
 * The data of the analytics, validated (see {@link DatasetSchema}).
 *
 * @example
 * ```ts
 * const r = parseDataset(JSON.parse(text));
 * if (r.ok) r.value.skp.length;
 * ```
 */
export type Dataset = z.output<typeof DatasetSchema>;

/**
 * The data of the analytics as callers write it (defaults not yet filled in).
 *
 * @example
 * ```ts
 * const input: DatasetInput = { unitKerja, pegawai, skp, evaluasiPeriodik };
 * ```
 */
export type DatasetInput = z.input<typeof DatasetSchema>;

/**
 * Parses and checks the data of the analytics (see {@link DatasetSchema}).
 *
 * @param input - anything.
 * @returns the dataset, or every issue found, each with its path (e.g. `['skp', 3, 'pegawaiId']`).
 * @example
 * ```ts
 * const r = parseDataset(generateAgency());
 * if (r.ok) r.value.pegawai.length; // 90
 * ```
 */
export function parseDataset(input: unknown): Result<Dataset> {
  return parseWith(DatasetSchema, input);
}

/** @internal The records of a parsed dataset grouped for lookups. */
export interface DatasetIndex {
  readonly pegawai: ReadonlyMap<string, Pegawai>;
  readonly skp: ReadonlyMap<string, Skp>;
  readonly realisasi: ReadonlyMap<string, Realisasi[]>;
  readonly evaluasiPeriodik: ReadonlyMap<string, EvaluasiPeriodik[]>;
  readonly evaluasiTahunan: ReadonlyMap<string, EvaluasiTahunan>;
  readonly umpanBalik: ReadonlyMap<string, UmpanBalik[]>;
}

function group<T extends { readonly skpId: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const list = m.get(t.skpId);
    if (list === undefined) m.set(t.skpId, [t]);
    else list.push(t);
  }
  return m;
}

/**
 * @internal Groups a dataset's records by id and by SKP (the first record wins on a duplicate,
 * which a parsed dataset does not have).
 *
 * @param d - a dataset, parsed.
 * @returns the index.
 * @example
 * ```ts
 * indexDataset(dataset).skp.get('skp-2026-1');
 * ```
 */
export function indexDataset(d: Dataset): DatasetIndex {
  const pegawai = new Map<string, Pegawai>();
  for (const p of d.pegawai) if (!pegawai.has(p.id)) pegawai.set(p.id, p);
  const skp = new Map<string, Skp>();
  for (const s of d.skp) if (!skp.has(s.id)) skp.set(s.id, s);
  const tahunan = new Map<string, EvaluasiTahunan>();
  for (const e of d.evaluasiTahunan) if (!tahunan.has(e.skpId)) tahunan.set(e.skpId, e);
  return {
    pegawai,
    skp,
    realisasi: group(d.realisasi),
    evaluasiPeriodik: group(d.evaluasiPeriodik),
    evaluasiTahunan: tahunan,
    umpanBalik: group(d.umpanBalik),
  };
}

interface Shape {
  readonly unitKerja: readonly UnitKerja[];
  readonly pegawai: readonly Pegawai[];
  readonly skp: readonly Skp[];
  readonly realisasi: readonly Realisasi[];
  readonly evaluasiPeriodik: readonly EvaluasiPeriodik[];
  readonly evaluasiTahunan: readonly EvaluasiTahunan[];
  readonly umpanBalik: readonly UmpanBalik[];
  readonly capaianKinerjaOrganisasi: readonly CapaianKinerjaOrganisasi[];
}

/** Indexes of the records of each SKP, in dataset order. */
function positions<T extends { readonly skpId: string }>(
  items: readonly T[],
  known: ReadonlyMap<string, number>,
  field: string,
  issues: Issue[],
): Map<string, number[]> {
  const m = new Map<string, number[]>();
  items.forEach((t, i) => {
    if (!known.has(t.skpId)) {
      issues.push(issue('unknown_reference', [field, i, 'skpId'], { kind: 'skp', id: t.skpId }));
      return;
    }
    const list = m.get(t.skpId);
    if (list === undefined) m.set(t.skpId, [i]);
    else list.push(i);
  });
  return m;
}

/** Moves an issue of `checkEvaluasiInput` (paths relative to one SKP's input) to dataset paths. */
function relocate(
  i: Issue,
  skpIndex: number,
  realisasi: readonly number[],
  evaluasi: readonly number[],
  tahunan: number | undefined,
): Issue {
  const [head, k, ...rest] = i.path;
  let path: IssuePath;
  if (head === 'skp') path = ['skp', skpIndex, ...i.path.slice(1)];
  else if (head === 'realisasi' && typeof k === 'number') path = ['realisasi', realisasi[k]!, ...rest];
  else if (head === 'evaluasiPeriodik' && typeof k === 'number')
    path = ['evaluasiPeriodik', evaluasi[k]!, ...rest];
  else if (head === 'penilaian' && tahunan !== undefined)
    path = ['evaluasiTahunan', tahunan, ...i.path.slice(1)];
  else path = ['skp', skpIndex, ...i.path];
  return { ...i, path } as Issue;
}

function checkDataset(d: Shape): Issue[] {
  const issues: Issue[] = [];
  for (const i of validateUnitKerjaTree(d.unitKerja)) {
    issues.push({ ...i, path: ['unitKerja', ...i.path] } as Issue);
  }
  const units = new Set(d.unitKerja.map((u) => u.id));

  const pegawai = new Set<string>();
  d.pegawai.forEach((p, i) => {
    if (pegawai.has(p.id)) issues.push(issue('duplicate_id', ['pegawai', i, 'id'], { id: p.id }));
    pegawai.add(p.id);
    if (!units.has(p.unitKerjaId)) {
      issues.push(
        issue('unknown_reference', ['pegawai', i, 'unitKerjaId'], { kind: 'unitKerja', id: p.unitKerjaId }),
      );
    }
  });

  const skpIndex = new Map<string, number>();
  d.skp.forEach((s, i) => {
    if (skpIndex.has(s.id)) issues.push(issue('duplicate_id', ['skp', i, 'id'], { id: s.id }));
    else skpIndex.set(s.id, i);
    if (!pegawai.has(s.pegawaiId)) {
      issues.push(issue('unknown_reference', ['skp', i, 'pegawaiId'], { kind: 'pegawai', id: s.pegawaiId }));
    }
    if (!units.has(s.unitKerjaId)) {
      issues.push(
        issue('unknown_reference', ['skp', i, 'unitKerjaId'], { kind: 'unitKerja', id: s.unitKerjaId }),
      );
    }
  });

  const realisasi = positions(d.realisasi, skpIndex, 'realisasi', issues);
  const evaluasi = positions(d.evaluasiPeriodik, skpIndex, 'evaluasiPeriodik', issues);
  const tahunan = new Map<string, number>();
  d.evaluasiTahunan.forEach((e, i) => {
    if (!skpIndex.has(e.skpId)) {
      issues.push(issue('unknown_reference', ['evaluasiTahunan', i, 'skpId'], { kind: 'skp', id: e.skpId }));
    } else if (tahunan.has(e.skpId)) {
      issues.push(issue('duplicate_id', ['evaluasiTahunan', i, 'skpId'], { id: e.skpId }));
    } else tahunan.set(e.skpId, i);
  });
  for (const [id, i] of skpIndex) {
    const skp = d.skp[i]!;
    const r = realisasi.get(id) ?? [];
    const e = evaluasi.get(id) ?? [];
    const t = tahunan.get(id);
    const annual = t === undefined ? undefined : d.evaluasiTahunan[t];
    const found = checkEvaluasiInput({
      skp,
      realisasi: r.map((k) => d.realisasi[k]!),
      evaluasiPeriodik: e.map((k) => d.evaluasiPeriodik[k]!),
      penilaian: annual === undefined ? {} : { ratingRhk: annual.ratingRhk },
    });
    for (const f of found) issues.push(relocate(f, i, r, e, t));
  }

  const umpanBalik = new Set<string>();
  d.umpanBalik.forEach((u, i) => {
    if (umpanBalik.has(u.id)) issues.push(issue('duplicate_id', ['umpanBalik', i, 'id'], { id: u.id }));
    umpanBalik.add(u.id);
    const k = skpIndex.get(u.skpId);
    if (k === undefined) {
      issues.push(issue('unknown_reference', ['umpanBalik', i, 'skpId'], { kind: 'skp', id: u.skpId }));
      return;
    }
    const skp = d.skp[k]!;
    if (u.periodeKe > jumlahPeriode(skp.jenisPeriodik)) {
      issues.push(issue('periode_unknown', ['umpanBalik', i, 'periodeKe'], { periodeKe: u.periodeKe }));
    }
    const sasaran = u.sasaran;
    if (sasaran.jenis === 'RHK' && !skp.rencanaHasilKerja.some((r) => r.id === sasaran.rhkId)) {
      issues.push(
        issue('unknown_reference', ['umpanBalik', i, 'sasaran', 'rhkId'], {
          kind: 'rencanaHasilKerja',
          id: sasaran.rhkId,
        }),
      );
    }
  });

  const capaian = new Set<string>();
  d.capaianKinerjaOrganisasi.forEach((c, i) => {
    const key = `${c.unitKerjaId}@${c.tahun}`;
    if (capaian.has(key)) issues.push(issue('duplicate_id', ['capaianKinerjaOrganisasi', i], { id: key }));
    capaian.add(key);
    if (!units.has(c.unitKerjaId)) {
      issues.push(
        issue('unknown_reference', ['capaianKinerjaOrganisasi', i, 'unitKerjaId'], {
          kind: 'unitKerja',
          id: c.unitKerjaId,
        }),
      );
    }
  });
  return issues;
}
