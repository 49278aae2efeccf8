import { z } from 'zod';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { IdSchema } from '../model/ids';
import { NilaiBerakhlakSchema } from '../model/perilaku-kerja';
import { PredikatOrganisasiSchema } from '../model/predikat';
import { BuktiDukungSchema } from '../model/realisasi';
import { TanggalSchema } from '../model/tanggal';
import { PenilaianSchema } from '../scoring/evaluasi-input';

const version = z.number().int().min(0).optional();
const tahun = z.number().int().min(2000).max(2200);
const text = z.string().trim().min(1);

/**
 * The inputs of the use cases of {@link createKinerjaService}, as zod schemas: every use case
 * takes `unknown` and answers bad input with issues. `version` (optional) is the version the
 * caller saw: a stale one gives `version_conflict`; without it the loaded version is used.
 *
 * @example
 * ```ts
 * KinerjaServiceInputs.rejectSkp.parse({ skpId: 'skp-1', alasan: 'Target belum terukur', version: 2 });
 * ```
 */
export const KinerjaServiceInputs = {
  /** `getSkp`. */
  getSkp: z.object({ skpId: IdSchema }),
  /** `draftSkp`: the SKP (any shape; parsed by `SkpSchema`). */
  draftSkp: z.object({ skp: z.unknown() }),
  /** `updateSkp`: the SKP's new content. */
  updateSkp: z.object({ skpId: IdSchema, skp: z.unknown(), version }),
  /** `submitSkp`, `approveSkp`. */
  langkahSkp: z.object({ skpId: IdSchema, version }),
  /** `rejectSkp`, `reviseSkp`: with a reason. */
  alasanSkp: z.object({ skpId: IdSchema, alasan: text, version }),
  /** `returnSkp`: with a note. */
  returnSkp: z.object({ skpId: IdSchema, catatan: text, version }),
  /** `setSkpByPengelola`. */
  setSkpByPengelola: z.object({ skp: z.unknown(), version }),
  /** `recordRealisasi`: one indikator in one window, with bukti dukung. */
  recordRealisasi: z
    .object({
      skpId: IdSchema,
      indikatorId: IdSchema,
      periodeKe: z.number().int().min(1).max(12),
      nilai: DecimalStringSchema.optional(),
      uraian: text.optional(),
      buktiDukung: z.array(BuktiDukungSchema).default([]),
      version,
    })
    .refine((r) => r.nilai !== undefined || r.uraian !== undefined, {
      path: ['nilai'],
      params: { code: 'required' },
      error: 'required',
    }),
  /** `reopenPeriode`: until `sampai` (inclusive). */
  reopenPeriode: z.object({
    skpId: IdSchema,
    periodeKe: z.number().int().min(1).max(12),
    alasan: text,
    sampai: TanggalSchema,
  }),
  /** `giveUmpanBalik`: on one RHK or one BerAKHLAK value. */
  giveUmpanBalik: z.object({
    skpId: IdSchema,
    periodeKe: z.number().int().min(1).max(12),
    sasaran: z.discriminatedUnion('jenis', [
      z.object({ jenis: z.literal('RHK'), rhkId: IdSchema }),
      z.object({ jenis: z.literal('PERILAKU'), nilai: NilaiBerakhlakSchema }),
    ]),
    isi: text,
  }),
  /** `ratePeriodik`. */
  ratePeriodik: z.object({
    skpId: IdSchema,
    periodeKe: z.number().int().min(1).max(12),
    penilaian: PenilaianSchema.default({}),
    final: z.boolean().default(false),
    version,
  }),
  /** `rateTahunan`. */
  rateTahunan: z.object({
    skpId: IdSchema,
    penilaian: PenilaianSchema.default({}),
    final: z.boolean().default(false),
    version,
  }),
  /** `finalizeEvaluasi`: the periodic window, or `null` for the annual evaluation. */
  finalizeEvaluasi: z.object({
    skpId: IdSchema,
    periodeKe: z.number().int().min(1).max(12).nullable(),
    version,
  }),
  /** `setPredikatOrganisasi`. */
  setPredikatOrganisasi: z.object({
    unitKerjaId: IdSchema,
    tahun,
    predikat: PredikatOrganisasiSchema,
    catatan: z.string().optional(),
    version,
  }),
  /** `checkKurva`, `tetapkan`. */
  unitTahun: z.object({ unitKerjaId: IdSchema, tahun }),
  /** `predikatTahunan`. */
  pegawaiTahun: z.object({ pegawaiId: IdSchema, tahun }),
  /** `fileKeberatan`: against the annual evaluation of an SKP (segment). */
  fileKeberatan: z.object({ skpId: IdSchema, alasan: text }),
  /** `explainKeberatan`. */
  explainKeberatan: z.object({ keberatanId: IdSchema, penjelasan: text, version }),
  /** `decideKeberatan`: a granted keberatan carries the decided ratings (`penilaian`). */
  decideKeberatan: z.object({
    keberatanId: IdSchema,
    diterima: z.boolean(),
    alasan: text,
    penilaian: PenilaianSchema.optional(),
    version,
  }),
  /** `recordMutasi`: the first day of the new segment and its SKP (period filled in). */
  recordMutasi: z.object({ skpId: IdSchema, tanggal: TanggalSchema, skpBaru: z.unknown() }),
  /** `recordPenugasan`: a Plt/Plh. */
  recordPenugasan: z.object({
    id: IdSchema.optional(),
    pegawaiId: IdSchema,
    jabatanId: IdSchema,
    jenis: z.enum(['PLT', 'PLH']),
    mulai: TanggalSchema,
    selesai: TanggalSchema,
  }),
  /** `listAudit`. */
  listAudit: z.object({
    afterSeq: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
  }),
} as const;

/**
 * The input of a use case of {@link createKinerjaService} as callers write it.
 *
 * @example
 * ```ts
 * const input: KinerjaServiceInput<'rateTahunan'> = { skpId: 'skp-1', penilaian: { ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' }, final: true };
 * ```
 */
export type KinerjaServiceInput<K extends keyof typeof KinerjaServiceInputs> = z.input<
  (typeof KinerjaServiceInputs)[K]
>;

/** @internal The parsed input of a use case. */
export type ParsedInput<K extends keyof typeof KinerjaServiceInputs> = z.output<
  (typeof KinerjaServiceInputs)[K]
>;
