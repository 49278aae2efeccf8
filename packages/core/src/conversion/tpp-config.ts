import { z } from 'zod';
import { Decimal, toCanonical } from '../decimal/decimal';
import { RoundingSchema } from '../decimal/rounding';
import { type Issue, issue } from '../issues/issue';
import type { Result } from '../issues/result';
import { IdSchema } from '../model/ids';
import { PREDIKATS } from '../model/predikat';
import { LocalizedTextSchema } from '../rules/permenpanrb-6-2022/schema';
import { decimalBetween, NonNegativeDecimalSchema, PersenSchema } from './decimal-bounds';
import { monotonicIssues } from './monotonic-issues';
import { validatedConfigs } from './validated-configs';

/** A share in percent above 0 and at most 100 (a weight, a deduction, a hukuman). */
const PositivePersenSchema = decimalBetween('0', '100', true);

const KELAS_JABATAN = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
] as const;

/**
 * One row of a deduction table of a disiplin component: `persen` (of the component's alokasi)
 * per `KEJADIAN` (occurrence) or per `HARI` (day). A row with `kelompok` and `batasMenit` is a
 * band of minutes (lateness, leaving early): an occurrence of `m` minutes of that kelompok falls
 * in the row with the greatest `batasMenit` ≤ `m` (so a band runs up to the next row's
 * `batasMenit` − 1, the last one without end; minutes below the first row are not deducted).
 *
 * @example
 * ```ts
 * TppPotonganSchema.parse({ kode: 'TL2', uraian: 'Terlambat 31–60 menit', satuan: 'KEJADIAN', persen: '1', kelompok: 'TERLAMBAT', batasMenit: 31 });
 * ```
 */
export const TppPotonganSchema = z.strictObject({
  kode: IdSchema,
  uraian: z.string().trim().min(1),
  satuan: z.enum(['KEJADIAN', 'HARI']),
  persen: PositivePersenSchema,
  kelompok: IdSchema.optional(),
  batasMenit: z.number().int().min(0).max(1440).optional(),
});

/**
 * One row of a deduction table, see {@link TppPotonganSchema}.
 *
 * @example
 * ```ts
 * const row: TppPotongan = { kode: 'APEL', uraian: 'Tidak mengikuti apel', satuan: 'KEJADIAN', persen: '2' };
 * ```
 */
export type TppPotongan = z.output<typeof TppPotonganSchema>;

const komponenBase = {
  kode: IdSchema,
  nama: z.string().trim().min(1),
  /** The weight in percent of the pagu; the weights of all components add up to 100. */
  bobot: PositivePersenSchema,
};

const perPredikat = z.strictObject({
  SANGAT_BAIK: PersenSchema,
  BAIK: PersenSchema,
  BUTUH_PERBAIKAN: PersenSchema,
  KURANG: PersenSchema,
  SANGAT_KURANG: PersenSchema,
});

/**
 * A component of the TPP, by `jenis`:
 *
 * - `KINERJA`: the percentage paid comes from the monthly performance, by `dasar` `PREDIKAT` (a
 *   percentage per predikat) or `CAPAIAN` (rows `{ capaianMinimal, persen }`: the row with the
 *   greatest `capaianMinimal` ≤ the capaian; 0 % below every row);
 * - `DISIPLIN`: 100 % minus the `potongan` (deductions) of the month, in total at most
 *   `batasPotongan` percent of the component;
 * - `INPUT`: the percentage is given with each computation (`persenKomponen`), e.g. a score of
 *   daily activities computed elsewhere.
 *
 * @example
 * ```ts
 * TppKomponenSchema.parse({ kode: 'KINERJA', nama: 'Kinerja', jenis: 'KINERJA', bobot: '60', dasar: 'PREDIKAT',
 *   tabel: { SANGAT_BAIK: '100', BAIK: '90', BUTUH_PERBAIKAN: '70', KURANG: '50', SANGAT_KURANG: '25' } });
 * ```
 */
export const TppKomponenSchema = z.discriminatedUnion('jenis', [
  z.discriminatedUnion('dasar', [
    z.strictObject({
      ...komponenBase,
      jenis: z.literal('KINERJA'),
      dasar: z.literal('PREDIKAT'),
      tabel: perPredikat,
    }),
    z.strictObject({
      ...komponenBase,
      jenis: z.literal('KINERJA'),
      dasar: z.literal('CAPAIAN'),
      tabel: z
        .array(z.strictObject({ capaianMinimal: NonNegativeDecimalSchema, persen: PersenSchema }))
        .min(1),
    }),
  ]),
  z.strictObject({
    ...komponenBase,
    jenis: z.literal('DISIPLIN'),
    potongan: z.array(TppPotonganSchema),
    /** The most the deductions may take, in percent of the component's alokasi. */
    batasPotongan: PersenSchema,
  }),
  z.strictObject({ ...komponenBase, jenis: z.literal('INPUT') }),
]);

