import { toCanonical } from '../decimal/decimal';
import type { Akumulasi } from '../model/indikator';
import type { TargetDecimal } from './capaian-formula';
import type { TargetNumerik, Trace } from './trace';

/**
 * @internal The target of one periodic window from the annual target (6/2022 has no periodic
 * targets in the model; decision reported to the lead): `JUMLAH` (counts per window) → the
 * annual target ÷ n; `TERAKHIR` (cumulative figures) → × k ÷ n; `RATA_RATA` (rates) → the annual
 * target. Both ends of a range scale alike. Appends a `target_periodik` step.
 *
 * $$T_k = T \times \frac{k}{n} \ (\text{TERAKHIR}) \qquad T_k = \frac{T}{n} \ (\text{JUMLAH})$$
 */
export function targetPeriodik(
  indikatorId: string,
  akumulasi: Akumulasi,
  target: TargetDecimal,
  targetTahunan: TargetNumerik,
  periodeKe: number,
  jumlahPeriode: number,
  trace: Trace,
): { readonly target: TargetDecimal; readonly trace: TargetNumerik } {
  const k = akumulasi === 'JUMLAH' ? 1 : akumulasi === 'TERAKHIR' ? periodeKe : jumlahPeriode;
  let scaled = target;
  let scaledTrace = targetTahunan;
  if (k !== jumlahPeriode) {
    const min = target.min.times(k).div(jumlahPeriode);
    const max = target.rentang ? target.max.times(k).div(jumlahPeriode) : min;
    scaled = { min, max, rentang: target.rentang };
    scaledTrace = target.rentang
      ? { jenis: 'RENTANG', min: toCanonical(min), max: toCanonical(max) }
      : { jenis: 'TUNGGAL', nilai: toCanonical(min) };
  }
  trace.steps.push({
    kind: 'target_periodik',
    indikatorId,
    akumulasi,
    periodeKe,
    jumlahPeriode,
    targetTahunan,
    target: scaledTrace,
  });
  return { target: scaled, trace: scaledTrace };
}
