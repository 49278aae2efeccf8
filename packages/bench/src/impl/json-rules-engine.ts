import type { Predikat, PredikatOrganisasi, Rating, RulePack62022 } from '@kinerja/core';
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { BenchImpl } from '../bench-impl';
import { type Outcome, type OutcomeColumns, writeOutcome } from '../outcome-columns';
import { floatCapaianRhk, meanScore } from './float';
import { type FloatRules, floatRulesOf } from './float-rules';
import { type NumericItem, toNumericForm } from './numeric-form';

/*
 * The same 6/2022 rules on json-rules-engine, the way a developer reaching for a rule engine would
 * write them: the arithmetic (annual realisasi, capaian, means, shares) in plain `Number` code
 * computing facts (the float implementation's own functions), and every decision as rules — the rating of an RHK from its capaian, the
 * suggested rating hasil kerja from the RHK shares, the annual rating from the mean of the
 * periodic ratings, the leader's rating from the predikat organisasi, and the predikat matrix.
 * Exclusive outcomes are taken as the highest-priority event; one `engine.run` per decision.
 */

const RATINGS: readonly Rating[] = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'];

function rule(priority: number, conditions: RuleProperties['conditions'], value: string): RuleProperties {
  return { priority, conditions, event: { type: 'result', params: { value } } };
}

function engine(rules: readonly RuleProperties[]): Engine {
  const e = new Engine([], { allowUndefinedFacts: true });
  for (const r of rules) e.addRule(r);
  return e;
}

/** The rule engines of one pack. */
interface Engines {
  readonly rules: FloatRules;
  readonly capaian: Engine;
  readonly saran: Engine;
  readonly mean: Engine;
  readonly pimpinan: Engine;
  readonly predikat: Engine;
}

function thresholdEngine(fact: string, diAtas: number, sesuai: number): Engine {
  return engine([
    rule(3, { all: [{ fact, operator: 'greaterThanInclusive', value: diAtas }] }, 'DI_ATAS_EKSPEKTASI'),
    rule(2, { all: [{ fact, operator: 'greaterThanInclusive', value: sesuai }] }, 'SESUAI_EKSPEKTASI'),
    rule(1, { all: [{ fact, operator: 'greaterThanInclusive', value: -1e308 }] }, 'DI_BAWAH_EKSPEKTASI'),
  ]);
}

function enginesOf(rules: FloatRules): Engines {
  return {
    rules,
    capaian: thresholdEngine('capaian', rules.diAtas, rules.sesuai),
    saran: engine([
      rule(
        4,
        {
          all: [
            { fact: 'utamaDiBawah', operator: 'equal', value: 0 },
            { fact: 'shareDiAtas', operator: 'greaterThan', value: rules.majority },
          ],
        },
        'DI_ATAS_EKSPEKTASI',
      ),
      rule(
        3,
        { all: [{ fact: 'shareDiBawah', operator: 'greaterThan', value: rules.majority }] },
        'DI_BAWAH_EKSPEKTASI',
      ),
      rule(
        2,
        {
          any: [
            { fact: 'utamaDiBawah', operator: 'equal', value: 0 },
            { fact: 'shareUtamaDiBawah', operator: 'lessThan', value: rules.minority },
          ],
        },
        'SESUAI_EKSPEKTASI',
      ),
      rule(1, { all: [{ fact: 'rhk', operator: 'greaterThanInclusive', value: 0 }] }, 'DI_BAWAH_EKSPEKTASI'),
    ]),
    mean: thresholdEngine('mean', rules.meanDiAtas, rules.meanSesuai),
    pimpinan: engine(
      (Object.entries(rules.pimpinan) as [PredikatOrganisasi, Rating][]).map(([po, rating]) =>
        rule(1, { all: [{ fact: 'predikatOrganisasi', operator: 'equal', value: po }] }, rating),
      ),
    ),
    predikat: engine(
      RATINGS.flatMap((hasil) =>
        RATINGS.map((perilaku) =>
          rule(
            1,
            {
              all: [
                { fact: 'ratingHasilKerja', operator: 'equal', value: hasil },
                { fact: 'ratingPerilakuKerja', operator: 'equal', value: perilaku },
              ],
            },
            rules.matrix[hasil][perilaku],
          ),
        ),
      ),
    ),
  };
}

