import { Decimal, toCanonical } from '../decimal/decimal';
import type { Akumulasi } from '../model/indikator';
import type { Realisasi } from '../model/realisasi';
import type { Trace } from './trace';

const byPeriode = (a: Realisasi, b: Realisasi): number => a.periodeKe - b.periodeKe;

/**
 * @internal The annual realisasi of an indikator from its periodic realisasi (each with a
 * `nilai`, at least one): `JUMLAH` the sum, `RATA_RATA` the mean of the reported periods,
 * `TERAKHIR` the value of the latest reported period. Periods without realisasi add nothing.
 * Appends a `realisasi_tahunan` step.
 *
 * @returns the annual realisasi and its canonical text.
 */
export function realisasiTahunan(
  indikatorId: string,
  akumulasi: Akumulasi,
  list: readonly Realisasi[],
  trace: Trace,
): { readonly value: Decimal; readonly text: string } {
  const sorted = list.length > 1 ? list.slice().sort(byPeriode) : list;
  let value: Decimal;
  let text: string | null = null;
  if (akumulasi === 'TERAKHIR' || sorted.length === 1) {
    // Validated input is canonical already.
    text = sorted[sorted.length - 1]!.nilai!;
    value = new Decimal(text);
  } else {
    let sum = new Decimal(sorted[0]!.nilai!);
    for (let i = 1; i < sorted.length; i++) sum = sum.plus(sorted[i]!.nilai!);
    value = akumulasi === 'JUMLAH' ? sum : sum.div(sorted.length);
  }
  if (text === null) text = toCanonical(value);
  trace.steps.push({
    kind: 'realisasi_tahunan',
    indikatorId,
    akumulasi,
    periode: sorted.map((r) => ({ periodeKe: r.periodeKe, nilai: r.nilai! })),
    realisasi: text,
  });
  return { value, text };
}