/**
 * A component of the TPP, see {@link TppKomponenSchema}.
 *
 * @example
 * ```ts
 * const k: TppKomponen = { kode: 'AKTIVITAS', nama: 'Aktivitas harian', jenis: 'INPUT', bobot: '20' };
 * ```
 */
export type TppKomponen = z.output<typeof TppKomponenSchema>;

/**
 * A kind of hukuman disiplin that cuts the TPP: `persen` for `lamaBulan` months from the month it
 * starts (PP 94/2021, hukuman disiplin sedang: 25 % for 6, 9 or 12 months).
 *
 * @example
 * ```ts
 * TppHukumanDisiplinSchema.parse({ kode: 'SEDANG_6', uraian: 'Potongan 25% selama 6 bulan', persen: '25', lamaBulan: 6 });
 * ```
 */
export const TppHukumanDisiplinSchema = z.strictObject({
  kode: IdSchema,
  uraian: z.string().trim().min(1),
  persen: PositivePersenSchema,
  lamaBulan: z.number().int().min(1).max(120),
});

/**
 * A kind of hukuman disiplin, see {@link TppHukumanDisiplinSchema}.
 *
 * @example
 * ```ts
 * const h: TppHukumanDisiplin = { kode: 'SEDANG_12', uraian: 'Potongan 25% selama 12 bulan', persen: '25', lamaBulan: 12 };
 * ```
 */
export type TppHukumanDisiplin = z.output<typeof TppHukumanDisiplinSchema>;

/**
 * How an agency computes the monthly TPP (tambahan penghasilan pegawai), as data; no region's
 * formula is built in:
 *
 * - `pagu`: the full monthly TPP in rupiah per kelas jabatan (`'1'`–`'17'`) and/or per pegawai id
 *   (at least one table);
 * - `komponen`: the components with their weights (adding up to 100, else `bobot_total_invalid`), see
 *   {@link TppKomponenSchema};
 * - `hukumanDisiplin` (optional): the hukuman disiplin that cut the TPP, as a percentage of the
 *   `BRUTO` or of the TPP after the disiplin deductions (`SETELAH_POTONGAN`);
 * - `pembulatan`: the rounding of every rupiah amount (default whole rupiah, half-up).
 *
 * Beyond the shape: codes are unique (components, deduction rows, hukuman), a kelompok of minute
 * bands belongs to one component with distinct `batasMenit`, and tables are monotonic (a better
 * predikat or capaian never pays less, a longer band never deducts less: `tabel_not_monotonic`).
 *
 * @example
 * ```ts
 * const r = parseTppConfig(JSON.parse(readFileSync('tpp.json', 'utf8')));
 * if (!r.ok) console.error(formatIssues(r.issues));
 * ```
 */
export const TppConfigSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  name: LocalizedTextSchema,
  sources: z.array(z.string()).default([]),
  pagu: z.strictObject({
    perKelasJabatan: z.partialRecord(z.enum(KELAS_JABATAN), NonNegativeDecimalSchema).optional(),
    perPegawai: z.record(IdSchema, NonNegativeDecimalSchema).optional(),
  }),
  komponen: z.array(TppKomponenSchema).min(1),
  hukumanDisiplin: z
    .strictObject({
      dasar: z.enum(['BRUTO', 'SETELAH_POTONGAN']),
      jenis: z.array(TppHukumanDisiplinSchema).min(1),
    })
    .optional(),
  pembulatan: RoundingSchema.default({ scale: 0, mode: 'HALF_UP' }),
});

/**
 * A TPP configuration as written in JSON or code.
 *
 * @example
 * ```ts
 * const input: TppConfigInput = JSON.parse(text);
 * ```
 */
export type TppConfigInput = z.input<typeof TppConfigSchema>;

/**
 * A validated TPP configuration (decimals as canonical strings, defaults filled in).
 *
 * @example
 * ```ts
 * const r = parseTppConfig(input);
 * if (r.ok) { const config: TppConfig = r.value; config.pembulatan; }
 * ```
 */
export type TppConfig = z.output<typeof TppConfigSchema>;

/** The predikat from the worst to the best. */
const WORST_FIRST = [...PREDIKATS].reverse();

