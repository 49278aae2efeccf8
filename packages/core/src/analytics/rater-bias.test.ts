import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulePackError } from '../errors/kinerja-error';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { generateAgency } from '../testing/generate-agency';
import { DEFAULT_BIAS_THRESHOLDS, type RaterBiasOptions, raterBias } from './rater-bias';
import { DI_ATAS, DI_BAWAH, dataset, many, permuteAll, SESUAI } from './test-fixtures';

/** A reference with 60 digits, to check the 40-digit results independently. */
const Exact = DecimalJs.clone({ precision: 60 });
const digits = (x: DecimalJs, n = 35): string => x.toSignificantDigits(n).toFixed();
const close = (actual: string | null, expected: DecimalJs) => {
  expect(actual).not.toBeNull();
  expect(digits(new Exact(actual!))).toBe(digits(expected));
};

function run(input: unknown, options?: RaterBiasOptions) {
  const r = raterBias(input, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
}

// Four raters in one Baik unit: one rates everyone Di Atas, one everyone Sesuai, one low, one
// has only three bawahan.
const units = [{ id: 'kec', predikat: 'BAIK' as const }];
const CONTOH = dataset(units, [
  ...many('lunak', 6, { unit: 'kec', penilai: 'p-lunak', hasil: DI_ATAS, perilaku: DI_ATAS }),
  ...many('tengah', 6, { unit: 'kec', penilai: 'p-tengah', hasil: SESUAI, perilaku: SESUAI }),
  ...many('ketat-a', 3, { unit: 'kec', penilai: 'p-ketat', hasil: DI_BAWAH, perilaku: SESUAI }),
  ...many('ketat-b', 3, { unit: 'kec', penilai: 'p-ketat', hasil: SESUAI, perilaku: DI_BAWAH }),
  ...many('kecil', 3, { unit: 'kec', penilai: 'p-kecil', hasil: SESUAI, perilaku: SESUAI }),
]);

describe('raterBias on a hand-made agency', () => {
  const r = run(CONTOH);
  const byId = Object.fromEntries(r.penilai.map((p) => [p.pejabatPenilaiId, p]));

  it('computes the agency statistics exactly', () => {
    // Scores hasil: 6×3, 6×2, 3×1, 3×2, 3×2 → n 21, Σ 45, Σ² 105: mean 15/7, variance 180/441.
    const hasil = r.instansi.ratingHasilKerja;
    expect(hasil.count).toBe(21);
    expect(hasil.distribusi).toEqual({
      DI_ATAS_EKSPEKTASI: 6,
      SESUAI_EKSPEKTASI: 12,
      DI_BAWAH_EKSPEKTASI: 3,
    });
    close(hasil.mean, new Exact(15).div(7));
    close(hasil.variance, new Exact(180).div(441));
    close(hasil.standardDeviation, new Exact(180).sqrt().div(21));
    expect(hasil.middleShare).toEqual({
      exact: '0.5714285714285714285714285714285714285714',
      rounded: '0.57',
    });
    expect(hasil.topShare?.rounded).toBe('0.29');
  });

  it('flags a rater who rates everyone Di Atas as lenient, with the index in standard deviations', () => {
    const p = byId['p-lunak']!;
    expect(p.status).toBe('DINILAI');
    expect(p.temuan.map((t) => `${t.code}:${t.aspek}`)).toEqual([
      'TERLALU_LUNAK:ratingHasilKerja',
      'TERLALU_LUNAK:ratingPerilakuKerja',
      'TERLALU_LUNAK:predikat',
    ]);
    // (3 − 15/7) / (√180 / 21) = 3/√5.
    close(p.aspek.ratingHasilKerja.leniencyIndex, new Exact(3).div(new Exact(5).sqrt()));
    expect(p.aspek.ratingHasilKerja.distribusi.DI_ATAS_EKSPEKTASI).toBe(6);
    expect(p.aspek.predikat.topShare?.exact).toBe('1');
    expect(p.aspek.ratingHasilKerja.varianceRatio).toBe('0');
  });

  it('flags a rater who rates everyone Sesuai for central tendency, not leniency or severity', () => {
    const p = byId['p-tengah']!;
    expect(p.temuan).toEqual([
      {
        code: 'KECENDERUNGAN_TENGAH',
        aspek: 'ratingHasilKerja',
        middleShare: '1',
        middleShareThreshold: '0.8',
        varianceRatio: '0',
        varianceRatioThreshold: '0.5',
      },
      expect.objectContaining({ code: 'KECENDERUNGAN_TENGAH', aspek: 'ratingPerilakuKerja' }),
      expect.objectContaining({ code: 'KECENDERUNGAN_TENGAH', aspek: 'predikat' }),
    ]);
    // (2 − 15/7) / (√180 / 21) = −1/(2√5).
    close(p.aspek.ratingHasilKerja.leniencyIndex, new Exact(-1).div(new Exact(20).sqrt()));
  });

  it('flags a low rater as strict', () => {
    const p = byId['p-ketat']!;
    expect(p.temuan.map((t) => `${t.code}:${t.aspek}`)).toEqual([
      'TERLALU_KETAT:ratingHasilKerja',
      'TERLALU_KETAT:ratingPerilakuKerja',
      'TERLALU_KETAT:predikat',
    ]);
    // (3/2 − 15/7) / (√180 / 21) = −9/(2√20).
    close(p.aspek.ratingHasilKerja.leniencyIndex, new Exact(-9).div(new Exact(20).sqrt().mul(2)));
  });

  it('flags a rater with 3 bawahan as a small sample and does not judge him', () => {
    const p = byId['p-kecil']!;
    expect(p.status).toBe('SAMPEL_KECIL');
    expect(p.bawahan).toBe(3);
    expect(p.temuan).toEqual([{ code: 'SAMPEL_KECIL', aspek: null, count: 3, minimum: 5 }]);
    expect(p.aspek.predikat.judged).toBe(false);
    // The numbers are still there for the tables (everyone Baik: central tendency, were it judged).
    expect(p.aspek.predikat.middleShare?.exact).toBe('1');
    // With a minimum of 3 he is judged.
    const judged = run(CONTOH, { minimumSampel: 3 }).penilai.find((x) => x.pejabatPenilaiId === 'p-kecil')!;
    expect(judged.status).toBe('DINILAI');
    expect(judged.temuan.map((t) => t.code)).toEqual([
      'KECENDERUNGAN_TENGAH',
      'KECENDERUNGAN_TENGAH',
      'KECENDERUNGAN_TENGAH',
    ]);
  });

  it('orders raters by id and reports the options used', () => {
    expect(r.penilai.map((p) => p.pejabatPenilaiId)).toEqual(['p-kecil', 'p-ketat', 'p-lunak', 'p-tengah']);
    expect(r.thresholds).toEqual(DEFAULT_BIAS_THRESHOLDS);
    expect(r.minimumSampel).toBe(5);
    expect(r.pack).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0' });
    expect(r.kurvaUnit.map((u) => u.kurvaUnitId)).toEqual(['kec']);
    expect(byId['p-lunak']!.kurvaUnitId).toBe('kec');
  });

  it('gives the same answer for any order of the records', () => {
    for (const seed of [4, 5, 6]) expect(run(permuteAll(CONTOH, seed))).toEqual(r);
  });
});

describe('raterBias thresholds', () => {
  // Agency scores [3, 3, 1, 1]: mean 2, standard deviation 1; rater A is exactly 1 SD above.
  const PAS = dataset(units, [
    ...many('a', 2, { unit: 'kec', penilai: 'A', hasil: DI_ATAS, perilaku: DI_ATAS }),
    ...many('b', 2, { unit: 'kec', penilai: 'B', hasil: DI_BAWAH, perilaku: DI_BAWAH }),
  ]);

  it('compares exactly at the boundary (index = threshold flags, a hair above does not)', () => {
    const at = run(PAS, { minimumSampel: 2, thresholds: { leniency: '1', severity: '1' } });
    const a = at.penilai.find((p) => p.pejabatPenilaiId === 'A')!;
    expect(a.aspek.ratingHasilKerja.leniencyIndex).toBe('1');
    expect(a.temuan.filter((t) => t.aspek === 'ratingHasilKerja').map((t) => t.code)).toEqual([
      'TERLALU_LUNAK',
    ]);
    const b = at.penilai.find((p) => p.pejabatPenilaiId === 'B')!;
    expect(b.temuan.filter((t) => t.aspek === 'ratingHasilKerja').map((t) => t.code)).toEqual([
      'TERLALU_KETAT',
    ]);
    const above = run(PAS, {
      minimumSampel: 2,
      thresholds: { leniency: '1.0000000000000000000000000000000000000000001' },
    });
    expect(above.penilai.find((p) => p.pejabatPenilaiId === 'A')!.temuan).toEqual([]);
  });

  it('judges nothing against an agency without spread', () => {
    const flat = dataset(units, many('x', 6, { unit: 'kec', penilai: 'X', hasil: SESUAI, perilaku: SESUAI }));
    const [x] = run(flat).penilai;
    expect(x!.aspek.ratingHasilKerja.leniencyIndex).toBeNull();
    expect(x!.aspek.ratingHasilKerja.varianceRatio).toBeNull();
    expect(x!.temuan).toEqual([]);
  });

  it('leaves the unit leader out of the hasil kerja and predikat statistics unless asked', () => {
    const data = dataset(
      [
        { id: 'kec', predikat: 'ISTIMEWA' },
        { id: 'kel', indukId: 'kec', predikat: 'BAIK' },
      ],
      [
        ...many('lurah', 1, {
          unit: 'kel',
          penilai: 'camat',
          hasil: SESUAI,
          perilaku: SESUAI,
          pimpinan: true,
        }),
        ...many('staf', 4, { unit: 'kec', penilai: 'camat', hasil: SESUAI, perilaku: DI_ATAS }),
      ],
    );
    const [camat] = run(data).penilai;
    expect(camat!.bawahan).toBe(5);
    expect(camat!.status).toBe('DINILAI');
    expect(camat!.kurvaUnitId).toBe('kec');
    expect(camat!.aspek.ratingHasilKerja.count).toBe(4);
    expect(camat!.aspek.ratingPerilakuKerja.count).toBe(5);
    expect(camat!.temuan).toEqual([
      { code: 'SAMPEL_KECIL', aspek: 'ratingHasilKerja', count: 4, minimum: 5 },
      { code: 'SAMPEL_KECIL', aspek: 'predikat', count: 4, minimum: 5 },
    ]);
    const all = run(data, { includePimpinanUnit: true }).penilai[0]!;
    expect(all.aspek.ratingHasilKerja.count).toBe(5);
    expect(all.temuan.filter((t) => t.code === 'SAMPEL_KECIL')).toEqual([]);
  });

  it('validates the options and never throws on garbage', () => {
    const r = raterBias(CONTOH, {
      minimumSampel: 0,
      thresholds: { leniency: '0', middleShare: '1.5', varianceRatio: '-1' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['too_small', 'options.minimumSampel'],
        ['too_small', 'options.thresholds.leniency'],
        ['too_big', 'options.thresholds.middleShare'],
        ['too_small', 'options.thresholds.varianceRatio'],
      ]);
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const res = raterBias(input, (options ?? undefined) as RaterBiasOptions);
        expect(typeof res.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('throws RulePackError for a pack that is not one', () => {
    expect(() => raterBias(CONTOH, { pack: { id: 'x' } as unknown as RulePack62022 })).toThrow(RulePackError);
  });
});

describe('raterBias on Kecamatan Senapelan (seed 62022)', () => {
  const agency = generateAgency();
  const r = run(agency);

  it('takes every rating but the unit leaders’ hasil kerja into the agency statistics', () => {
    expect(r.instansi.ratingPerilakuKerja.count).toBe(90);
    // The camat and six lurah: rating hasil kerja from the predikat organisasi.
    expect(r.instansi.predikat.count).toBe(83);
    expect(r.instansi.predikat.distribusi).toEqual({
      SANGAT_BAIK: 22,
      BAIK: 54,
      BUTUH_PERBAIKAN: 6,
      KURANG: 1,
      SANGAT_KURANG: 0,
    });
  });

  it('judges only raters with at least five bawahan', () => {
    for (const p of r.penilai) {
      expect(p.status).toBe(p.bawahan >= 5 ? 'DINILAI' : 'SAMPEL_KECIL');
      if (p.status === 'SAMPEL_KECIL') expect(p.temuan.map((t) => t.code)).toEqual(['SAMPEL_KECIL']);
    }
    expect(r.penilai.filter((p) => p.status === 'DINILAI').map((p) => p.bawahan)).toEqual([5, 13, 5, 6, 6]);
    // Every lurah rates four bawahan (the kasi and the sekretaris): too few to judge.
    for (const nama of ['Lurah Kampung Dalam', 'Lurah Padang Terubuk']) {
      const jabatan = agency.jabatan.find((j) => j.nama === nama)!;
      const lurah = agency.pegawai.find((p) => p.jabatanId === jabatan.id)!;
      const p = r.penilai.find((x) => x.pejabatPenilaiId === lurah.id)!;
      expect([p.bawahan, p.status]).toEqual([4, 'SAMPEL_KECIL']);
    }
  });

  it('is the same for any order of the records', () => {
    expect(run(permuteAll(agency, 9))).toEqual(r);
  });
});
