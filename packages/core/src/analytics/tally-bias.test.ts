import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanonical } from '../decimal/decimal';
import { KinerjaError } from '../errors/kinerja-error';
import { PREDIKATS, type Predikat, type PredikatOrganisasi, RATINGS, type Rating } from '../model/predikat';
import { arbPredikatOrganisasi, arbRating } from '../testing/arbitraries';
import { generateAgency } from '../testing/generate-agency';
import { type EvaluasiDataset, evaluateDataset, type HasilPegawai } from './evaluate-dataset';
import {
  BIAS_SCORE,
  DEFAULT_BIAS_THRESHOLDS,
  DEFAULT_MINIMUM_SAMPEL,
  type RaterBiasOptions,
  raterBias,
  raterBiasFromTally,
} from './rater-bias';
import {
  differenceAtLeast,
  meanOf,
  momentsOf,
  rationalOf,
  shareAtLeast,
  standardDeviationOf,
  standardizedDifference,
  varianceOf,
  varianceRatio,
  varianceRatioAtMost,
} from './score-statistics';
import { shareOf } from './share';
import {
  addToTallyBias,
  assertTallyBias,
  mergeTallyBias,
  newTallyBias,
  TALLY_BIAS_SLOT,
  type TallyBias,
  type TallyBiasRow,
} from './tally-bias';
import { DI_ATAS, DI_BAWAH, dataset, permute, SESUAI, type UnitSpec } from './test-fixtures';

const S = TALLY_BIAS_SLOT;