const cache = new WeakMap<RulePack62022, Engines>();

function enginesFor(pack: RulePack62022): Engines {
  let e = cache.get(pack);
  if (e === undefined) {
    e = enginesOf(floatRulesOf(pack));
    cache.set(pack, e);
  }
  return e;
}

async function decide(e: Engine, facts: Record<string, unknown>): Promise<string | null> {
  const { events } = await e.run(facts);
  const first = events[0];
  return first === undefined ? null : String((first.params as { value: string }).value);
}

async function fromCapaian(item: NumericItem, e: Engines): Promise<Rating | null> {
  if (!item.anyRealisasi) return null;
  let n = 0;
  let diAtas = 0;
  let diBawah = 0;
  let utama = 0;
  let utamaDiBawah = 0;
  const { rules } = e;
  for (const rhk of item.rhk) {
    const m = floatCapaianRhk(rhk, rules);
    if (m === null) return null;
    const capaian = rules.compareRounded ? Math.round(m * 100) / 100 : m;
    const rating = (await decide(e.capaian, { capaian })) as Rating;
    n++;
    if (rhk.jenis === 'UTAMA') utama++;
    if (rating === 'DI_ATAS_EKSPEKTASI') diAtas++;
    else if (rating === 'DI_BAWAH_EKSPEKTASI') {
      diBawah++;
      if (rhk.jenis === 'UTAMA') utamaDiBawah++;
    }
  }
  return (await decide(e.saran, {
    rhk: n,
    utamaDiBawah,
    shareDiAtas: diAtas / n,
    shareDiBawah: diBawah / n,
    shareUtamaDiBawah: utama === 0 ? 0 : utamaDiBawah / utama,
  })) as Rating;
}

/**
 * The annual evaluation of one pegawai on json-rules-engine.
 *
 * @param item - the pegawai in numbers.
 * @param pack - the rule pack.
 * @returns the ratings and predikat, or `null` when the rules cannot score it.
 */
export async function evaluateJsonRulesEngine(
  item: NumericItem,
  pack: RulePack62022,
): Promise<Outcome | null> {
  const e = enginesFor(pack);
  let hasil: Rating | null = null;
  if (item.pimpinanUnit) {
    if (item.predikatOrganisasi === undefined) return null;
    hasil = (await decide(e.pimpinan, { predikatOrganisasi: item.predikatOrganisasi })) as Rating;
  } else {
    if (item.kuantitatif) hasil = await fromCapaian(item, e);
    if (hasil === null && item.periodikHasil.length > 0) {
      hasil = (await decide(e.mean, { mean: meanScore(item.periodikHasil) })) as Rating;
    }
  }
  if (hasil === null || item.periodikPerilaku.length === 0) return null;
  const perilaku = (await decide(e.mean, { mean: meanScore(item.periodikPerilaku) })) as Rating;
  const predikat = (await decide(e.predikat, {
    ratingHasilKerja: hasil,
    ratingPerilakuKerja: perilaku,
  })) as Predikat;
  return { ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku, predikat };
}

/**
 * `json-rules-engine` 7.3.1: prepare as `float` (numbers grouped per IKI); score: the decisions as
 * rules, one `engine.run` per decision, the arithmetic as `Number` code computing the facts.
 */
export const jsonRulesEngineImpl: BenchImpl<NumericItem[]> = {
  name: 'json-rules-engine',
  description:
    'json-rules-engine 7.3.1: decisions as rules (engine.run each), Number arithmetic for the facts',
  prepare: toNumericForm,
  async score(p: NumericItem[], out: OutcomeColumns, pack: RulePack62022): Promise<void> {
    for (let i = 0; i < p.length; i++) writeOutcome(out, i, await evaluateJsonRulesEngine(p[i]!, pack));
  },
};
