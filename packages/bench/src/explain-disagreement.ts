import { evaluateTahunan, type RulePack62022 } from '@kinerja/core';
import type { DisagreementSample } from './disagreement';
import { floatCapaianRhk } from './impl/float';
import { floatRulesOf } from './impl/float-rules';
import { evaluasiDataOf } from './impl/kinerja';
import { toNumericForm } from './impl/numeric-form';

/** One RHK whose rounded capaian differs between decimal and floating point. */
export interface RhkDifference {
  readonly rhkId: string;
  /** The exact mean capaian (decimal.js, canonical) and the value compared with the thresholds (rounded by the pack). */
  readonly decimal: string;
  readonly decimalCompared: string;
  /**
   * The floating-point mean capaian as `Number` computes it, and the value compared with the
   * thresholds: `Math.round(x * 100) / 100` of it when the pack compares rounded, else the same.
   */
  readonly float: number;
  readonly floatRounded: number;
}

/** A disagreement with the values that explain it (ready for JSON: no input objects). */
export interface ExplainedDisagreement {
  readonly ns: string;
  readonly skpId: string;
  readonly pendekatan: string;
  readonly reference: DisagreementSample['reference'];
  readonly other: DisagreementSample['other'];
  /** The RHK whose rounded capaian differ (empty when the disagreement lies elsewhere). */
  readonly rhk: readonly RhkDifference[];
}

/**
 * Explains a disagreement with the values: the pegawai is scored again with the public API (exact
 * decimals, trace) and in floating point, and every RHK whose compared capaian differ is listed
 * with both — e.g. decimal 100.995 → 101, float 100.99499999999999 → 100.99.
 *
 * @param sample - a disagreement, with its input.
 * @param pack - the pack it was scored under.
 * @returns the disagreement with its values.
 */
export function explainDisagreement(sample: DisagreementSample, pack: RulePack62022): ExplainedDisagreement {
  const base = {
    ns: sample.ns,
    skpId: sample.skpId,
    pendekatan: sample.pendekatan,
    reference: sample.reference,
    other: sample.other,
  };
  const item = sample.item;
  if (item === undefined) return { ...base, rhk: [] };
  const r = evaluateTahunan(evaluasiDataOf(item), pack);
  const exact = new Map<string, { capaian: string; compared: string }>();
  if (r.ok) {
    for (const s of r.value.trace.steps) {
      if (s.kind === 'rating_rhk' && s.rhkId !== undefined && s.capaian !== null && s.compared !== null) {
        exact.set(s.rhkId, { capaian: s.capaian, compared: s.compared });
      }
    }
  }
  const numeric = toNumericForm([item])[0]!;
  const rules = floatRulesOf(pack);
  const rhk: RhkDifference[] = [];
  item.skp.rencanaHasilKerja.forEach((x, i) => {
    const e = exact.get(x.id);
    const f = floatCapaianRhk(numeric.rhk[i]!, rules);
    if (e === undefined || f === null) return;
    const floatRounded = rules.compareRounded ? Math.round(f * 100) / 100 : f;
    if (Number(e.compared) !== floatRounded) {
      rhk.push({ rhkId: x.id, decimal: e.capaian, decimalCompared: e.compared, float: f, floatRounded });
    }
  });
  return { ...base, rhk };
}
