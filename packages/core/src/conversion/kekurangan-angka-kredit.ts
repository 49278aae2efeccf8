import { z } from 'zod';
import { Decimal, toCanonical } from '../decimal/decimal';
import { roundDecimal } from '../decimal/rounding';
import { parseWith } from '../issues/from-zod';
import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { JenjangSchema } from '../model/jabatan';
import { PredikatSchema } from '../model/predikat';
import { rulePackRef } from '../rules/rule-pack-ref';
import { NonNegativeDecimalSchema } from './decimal-bounds';
import { KONVERSI_ANGKA_KREDIT } from './konversi-angka-kredit';
import { resolveKonversiAngkaKreditConfig } from './konversi-angka-kredit-config';
import type { AngkaKreditTraceStep, KonversiTrace } from './konversi-trace';

/**
 * The input of {@link kekuranganAngkaKredit}: the jenjang, the angka kredit held (cumulative, as
 * set in the last penetapan) and, for an estimate of the months still needed, a predikat.
 *
 * @example
 * ```ts
 * KekuranganAngkaKreditInputSchema.parse({ jenjang: 'AHLI_PERTAMA', angkaKredit: '37.5', predikat: 'BAIK' });
 * ```
 */
export const KekuranganAngkaKreditInputSchema = z.object({
  jenjang: JenjangSchema,
  angkaKredit: NonNegativeDecimalSchema,
  predikat: PredikatSchema.optional(),
});

/**
 * The input of {@link kekuranganAngkaKredit} as callers write it.
 *
 * @example
 * ```ts
 * const input: KekuranganAngkaKreditInput = { jenjang: 'AHLI_MUDA', angkaKredit: 62.5 };
 * ```
 */
export type KekuranganAngkaKreditInput = z.input<typeof KekuranganAngkaKreditInputSchema>;

/**
 * How far a pejabat fungsional is from the angka kredit a kenaikan pangkat needs.
 *
 * @example
 * ```ts
 * const r = kekuranganAngkaKredit({ jenjang: 'AHLI_PERTAMA', angkaKredit: '37.5', predikat: 'BAIK' });
 * if (r.ok) [r.value.kekurangan, r.value.estimasiBulan]; // ['12.5', 12]
 * ```
 */
export interface KekuranganAngkaKredit {
  /** The angka kredit the kenaikan pangkat needs (`kebutuhanKenaikanPangkat`). */
  readonly kebutuhan: string;
  /** The angka kredit held (canonical). */
  readonly dimiliki: string;
  /** `max(0, kebutuhan − dimiliki)`. */
  readonly kekurangan: string;
  readonly terpenuhi: boolean;
  /**
   * With a predikat: the fewest months, as one period at this jenjang and predikat, whose rounded
   * angka kredit covers the shortfall (0 when nothing is missing); `null` without a predikat or
   * when that predikat earns nothing.
   */
  readonly estimasiBulan: number | null;
  readonly trace: KonversiTrace<AngkaKreditTraceStep>;
}

/**
 * What a pejabat fungsional still needs for a kenaikan pangkat (promotion in rank): the
 * configuration's `kebutuhanKenaikanPangkat` for the jenjang (50 / 100 / 150 / 200 for Ahli
 * Pertama / Muda / Madya / Utama [S21]) minus the angka kredit held, and optionally how many
 * months at a given predikat would close the gap:
 *
 * $$\text{kekurangan} = \max(0, \text{kebutuhan} - AK) \qquad \text{estimasiBulan} = \min\{n : \text{round}\left(\tfrac{n}{12} \times \tfrac{\%}{100} \times k\right) \ge \text{kekurangan}\}$$
 *
 * A jenjang without a threshold in the configuration (the keterampilan jenjang by default) is
 * the issue `kebutuhan_angka_kredit_missing`.
 *
 * @param input - `{ jenjang, angkaKredit, predikat? }`, of any shape: validated.
 * @param config - the conversion tables (default {@link KONVERSI_ANGKA_KREDIT}).
 * @returns the threshold, the shortfall, whether it is met, the estimate and the trace, or the issues.
 * @example
 * ```ts
 * const r = kekuranganAngkaKredit({ jenjang: 'AHLI_MUDA', angkaKredit: '62.5', predikat: 'SANGAT_BAIK' });
 * if (r.ok) r.value; // { kebutuhan: '100', kekurangan: '37.5', terpenuhi: false, estimasiBulan: 12, … }
 * ```
 */
export function kekuranganAngkaKredit(
  input: unknown,
  config: unknown = KONVERSI_ANGKA_KREDIT,
): Result<KekuranganAngkaKredit> {
  const c = resolveKonversiAngkaKreditConfig(config);
  if (!c.ok) return c;
  const parsed = parseWith(KekuranganAngkaKreditInputSchema, input);
  if (!parsed.ok) return parsed;
  const cfg = c.value;
  const { jenjang, predikat } = parsed.value;
  const threshold = cfg.kebutuhanKenaikanPangkat[jenjang];
  if (threshold === undefined) {
    return fail([issue('kebutuhan_angka_kredit_missing', ['jenjang'], { jenjang })]);
  }
  const kebutuhan = new Decimal(threshold);
  const dimiliki = new Decimal(parsed.value.angkaKredit);
  const kekurangan = Decimal.max(0, kebutuhan.minus(dimiliki));

  let perBulan: Decimal | null = null;
  let estimasiBulan: number | null = null;
  if (predikat !== undefined) {
    const perBulanNumerator = new Decimal(cfg.persentasePredikat[predikat]).times(
      cfg.koefisienTahunan[jenjang],
    );
    perBulan = perBulanNumerator.div(1200);
    if (kekurangan.isZero()) estimasiBulan = 0;
    else if (!perBulanNumerator.isZero()) {
      // From the exact bound, adjust for rounding: up while a rounding down falls short, down
      // while a rounding up still covers the shortfall (a step or two at most).
      let n = Math.max(1, kekurangan.times(1200).div(perBulanNumerator).ceil().toNumber());
      const covers = (m: number) =>
        roundDecimal(perBulanNumerator.times(m).div(1200), cfg.rounding).gte(kekurangan);
      while (!covers(n)) n++;
      while (n > 1 && covers(n - 1)) n--;
      estimasiBulan = n;
    }
  }
  return ok({
    kebutuhan: toCanonical(kebutuhan),
    dimiliki: toCanonical(dimiliki),
    kekurangan: toCanonical(kekurangan),
    terpenuhi: kekurangan.isZero(),
    estimasiBulan,
    trace: {
      config: rulePackRef(cfg),
      steps: [
        {
          kind: 'kekurangan_angka_kredit',
          jenjang,
          kebutuhan: toCanonical(kebutuhan),
          dimiliki: toCanonical(dimiliki),
          kekurangan: toCanonical(kekurangan),
          predikat: predikat ?? null,
          angkaKreditPerBulan: perBulan === null ? null : toCanonical(perBulan),
          estimasiBulan,
        },
      ],
      flags: [],
    },
  });
}
