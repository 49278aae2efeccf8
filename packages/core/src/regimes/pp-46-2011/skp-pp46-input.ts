import { z } from 'zod';
import { DecimalStringSchema } from '../../decimal/decimal-string';
import { HUNDRED } from '../../decimal/rounding';
import { type Issue, issue } from '../../issues/issue';
import { IdSchema } from '../../model/ids';
import { addIssues } from '../../model/refine';
import { TingkatKreativitasSchema } from './tingkat-kreativitas';

/** A decimal ≥ 0 (`too_small` otherwise). */
const NonNegatif = DecimalStringSchema.superRefine((v, ctx) => {
  if (v.startsWith('-')) {
    addIssues(ctx, [issue('too_small', [], { minimum: '0', inclusive: true, origin: 'number' })]);
  }
});

/** A score from 0 to 100 (`too_small` / `too_big` otherwise). */
const Nilai100 = DecimalStringSchema.superRefine((v, ctx) => {
  if (v.startsWith('-')) {
    addIssues(ctx, [issue('too_small', [], { minimum: '0', inclusive: true, origin: 'number' })]);
  } else if (HUNDRED.lt(v)) {
    addIssues(ctx, [issue('too_big', [], { maximum: '100', inclusive: true, origin: 'number' })]);
  }
});

/**
 * One kegiatan tugas jabatan of a PP 46/2011 SKP with its targets and realisasi: kuantitas
 * (output, e.g. 12 laporan), kualitas (mutu, normally 100), waktu (e.g. 12 bulan) and, when the
 * kegiatan has a budget, biaya (rupiah). `biaya` absent, `null` or with target 0 means no biaya
 * target: the kegiatan is scored on 3 aspects.
 *
 * @example
 * ```ts
 * KegiatanPp46Schema.parse({
 *   id: 'k-1', uraian: 'Menyusun laporan keuangan',
 *   kuantitas: { target: 1, realisasi: 1, satuan: 'laporan' }, kualitas: { target: 100, realisasi: 90 },
 *   waktu: { target: 12, realisasi: 12, satuan: 'bulan' }, biaya: { target: '170395000', realisasi: '170395000' },
 * });
 * ```
 */
export const KegiatanPp46Schema = z.strictObject({
  id: IdSchema,
  uraian: z.string().min(1).optional(),
  /** Angka kredit of the kegiatan (jabatan fungsional): shown on the form, not scored. */
  angkaKredit: NonNegatif.optional(),
  kuantitas: z.strictObject({
    target: NonNegatif,
    realisasi: NonNegatif,
    satuan: z.string().min(1).optional(),
  }),
  kualitas: z.strictObject({ target: NonNegatif.default('100'), realisasi: NonNegatif }),
  waktu: z.strictObject({
    target: NonNegatif,
    realisasi: NonNegatif,
    satuan: z.string().min(1).optional(),
  }),
  biaya: z.strictObject({ target: NonNegatif, realisasi: NonNegatif }).nullable().optional(),
});

/**
 * A kegiatan of a PP 46/2011 SKP, validated (decimals as canonical strings).
 *
 * @example
 * ```ts
 * const k: KegiatanPp46 = KegiatanPp46Schema.parse(input);
 * ```
 */
export type KegiatanPp46 = z.output<typeof KegiatanPp46Schema>;

/**
 * The perilaku kerja of a PP 46/2011 appraisal: each aspect scored 0–100; `kepemimpinan` exactly
 * for a pejabat struktural.
 *
 * @example
 * ```ts
 * PerilakuKerjaPp46Schema.parse({ orientasiPelayanan: 80, integritas: 82, komitmen: 78, disiplin: 85, kerjaSama: 80 });
 * ```
 */
export const PerilakuKerjaPp46Schema = z.strictObject({
  orientasiPelayanan: Nilai100,
  integritas: Nilai100,
  komitmen: Nilai100,
  disiplin: Nilai100,
  kerjaSama: Nilai100,
  kepemimpinan: Nilai100.optional(),
});

