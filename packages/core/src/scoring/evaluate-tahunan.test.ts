import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Akumulasi, Polaritas } from '../model/indikator';
import { PREDIKAT_ORGANISASIS, RATINGS, type Rating } from '../model/predikat';
import type { JenisRhk } from '../model/rencana-hasil-kerja';
import { permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { evaluateTahunan } from './evaluate-tahunan';
import type { HasilEvaluasi } from './hasil-evaluasi';
import {
  DI_ATAS as A,
  DI_BAWAH as B,
  evaluasi,
  iki,
  realisasi,
  rhk,
  SESUAI as S,
  skp,
} from './test-fixtures';

function run(input: unknown, pack?: Parameters<typeof evaluateTahunan>[1]): HasilEvaluasi {
  const r = evaluateTahunan(input, pack);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function issuesOf(input: unknown) {
  const r = evaluateTahunan(input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

const kualitatif = skp({
  pendekatan: 'KUALITATIF',
  rhk: [rhk('rhk-1', 'UTAMA', [iki('iki-1', '12')]), rhk('rhk-2', 'TAMBAHAN', [iki('iki-2', '4')])],
});

describe('evaluateTahunan — from the periodic evaluations', () => {
  it('aggregates both ratings and applies the matrix', () => {
    const v = run({
      skp: kualitatif,
      evaluasiPeriodik: [evaluasi(4, S, S), evaluasi(1, A, S), evaluasi(3, S, A), evaluasi(2, A, S)],
    });
    expect(v).toMatchObject({
      skpId: 'skp-1',
      ratingHasilKerja: A, // mean 2.5
      ratingPerilakuKerja: S, // mean 2.25
      predikat: 'BAIK',
      saran: { ratingHasilKerja: A, ratingPerilakuKerja: S },
      capaian: [],
      ratingRhk: [],
    });
    expect(v.periodeKe).toBeUndefined();
    expect(v.trace.steps.map((s) => s.kind)).toEqual([
      'agregasi',
      'rating_final',
      'agregasi',
      'rating_final',
      'matriks_predikat',
    ]);
    // Sorted by period before aggregation.
    expect(v.trace.steps[0]).toMatchObject({ ratings: [A, A, S, S], mean: '2.5' });
    expect(v.trace.steps[1]).toMatchObject({ source: 'SARAN', given: null, suggested: A });
    expect(v.trace.flags).toEqual([]);
  });

  it('names the pack id and version in the trace', () => {
    const input = { skp: kualitatif, evaluasiPeriodik: [evaluasi(1, S, S)] };
    expect(run(input).trace.rulePack).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0' });
    const custom = compileRulePack62022({ ...permenpanrb62022Definition, id: 'kab-kampar', version: '3' });
    if (!custom.ok) throw new Error('pack');
    expect(run(input, custom.value).trace.rulePack).toEqual({ id: 'kab-kampar', version: '3' });
  });
});

describe('evaluateTahunan — the penilai decides, deviations are flagged', () => {
  it('keeps the penilai rating and flags the deviation', () => {
    const v = run({
      skp: kualitatif,
      evaluasiPeriodik: [evaluasi(1, A, S), evaluasi(2, A, S)],
      penilaian: { ratingHasilKerja: S, ratingPerilakuKerja: S },
    });
    expect(v.ratingHasilKerja).toBe(S);
    expect(v.saran.ratingHasilKerja).toBe(A);
    expect(v.predikat).toBe('BAIK');
    expect(v.trace.flags).toEqual([
      {
        code: 'rating_deviates',
        path: ['penilaian', 'ratingHasilKerja'],
        params: { aspect: 'hasil_kerja', given: S, suggested: A },
        severity: 'warning',
      },
    ]);
    expect(v.trace.steps.find((s) => s.kind === 'rating_final')).toMatchObject({
      aspect: 'hasil_kerja',
      given: S,
      suggested: A,
      source: 'PENILAI',
      rating: S,
    });
  });

  it('needs no suggestion when the penilai gives both ratings', () => {
    const v = run({ skp: kualitatif, penilaian: { ratingHasilKerja: B, ratingPerilakuKerja: B } });
    expect(v.predikat).toBe('SANGAT_KURANG');
    expect(v.saran).toEqual({});
    expect(v.trace.flags).toEqual([]);
  });

  it('fails with evaluasi_missing when there is neither a rating nor a basis', () => {
    expect(issuesOf({ skp: kualitatif })).toEqual([
      {
        code: 'evaluasi_missing',
        path: ['penilaian', 'ratingHasilKerja'],
        params: { aspect: 'hasil_kerja' },
      },
      {
        code: 'evaluasi_missing',
        path: ['penilaian', 'ratingPerilakuKerja'],
        params: { aspect: 'perilaku_kerja' },
      },
    ]);
    expect(issuesOf({ skp: kualitatif, penilaian: { ratingHasilKerja: A } }).map((i) => i.code)).toEqual([
      'evaluasi_missing',
    ]);
  });
});

describe('evaluateTahunan — the unit leader rule', () => {
  const leader = skp({ pendekatan: 'KUALITATIF', pimpinanUnit: true, rhk: kualitatif.rencanaHasilKerja });

  it.each(PREDIKAT_ORGANISASIS.map((po) => [po, permenpanrb62022Definition.ratingPimpinanUnit[po]] as const))(
    'predikat organisasi %s sets the rating hasil kerja to %s',
    (po, rating) => {
      const v = run({
        skp: leader,
        predikatOrganisasi: po,
        evaluasiPeriodik: [evaluasi(1, B, S)],
        penilaian: { ratingPerilakuKerja: S },
      });
      expect(v.ratingHasilKerja).toBe(rating);
      expect(v.saran.ratingHasilKerja).toBe(rating);
      expect(v.trace.steps[0]).toEqual({ kind: 'rating_pimpinan_unit', predikatOrganisasi: po, rating });
      expect(v.trace.flags.map((f) => f.code)).toEqual(['rating_from_predikat_organisasi']);
    },
  );

  it('wins over a different penilai rating, with a rating_deviates flag', () => {
    const v = run({
      skp: leader,
      predikatOrganisasi: 'ISTIMEWA',
      penilaian: { ratingHasilKerja: S, ratingPerilakuKerja: A },
    });
    expect(v.ratingHasilKerja).toBe(A);
    expect(v.predikat).toBe('SANGAT_BAIK');
    expect(v.trace.flags.map((f) => f.code)).toEqual(['rating_from_predikat_organisasi', 'rating_deviates']);
    expect(v.trace.flags[1]).toMatchObject({ params: { aspect: 'hasil_kerja', given: S, suggested: A } });
    expect(v.trace.steps.find((s) => s.kind === 'rating_final')).toMatchObject({
      source: 'PREDIKAT_ORGANISASI',
      given: S,
      rating: A,
    });
  });

  it('requires the predikat organisasi', () => {
    expect(issuesOf({ skp: leader, penilaian: { ratingHasilKerja: S, ratingPerilakuKerja: S } })).toEqual([
      {
        code: 'predikat_organisasi_missing',
        path: ['predikatOrganisasi'],
        params: { unitKerjaId: 'unit-1', tahun: 2026 },
      },
    ]);
  });

  it('does not apply to a pegawai who does not lead the unit', () => {
    const v = run({
      skp: kualitatif,
      predikatOrganisasi: 'ISTIMEWA',
      penilaian: { ratingHasilKerja: S, ratingPerilakuKerja: S },
    });
    expect(v.ratingHasilKerja).toBe(S);
    expect(v.trace.flags).toEqual([]);
  });
});

describe('evaluateTahunan — the kuantitatif approach', () => {
  const kuantitatif = skp({
    rhk: [
      rhk('rhk-1', 'UTAMA', [iki('iki-1', '1200', { akumulasi: 'JUMLAH' })]),
      rhk('rhk-2', 'UTAMA', [iki('iki-2', '80', { akumulasi: 'RATA_RATA' })]),
      rhk('rhk-3', 'TAMBAHAN', [
        iki('iki-3', '100', { akumulasi: 'TERAKHIR' }),
        iki('iki-4', ['7', '8'], { polaritas: 'MINIMALISASI', akumulasi: 'RATA_RATA' }),
      ]),
    ],
  });
  const realisasiTahun = [
    ...['300', '300', '300', '320'].map((n, i) => realisasi('iki-1', i + 1, n)),
    ...['78', '82', '80', '84'].map((n, i) => realisasi('iki-2', i + 1, n)),
    realisasi('iki-3', 4, '95'),
    realisasi('iki-3', 2, '40'),
    realisasi('iki-4', 1, '6'),
    realisasi('iki-4', 3, '7'),
  ];

  it('combines realisasi by akumulasi, rates IKI, RHK and suggests', () => {
    const v = run({ skp: kuantitatif, realisasi: realisasiTahun, penilaian: { ratingPerilakuKerja: S } });
    expect(v.capaian).toEqual([
      {
        rhkId: 'rhk-1',
        indikatorId: 'iki-1',
        realisasi: '1220',
        capaian: '101.6666666666666666666666666666666666667',
        capaianDibulatkan: '101.67',
        rating: A,
      },
      {
        rhkId: 'rhk-2',
        indikatorId: 'iki-2',
        realisasi: '81',
        capaian: '101.25',
        capaianDibulatkan: '101.25',
        rating: A,
      },
      {
        rhkId: 'rhk-3',
        indikatorId: 'iki-3',
        realisasi: '95',
        capaian: '95',
        capaianDibulatkan: '95',
        rating: B,
      },
      // mean 6.5 below [7, 8], lower is better: (2 − 6.5/7) × 100
      {
        rhkId: 'rhk-3',
        indikatorId: 'iki-4',
        realisasi: '6.5',
        capaian: '107.1428571428571428571428571428571428571',
        capaianDibulatkan: '107.14',
        rating: A,
      },
    ]);
    // rhk-3: mean capaian (95 + 107.142857…) / 2 = 101.07… → di atas.
    expect(v.ratingRhk).toEqual([
      { rhkId: 'rhk-1', jenis: 'UTAMA', rating: A },
      { rhkId: 'rhk-2', jenis: 'UTAMA', rating: A },
      { rhkId: 'rhk-3', jenis: 'TAMBAHAN', rating: A },
    ]);
    expect(v.saran.ratingHasilKerja).toBe(A);
    expect(v.ratingHasilKerja).toBe(A);
    expect(v.predikat).toBe('BAIK');
    const steps = v.trace.steps;
    expect(steps.filter((s) => s.kind === 'realisasi_tahunan')).toEqual([
      {
        kind: 'realisasi_tahunan',
        indikatorId: 'iki-1',
        akumulasi: 'JUMLAH',
        periode: [
          { periodeKe: 1, nilai: '300' },
          { periodeKe: 2, nilai: '300' },
          { periodeKe: 3, nilai: '300' },
          { periodeKe: 4, nilai: '320' },
        ],
        realisasi: '1220',
      },
      expect.objectContaining({ indikatorId: 'iki-2', realisasi: '81' }),
      expect.objectContaining({
        indikatorId: 'iki-3',
        periode: [
          { periodeKe: 2, nilai: '40' },
          { periodeKe: 4, nilai: '95' },
        ],
        realisasi: '95',
      }),
      expect.objectContaining({ indikatorId: 'iki-4', realisasi: '6.5' }),
    ]);
    expect(steps.find((s) => s.kind === 'saran_rating_hasil_kerja')).toMatchObject({
      basis: 'CAPAIAN',
      rule: 'MAJORITY_DI_ATAS',
    });
    expect(steps.at(-1)).toMatchObject({ kind: 'matriks_predikat', predikat: 'BAIK' });
  });

  it('counts an indikator without realisasi as di bawah and flags it', () => {
    const v = run({
      skp: kuantitatif,
      realisasi: realisasiTahun.filter((r) => r.indikatorId !== 'iki-2'),
      penilaian: { ratingPerilakuKerja: S },
    });
    expect(v.trace.flags).toEqual([
      {
        code: 'realisasi_missing',
        path: ['skp', 'rencanaHasilKerja', 1, 'indikator', 0],
        params: { indikatorId: 'iki-2' },
        severity: 'warning',
      },
    ]);
    expect(v.capaian[1]).toEqual({
      rhkId: 'rhk-2',
      indikatorId: 'iki-2',
      realisasi: null,
      capaian: null,
      capaianDibulatkan: null,
      rating: B,
    });
    expect(v.ratingRhk[1]).toEqual({ rhkId: 'rhk-2', jenis: 'UTAMA', rating: B });
    // 2 of 3 di atas but an RHK utama di bawah: not di atas; 1 of 2 utama di bawah: di bawah.
    expect(v.saran.ratingHasilKerja).toBe(B);
  });

  it('skips the capaian basis on a zero target and falls back to the periodic ratings', () => {
    const zero = skp({ rhk: [rhk('rhk-1', 'UTAMA', [iki('iki-1', '0', { polaritas: 'MINIMALISASI' })])] });
    const v = run({
      skp: zero,
      realisasi: [realisasi('iki-1', 1, '2')],
      evaluasiPeriodik: [evaluasi(1, S, S)],
    });
    expect(v.trace.flags.map((f) => [f.code, f.severity])).toEqual([['target_zero', 'warning']]);
    expect(v.saran.ratingHasilKerja).toBe(S);
    expect(v.capaian).toEqual([]);
    expect(v.trace.steps.map((s) => s.kind)).toEqual([
      'realisasi_tahunan',
      'agregasi',
      'rating_final',
      'agregasi',
      'rating_final',
      'matriks_predikat',
    ]);
  });

  it('reads no capaian in the kualitatif approach', () => {
    const v = run({
      skp: kualitatif,
      realisasi: [realisasi('iki-1', 1, '12')],
      penilaian: { ratingHasilKerja: S, ratingPerilakuKerja: S },
    });
    expect(v.capaian).toEqual([]);
    expect(v.saran).toEqual({});
  });

  it('ignores realisasi that carry only a narrative', () => {
    const v = run({
      skp: kuantitatif,
      realisasi: [
        { id: 'r-1', skpId: 'skp-1', indikatorId: 'iki-1', periodeKe: 1, uraian: 'Sudah dikerjakan' },
      ],
      evaluasiPeriodik: [evaluasi(1, S, S)],
    });
    expect(v.capaian).toEqual([]);
    expect(v.trace.steps[0]!.kind).toBe('agregasi');
  });
});

describe('evaluateTahunan — the penilai rates each RHK', () => {
  const s3 = skp({
    pendekatan: 'KUALITATIF',
    rhk: [
      rhk('rhk-1', 'UTAMA', [iki('iki-1', '1')]),
      rhk('rhk-2', 'UTAMA', [iki('iki-2', '1')]),
      rhk('rhk-3', 'TAMBAHAN', [iki('iki-3', '1')]),
    ],
  });

  it('suggests from the RHK ratings, before capaian and periodic ratings', () => {
    const v = run({
      skp: { ...s3, pendekatan: 'KUANTITATIF' },
      realisasi: [realisasi('iki-1', 1, '0')],
      evaluasiPeriodik: [evaluasi(1, B, S)],
      penilaian: {
        ratingRhk: [
          { rhkId: 'rhk-3', rating: S },
          { rhkId: 'rhk-1', rating: A },
          { rhkId: 'rhk-2', rating: A },
        ],
      },
    });
    expect(v.saran.ratingHasilKerja).toBe(A);
    expect(v.ratingHasilKerja).toBe(A);
    expect(v.ratingRhk.map((r) => r.rhkId)).toEqual(['rhk-1', 'rhk-2', 'rhk-3']);
    expect(v.capaian).toEqual([]);
    expect(v.trace.steps[0]).toMatchObject({ kind: 'saran_rating_hasil_kerja', basis: 'RATING_RHK' });
  });

  it('counts an unrated RHK as di bawah and flags it', () => {
    const v = run({
      skp: s3,
      penilaian: {
        ratingRhk: [
          { rhkId: 'rhk-1', rating: A },
          { rhkId: 'rhk-3', rating: A },
        ],
        ratingPerilakuKerja: S,
      },
    });
    expect(v.trace.flags).toEqual([
      {
        code: 'rating_rhk_missing',
        path: ['penilaian', 'ratingRhk'],
        params: { rhkId: 'rhk-2' },
        severity: 'warning',
      },
    ]);
    expect(v.saran.ratingHasilKerja).toBe(B); // 1 of 2 utama di bawah
  });
});

describe('evaluateTahunan — cross checks', () => {
  const s = skp({ rhk: [rhk('rhk-1', 'UTAMA', [iki('iki-1', '10')])] });

  it.each([
    [{ realisasi: [realisasi('iki-9', 1, '1')] }, 'unknown_reference', ['realisasi', 0, 'indikatorId']],
    [{ realisasi: [realisasi('iki-1', 1, '1', 'skp-2')] }, 'unknown_reference', ['realisasi', 0, 'skpId']],
    [{ realisasi: [realisasi('iki-1', 5, '1')] }, 'periode_unknown', ['realisasi', 0, 'periodeKe']],
    [{ realisasi: [realisasi('iki-1', 1, '-1')] }, 'too_small', ['realisasi', 0, 'nilai']],
    [
      { realisasi: [realisasi('iki-1', 1, '1'), realisasi('iki-1', 1, '2')] },
      'duplicate_id',
      ['realisasi', 1],
    ],
    [
      { evaluasiPeriodik: [evaluasi(1, S, S), evaluasi(1, A, S)] },
      'duplicate_id',
      ['evaluasiPeriodik', 1, 'periodeKe'],
    ],
    [
      { evaluasiPeriodik: [evaluasi(1, S, S, 'skp-2')] },
      'unknown_reference',
      ['evaluasiPeriodik', 0, 'skpId'],
    ],
    [{ evaluasiPeriodik: [evaluasi(7, S, S)] }, 'periode_unknown', ['evaluasiPeriodik', 0, 'periodeKe']],
    [
      { penilaian: { ratingRhk: [{ rhkId: 'rhk-9', rating: S }] } },
      'unknown_reference',
      ['penilaian', 'ratingRhk', 0, 'rhkId'],
    ],
    [
      { skp: skp({ rhk: [rhk('rhk-1', 'UTAMA', [iki('iki-1', '-10')])] }) },
      'too_small',
      ['skp', 'rencanaHasilKerja', 0, 'indikator', 0, 'target', 'nilai'],
    ],
    [{ penilaian: { ratingHasilKerja: 'BAIK' } }, 'invalid_value', ['penilaian', 'ratingHasilKerja']],
    [{ skp: { ...s, rencanaHasilKerja: [] } }, 'too_small', ['skp', 'rencanaHasilKerja']],
  ] as const)('%j → %s', (patch, code, path) => {
    const issues = issuesOf({ skp: s, penilaian: { ratingHasilKerja: S, ratingPerilakuKerja: S }, ...patch });
    expect(issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = evaluateTahunan(input);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on near-valid input', () => {
    const base = { skp: s, realisasi: [realisasi('iki-1', 1, '3')], penilaian: { ratingPerilakuKerja: S } };
    fc.assert(
      fc.property(
        fc.constantFrom('skp', 'realisasi', 'penilaian', 'evaluasiPeriodik', 'predikatOrganisasi'),
        fc.anything(),
        (key, junk) => {
          const r = evaluateTahunan({ ...base, [key]: junk });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluateTahunan — the order of RHK never changes the result', () => {
  const rating = fc.constantFrom<Rating>(...RATINGS);
  const decimal = fc.integer({ min: 0, max: 2000 }).map((n) => (n / 10).toString());
  const positive = fc.integer({ min: 1, max: 2000 }).map((n) => (n / 10).toString());
  const ikiSpec = fc.record({
    target: fc.oneof(
      positive,
      fc
        .tuple(positive, positive)
        .map(([a, b]) => (Number(a) <= Number(b) ? [a, b] : [b, a]) as [string, string]),
    ),
    polaritas: fc.constantFrom<Polaritas>('MAKSIMALISASI', 'MINIMALISASI'),
    akumulasi: fc.constantFrom<Akumulasi>('JUMLAH', 'RATA_RATA', 'TERAKHIR'),
    realisasi: fc.array(fc.option(decimal, { nil: undefined }), { minLength: 4, maxLength: 4 }),
  });
  const rhkSpec = fc.record({
    jenis: fc.constantFrom<JenisRhk>('UTAMA', 'TAMBAHAN'),
    indikator: fc.array(ikiSpec, { minLength: 1, maxLength: 3 }),
    rating: fc.option(rating, { nil: undefined }),
  });
  const scenario = fc.record({
    rhk: fc.array(rhkSpec, { minLength: 1, maxLength: 5 }),
    useRatingRhk: fc.boolean(),
    evaluasi: fc.array(fc.tuple(rating, rating), { maxLength: 4 }),
    given: fc.record({
      hasil: fc.option(rating, { nil: undefined }),
      perilaku: fc.option(rating, { nil: undefined }),
    }),
  });

  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

  function build(sc: Scenario) {
    const rhks = sc.rhk.map((r, i) =>
      rhk(
        `rhk-${i}`,
        i === 0 ? 'UTAMA' : r.jenis,
        r.indikator.map((k, j) =>
          iki(`iki-${i}-${j}`, k.target, { polaritas: k.polaritas, akumulasi: k.akumulasi }),
        ),
      ),
    );
    const real = sc.rhk.flatMap((r, i) =>
      r.indikator.flatMap((k, j) =>
        k.realisasi.flatMap((n, p) => (n === undefined ? [] : [realisasi(`iki-${i}-${j}`, p + 1, n)])),
      ),
    );
    const ratingRhk = sc.useRatingRhk
      ? sc.rhk.flatMap((r, i) => (r.rating === undefined ? [] : [{ rhkId: `rhk-${i}`, rating: r.rating }]))
      : undefined;
    return {
      rhks,
      real,
      rest: {
        evaluasiPeriodik: sc.evaluasi.map(([h, p], i) => evaluasi(i + 1, h, p)),
        penilaian: { ratingHasilKerja: sc.given.hasil, ratingPerilakuKerja: sc.given.perilaku, ratingRhk },
      },
    };
  }

  it('holds for shuffled RHK, indikator, realisasi and evaluations', () => {
    fc.assert(
      fc.property(
        scenario.chain((sc) => {
          const b = build(sc);
          const n = (xs: readonly unknown[]) => ({ minLength: xs.length, maxLength: xs.length });
          return fc.record({
            b: fc.constant(b),
            rhks: fc
              .shuffledSubarray(b.rhks, n(b.rhks))
              .chain((rs) =>
                fc.tuple(
                  ...rs.map((r) =>
                    fc.shuffledSubarray(r.indikator, n(r.indikator)).map((ind) => ({ ...r, indikator: ind })),
                  ),
                ),
              ),
            real: fc.shuffledSubarray(b.real, n(b.real)),
            evals: fc.shuffledSubarray(b.rest.evaluasiPeriodik, n(b.rest.evaluasiPeriodik)),
          });
        }),
        ({ b, rhks, real, evals }) => {
          const original = evaluateTahunan({ skp: skp({ rhk: b.rhks }), realisasi: b.real, ...b.rest });
          const shuffled = evaluateTahunan({
            skp: skp({ rhk: rhks }),
            realisasi: real,
            ...b.rest,
            evaluasiPeriodik: evals,
          });
          expect(shuffled.ok).toBe(original.ok);
          if (original.ok && shuffled.ok) {
            const pick = (v: HasilEvaluasi) => ({
              ratingHasilKerja: v.ratingHasilKerja,
              ratingPerilakuKerja: v.ratingPerilakuKerja,
              predikat: v.predikat,
              saran: v.saran,
              flags: v.trace.flags.map((f) => f.code).sort(),
              capaian: [...v.capaian].sort((x, y) => x.indikatorId.localeCompare(y.indikatorId)),
              ratingRhk: [...v.ratingRhk].sort((x, y) => x.rhkId.localeCompare(y.rhkId)),
            });
            expect(pick(shuffled.value)).toEqual(pick(original.value));
          } else if (!original.ok && !shuffled.ok) {
            expect(shuffled.issues.map((i) => i.code).sort()).toEqual(
              original.issues.map((i) => i.code).sort(),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('evaluateTahunan — monotonicity of the suggestion', () => {
  const ordinal = { DI_BAWAH_EKSPEKTASI: 0, SESUAI_EKSPEKTASI: 1, DI_ATAS_EKSPEKTASI: 2 } as const;
  const spec = fc.array(
    fc.record({
      jenis: fc.constantFrom<JenisRhk>('UTAMA', 'TAMBAHAN'),
      target: fc.integer({ min: 1, max: 400 }),
      polaritas: fc.constantFrom<Polaritas>('MAKSIMALISASI', 'MINIMALISASI'),
      akumulasi: fc.constantFrom<Akumulasi>('JUMLAH', 'RATA_RATA', 'TERAKHIR'),
      realisasi: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 4, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 5 },
  );

  it('a better realisasi never lowers the suggested rating hasil kerja', () => {
    fc.assert(
      fc.property(spec, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 100 }), (rs, which, period, delta) => {
        const i = which % rs.length;
        const p = period % 4;
        const input = (bump: number) => ({
          skp: skp({
            rhk: rs.map((r, k) =>
              rhk(`rhk-${k}`, k === 0 ? 'UTAMA' : r.jenis, [
                iki(`iki-${k}`, String(r.target), { polaritas: r.polaritas, akumulasi: r.akumulasi }),
              ]),
            ),
          }),
          realisasi: rs.flatMap((r, k) =>
            r.realisasi.map((n, q) => {
              // Better: higher for MAKSIMALISASI, lower (not below 0) for MINIMALISASI.
              const better = r.polaritas === 'MAKSIMALISASI' ? n + bump : Math.max(0, n - bump);
              return realisasi(`iki-${k}`, q + 1, String(k === i && q === p ? better : n));
            }),
          ),
          penilaian: { ratingPerilakuKerja: S },
        });
        const before = run(input(0)).saran.ratingHasilKerja!;
        const after = run(input(delta)).saran.ratingHasilKerja!;
        expect(ordinal[after]).toBeGreaterThanOrEqual(ordinal[before]);
      }),
      { numRuns: 200 },
    );
  });
});
