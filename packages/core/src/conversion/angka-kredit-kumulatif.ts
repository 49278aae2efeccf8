import { z } from 'zod';
import { Decimal, toCanonical } from '../decimal/decimal';
import { roundDecimal } from '../decimal/rounding';
import { parseWith } from '../issues/from-zod';
import { type Issue, issue } from '../issues/issue';
import { ok, type Result } from '../issues/result';
import type { Jenjang } from '../model/jabatan';
import type { Predikat } from '../model/predikat';
import { addIssues } from '../model/refine';
import { rulePackRef } from '../rules/rule-pack-ref';
import { AngkaKreditInputSchema, angkaKreditStep, numerator } from './angka-kredit';
import { NonNegativeDecimalSchema } from './decimal-bounds';
import { KONVERSI_ANGKA_KREDIT } from './konversi-angka-kredit';
import { resolveKonversiAngkaKreditConfig } from './konversi-angka-kredit-config';
import type { AngkaKreditTraceStep, KonversiTrace } from './konversi-trace';

/**
 * The months of the periods of each `tahun` must not exceed 12: one `bulan_exceeds_year` per
 * year, at the period where the running total first passes 12, with the year's total.
 */
function monthsPerYear(periode: readonly { bulan: number; tahun?: number | undefined }[]): Issue[] {
  const total = new Map<number, number>();
  for (const p of periode) if (p.tahun !== undefined) total.set(p.tahun, (total.get(p.tahun) ?? 0) + p.bulan);
  const running = new Map<number, number>();
  const issues: Issue[] = [];
  periode.forEach((p, i) => {
    if (p.tahun === undefined) return;
    const before = running.get(p.tahun) ?? 0;
    running.set(p.tahun, before + p.bulan);
    if (before <= 12 && before + p.bulan > 12) {
      issues.push(
        issue('bulan_exceeds_year', ['periode', i, 'bulan'], { tahun: p.tahun, bulan: total.get(p.tahun)! }),
      );
    }
  });
  return issues;
}

/**
 * The input of {@link angkaKreditKumulatif}: the angka kredit held before (`angkaKreditAwal`,
 * default 0) and one or more periods `{ jenjang, predikat, bulan, tahun? }`. When periods name
 * their `tahun`, the months of one year must not exceed 12 (`bulan_exceeds_year`).
 *
 * @example
 * ```ts
 * AngkaKreditKumulatifInputSchema.parse({
 *   angkaKreditAwal: '37.5',
 *   periode: [
 *     { tahun: 2026, jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 4 },
 *     { tahun: 2026, jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 8 },
 *   ],
 * });
 * ```
 */
export const AngkaKreditKumulatifInputSchema = z
  .object({
    angkaKreditAwal: NonNegativeDecimalSchema.default('0'),
    periode: z
      .array(AngkaKreditInputSchema.extend({ tahun: z.number().int().min(1900).max(9999).optional() }))
      .min(1),
  })
  .superRefine((v, ctx) => addIssues(ctx, monthsPerYear(v.periode)));

/**
 * The input of {@link angkaKreditKumulatif} as callers write it.
 *
 * @example
 * ```ts
 * const input: AngkaKreditKumulatifInput = { periode: [{ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 }] };
 * ```
 */
export type AngkaKreditKumulatifInput = z.input<typeof AngkaKreditKumulatifInputSchema>;

/**
 * One period of an {@link angkaKreditKumulatif} result.
 *
 * @example
 * ```ts
 * const p: AngkaKreditPeriode = { jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 3, angkaKredit: '4.69', tepat: '4.6875' };
 * ```
 */
export interface AngkaKreditPeriode {
  readonly tahun?: number;
  readonly jenjang: Jenjang;
  readonly predikat: Predikat;
  readonly bulan: number;
  /** The period alone, rounded. */
  readonly angkaKredit: string;
  readonly tepat: string;
}

/**
 * The angka kredit of several periods together with its trace.
 *
 * @example
 * ```ts
 * const r = angkaKreditKumulatif({ periode: [{ jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 12 }] });
 * if (r.ok) r.value.angkaKredit; // '18.75'
 * ```
 */
