import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import { type Issue, issue } from '../issues/issue';
import { ok, type Result } from '../issues/result';
import { IdSchema } from '../model/ids';
import { type JenisJabatan, JenisJabatanSchema } from '../model/jabatan';
import { PREDIKATS, type Predikat, PredikatSchema } from '../model/predikat';
import { addIssues } from '../model/refine';
import { compareId } from './evaluate-dataset';
import { type MatriksTransisi, matriksTransisi } from './matriks-transisi';

/**
 * One pegawai's predikat for a year, as {@link ringkasanKohort} reads it: a `HasilPegawai` of
 * `evaluateDataset` fits (other fields are ignored).
 *
 * @example
 * ```ts
 * HasilKohortSchema.parse({ pegawaiId: 'p-1', unitKerjaId: 'kel-sago', kurvaUnitId: 'kel-sago', jenisJabatan: 'PELAKSANA', predikat: 'BAIK' });
 * ```
 */
export const HasilKohortSchema = z.object({
  pegawaiId: IdSchema,
  unitKerjaId: IdSchema,
  kurvaUnitId: IdSchema.nullable().optional(),
  jenisJabatan: JenisJabatanSchema,
  predikat: PredikatSchema,
});

/**
 * One pegawai's predikat for a year.
 *
 * @example
 * ```ts
 * const h: HasilKohort = { pegawaiId: 'p-1', unitKerjaId: 'kel-sago', jenisJabatan: 'PELAKSANA', predikat: 'BAIK' };
 * ```
 */
export type HasilKohort = z.output<typeof HasilKohortSchema>;

/**
 * The results of one year: each pegawai at most once (combine the SKP segments of a pegawai
 * before, e.g. keep the last one).
 *
 * @example
 * ```ts
 * KohortSchema.parse({ tahun: 2026, hasil: [] });
 * ```
 */
export const KohortSchema = z
  .object({
    tahun: z.number().int().min(2000).max(2200),
    hasil: z.array(HasilKohortSchema),
  })
  .superRefine((k, ctx) => {
    const seen = new Set<string>();
    const issues: Issue[] = [];
    k.hasil.forEach((h, i) => {
      if (seen.has(h.pegawaiId))
        issues.push(issue('duplicate_id', ['hasil', i, 'pegawaiId'], { id: h.pegawaiId }));
      seen.add(h.pegawaiId);
    });
    addIssues(ctx, issues);
  });

/**
 * The input of {@link ringkasanKohort}: this year's results and, for year-over-year
 * transitions, an earlier year's.
 *
 * @example
 * ```ts
 * RingkasanKohortInputSchema.parse({ kohort: { tahun: 2026, hasil }, sebelumnya: { tahun: 2025, hasil: hasil2025 } });
 * ```
 */
export const RingkasanKohortInputSchema = z
  .object({
    kohort: KohortSchema,
    sebelumnya: KohortSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.sebelumnya !== undefined && v.sebelumnya.tahun >= v.kohort.tahun) {
      addIssues(ctx, [
        issue('invalid_interval', ['sebelumnya', 'tahun'], {
          start: String(v.sebelumnya.tahun),
          end: String(v.kohort.tahun),
        }),
      ]);
    }
  });

/**
 * The input of {@link ringkasanKohort}, as callers write it.
 *
 * @example
 * ```ts
 * const input: RingkasanKohortInput = { kohort: { tahun: 2026, hasil: evaluated.hasil } };
 * ```
 */
export type RingkasanKohortInput = z.input<typeof RingkasanKohortInputSchema>;

/**
 * The count of each predikat in a group.
 *
 * @example
 * ```ts
 * const g: DistribusiKelompok = { count: 3, distribusi: { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 } };
 * ```
 */
export interface DistribusiKelompok {
  readonly count: number;
  readonly distribusi: Readonly<Record<Predikat, number>>;
}

/**
 * A pegawai present in both years, with the direction of the change: `NAIK` (a better
 * predikat), `TETAP`, `TURUN` (order of `PREDIKATS`).
 *
 * @example
 * ```ts
 * const t: TransisiPegawai = { pegawaiId: 'p-1', before: 'BAIK', after: 'SANGAT_BAIK', arah: 'NAIK' };
 * ```
 */
export interface TransisiPegawai {
  readonly pegawaiId: string;
  readonly before: Predikat;
  readonly after: Predikat;
  readonly arah: 'NAIK' | 'TETAP' | 'TURUN';
}

/**
 * Year-over-year transitions of a cohort.
 *
 * @example
 * ```ts
 * const t: TransisiKohort = r.value.transisi!;
 * `${t.naik} up, ${t.turun} down, ${t.baru.length} new, ${t.keluar.length} left`;
 * ```
 */
export interface TransisiKohort {
  readonly dariTahun: number;
  readonly keTahun: number;
  /** Last year's predikat (rows) × this year's (columns), pegawai present in both years. */
  readonly matriks: MatriksTransisi;
  /** Pegawai present in both years, in id order. */
  readonly pegawai: readonly TransisiPegawai[];
  readonly naik: number;
  readonly tetap: number;
  readonly turun: number;
  /** Pegawai of this year only (new, transferred in), in id order. */
  readonly baru: readonly string[];
  /** Pegawai of last year only (retired, transferred out), in id order. */
  readonly keluar: readonly string[];
}

/**
 * The result of {@link ringkasanKohort}.
 *
 * @example
 * ```ts
 * r.value.perJenisJabatan.map((j) => [j.jenisJabatan, j.distribusi.SANGAT_BAIK]);
 * ```
 */
