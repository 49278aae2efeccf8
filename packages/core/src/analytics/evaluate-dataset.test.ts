import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulePackError } from '../errors/kinerja-error';
import { PREDIKATS } from '../model/predikat';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { evaluateTahunan } from '../scoring/evaluate-tahunan';
import { generateAgency } from '../testing/generate-agency';
import { evaluateDataset } from './evaluate-dataset';
import { kurvaUnitOf } from './kurva-unit-of';
import { DI_ATAS, DI_BAWAH, dataset, many, permuteAll, SESUAI } from './test-fixtures';

const agency = generateAgency();

function run(input: unknown) {
  const r = evaluateDataset(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
}

describe('evaluateDataset', () => {
  const r = run(agency);

  it('scores every SKP of Senapelan, ordered by SKP id', () => {
    expect(r.hasil).toHaveLength(90);
    expect(r.gagal).toEqual([]);
    const ids = r.hasil.map((h) => h.skpId);
    expect(ids).toEqual([...ids].sort());
    const totals = PREDIKATS.map((p) => r.hasil.filter((h) => h.predikat === p).length);
    expect(totals).toEqual([23, 59, 7, 1, 0]); // as the demo's table
  });

  it('agrees with evaluateTahunan SKP by SKP (unit leaders get their kurva unit’s predikat organisasi)', () => {
    const po = new Map(agency.capaianKinerjaOrganisasi.map((c) => [c.unitKerjaId, c.predikat]));
    for (const h of r.hasil) {
      const skp = agency.skp.find((s) => s.id === h.skpId)!;
      const kurva = kurvaUnitOf(agency, skp.unitKerjaId);
      expect(h.kurvaUnitId).toBe(kurva?.id ?? null);
      const single = evaluateTahunan({
        skp,
        realisasi: agency.realisasi.filter((x) => x.skpId === skp.id),
        evaluasiPeriodik: agency.evaluasiPeriodik.filter((x) => x.skpId === skp.id),
        predikatOrganisasi: skp.pimpinanUnit ? po.get(kurva!.id) : undefined,
      });
      if (!single.ok) throw new Error(skp.id);
      expect([h.ratingHasilKerja, h.ratingPerilakuKerja, h.predikat]).toEqual([
        single.value.ratingHasilKerja,
        single.value.ratingPerilakuKerja,
        single.value.predikat,
      ]);
      expect(h).toMatchObject({
        pegawaiId: skp.pegawaiId,
        tahun: 2026,
        jenisJabatan: skp.jenisJabatan,
        pimpinanUnit: skp.pimpinanUnit,
        pejabatPenilaiId: skp.pejabatPenilaiId,
      });
    }
  });

  it('takes the pejabat penilai’s annual ratings when given', () => {
    const data = dataset(
      [{ id: 'kel', predikat: 'BAIK' }],
      many('a', 2, { unit: 'kel', hasil: DI_ATAS, perilaku: SESUAI }),
    );
    const withAnnual = {
      ...data,
      evaluasiTahunan: [{ skpId: 'skp-a-1', ratingHasilKerja: DI_BAWAH, ratingPerilakuKerja: SESUAI }],
    };
    expect(run(data).hasil.map((h) => h.predikat)).toEqual(['BAIK', 'BAIK']);
    expect(run(withAnnual).hasil.map((h) => h.predikat)).toEqual(['BUTUH_PERBAIKAN', 'BAIK']);
  });

  it('evaluates only the SKP of the dataset’s year when it has one', () => {
    expect(run({ ...agency, tahun: 2025 }).hasil).toEqual([]);
    const { tahun: _, ...anyYear } = agency;
    expect(run(anyYear).hasil).toHaveLength(90);
  });

  it('lists an SKP without evaluations in gagal, and the rest still scores', () => {
    const data = dataset(
      [{ id: 'kel', predikat: 'BAIK' }],
      many('a', 2, { unit: 'kel', hasil: SESUAI, perilaku: SESUAI }),
    );
    const out = run({
      ...data,
      evaluasiPeriodik: (data.evaluasiPeriodik ?? []).filter((e) => e.skpId !== 'skp-a-2'),
    });
    expect(out.hasil.map((h) => h.skpId)).toEqual(['skp-a-1']);
    expect(out.gagal.map((g) => [g.skpId, g.pegawaiId, g.issues.map((i) => i.code)])).toEqual([
      ['skp-a-2', 'a-2', ['evaluasi_missing', 'evaluasi_missing']],
    ]);
  });

  it('gives the same rows for any order of the records', () => {
    for (const seed of [11, 12]) expect(run(permuteAll(agency, seed))).toEqual(r);
  });

  it('never throws on garbage, and throws RulePackError for a pack that is not one', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof evaluateDataset(input).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    expect(() => evaluateDataset(agency, { regime: 'permenpanrb-6-2022' } as RulePack62022)).toThrow(
      RulePackError,
    );
  });
});