export interface HasilAngkaKreditKumulatif {
  /** `angkaKreditAwal` plus the periods, rounded per `pembulatanKumulatif`. */
  readonly angkaKredit: string;
  /** The exact total. */
  readonly tepat: string;
  /** The periods earned, without `angkaKreditAwal`, rounded the same way. */
  readonly angkaKreditBaru: string;
  readonly perPeriode: readonly AngkaKreditPeriode[];
  readonly trace: KonversiTrace<AngkaKreditTraceStep>;
}

/**
 * The angka kredit of several periods — a year split by a mutasi or a change of jenjang, monthly
 * or quarterly predikat, or several years — added to the angka kredit held before:
 *
 * $$AK = AK_{awal} + \sum_i \frac{\text{bulan}_i}{12} \times \frac{\text{persentase}_i}{100} \times \text{koefisien}_i$$
 *
 * With `pembulatanKumulatif: 'TOTAL'` (default) the exact sum is rounded once, so a year split into
 * twelve months gives the same total as the whole year; with `'PER_PERIODE'` each period is
 * rounded first (as when every period had its own official conversion) and the rounded values
 * are added (decision 0015).
 *
 * @param input - see {@link AngkaKreditKumulatifInputSchema}; of any shape, validated.
 * @param config - the conversion tables (default {@link KONVERSI_ANGKA_KREDIT}).
 * @returns the total, the new angka kredit, each period and the trace, or the issues.
 * @example
 * ```ts
 * // Ahli Pertama, Sangat Baik, quarter by quarter: 4 × 4.6875 = 18.75 (not 4 × 4.69 = 18.76).
 * const q = { jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 3 } as const;
 * const r = angkaKreditKumulatif({ periode: [q, q, q, q] });
 * if (r.ok) r.value.angkaKredit; // '18.75'
 * ```
 */
export function angkaKreditKumulatif(
  input: unknown,
  config: unknown = KONVERSI_ANGKA_KREDIT,
): Result<HasilAngkaKreditKumulatif> {
  const c = resolveKonversiAngkaKreditConfig(config);
  if (!c.ok) return c;
  const parsed = parseWith(AngkaKreditKumulatifInputSchema, input);
  if (!parsed.ok) return parsed;
  const cfg = c.value;
  const steps: AngkaKreditTraceStep[] = [];
  const perPeriode: AngkaKreditPeriode[] = [];
  let sumNumerator = new Decimal(0);
  let sumRounded = new Decimal(0);
  let jumlahBulan = 0;
  parsed.value.periode.forEach((p, i) => {
    const { step, tepat, dibulatkan } = angkaKreditStep(cfg, p, i);
    steps.push(step);
    perPeriode.push({
      ...(p.tahun === undefined ? {} : { tahun: p.tahun }),
      jenjang: p.jenjang,
      predikat: p.predikat,
      bulan: p.bulan,
      angkaKredit: toCanonical(dibulatkan),
      tepat: toCanonical(tepat),
    });
    sumNumerator = sumNumerator.plus(numerator(cfg, p));
    sumRounded = sumRounded.plus(dibulatkan);
    jumlahBulan += p.bulan;
  });
  const awal = new Decimal(parsed.value.angkaKreditAwal);
  const baruTepat = sumNumerator.div(1200);
  const tepat = awal.plus(baruTepat);
  const total =
    cfg.pembulatanKumulatif === 'TOTAL' ? roundDecimal(tepat, cfg.rounding) : awal.plus(sumRounded);
  const baru = cfg.pembulatanKumulatif === 'TOTAL' ? roundDecimal(baruTepat, cfg.rounding) : sumRounded;
  steps.push({
    kind: 'angka_kredit_kumulatif',
    pembulatan: cfg.pembulatanKumulatif,
    angkaKreditAwal: parsed.value.angkaKreditAwal,
    jumlahBulan,
    tepat: toCanonical(tepat),
    angkaKredit: toCanonical(total),
  });
  return ok({
    angkaKredit: toCanonical(total),
    tepat: toCanonical(tepat),
    angkaKreditBaru: toCanonical(baru),
    perPeriode,
    trace: { config: rulePackRef(cfg), steps, flags: [] },
  });
}
