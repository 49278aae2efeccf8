import type { Predikat, PredikatOrganisasi, Rating } from '@kinerja/core';
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { WorkItem } from '../workload';
import type { Outcome } from './outcome';

/**
 * The same 6/2022 rules on json-rules-engine, the way a developer reaching for a rule engine would
 * write them: the arithmetic (annual realisasi, capaian, means, shares) in plain `Number` code
 * computing facts, and every decision as rules — the rating of an RHK from its capaian, the
 * suggested rating hasil kerja from the RHK shares, the annual rating from the mean of the
 * periodic ratings, the leader's rating from the predikat organisasi, and the predikat matrix.
 * Exclusive outcomes are taken as the highest-priority event.
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

const capaianEngine = engine([
  rule(3, { all: [{ fact: 'capaian', operator: 'greaterThanInclusive', value: 101 }] }, 'DI_ATAS_EKSPEKTASI'),
  rule(2, { all: [{ fact: 'capaian', operator: 'greaterThanInclusive', value: 100 }] }, 'SESUAI_EKSPEKTASI'),
  rule(
    1,
    { all: [{ fact: 'capaian', operator: 'greaterThanInclusive', value: -1e308 }] },
    'DI_BAWAH_EKSPEKTASI',
  ),
]);

const saranEngine = engine([
  rule(
    4,
    {
      all: [
        { fact: 'utamaDiBawah', operator: 'equal', value: 0 },
        { fact: 'shareDiAtas', operator: 'greaterThan', value: 0.5 },
      ],
    },
    'DI_ATAS_EKSPEKTASI',
  ),
  rule(3, { all: [{ fact: 'shareDiBawah', operator: 'greaterThan', value: 0.5 }] }, 'DI_BAWAH_EKSPEKTASI'),
  rule(
    2,
    {
      any: [
        { fact: 'utamaDiBawah', operator: 'equal', value: 0 },
        { fact: 'shareUtamaDiBawah', operator: 'lessThan', value: 0.5 },
      ],
    },
    'SESUAI_EKSPEKTASI',
  ),
  rule(1, { all: [{ fact: 'rhk', operator: 'greaterThanInclusive', value: 0 }] }, 'DI_BAWAH_EKSPEKTASI'),
]);

const meanEngine = engine([
  rule(3, { all: [{ fact: 'mean', operator: 'greaterThanInclusive', value: 2.5 }] }, 'DI_ATAS_EKSPEKTASI'),
  rule(2, { all: [{ fact: 'mean', operator: 'greaterThanInclusive', value: 1.5 }] }, 'SESUAI_EKSPEKTASI'),
  rule(
    1,
    { all: [{ fact: 'mean', operator: 'greaterThanInclusive', value: -1e308 }] },
    'DI_BAWAH_EKSPEKTASI',
  ),
]);

const PIMPINAN: Record<PredikatOrganisasi, Rating> = {
  ISTIMEWA: 'DI_ATAS_EKSPEKTASI',
  BAIK: 'SESUAI_EKSPEKTASI',
  BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
  KURANG: 'DI_BAWAH_EKSPEKTASI',
  SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
};
const pimpinanEngine = engine(
  Object.entries(PIMPINAN).map(([po, rating]) =>
    rule(1, { all: [{ fact: 'predikatOrganisasi', operator: 'equal', value: po }] }, rating),
  ),
);

const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_BAWAH_EKSPEKTASI: 'KURANG',
  },
  SESUAI_EKSPEKTASI: { DI_ATAS_EKSPEKTASI: 'BAIK', SESUAI_EKSPEKTASI: 'BAIK', DI_BAWAH_EKSPEKTASI: 'KURANG' },
  DI_BAWAH_EKSPEKTASI: {
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
  },
};
const predikatEngine = engine(
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
        MATRIX[hasil][perilaku],
      ),
    ),
  ),
);

async function decide(e: Engine, facts: Record<string, unknown>): Promise<string | null> {
  const { events } = await e.run(facts);
  const first = events[0];
  return first === undefined ? null : String((first.params as { value: string }).value);
}

const SCORE: Record<Rating, number> = { DI_BAWAH_EKSPEKTASI: 1, SESUAI_EKSPEKTASI: 2, DI_ATAS_EKSPEKTASI: 3 };
const mean = (ratings: readonly Rating[]): number => {
  let s = 0;
  for (const r of ratings) s += SCORE[r];
  return s / ratings.length;
};

async function fromCapaian(item: WorkItem): Promise<Rating | null> {
  const byIki = new Map<string, { periodeKe: number; nilai: number }[]>();
  for (const r of item.realisasi) {
    if (r.nilai === undefined) continue;
    const list = byIki.get(r.indikatorId);
    const v = { periodeKe: r.periodeKe, nilai: Number(r.nilai) };
    if (list === undefined) byIki.set(r.indikatorId, [v]);
    else list.push(v);
  }
  if (byIki.size === 0) return null;
  let n = 0;
  let diAtas = 0;
  let diBawah = 0;
  let utama = 0;
  let utamaDiBawah = 0;
  for (const rhk of item.skp.rencanaHasilKerja) {
    let sum = 0;
    for (const iki of rhk.indikator) {
      if (iki.target.jenis === 'NARATIF') return null;
      const list = byIki.get(iki.id);
      if (list === undefined) continue;
      list.sort((a, b) => a.periodeKe - b.periodeKe);
      let realisasi: number;
      if (iki.akumulasi === 'TERAKHIR') realisasi = list[list.length - 1]!.nilai;
      else {
        let s = 0;
        for (const v of list) s += v.nilai;
        realisasi = iki.akumulasi === 'JUMLAH' ? s : s / list.length;
      }
      const min = Number(iki.target.jenis === 'TUNGGAL' ? iki.target.nilai : iki.target.min);
      const max = Number(iki.target.jenis === 'TUNGGAL' ? iki.target.nilai : iki.target.max);
      let capaian: number;
      if (iki.target.jenis === 'RENTANG' && realisasi >= min && realisasi <= max) capaian = 100;
      else {
        const t = realisasi > max ? max : min;
        if (t === 0) return null;
        const ratio = (realisasi / t) * 100;
        capaian = iki.polaritas === 'MAKSIMALISASI' ? ratio : 200 - ratio;
      }
      sum += Math.max(0, capaian);
    }
    const capaian = Math.round((sum / rhk.indikator.length) * 100) / 100;
    const rating = (await decide(capaianEngine, { capaian })) as Rating;
    n++;
    if (rhk.jenis === 'UTAMA') utama++;
    if (rating === 'DI_ATAS_EKSPEKTASI') diAtas++;
    else if (rating === 'DI_BAWAH_EKSPEKTASI') {
      diBawah++;
      if (rhk.jenis === 'UTAMA') utamaDiBawah++;
    }
  }
  return (await decide(saranEngine, {
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
 * @param item - the pegawai's SKP, realisasi and periodic ratings.
 * @returns the ratings and predikat, or `null` when the rules cannot score it.
 */
export async function evaluateJsonRulesEngine(item: WorkItem): Promise<Outcome | null> {
  const { skp } = item;
  const periodik = item.evaluasiPeriodik;
  let hasil: Rating | null = null;
  if (skp.pimpinanUnit) {
    if (item.predikatOrganisasi === undefined) return null;
    hasil = (await decide(pimpinanEngine, { predikatOrganisasi: item.predikatOrganisasi })) as Rating;
  } else {
    if (skp.pendekatan === 'KUANTITATIF') hasil = await fromCapaian(item);
    if (hasil === null && periodik.length > 0) {
      hasil = (await decide(meanEngine, { mean: mean(periodik.map((e) => e.ratingHasilKerja)) })) as Rating;
    }
  }
  if (hasil === null || periodik.length === 0) return null;
  const perilaku = (await decide(meanEngine, {
    mean: mean(periodik.map((e) => e.ratingPerilakuKerja)),
  })) as Rating;
  const predikat = (await decide(predikatEngine, {
    ratingHasilKerja: hasil,
    ratingPerilakuKerja: perilaku,
  })) as Predikat;
  return { ratingHasilKerja: hasil, ratingPerilakuKerja: perilaku, predikat };
}