function checkKomponen(config: TppConfig, issues: Issue[]): void {
  const kodes = new Set<string>();
  const potonganKodes = new Set<string>();
  const kelompokOwner = new Map<string, number>();
  let total = new Decimal(0);
  config.komponen.forEach((k, i) => {
    const at = ['komponen', i] as const;
    if (kodes.has(k.kode)) issues.push(issue('duplicate_id', [...at, 'kode'], { id: k.kode }));
    kodes.add(k.kode);
    total = total.plus(k.bobot);
    if (k.jenis === 'KINERJA' && k.dasar === 'PREDIKAT') {
      issues.push(
        ...monotonicIssues(
          WORST_FIRST.map((p) => ({ key: p, persen: k.tabel[p], path: [...at, 'tabel', p] })),
        ),
      );
    } else if (k.jenis === 'KINERJA') {
      const seen = new Set<string>();
      const rows = k.tabel.map((row, j) => ({ row, path: [...at, 'tabel', j] as const }));
      for (const { row, path } of rows) {
        if (seen.has(row.capaianMinimal)) {
          issues.push(issue('duplicate_id', [...path, 'capaianMinimal'], { id: row.capaianMinimal }));
        }
        seen.add(row.capaianMinimal);
      }
      rows.sort((a, b) => new Decimal(a.row.capaianMinimal).cmp(b.row.capaianMinimal));
      issues.push(
        ...monotonicIssues(
          rows.map(({ row, path }) => ({
            key: row.capaianMinimal,
            persen: row.persen,
            path: [...path, 'persen'],
          })),
        ),
      );
    } else if (k.jenis === 'DISIPLIN') {
      const bands = new Map<
        string,
        { kode: string; batasMenit: number; persen: string; path: Issue['path'] }[]
      >();
      k.potongan.forEach((row, j) => {
        const path = [...at, 'potongan', j] as const;
        if (potonganKodes.has(row.kode))
          issues.push(issue('duplicate_id', [...path, 'kode'], { id: row.kode }));
        potonganKodes.add(row.kode);
        if (row.kelompok === undefined && row.batasMenit === undefined) return;
        if (row.kelompok === undefined) {
          issues.push(issue('required', [...path, 'kelompok'], {}));
          return;
        }
        if (row.batasMenit === undefined) {
          issues.push(issue('required', [...path, 'batasMenit'], {}));
          return;
        }
        if (row.satuan !== 'KEJADIAN') {
          issues.push(
            issue('invalid_value', [...path, 'satuan'], { options: ['KEJADIAN'], received: row.satuan }),
          );
        }
        const owner = kelompokOwner.get(row.kelompok);
        if (owner !== undefined && owner !== i) {
          issues.push(issue('duplicate_id', [...path, 'kelompok'], { id: row.kelompok }));
          return;
        }
        kelompokOwner.set(row.kelompok, i);
        const list = bands.get(row.kelompok) ?? [];
        if (list.some((b) => b.batasMenit === row.batasMenit)) {
          issues.push(
            issue('duplicate_id', [...path, 'batasMenit'], { id: `${row.kelompok}@${row.batasMenit}` }),
          );
          return;
        }
        list.push({
          kode: row.kode,
          batasMenit: row.batasMenit,
          persen: row.persen,
          path: [...path, 'persen'],
        });
        bands.set(row.kelompok, list);
      });
      for (const list of bands.values()) {
        list.sort((a, b) => a.batasMenit - b.batasMenit);
        issues.push(...monotonicIssues(list.map((b) => ({ key: b.kode, persen: b.persen, path: b.path }))));
      }
    }
  });
  if (!total.eq(100))
    issues.push(issue('bobot_total_invalid', ['komponen'], { total: toCanonical(total), expected: '100' }));
}

function check(config: TppConfig): Issue[] {
  const issues: Issue[] = [];
  if (config.pagu.perKelasJabatan === undefined && config.pagu.perPegawai === undefined) {
    issues.push(issue('required', ['pagu', 'perKelasJabatan'], {}));
  }
  checkKomponen(config, issues);
  const hukuman = new Set<string>();
  config.hukumanDisiplin?.jenis.forEach((h, i) => {
    if (hukuman.has(h.kode))
      issues.push(issue('duplicate_id', ['hukumanDisiplin', 'jenis', i, 'kode'], { id: h.kode }));
    hukuman.add(h.kode);
  });
  return issues;
}

const CONFIGS = validatedConfigs(TppConfigSchema, check);

/**
 * Validates a TPP configuration (see {@link TppConfigSchema}): never throws, reports every
 * problem with its path. The value returned is frozen and is not validated again when passed to
 * {@link hitungTpp}.
 *
 * @param input - the configuration, of any shape (e.g. parsed JSON).
 * @returns the validated configuration, or the issues.
 * @example
 * ```ts
 * const r = parseTppConfig({ ...config, komponen: [{ ...kinerja, bobot: '70' }, disiplin] });
 * if (!r.ok) r.issues[0].code; // 'bobot_total_invalid' (70 + 40 = 110)
 * ```
 */
export function parseTppConfig(input: unknown): Result<TppConfig> {
  return CONFIGS.parse(input);
}

/** @internal The config itself when it was validated before, else its validation (paths under `config`). */
export function resolveTppConfig(input: unknown): Result<TppConfig> {
  return CONFIGS.resolve(input);
}