function evaluate(input: unknown): EvaluasiDataset {
  const r = evaluateDataset(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
}

function tallyOf(rows: readonly TallyBiasRow[]): TallyBias {
  const t = newTallyBias();
  for (const row of rows) addToTallyBias(t, row);
  return t;
}

function fromTally(tally: TallyBias, options: Parameters<typeof raterBiasFromTally>[1]) {
  const r = raterBiasFromTally(tally, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const row = (over: Partial<TallyBiasRow> = {}): TallyBiasRow => ({
  pejabatPenilaiId: 'A',
  kurvaUnitId: 'u1',
  pimpinanUnit: false,
  ratingHasilKerja: SESUAI,
  ratingPerilakuKerja: SESUAI,
  predikat: 'BAIK',
  ...over,
});

describe('addToTallyBias', () => {
  it('counts each row in the agency, its kurva unit and its rater, leaders apart', () => {
    const t = tallyOf([
      row(),
      row({ ratingHasilKerja: DI_ATAS, ratingPerilakuKerja: DI_BAWAH, predikat: 'SANGAT_BAIK' }),
      row({ pejabatPenilaiId: 'B', kurvaUnitId: 'u2', pimpinanUnit: true, predikat: 'KURANG' }),
      row({ pejabatPenilaiId: null, kurvaUnitId: null, ratingPerilakuKerja: DI_ATAS }),
    ]);
    // perilaku: [bawah, sesuai, atas]; hasil [3..5]; predikat [6..10]; leaders' hasil [11..13], predikat [14..18].
    expect(t.instansi).toEqual([1, 2, 1, 0, 2, 1, 1, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0]);
    expect([...t.kurvaUnit]).toEqual([
      ['u1', 0],
      ['u2', 1],
    ]);
    expect(t.kurvaUnitCounts[0]).toEqual([1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(t.kurvaUnitCounts[1]!.slice(S.pimpinanRatingHasilKerja)).toEqual([0, 1, 0, 0, 0, 0, 1, 0]);
    // Rater A: two rows, both in u1 (slot 0); rater B: one row in u2 (slot 1).
    expect(t.penilai.get('A')!.slice(S.width)).toEqual([0, 2]);
    expect(t.penilai.get('B')!.slice(S.width)).toEqual([1, 1]);
    expect(t.penilai.has('null')).toBe(false);
  });

  it('rejects a row that was not scored, before counting anything', () => {
    const t = newTallyBias();
    const bad = [
      { ...row(), predikat: 'BAGUS' },
      { ...row(), ratingHasilKerja: 'toString' },
      { ...row(), ratingPerilakuKerja: undefined },
      { ...row(), pejabatPenilaiId: 7 },
      { ...row(), kurvaUnitId: undefined },
    ];
    for (const b of bad) expect(() => addToTallyBias(t, b as unknown as TallyBiasRow)).toThrow(KinerjaError);
    expect(t).toEqual(newTallyBias());
  });
});

describe('mergeTallyBias', () => {
  const a = () => tallyOf([row(), row({ pejabatPenilaiId: 'B', kurvaUnitId: 'u2' })]);
  const b = () => tallyOf([row({ kurvaUnitId: 'u2' }), row({ kurvaUnitId: 'u3', predikat: 'SANGAT_BAIK' })]);

  it('equals the tally of all the rows, changes the target only and shares nothing with the source', () => {
    const target = a();
    const source = b();
    const before = structuredClone(source);
    expect(mergeTallyBias(target, source)).toBe(target);
    expect(source).toEqual(before);
    const all = tallyOf([
      row(),
      row({ pejabatPenilaiId: 'B', kurvaUnitId: 'u2' }),
      row({ kurvaUnitId: 'u2' }),
      row({ kurvaUnitId: 'u3', predikat: 'SANGAT_BAIK' }),
    ]);
    expect(target).toEqual(all);
    addToTallyBias(target, row({ kurvaUnitId: 'u3' }));
    expect(source).toEqual(before);
  });

  it('merging a tally into itself doubles it', () => {
    const t = a();
    mergeTallyBias(t, t);
    expect(t).toEqual(
      tallyOf([
        row(),
        row({ pejabatPenilaiId: 'B', kurvaUnitId: 'u2' }),
        row(),
        row({ pejabatPenilaiId: 'B', kurvaUnitId: 'u2' }),
      ]),
    );
  });

  it('refuses a malformed source and leaves the target as it was', () => {
    const target = a();
    const before = structuredClone(target);
    const broken = b();
    broken.penilai.get('A')!.push(9, 1); // slot 9 does not exist
    expect(() => mergeTallyBias(target, broken)).toThrow(KinerjaError);
    expect(target).toEqual(before);
  });
});

describe('assertTallyBias', () => {
  it('accepts tallies and their structured clones, rejects anything else', () => {
    const t = tallyOf([row(), row({ pejabatPenilaiId: 'B', kurvaUnitId: 'u2' })]);
    expect(() => assertTallyBias(t)).not.toThrow();
    expect(() => assertTallyBias(structuredClone(t))).not.toThrow();
    const mangled: ((x: TallyBias) => void)[] = [
      (x) => x.instansi.pop(),
      (x) => {
        x.instansi[0] = -1;
      },
      (x) => {
        x.kurvaUnitCounts[0]![2] = 0.5;
      },
      (x) => x.kurvaUnit.set('u9', 0),
      (x) => x.kurvaUnitCounts.push(new Array(19).fill(0)),
      (x) => x.penilai.get('A')!.push(0),
      (x) => x.penilai.get('A')!.push(0, 1),
      (x) => x.penilai.get('A')!.push(1, Number.NaN),
      (x) => x.penilai.set('C', [1, 2]),
    ];
    for (const mangle of mangled) {
      const x = structuredClone(t);
      mangle(x);
      expect(() => assertTallyBias(x)).toThrow(KinerjaError);
    }
    for (const garbage of [null, 1, {}, { ...t, penilai: {} }, JSON.parse(JSON.stringify(t))]) {
      expect(() => assertTallyBias(garbage)).toThrow(KinerjaError);
    }
  });
});

// ——— Random hand-made agencies: a small unit tree (some units with a predikat organisasi),
// pegawai with random ratings, raters (or none), and a few unit leaders (a leader in a unit
// without a kurva cannot be scored: those land in `gagal`).
const arbUnits: fc.Arbitrary<UnitSpec[]> = fc
  .array(fc.tuple(fc.nat(), fc.option(arbPredikatOrganisasi(), { nil: undefined })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((specs) =>
    specs.map(([parent, predikat], i) => ({
      id: `u${i}`,
      indukId: i === 0 || parent % 3 === 0 ? null : `u${parent % i}`,
      ...(predikat === undefined ? {} : { predikat: predikat as PredikatOrganisasi }),
    })),
  );
const arbAgency = arbUnits.chain((units) =>
  fc
    .array(
      fc.record({
        unit: fc.constantFrom(...units.map((u) => u.id)),
        penilai: fc.constantFrom('A', 'B', 'C', 'D', 'E', null),
        hasil: arbRating(),
        perilaku: arbRating(),
      }),
      { maxLength: 40 },
    )
    .chain((specs) =>
      fc.array(fc.boolean(), { minLength: specs.length, maxLength: specs.length }).map((leaders) =>
        dataset(
          units,
          specs.map((s, i) => ({ ...s, id: `p${i}`, pimpinan: leaders[i]! && i % 4 === 0 })),
        ),
      ),
    ),
);
const arbOptions: fc.Arbitrary<RaterBiasOptions> = fc.record(
  {
    minimumSampel: fc.integer({ min: 1, max: 6 }),
    includePimpinanUnit: fc.boolean(),
    thresholds: fc.record(
      {
        leniency: fc.constantFrom('0.1', '0.5', '1'),
        severity: fc.constantFrom('0.1', '0.5', '1'),
        middleShare: fc.constantFrom('0.5', '0.8', '1'),
        varianceRatio: fc.constantFrom('0', '0.5', '2'),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

/** Splits `rows` at the given cut points into chunks (some may be empty). */
function chunksOf<T>(rows: readonly T[], cuts: readonly number[]): T[][] {
  const at = [...new Set(cuts.map((c) => c % (rows.length + 1)))].sort((x, y) => x - y);
  const out: T[][] = [];
  let start = 0;
  for (const c of at) {
    out.push(rows.slice(start, c));
    start = c;
  }
  out.push(rows.slice(start));
  return out;
}

/** Merges tallies pairwise, picking the pair (and the direction) from `choices`. */
function mergeInOrder(tallies: TallyBias[], choices: readonly number[]): TallyBias {
  const pool = tallies.slice();
  let k = 0;
  while (pool.length > 1) {
    const i = (choices[k++ % Math.max(1, choices.length)] ?? 0) % pool.length;
    let j = (choices[k++ % Math.max(1, choices.length)] ?? 1) % pool.length;
    if (j === i) j = (i + 1) % pool.length;
    mergeTallyBias(pool[i]!, pool[j]!);
    pool.splice(j, 1);
  }
  return pool[0] ?? newTallyBias();
}

// ——— The algorithm raterBias had before tallies, as an oracle: pool the ratings of each group in
// arrays, take their moments, compare (no caches, no counts).
type Pool = { h: number[]; r: number[]; p: number[]; hv: Rating[]; rv: Rating[]; pv: Predikat[] };
const newPool = (): Pool => ({ h: [], r: [], p: [], hv: [], rv: [], pv: [] });
function pool(into: Pool, x: HasilPegawai, include: boolean): void {
  into.r.push(BIAS_SCORE.rating[x.ratingPerilakuKerja]);
  into.rv.push(x.ratingPerilakuKerja);
  if (x.pimpinanUnit && !include) return;
  into.h.push(BIAS_SCORE.rating[x.ratingHasilKerja]);
  into.hv.push(x.ratingHasilKerja);
  into.p.push(BIAS_SCORE.predikat[x.predikat]);
  into.pv.push(x.predikat);
}
const canon = (d: { toFixed(): string } | null) => (d === null ? null : toCanonical(d as never));
function statsOfPool<K extends string>(scores: number[], values: K[], keys: readonly K[], middle: K, top: K) {
  const m = momentsOf(scores);
  const distribusi = Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length]));
  return {
    m,
    middle: distribusi[middle]!,
    stats: {
      count: values.length,
      distribusi,
      mean: canon(meanOf(m)),
      variance: canon(varianceOf(m)),
      standardDeviation: canon(standardDeviationOf(m)),
      middleShare: shareOf(distribusi[middle]!, values.length),
      topShare: shareOf(distribusi[top]!, values.length),
    },
  };
}
function poolStats(x: Pool) {
  const { middle, top } = BIAS_SCORE;
  return {
    ratingHasilKerja: statsOfPool(x.h, x.hv, RATINGS, middle.rating, top.rating),
    ratingPerilakuKerja: statsOfPool(x.r, x.rv, RATINGS, middle.rating, top.rating),
    predikat: statsOfPool(x.p, x.pv, PREDIKATS, middle.predikat, top.predikat),
  };
}
function reference(hasil: readonly HasilPegawai[], options: RaterBiasOptions) {
  const minimum = options.minimumSampel ?? DEFAULT_MINIMUM_SAMPEL;
  const th = { ...DEFAULT_BIAS_THRESHOLDS, ...options.thresholds };
  const include = options.includePimpinanUnit ?? false;
  const agencyPool = newPool();
  const unitPools = new Map<string, Pool>();
  const raters = new Map<string, HasilPegawai[]>();
  for (const x of hasil) {
    pool(agencyPool, x, include);
    if (x.kurvaUnitId !== null) {
      if (!unitPools.has(x.kurvaUnitId)) unitPools.set(x.kurvaUnitId, newPool());
      pool(unitPools.get(x.kurvaUnitId)!, x, include);
    }
    if (x.pejabatPenilaiId !== null)
      raters.set(x.pejabatPenilaiId, [...(raters.get(x.pejabatPenilaiId) ?? []), x]);
  }
  const agency = poolStats(agencyPool);
  const units = new Map([...unitPools].map(([id, x]) => [id, poolStats(x)]));
  const penilai = [...raters.keys()].sort().map((id) => {
    const rows = raters.get(id)!;
    const own = newPool();
    const perUnit = new Map<string, number>();
    for (const x of rows) {
      pool(own, x, include);
      if (x.kurvaUnitId !== null) perUnit.set(x.kurvaUnitId, (perUnit.get(x.kurvaUnitId) ?? 0) + 1);
    }
    const most = Math.max(0, ...perUnit.values());
    const kurvaUnitId = [...perUnit.keys()].filter((u) => perUnit.get(u) === most).sort()[0] ?? null;
    const unit = kurvaUnitId === null ? undefined : units.get(kurvaUnitId);
    const o = poolStats(own);
    const small = rows.length < minimum;
    const temuan: unknown[] = small
      ? [{ code: 'SAMPEL_KECIL', aspek: null, count: rows.length, minimum }]
      : [];
    const aspek = Object.fromEntries(
      (['ratingHasilKerja', 'ratingPerilakuKerja', 'predikat'] as const).map((a) => {
        const s = o[a];
        const g = agency[a].m;
        const judged = !small && s.stats.count >= minimum;
        if (!small && !judged) temuan.push({ code: 'SAMPEL_KECIL', aspek: a, count: s.stats.count, minimum });
        const z = standardizedDifference(s.m, g, g);
        const ratio = varianceRatio(s.m, g);
        if (judged) {
          if (differenceAtLeast(s.m, g, g, rationalOf(th.leniency), 1)) {
            temuan.push({ code: 'TERLALU_LUNAK', aspek: a, index: canon(z), threshold: th.leniency });
          }
          if (differenceAtLeast(s.m, g, g, rationalOf(th.severity), -1)) {
            temuan.push({ code: 'TERLALU_KETAT', aspek: a, index: canon(z), threshold: th.severity });
          }
          if (
            shareAtLeast(s.middle, s.stats.count, rationalOf(th.middleShare)) &&
            varianceRatioAtMost(s.m, g, rationalOf(th.varianceRatio))
          ) {
            temuan.push({
              code: 'KECENDERUNGAN_TENGAH',
              aspek: a,
              middleShare: s.stats.middleShare!.exact,
              middleShareThreshold: th.middleShare,
              varianceRatio: canon(ratio),
              varianceRatioThreshold: th.varianceRatio,
            });
          }
        }
        const u = unit?.[a];
        return [
          a,
          {
            ...s.stats,
            judged,
            leniencyIndex: canon(z),
            unitMean: u?.stats.mean ?? null,
            unitIndex: u === undefined ? null : canon(standardizedDifference(s.m, u.m, g)),
            varianceRatio: canon(ratio),
          },
        ];
      }),
    );
    const status = small ? 'SAMPEL_KECIL' : 'DINILAI';
    return { pejabatPenilaiId: id, kurvaUnitId, bawahan: rows.length, status, aspek, temuan };
  });
  const statsOnly = (x: ReturnType<typeof poolStats>) => ({
    ratingHasilKerja: x.ratingHasilKerja.stats,
    ratingPerilakuKerja: x.ratingPerilakuKerja.stats,
    predikat: x.predikat.stats,
  });
  return {
    instansi: statsOnly(agency),
    kurvaUnit: [...units.keys()].sort().map((id) => ({ kurvaUnitId: id, aspek: statsOnly(units.get(id)!) })),
    penilai,
  };
}

describe('raterBiasFromTally = raterBias', () => {
  it('agrees with the pooled algorithm (arrays of ratings per group, no counts, no caches)', () => {
    fc.assert(
      fc.property(arbAgency, arbOptions, (data, options) => {
        const r = raterBias(data, options);
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const { instansi, kurvaUnit, penilai } = r.value;
        expect({ instansi, kurvaUnit, penilai }).toEqual(reference(evaluate(data).hasil, options));
      }),
      { numRuns: 150 },
    );
  });

  it('for random agencies and options, from the rows one by one in any order', () => {
    fc.assert(
      fc.property(arbAgency, arbOptions, fc.nat(), (data, options, seed) => {
        const expected = raterBias(data, options);
        if (!expected.ok) throw new Error(JSON.stringify(expected.issues));
        const { hasil, gagal } = evaluate(data);
        const rows = permute(hasil, seed);
        expect(fromTally(tallyOf(rows), { ...options, gagal: permute(gagal, seed + 1) })).toEqual(
          expected.value,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('for generated agencies (generateAgency, random seeds and sizes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 250 }),
        arbOptions,
        (seed, n, options) => {
          const agency = generateAgency({ seed, jumlahPegawai: n });
          const r = raterBias(agency, options);
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          const { hasil, gagal } = evaluate(agency);
          // Against the pooled algorithm: raterBias itself goes through a tally, so the comparison
          // with fromTally below checks the plumbing (gagal, the rows' order), not the statistics.
          const { instansi, kurvaUnit, penilai } = r.value;
          expect({ instansi, kurvaUnit, penilai }).toEqual(reference(hasil, options));
          // Not vacuous: some rater has enough bawahan to be judged.
          expect(penilai.some((p) => p.status === 'DINILAI')).toBe(true);
          expect(fromTally(tallyOf(hasil), { ...options, gagal })).toEqual(r.value);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('for any split into chunks and any order of merges (associative and commutative in effect)', () => {
    fc.assert(
      fc.property(
        arbAgency,
        arbOptions,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 16 }),
        (data, options, cuts, choices) => {
          const { hasil, gagal } = evaluate(data);
          const expected = fromTally(tallyOf(hasil), { ...options, gagal });
          const chunks = chunksOf<HasilPegawai>(hasil, cuts).map(tallyOf);
          // Through structured clone, as between worker threads.
          const merged = mergeInOrder(
            chunks.map((t) => structuredClone(t)),
            choices,
          );
          expect(fromTally(merged, { ...options, gagal })).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('raterBiasFromTally', () => {
  const data = dataset(
    [{ id: 'kec', predikat: 'BAIK' }, { id: 'lain' }],
    [
      { id: 'a', unit: 'kec', penilai: 'camat', hasil: DI_ATAS, perilaku: SESUAI },
      { id: 'b', unit: 'kec', penilai: 'camat', hasil: SESUAI, perilaku: SESUAI },
      // A leader of a unit without a kurva: no predikat organisasi, so no rating hasil kerja.
      { id: 'lurah', unit: 'lain', penilai: 'camat', hasil: SESUAI, perilaku: SESUAI, pimpinan: true },
    ],
  );

  it('reports gagal ordered by skpId, and the pack given', () => {
    const { hasil, gagal } = evaluate(data);
    expect(gagal.map((g) => g.skpId)).toEqual(['skp-lurah']);
    const g2 = { skpId: 'skp-0', pegawaiId: '0', issues: [] };
    const r = fromTally(tallyOf(hasil), { gagal: [...gagal, g2] });
    expect(r.gagal).toEqual([g2, ...gagal]);
    expect(r.pack).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0' });
    expect(fromTally(tallyOf(hasil), {}).gagal).toEqual([]);
  });

  it('validates the options like raterBias, and the tally', () => {
    const r = raterBiasFromTally(newTallyBias(), {
      minimumSampel: 0,
      gagal: 'x' as never,
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.path.join('.'))).toEqual(['options.minimumSampel', 'options.gagal']);
    expect(() => raterBiasFromTally({} as TallyBias)).toThrow(KinerjaError);
  });

  it('an empty tally has no raters, no units and no statistics', () => {
    const r = fromTally(newTallyBias(), {});
    expect(r.penilai).toEqual([]);
    expect(r.kurvaUnit).toEqual([]);
    expect(r.instansi.predikat.count).toBe(0);
    expect(r.instansi.predikat.mean).toBeNull();
  });

  it('takes the kurva unit most of a rater’s bawahan belong to, the smallest id on a tie', () => {
    const rows = [
      row({ kurvaUnitId: 'z' }),
      row({ kurvaUnitId: 'y' }),
      row({ pejabatPenilaiId: 'B', kurvaUnitId: 'z' }),
      row({ pejabatPenilaiId: 'B', kurvaUnitId: 'z' }),
      row({ pejabatPenilaiId: 'B', kurvaUnitId: 'y' }),
      row({ pejabatPenilaiId: 'C', kurvaUnitId: null }),
    ];
    const r = fromTally(tallyOf(rows), {});
    expect(r.penilai.map((p) => [p.pejabatPenilaiId, p.kurvaUnitId, p.bawahan])).toEqual([
      ['A', 'y', 2],
      ['B', 'z', 3],
      ['C', null, 1],
    ]);
  });

  it('keeps groups of a thousand ratings and more apart from small ones (the caches)', () => {
    // Counts [1, 0, 0] and [0, 1024, 0] would share a key packed in base 1024.
    const rows = [
      row({ pejabatPenilaiId: 'A', ratingPerilakuKerja: DI_BAWAH }),
      ...Array.from({ length: 1024 }, () => row({ pejabatPenilaiId: 'B', kurvaUnitId: 'u2' })),
      ...Array.from({ length: 3000 }, (_, i) =>
        row({ pejabatPenilaiId: `C${i % 2}`, ratingHasilKerja: i % 3 === 0 ? DI_ATAS : SESUAI }),
      ),
    ];
    const r = fromTally(tallyOf(rows), { minimumSampel: 1 });
    expect(r.penilai.map((p) => p.aspek.ratingPerilakuKerja.mean)).toEqual(['1', '2', '2', '2']);
    const { instansi, kurvaUnit, penilai } = r;
    expect({ instansi, kurvaUnit, penilai }).toEqual(
      reference(rows as unknown as HasilPegawai[], { minimumSampel: 1 }),
    );
  });

  it('shares no mutable state between results (summaries are frozen)', () => {
    const r = fromTally(tallyOf([row(), row({ pejabatPenilaiId: 'B' })]), {});
    const d = r.penilai[0]!.aspek.predikat.distribusi as Record<string, number>;
    expect(() => {
      d.BAIK = 99;
    }).toThrow(TypeError);
  });
});

describe('raterBiasFromTally, the statistics cached per process', () => {
  it('stays right past the cache bound (more distinct count vectors than it keeps), call after call', () => {
    // 18 000 raters, each with its own rating-perilaku count vector: the cache starts afresh midway.
    const tally = newTallyBias();
    const P = TALLY_BIAS_SLOT.ratingPerilakuKerja;
    const H = TALLY_BIAS_SLOT.ratingHasilKerja;
    const R = TALLY_BIAS_SLOT.predikat;
    for (let i = 0; i < 18_000; i++) {
      const c = new Array<number>(TALLY_BIAS_SLOT.width).fill(0);
      c[P] = (i % 30) + 1;
      c[P + 1] = Math.floor(i / 30) % 30;
      c[P + 2] = Math.floor(i / 900);
      const n = c[P]! + c[P + 1]! + c[P + 2]!;
      c[H + 1] = n;
      c[R + 1] = n;
      tally.penilai.set(`p-${String(i).padStart(5, '0')}`, c);
      for (let k = 0; k < TALLY_BIAS_SLOT.width; k++) tally.instansi[k]! += c[k]!;
    }
    const first = raterBiasFromTally(tally);
    const second = raterBiasFromTally(tally);
    if (!first.ok || !second.ok) throw new Error('options are valid');
    expect(second.value).toEqual(first.value);
    for (const i of [0, 8_999, 17_999]) {
      const p = first.value.penilai[i]!;
      const [a, b, c] = [(i % 30) + 1, Math.floor(i / 30) % 30, Math.floor(i / 900)];
      const scores = [...Array(a).fill(1), ...Array(b).fill(2), ...Array(c).fill(3)];
      const m = momentsOf(scores);
      expect(p.aspek.ratingPerilakuKerja).toMatchObject({
        count: a + b + c,
        distribusi: { DI_BAWAH_EKSPEKTASI: a, SESUAI_EKSPEKTASI: b, DI_ATAS_EKSPEKTASI: c },
        mean: toCanonical(meanOf(m)!),
        variance: toCanonical(varianceOf(m)!),
        standardDeviation: toCanonical(standardDeviationOf(m)!),
      });
    }
  });
});

describe('the random agencies of these tests', () => {
  it('include unit leaders, rows without a rater and SKP that cannot be scored', () => {
    // A fixed seed: this checks what the arbitrary covers, not the code under test, so it must not
    // depend on the run (60 unseeded samples missed a failing SKP about once in 75 runs).
    const samples = fc.sample(arbAgency, { numRuns: 200, seed: 20261130 });
    const evaluated = samples.map(evaluate);
    expect(evaluated.some((e) => e.gagal.length > 0)).toBe(true);
    expect(evaluated.some((e) => e.hasil.some((h) => h.pimpinanUnit))).toBe(true);
    expect(evaluated.some((e) => e.hasil.some((h) => h.pejabatPenilaiId === null))).toBe(true);
  });
});
