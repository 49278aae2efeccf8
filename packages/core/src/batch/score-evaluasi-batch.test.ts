import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, toCanonical } from '../decimal/decimal';
import type { Akumulasi, Polaritas } from '../model/indikator';
import { PREDIKATS, RATINGS } from '../model/predikat';
import type { Skp } from '../model/skp';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { permenpanrb62022Definition } from '../rules/permenpanrb-6-2022/definition';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { requireRulePack } from '../rules/rule-pack';
import type { EvaluasiTahunanInput } from '../scoring/evaluasi-input';
import { scoreEvaluasi } from '../scoring/score-evaluasi';
import { iki, rhk, skp } from '../scoring/test-fixtures';
import {
  arbEvaluasiPeriodik,
  arbPredikatOrganisasi,
  arbRating,
  arbRealisasi,
  arbSkp,
} from '../testing/arbitraries';
import { generateAgency } from '../testing/generate-agency';
import { UNITS_PER_PERCENT } from './capaian-units';
import { prepareEvaluasiBatch } from './evaluasi-batch';
import { BASIS_SARAN, scoreEvaluasiBatch, TIDAK_DINILAI } from './score-evaluasi-batch';

type Def = typeof permenpanrb62022Definition;
const variant = (id: string, change: (d: Def) => unknown): RulePack62022 =>
  requireRulePack({
    ...(change(permenpanrb62022Definition) as object),
    id,
    version: '1.0.0',
  }) as RulePack62022;

/** Pack variants that move every knob the batch kernel reads. */
const PACKS: readonly RulePack62022[] = [
  PERMENPANRB_6_2022,
  variant('exact-compare', (d) => ({ ...d, kuantitatif: { ...d.kuantitatif, compareRounded: false } })),
  variant('lowest', (d) => ({
    ...d,
    kuantitatif: { ...d.kuantitatif, indikatorAggregation: 'LOWEST_RATING' },
  })),
  variant('no-bounds', (d) => ({
    ...d,
    kuantitatif: { ...d.kuantitatif, capaianFloor: null, capaianCeiling: null },
  })),
  variant('tight-bounds', (d) => ({
    ...d,
    kuantitatif: {
      ...d.kuantitatif,
      capaianFloor: '50.5',
      capaianCeiling: '100.75',
      ratingThresholds: { diAtasEkspektasi: '100.5', sesuaiEkspektasi: '99.995' },
    },
  })),
  variant('round-0-even', (d) => ({
    ...d,
    rounding: { ...d.rounding, capaian: { scale: 0, mode: 'HALF_EVEN' } },
  })),
  variant('round-4-down', (d) => ({
    ...d,
    rounding: { ...d.rounding, capaian: { scale: 4, mode: 'DOWN' } },
  })),
  variant('round-1-ceil', (d) => ({
    ...d,
    rounding: { ...d.rounding, capaian: { scale: 1, mode: 'CEIL' } },
  })),
  variant('mode-latest', (d) => ({ ...d, annual: { ...d.annual, method: 'MODE', modeTie: 'LATEST' } })),
  variant('last', (d) => ({ ...d, annual: { ...d.annual, method: 'LAST' } })),
  variant('round-6', (d) => ({ ...d, rounding: { ...d.rounding, capaian: { scale: 6, mode: 'HALF_UP' } } })),
];

/** A whole number of units as the decimal kernel writes a percent: 100 500 000 → '100.5'. */
const percentText = (units: number): string => toCanonical(new Decimal(units).div(UNITS_PER_PERCENT));

