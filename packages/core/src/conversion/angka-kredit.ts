import { z } from 'zod';
import { Decimal, toCanonical } from '../decimal/decimal';
import { roundDecimal } from '../decimal/rounding';
import { parseWith } from '../issues/from-zod';
import { ok, type Result } from '../issues/result';
import { type Jenjang, JenjangSchema } from '../model/jabatan';
import { type Predikat, PredikatSchema } from '../model/predikat';
import { rulePackRef } from '../rules/rule-pack-ref';
import { KONVERSI_ANGKA_KREDIT } from './konversi-angka-kredit';
import {
  type KonversiAngkaKreditConfig,
  resolveKonversiAngkaKreditConfig,
} from './konversi-angka-kredit-config';
import type { AngkaKreditStep, AngkaKreditTraceStep, KonversiTrace } from './konversi-trace';

/**
 * One period of a jabatan fungsional to convert: the jenjang held, the predikat kinerja of the
 * period and its length in months (1–12).
 *
 * @example
 * ```ts
 * AngkaKreditInputSchema.parse({ jenjang: 'AHLI_MUDA', predikat: 'SANGAT_BAIK', bulan: 6 });
 * ```
 */
export const AngkaKreditInputSchema = z.object({
  jenjang: JenjangSchema,
  predikat: PredikatSchema,
  bulan: z.number().int().min(1).max(12),
});

/**
 * One period to convert into angka kredit, see {@link AngkaKreditInputSchema}.
 *
 * @example
 * ```ts
 * const input: AngkaKreditInput = { jenjang: 'TERAMPIL', predikat: 'BUTUH_PERBAIKAN', bulan: 5 };
 * ```
 */
export type AngkaKreditInput = z.output<typeof AngkaKreditInputSchema>;

/**
 * The angka kredit of one period with its trace.
 *
 * @example
 * ```ts
 * const r = angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 12 });
 * if (r.ok) r.value.angkaKredit; // '12.5'
 * ```
 */
export interface HasilAngkaKredit {
  /** Rounded per the configuration, canonical (`'12.5'`; shown as 12,50). */
  readonly angkaKredit: string;
  /** The exact value before rounding (`'1.5625'`). */
  readonly tepat: string;
  readonly trace: KonversiTrace<AngkaKreditTraceStep>;
}

/** @internal The exact angka kredit of one period: bulan × % × koefisien / 1200 (one division). */
export function angkaKreditTepat(config: KonversiAngkaKreditConfig, period: AngkaKreditInput): Decimal {
  return numerator(config, period).div(1200);
}

/** @internal bulan × persentase × koefisien: sums of these divide once, so sums stay exact. */
export function numerator(config: KonversiAngkaKreditConfig, period: AngkaKreditInput): Decimal {
  return new Decimal(period.bulan)
    .times(config.persentasePredikat[period.predikat])
    .times(config.koefisienTahunan[period.jenjang]);
}

/** @internal The trace step of one period. */
export function angkaKreditStep(
  config: KonversiAngkaKreditConfig,
  period: { jenjang: Jenjang; predikat: Predikat; bulan: number },
  periodeKe?: number,
): { step: AngkaKreditStep; tepat: Decimal; dibulatkan: Decimal } {
  const tepat = angkaKreditTepat(config, period);
  const dibulatkan = roundDecimal(tepat, config.rounding);
  const step: AngkaKreditStep = {
    kind: 'angka_kredit',
    ...(periodeKe === undefined ? {} : { periodeKe }),
    jenjang: period.jenjang,
    predikat: period.predikat,
    bulan: period.bulan,
    persentase: config.persentasePredikat[period.predikat],
    koefisien: config.koefisienTahunan[period.jenjang],
    tepat: toCanonical(tepat),
    angkaKredit: toCanonical(dibulatkan),
  };
  return { step, tepat, dibulatkan };
}

/**
 * The angka kredit a pejabat fungsional earns for one period from its predikat kinerja (Peraturan
 * BKN 3/2023; PermenPANRB 1/2023; regulations §1.12):
 *
 * $$AK = \frac{\text{bulan}}{12} \times \frac{\text{persentasePredikat}}{100} \times \text{koefisienTahunan}$$
 *
 * computed exactly and rounded per the configuration (2 decimals, half-up by default). For
 * several periods (a year split by a mutasi, monthly or quarterly predikat) use
 * {@link angkaKreditKumulatif}, which rounds the sum once.
 *
 * @param input - `{ jenjang, predikat, bulan }` (bulan 1–12), of any shape: it is validated.
 * @param config - the conversion tables (default {@link KONVERSI_ANGKA_KREDIT}); validated unless
 *   it came from {@link parseKonversiAngkaKreditConfig}.
 * @returns the angka kredit (canonical), the exact value and the trace, or the issues.
 * @example
 * ```ts
 * angkaKredit({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 12 });           // angkaKredit '12.5'
 * angkaKredit({ jenjang: 'AHLI_MUDA', predikat: 'SANGAT_BAIK', bulan: 6 });        // '18.75'
 * angkaKredit({ jenjang: 'TERAMPIL', predikat: 'BUTUH_PERBAIKAN', bulan: 5 });     // '1.56' (1.5625)
 * ```
 */
export function angkaKredit(
  input: unknown,
  config: unknown = KONVERSI_ANGKA_KREDIT,
): Result<HasilAngkaKredit> {
  const c = resolveKonversiAngkaKreditConfig(config);
  if (!c.ok) return c;
  const parsed = parseWith(AngkaKreditInputSchema, input);
  if (!parsed.ok) return parsed;
  const { step, tepat, dibulatkan } = angkaKreditStep(c.value, parsed.value);
  return ok({
    angkaKredit: toCanonical(dibulatkan),
    tepat: toCanonical(tepat),
    trace: { config: rulePackRef(c.value), steps: [step], flags: [] },
  });
}
