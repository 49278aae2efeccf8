import { z } from 'zod';
import { parseWith } from '../issues/from-zod';
import { type Issue, issue } from '../issues/issue';
import type { Result } from '../issues/result';
import { IdSchema } from './ids';
import { isJpt, JenisJabatanSchema } from './jabatan';
import { NILAI_BERAKHLAK, PerilakuKerjaSchema } from './perilaku-kerja';
import { JenisPeriodikSchema } from './periode';
import { addIssues } from './refine';
import { RencanaHasilKerjaSchema } from './rencana-hasil-kerja';
import { TanggalSchema } from './tanggal';

/** The approach of an SKP: kualitatif (narrative expectations) or kuantitatif (measurable targets). */
export const PendekatanSchema = z.enum(['KUALITATIF', 'KUANTITATIF']);
/** The approach of an SKP. */
export type Pendekatan = z.infer<typeof PendekatanSchema>;

/** The lampiran of an SKP: dukungan sumber daya, skema pertanggungjawaban, konsekuensi (numbered lines each). */
export const LampiranSkpSchema = z.object({
  dukunganSumberDaya: z.array(z.string().trim().min(1)).default([]),
  skemaPertanggungjawaban: z.array(z.string().trim().min(1)).default([]),
  konsekuensi: z.array(z.string().trim().min(1)).default([]),
});
/** The lampiran of an SKP. */
export type LampiranSkp = z.output<typeof LampiranSkpSchema>;

const defaultPerilaku = () => NILAI_BERAKHLAK.map((nilai) => ({ nilai, ekspektasiKhusus: '' }));

/**
 * A sasaran kinerja pegawai (SKP) for one year or one segment of it (a mutasi or a new pejabat
 * penilai starts a new segment): the approach, the pejabat penilai and his or her atasan, the
 * RHK with their indikator and targets, the seven BerAKHLAK expectations, and the lampiran.
 *
 * Checked beyond the shape: at least one RHK utama; unique RHK and indikator ids; every RHK of a
 * JPT has a perspektif; each BerAKHLAK value once; numeric targets in the kuantitatif approach;
 * the segment inside its year.
 *
 * @example
 * ```ts
 * const r = parseSkp(input);
 * if (r.ok) r.value.rencanaHasilKerja.length;
 * ```
 */
export const SkpSchema = z
  .object({
    id: IdSchema,
    pegawaiId: IdSchema,
    tahun: z.number().int().min(2000).max(2200),
    periodeAwal: TanggalSchema,
    periodeAkhir: TanggalSchema,
    jenisPeriodik: JenisPeriodikSchema.default('TRIWULANAN'),
    pendekatan: PendekatanSchema,
    jabatanId: IdSchema,
    jenisJabatan: JenisJabatanSchema,
    unitKerjaId: IdSchema,
    /** The pegawai leads the unit (camat, lurah): the rating hasil kerja follows the predikat organisasi. */
    pimpinanUnit: z.boolean().default(false),
    /** `null` only where the rater is outside the system (e.g. a wali kota rating a JPT). */
    pejabatPenilaiId: IdSchema.nullable(),
    atasanPejabatPenilaiId: IdSchema.nullable(),
    rencanaHasilKerja: z.array(RencanaHasilKerjaSchema).min(1),
    perilakuKerja: z.array(PerilakuKerjaSchema).default(defaultPerilaku),
    lampiran: LampiranSkpSchema.default({
      dukunganSumberDaya: [],
      skemaPertanggungjawaban: [],
      konsekuensi: [],
    }),
  })
  .superRefine((skp, ctx) => addIssues(ctx, checkSkp(skp)));
/** A sasaran kinerja pegawai. */
export type Skp = z.output<typeof SkpSchema>;

function checkSkp(skp: Omit<Skp, never>): Issue[] {
  const issues: Issue[] = [];
  if (!skp.rencanaHasilKerja.some((r) => r.jenis === 'UTAMA')) {
    issues.push(issue('skp_without_rhk_utama', ['rencanaHasilKerja'], {}));
  }
  const rhkIds = new Set<string>();
  const ikiIds = new Set<string>();
  const jpt = isJpt(skp.jenisJabatan);
  skp.rencanaHasilKerja.forEach((rhk, i) => {
    if (rhkIds.has(rhk.id))
      issues.push(issue('duplicate_id', ['rencanaHasilKerja', i, 'id'], { id: rhk.id }));
    rhkIds.add(rhk.id);
    if (jpt && rhk.perspektif === undefined) {
      issues.push(issue('rhk_without_perspektif', ['rencanaHasilKerja', i, 'perspektif'], { rhkId: rhk.id }));
    }
    rhk.indikator.forEach((iki, j) => {
      const path = ['rencanaHasilKerja', i, 'indikator', j];
      if (ikiIds.has(iki.id)) issues.push(issue('duplicate_id', [...path, 'id'], { id: iki.id }));
      ikiIds.add(iki.id);
      if (skp.pendekatan === 'KUANTITATIF' && iki.target.jenis === 'NARATIF') {
        issues.push(issue('target_not_numeric', [...path, 'target'], { indikatorId: iki.id }));
      }
    });
  });
  const values = skp.perilakuKerja.map((p) => p.nilai);
  const missing = NILAI_BERAKHLAK.filter((v) => !values.includes(v));
  if (missing.length > 0 || values.length !== NILAI_BERAKHLAK.length) {
    issues.push(issue('perilaku_incomplete', ['perilakuKerja'], { missing }));
  }
  if (skp.periodeAwal > skp.periodeAkhir) {
    issues.push(
      issue('invalid_interval', ['periodeAkhir'], { start: skp.periodeAwal, end: skp.periodeAkhir }),
    );
  }
  const year = String(skp.tahun);
  if (!skp.periodeAwal.startsWith(year)) {
    issues.push(issue('invalid_interval', ['periodeAwal'], { start: `${year}-01-01`, end: skp.periodeAwal }));
  }
  if (!skp.periodeAkhir.startsWith(year)) {
    issues.push(
      issue('invalid_interval', ['periodeAkhir'], { start: skp.periodeAkhir, end: `${year}-12-31` }),
    );
  }
  return issues;
}

/**
 * Parses an SKP from outside data and checks it (see {@link SkpSchema}).
 *
 * @param input - anything.
 * @returns the SKP, or every issue found, each with its path.
 * @example
 * ```ts
 * const r = parseSkp(JSON.parse(text));
 * if (!r.ok) console.error(formatIssues(r.issues));
 * ```
 */
export function parseSkp(input: unknown): Result<Skp> {
  return parseWith(SkpSchema, input);
}