/** The batch agrees with the decimal kernel on every pegawai, under the pack. */
function expectAgrees(inputs: readonly unknown[], pack: RulePack62022, trusted = false): number {
  const batch = prepareEvaluasiBatch(inputs, { trusted });
  const h = scoreEvaluasiBatch(batch, pack, { trace: true });
  for (let i = 0; i < inputs.length; i++) {
    const r = h.hasil(i);
    if (!r.ok) {
      expect(h.predikat[i], `pegawai ${i}`).toBe(TIDAK_DINILAI);
      continue;
    }
    const got = {
      hasil: RATINGS[h.ratingHasilKerja[i]!],
      perilaku: RATINGS[h.ratingPerilakuKerja[i]!],
      predikat: PREDIKATS[h.predikat[i]!],
    };
    const want = {
      hasil: r.value.ratingHasilKerja,
      perilaku: r.value.ratingPerilakuKerja,
      predikat: r.value.predikat,
    };
    expect(got, `pegawai ${i} under ${pack.id}`).toEqual(want);
    // The compact trace says the same as the narrative one.
    const t = h.trace!;
    if (t.basis[i] === BASIS_SARAN.CAPAIAN) {
      const rhkIds = r.value.ratingRhk.map((x) => RATINGS.indexOf(x.rating));
      const r0 = batch.rhkStart[i]!;
      expect(Array.from(t.ratingRhk.slice(r0, r0 + rhkIds.length))).toEqual(rhkIds);
      let k = batch.ikiStart[r0]!;
      for (const c of r.value.capaian) {
        if (c.capaianDibulatkan === null) expect(Number.isNaN(t.capaian[k]!)).toBe(true);
        else {
          expect(percentText(t.capaianDibulatkan[k]!)).toBe(c.capaianDibulatkan);
          if (t.capaianInexact[k] === 0) expect(percentText(t.capaian[k]!)).toBe(c.capaian);
        }
        expect(RATINGS[t.ratingIndikator[k]!]).toBe(c.rating);
        k++;
      }
    }
  }
  return h.fallback;
}

/** Inputs of an agency: one annual evaluation per SKP. */
function agencyInputs(seed: number, jumlahPegawai: number): EvaluasiTahunanInput[] {
  const a = generateAgency({ seed, jumlahPegawai });
  const po = new Map(a.capaianKinerjaOrganisasi.map((c) => [c.unitKerjaId, c.predikat]));
  return a.skp.map((s) => ({
    skp: s,
    realisasi: a.realisasi.filter((r) => r.skpId === s.id),
    evaluasiPeriodik: a.evaluasiPeriodik.filter((e) => e.skpId === s.id),
    ...(s.pimpinanUnit && po.has(s.unitKerjaId) ? { predikatOrganisasi: po.get(s.unitKerjaId)! } : {}),
  }));
}