/**
 * The perilaku kerja of a PP 46/2011 appraisal, validated.
 *
 * @example
 * ```ts
 * const p: PerilakuKerjaPp46 = { orientasiPelayanan: '80', integritas: '82', komitmen: '78', disiplin: '85', kerjaSama: '80' };
 * ```
 */
export type PerilakuKerjaPp46 = z.output<typeof PerilakuKerjaPp46Schema>;

/** @internal The checks across fields: zero targets, duplicate ids, kepemimpinan vs struktural. */
export function checkSkpPp46(skp: {
  readonly struktural: boolean;
  readonly kegiatan: readonly KegiatanPp46[];
  readonly perilakuKerja: PerilakuKerjaPp46;
}): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  skp.kegiatan.forEach((k, i) => {
    if (seen.has(k.id)) issues.push(issue('duplicate_id', ['kegiatan', i, 'id'], { id: k.id }));
    seen.add(k.id);
    for (const aspek of ['kuantitas', 'kualitas', 'waktu'] as const) {
      if (k[aspek].target === '0') {
        issues.push(issue('target_zero', ['kegiatan', i, aspek, 'target'], { indikatorId: k.id }));
      }
    }
  });
  const kepemimpinan = skp.perilakuKerja.kepemimpinan !== undefined;
  if (skp.struktural && !kepemimpinan) {
    issues.push(issue('required', ['perilakuKerja', 'kepemimpinan'], {}));
  } else if (!skp.struktural && kepemimpinan) {
    issues.push(issue('unrecognized_keys', ['perilakuKerja', 'kepemimpinan'], { keys: ['kepemimpinan'] }));
  }
  return issues;
}

/**
 * The input of {@link evaluatePp46}: one SKP under PP 46/2011 with its realisasi and the
 * appraisal of perilaku kerja. `struktural` marks a pejabat struktural (kepemimpinan is then
 * required, and only then allowed). Tugas tambahan count by number; kreativitas by reach.
 *
 * Beyond the shape: values are ≥ 0 (perilaku 0–100), kuantitas/kualitas/waktu targets are not 0
 * (`target_zero`, with the kegiatan's id), kegiatan ids are unique (`duplicate_id`).
 *
 * @example
 * ```ts
 * SkpPp46InputSchema.parse({
 *   kegiatan: [{ id: 'k-1', kuantitas: { target: 1, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } }],
 *   perilakuKerja: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 },
 * });
 * ```
 */
export const SkpPp46InputSchema = z
  .strictObject({
    skpId: IdSchema.optional(),
    /** Whether the pegawai is a pejabat struktural (perilaku over 6 aspects, with kepemimpinan). */
    struktural: z.boolean().default(false),
    kegiatan: z.array(KegiatanPp46Schema).min(1),
    /** Tugas tambahan, each backed by a surat tugas or SK; their number gives the points. */
    tugasTambahan: z
      .array(z.strictObject({ uraian: z.string().min(1), nomorSk: z.string().min(1).optional() }))
      .default([]),
    kreativitas: z
      .array(
        z.strictObject({
          uraian: z.string().min(1),
          tingkat: TingkatKreativitasSchema,
          nomorSk: z.string().min(1).optional(),
        }),
      )
      .default([]),
    perilakuKerja: PerilakuKerjaPp46Schema,
  })
  .superRefine((skp, ctx) => addIssues(ctx, checkSkpPp46(skp)));

/**
 * The input of {@link evaluatePp46}, as written in JSON (see {@link SkpPp46InputSchema}).
 *
 * @example
 * ```ts
 * const input: SkpPp46Input = {
 *   kegiatan: [{ id: 'k-1', kuantitas: { target: 1, realisasi: 1 }, kualitas: { realisasi: 90 }, waktu: { target: 12, realisasi: 12 } }],
 *   perilakuKerja: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 },
 * };
 * ```
 */
export type SkpPp46Input = z.input<typeof SkpPp46InputSchema>;

/**
 * A PP 46/2011 SKP, validated: decimals as canonical strings, defaults applied.
 *
 * @example
 * ```ts
 * const skp: SkpPp46 = SkpPp46InputSchema.parse(input);
 * ```
 */
export type SkpPp46 = z.output<typeof SkpPp46InputSchema>;
