import { z } from 'zod';
import type { Decimal } from '../../decimal/decimal';
import { toCanonical } from '../../decimal/decimal';
import { roundDecimal, ZERO } from '../../decimal/rounding';
import { parseWith } from '../../issues/from-zod';
import { ok, type Result } from '../../issues/result';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { NonNegativeDecimalSchema } from './non-negative-decimal';
import { newTrace82021, type Trace82021 } from './trace-8-2021';

/**
 * The input of {@link nilaiPeriodikSkp82021}: the nilai of each rencana aksi (action plan) of the
 * period and of each measured kinerja utama, decimal strings or finite numbers ≥ 0, at least one
 * of each.
 *
 * @example
 * ```ts
 * NilaiPeriodikSkp82021InputSchema.parse({ nilaiRencanaAksi: ['100', '90'], nilaiKinerjaUtamaTerukur: ['88'] });
 * ```
 */
export const NilaiPeriodikSkp82021InputSchema = z.strictObject({
  nilaiRencanaAksi: z.array(NonNegativeDecimalSchema).min(1),
  nilaiKinerjaUtamaTerukur: z.array(NonNegativeDecimalSchema).min(1),
});

/**
 * The input of {@link nilaiPeriodikSkp82021}, as written.
 *
 * @example
 * ```ts
 * const input: NilaiPeriodikSkp82021Input = { nilaiRencanaAksi: [100, 90], nilaiKinerjaUtamaTerukur: ['88'] };
 * ```
 */
export type NilaiPeriodikSkp82021Input = z.input<typeof NilaiPeriodikSkp82021InputSchema>;

/**
 * The periodic nilai SKP under 8/2021, with a trace.
 *
 * @example
 * ```ts
 * const r = nilaiPeriodikSkp82021({ nilaiRencanaAksi: ['100', '90'], nilaiKinerjaUtamaTerukur: ['88'] });
 * if (r.ok) r.value.nilai; // '91.5'
 * ```
 */
export interface NilaiPeriodikSkp82021 {
  readonly rataRataRencanaAksi: string;
  readonly rataRataKinerjaUtamaTerukur: string;
  /** The exact periodic nilai SKP. */
  readonly nilai: string;
  /** Rounded per the pack's `rounding.nilai` (presentation only). */
  readonly nilaiDibulatkan: string;
  readonly trace: Trace82021;
}

function sum(values: readonly string[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/**
 * The periodic nilai SKP (nilai periodik SKP) under PermenPANRB 8/2021 (Lampiran, p. 75): the
 * mean of the mean nilai of the rencana aksi and the mean nilai of the measured kinerja utama,
 * with the pack's `periodik` weights (50/50):
 *
 * $$\text{Nilai periodik SKP} = \frac{\overline{N}_{rencana\ aksi} + \overline{N}_{kinerja\ utama\ terukur}}{2}$$
 *
 * @param input - see {@link NilaiPeriodikSkp82021InputSchema}; validated.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns the two means and the periodic nilai with a trace, or the issues (`too_small` for an
 *   empty list or a negative nilai, shape issues).
 * @example
 * ```ts
 * const r = nilaiPeriodikSkp82021({ nilaiRencanaAksi: ['110'], nilaiKinerjaUtamaTerukur: ['109', '88'] });
 * if (r.ok) r.value.nilai; // '104.25'
 * ```
 */
export function nilaiPeriodikSkp82021(
  input: NilaiPeriodikSkp82021Input,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): Result<NilaiPeriodikSkp82021> {
  const parsed = parseWith(NilaiPeriodikSkp82021InputSchema, input);
  if (!parsed.ok) return parsed;
  const { nilaiRencanaAksi, nilaiKinerjaUtamaTerukur } = parsed.value;
  const nRa = nilaiRencanaAksi.length;
  const nKu = nilaiKinerjaUtamaTerukur.length;
  const sumRa = sum(nilaiRencanaAksi);
  const sumKu = sum(nilaiKinerjaUtamaTerukur);
  const ra = sumRa.div(nRa);
  const ku = sumKu.div(nKu);
  const w = pack.compiled.periodik;
  // One division over a common denominator: the nilai is exact up to the last digit.
  const nilai = sumRa
    .times(w.rencanaAksi)
    .times(nKu)
    .plus(sumKu.times(w.kinerjaUtamaTerukur).times(nRa))
    .div(nRa * nKu);
  const trace = newTrace82021(pack);
  const text = {
    rataRataRencanaAksi: toCanonical(ra),
    rataRataKinerjaUtamaTerukur: toCanonical(ku),
    nilai: toCanonical(nilai),
  };
  trace.steps.push({ kind: 'nilai_periodik_skp_82021', ...text, bobot: pack.definition.periodik });
  return ok({
    ...text,
    nilaiDibulatkan: toCanonical(roundDecimal(nilai, pack.definition.rounding.nilai)),
    trace,
  });
}