describe('scoreEvaluasiBatch', () => {
  it('agrees with the decimal kernel on a generated agency, on the fast path (no fallback)', () => {
    const inputs = agencyInputs(7, 400);
    for (const pack of PACKS) {
      const fallback = expectAgrees(inputs, pack);
      if (pack.id === 'round-6') expect(fallback).toBe(inputs.length);
      else expect(fallback, pack.id).toBe(0);
    }
  });

  it('agrees with the decimal kernel on arbitrary inputs under every pack variant', () => {
    const input = arbSkp().chain((s) =>
      fc.record({
        skp: fc.constant(s),
        realisasi: fc.array(arbRealisasi(s), { maxLength: 12 }),
        evaluasiPeriodik: fc.array(arbEvaluasiPeriodik(s), { maxLength: 4 }),
        predikatOrganisasi: fc.option(arbPredikatOrganisasi(), { nil: undefined }),
        penilaian: fc.record(
          {
            ratingHasilKerja: arbRating(),
            ratingPerilakuKerja: arbRating(),
            ratingRhk: fc
              .subarray(s.rencanaHasilKerja.map((x) => x.id))
              .chain((ids) =>
                fc.tuple(...ids.map((rhkId) => arbRating().map((rating) => ({ rhkId, rating })))),
              ),
          },
          { requiredKeys: [] },
        ),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(input, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...PACKS),
        (inputs, pack) => {
          expectAgrees(inputs, pack);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees on capaian at the rounding edges and thresholds (small denominators, means of thirds)', () => {
    const AKUMULASI: readonly Akumulasi[] = ['JUMLAH', 'RATA_RATA', 'TERAKHIR'];
    const value = fc.oneof(
      fc.integer({ min: 0, max: 4000 }).map((n) => String(n)),
      fc.integer({ min: 0, max: 400_000 }).map((n) => (n / 1000).toFixed(3)),
      fc.constantFrom('0.1', '0.2', '0.3', '1.005', '100.995', '100.5', '33.3', '66.7', '3', '7', '0'),
    );
    const target = fc.oneof(
      fc.integer({ min: 1, max: 999 }).map((n) => String(n)),
      fc.constantFrom('3', '7', '0.3', '1.5', '0.07', '99', '101', '0'),
    );
    const indikator = fc.record({
      target: fc.oneof(
        target.map((t) => t),
        fc
          .tuple(target, target)
          .map(([a, b]) => (Number(a) <= Number(b) ? [a, b] : [b, a]) as [string, string]),
      ),
      polaritas: fc.constantFrom<Polaritas>('MAKSIMALISASI', 'MINIMALISASI'),
      akumulasi: fc.constantFrom(...AKUMULASI),
      realisasi: fc.array(value, { minLength: 0, maxLength: 4 }),
    });
    const pegawai = fc.array(fc.array(indikator, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        fc.array(pegawai, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...PACKS),
        (list, pack) => {
          const inputs = list.map((rhks, p) => {
            const realisasi: {
              id: string;
              skpId: string;
              indikatorId: string;
              periodeKe: number;
              nilai: string;
            }[] = [];
            const s = skp({
              id: `skp-${p}`,
              rhk: rhks.map((ikis, j) =>
                rhk(
                  `rhk-${j}`,
                  j === 0 ? 'UTAMA' : 'TAMBAHAN',
                  ikis.map((x, k) => {
                    const id = `iki-${j}-${k}`;
                    x.realisasi.forEach((nilai, w) => {
                      realisasi.push({
                        id: `r-${j}-${k}-${w}`,
                        skpId: `skp-${p}`,
                        indikatorId: id,
                        periodeKe: w + 1,
                        nilai,
                      });
                    });
                    return iki(id, x.target, { polaritas: x.polaritas, akumulasi: x.akumulasi });
                  }),
                ),
              ),
            });
            return {
              skp: s,
              realisasi,
              evaluasiPeriodik: [1, 2].map((periodeKe) => ({
                skpId: s.id,
                periodeKe,
                ratingHasilKerja: 'SESUAI_EKSPEKTASI',
                ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI',
              })),
            };
          });
          expectAgrees(inputs, pack);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves a mean of non-terminating capaian that lands on a threshold to the decimal kernel', () => {
    // 4/3 → 133.33…%, 2/3 → 66.66…%: the mean is exactly 100 %, the sesuai threshold; the
    // integers only know it lies strictly between two bounds around 100, so they do not decide.
    const s = skp({ rhk: [rhk('rhk-1', 'UTAMA', [iki('a', '3'), iki('b', '3')])] });
    const inputs = [
      {
        skp: s,
        realisasi: [
          { id: 'r1', skpId: s.id, indikatorId: 'a', periodeKe: 1, nilai: '4' },
          { id: 'r2', skpId: s.id, indikatorId: 'b', periodeKe: 1, nilai: '2' },
        ],
        evaluasiPeriodik: [
          {
            skpId: s.id,
            periodeKe: 1,
            ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI',
            ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
          },
        ],
      },
    ];
    const exact = PACKS.find((p) => p.id === 'exact-compare')!;
    expect(expectAgrees(inputs, exact)).toBe(1);
    const h = scoreEvaluasiBatch(prepareEvaluasiBatch(inputs), exact);
    expect(RATINGS[h.ratingHasilKerja[0]!]).toBe('SESUAI_EKSPEKTASI');
    // Rounded to two decimals first (the built-in pack), both bounds round to 100: decided.
    expect(expectAgrees(inputs, PERMENPANRB_6_2022)).toBe(0);
  });

  it("suggests the decimal kernel's rating hasil kerja for SKPs of 256 RHK or more", () => {
    // Two SKPs of 300 RHK rated by the penilai whose counts (n, di atas, di bawah, utama, utama di
    // bawah) are (300, 0, 16, 20, 15) and (300, 0, 15, 276, 15): packed in base 256, both read the
    // same, yet 15 of 20 utama di bawah is too many (di bawah) and 15 of 276 is not (sesuai).
    const pegawai = (id: string, utama: number, bawah: { utama: number; tambahan: number }) => {
      const rhks = Array.from({ length: 300 }, (_, j) =>
        rhk(`rhk-${j}`, j < utama ? 'UTAMA' : 'TAMBAHAN', [iki(`iki-${j}`, '10')]),
      );
      const s = skp({ id, rhk: rhks });
      const ratingRhk = rhks.map((r, j) => {
        const diBawah = j < utama ? j < bawah.utama : j - utama < bawah.tambahan;
        return { rhkId: r.id, rating: diBawah ? 'DI_BAWAH_EKSPEKTASI' : 'SESUAI_EKSPEKTASI' };
      });
      return {
        skp: s,
        realisasi: [],
        evaluasiPeriodik: [],
        penilaian: { ratingPerilakuKerja: 'SESUAI_EKSPEKTASI', ratingRhk },
      };
    };
    const inputs = [
      pegawai('skp-a', 20, { utama: 15, tambahan: 1 }),
      pegawai('skp-b', 276, { utama: 15, tambahan: 0 }),
    ];
    const h = scoreEvaluasiBatch(prepareEvaluasiBatch(inputs), PERMENPANRB_6_2022);
    expect(h.fallback).toBe(0);
    for (let i = 0; i < inputs.length; i++) expect(h.hasil(i).ok, `pegawai ${i}`).toBe(true);
    expect(RATINGS[h.ratingHasilKerja[0]!]).toBe('DI_BAWAH_EKSPEKTASI');
    expect(RATINGS[h.ratingHasilKerja[1]!]).toBe('SESUAI_EKSPEKTASI');
    expect(expectAgrees(inputs, PERMENPANRB_6_2022)).toBe(0);
  });

  it('keeps the issues of invalid inputs and scores the rest', () => {
    const inputs = [...agencyInputs(3, 90).slice(0, 3), { skp: { id: '' } }];
    const h = scoreEvaluasiBatch(prepareEvaluasiBatch(inputs), PERMENPANRB_6_2022);
    expect(h.predikat[3]).toBe(TIDAK_DINILAI);
    const r = h.hasil(3);
    expect(r.ok).toBe(false);
    expect(h.predikat[0]).not.toBe(TIDAK_DINILAI);
  });

  it('scores the same batch under two packs (what-if) without preparing it again', () => {
    const batch = prepareEvaluasiBatch(agencyInputs(11, 200));
    const a = scoreEvaluasiBatch(batch, PACKS[0]!);
    const b = scoreEvaluasiBatch(batch, PACKS[2]!);
    expect(a.rulePack.id).toBe('permenpanrb-6-2022');
    expect(b.rulePack.id).toBe('lowest');
    // LOWEST_RATING is never kinder than the mean on the same data? Not a law; only check sizes.
    expect(a.predikat.length).toBe(b.predikat.length);
  });

  it('leaves a pegawai whose numbers are out of the exact range to the decimal kernel', () => {
    const s: Skp = skp({ rhk: [rhk('rhk-1', 'UTAMA', [iki('iki-1', '123456789012.5')])] }) as unknown as Skp;
    const inputs = [
      {
        skp: s,
        realisasi: [{ id: 'r1', skpId: s.id, indikatorId: 'iki-1', periodeKe: 1, nilai: '123456789012.5' }],
        evaluasiPeriodik: [
          {
            skpId: s.id,
            periodeKe: 1,
            ratingHasilKerja: 'SESUAI_EKSPEKTASI',
            ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
          },
        ],
      },
    ];
    expect(expectAgrees(inputs, PERMENPANRB_6_2022)).toBe(1);
    expect(scoreEvaluasi(prepareEvaluasiBatch(inputs).inputs[0]!, PERMENPANRB_6_2022).ok).toBe(true);
  });
});