export interface RingkasanKohort extends DistribusiKelompok {
  readonly tahun: number;
  /** Per unit kerja of the SKP, in id order. */
  readonly perUnitKerja: readonly (DistribusiKelompok & { readonly unitKerjaId: string })[];
  /** Per kurva unit (rows with a `kurvaUnitId`), in id order. */
  readonly perKurvaUnit: readonly (DistribusiKelompok & { readonly kurvaUnitId: string })[];
  /** Per kind of jabatan present, in the order of `JenisJabatanSchema`. */
  readonly perJenisJabatan: readonly (DistribusiKelompok & { readonly jenisJabatan: JenisJabatan })[];
  /** Present when an earlier year is given. */
  readonly transisi: TransisiKohort | null;
}

function groupBy(rows: readonly HasilKohort[], key: (h: HasilKohort) => string | null | undefined) {
  const m = new Map<string, Record<Predikat, number>>();
  for (const h of rows) {
    const k = key(h);
    if (k === null || k === undefined) continue;
    let c = m.get(k);
    if (c === undefined) {
      c = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
      m.set(k, c);
    }
    c[h.predikat]++;
  }
  return m;
}

const total = (c: Record<Predikat, number>): number => PREDIKATS.reduce((s, p) => s + c[p], 0);

/**
 * Cohort summaries of one year's predikat (PermenPANRB 6/2022): the count of each predikat in
 * the whole cohort, per unit kerja, per kurva unit and per kind of jabatan; and, when an earlier
 * year is given, the year-over-year transitions per pegawai (by `pegawaiId`): the transition
 * matrix, who went up, stayed, went down, who is new and who left.
 *
 * @param input - `{ kohort, sebelumnya? }` of any shape (see {@link RingkasanKohortInputSchema});
 *   validated: each pegawai at most once a year, the earlier year before this one.
 * @returns the summary (the same for any order of the rows), or the issues.
 * @example
 * ```ts
 * const y2025 = evaluateDataset(generateAgency({ tahun: 2025 }));
 * const y2026 = evaluateDataset(generateAgency({ tahun: 2026 }));
 * if (y2025.ok && y2026.ok) {
 *   const r = ringkasanKohort({ kohort: { tahun: 2026, hasil: y2026.value.hasil }, sebelumnya: { tahun: 2025, hasil: y2025.value.hasil } });
 *   if (r.ok) r.value.transisi?.naik;
 * }
 * ```
 */
export function ringkasanKohort(input: unknown): Result<RingkasanKohort> {
  const parsed = parseWith(RingkasanKohortInputSchema, input);
  if (!parsed.ok) return parsed;
  const { kohort, sebelumnya } = parsed.value;
  const rows = kohort.hasil;
  const all = groupBy(rows, () => '*').get('*') ?? {
    SANGAT_BAIK: 0,
    BAIK: 0,
    BUTUH_PERBAIKAN: 0,
    KURANG: 0,
    SANGAT_KURANG: 0,
  };
  const units = groupBy(rows, (h) => h.unitKerjaId);
  const kurva = groupBy(rows, (h) => h.kurvaUnitId);
  const jabatan = groupBy(rows, (h) => h.jenisJabatan);

  let transisi: TransisiKohort | null = null;
  if (sebelumnya !== undefined) {
    const before = new Map(sebelumnya.hasil.map((h) => [h.pegawaiId, h.predikat] as const));
    const now = new Map(rows.map((h) => [h.pegawaiId, h.predikat] as const));
    const pegawai: TransisiPegawai[] = [];
    let naik = 0;
    let tetap = 0;
    let turun = 0;
    for (const id of [...now.keys()].sort(compareId)) {
      const from = before.get(id);
      if (from === undefined) continue;
      const to = now.get(id)!;
      const d = PREDIKATS.indexOf(from) - PREDIKATS.indexOf(to);
      const arah = d > 0 ? 'NAIK' : d < 0 ? 'TURUN' : 'TETAP';
      if (arah === 'NAIK') naik++;
      else if (arah === 'TURUN') turun++;
      else tetap++;
      pegawai.push({ pegawaiId: id, before: from, after: to, arah });
    }
    transisi = {
      dariTahun: sebelumnya.tahun,
      keTahun: kohort.tahun,
      matriks: matriksTransisi(pegawai.map((p) => [p.before, p.after] as const)),
      pegawai,
      naik,
      tetap,
      turun,
      baru: [...now.keys()].filter((id) => !before.has(id)).sort(compareId),
      keluar: [...before.keys()].filter((id) => !now.has(id)).sort(compareId),
    };
  }

  return ok({
    tahun: kohort.tahun,
    count: rows.length,
    distribusi: all,
    perUnitKerja: [...units.keys()]
      .sort(compareId)
      .map((id) => ({ unitKerjaId: id, count: total(units.get(id)!), distribusi: units.get(id)! })),
    perKurvaUnit: [...kurva.keys()]
      .sort(compareId)
      .map((id) => ({ kurvaUnitId: id, count: total(kurva.get(id)!), distribusi: kurva.get(id)! })),
    perJenisJabatan: JenisJabatanSchema.options
      .filter((j) => jabatan.has(j))
      .map((j) => ({ jenisJabatan: j, count: total(jabatan.get(j)!), distribusi: jabatan.get(j)! })),
    transisi,
  });
}
