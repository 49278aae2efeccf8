import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulePackError } from '../errors/kinerja-error';
import { PREDIKATS } from '../model/predikat';
import { PERMENPANRB_6_2022, permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { generateAgency } from '../testing/generate-agency';
import { evaluateDataset } from './evaluate-dataset';
import { DI_ATAS, DI_BAWAH, dataset, many, permuteAll, SESUAI } from './test-fixtures';
import { whatIf } from './what-if';

function pack(changes: Record<string, unknown>): RulePack62022 {
  const r = compileRulePack62022({ ...permenpanrb62022Definition, ...changes });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The stricter kurva of the example: Baik at most 60 %, at least 10 % Butuh Perbaikan or Kurang. */
const KETAT = pack({
  version: '1.0.0+ketat',
  kurva: {
    ...permenpanrb62022Definition.kurva,
    BAIK: [
      { id: 'baik.baik-maks-60', kind: 'MAXIMUM', predikat: ['BAIK'], share: '60' },
      { id: 'baik.baik-terbanyak', kind: 'MODAL', predikat: ['BAIK'], severity: 'warning' },
      {
        id: 'baik.butuh-perbaikan-atau-kurang-min-10',
        kind: 'MINIMUM',
        predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
        share: '10',
      },
    ],
  },
});

const agency = generateAgency();

function run(input: unknown, a: RulePack62022, b: RulePack62022) {
  const r = whatIf(input, a, b);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
}

const isDiagonal = (m: Record<string, Record<string, number>>) =>
  PREDIKATS.every((from) => PREDIKATS.every((to) => from === to || m[from]![to] === 0));

/** A Baik unit of 10 that meets the built-in kurva exactly at its cap: 7 Baik, 2 Sangat Baik, 1 BP. */
const BAIK_PAS = dataset(
  [{ id: 'kel', predikat: 'BAIK' }],
  [
    ...many('b', 7, { unit: 'kel', hasil: SESUAI, perilaku: SESUAI }),
    ...many('sb', 2, { unit: 'kel', hasil: DI_ATAS, perilaku: DI_ATAS }),
    ...many('bp', 1, { unit: 'kel', hasil: DI_BAWAH, perilaku: SESUAI }),
  ],
);

describe('whatIf', () => {
  it('changes nothing between identical packs: no row changed, a diagonal matrix, the same conformance', () => {
    const r = run(agency, PERMENPANRB_6_2022, PERMENPANRB_6_2022);
    expect(r.pegawai).toHaveLength(90);
    expect(r.pegawai.some((p) => p.changed)).toBe(false);
    expect(r.total.changed).toBe(0);
    expect(isDiagonal(r.transisi)).toBe(true);
    expect(PREDIKATS.reduce((s, p) => s + r.transisi[p][p], 0)).toBe(90);
    for (const u of r.kurvaUnit) {
      expect(u.after).toEqual(u.before);
      expect(u.conformanceChanged).toBe(false);
    }
    expect(r.packBefore).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0' });
  });

  it('reproduces the Senapelan kurva table of the demo under the built-in pack', () => {
    const r = run(agency, PERMENPANRB_6_2022, KETAT);
    const table = r.kurvaUnit.map((u) => [
      u.nama,
      u.predikatOrganisasi,
      u.before.headcount,
      PREDIKATS.map((p) => u.before.counts[p]).join('/'),
      u.before.conforms,
    ]);
    expect(table).toEqual([
      ['Kecamatan Senapelan', 'BAIK', 35, '8/24/2/1/0', true],
      ['Kelurahan Kampung Bandar', 'ISTIMEWA', 9, '6/2/1/0/0', true],
      ['Kelurahan Kampung Baru', 'BAIK', 9, '2/6/1/0/0', true],
      ['Kelurahan Kampung Dalam', 'BAIK', 9, '1/8/0/0/0', false],
      ['Kelurahan Padang Bulan', 'BAIK', 9, '2/6/1/0/0', true],
      ['Kelurahan Padang Terubuk', 'BUTUH_PERBAIKAN', 9, '2/6/1/0/0', false],
      ['Kelurahan Sago', 'BAIK', 10, '2/7/1/0/0', true],
    ]);
  });

  it('under a stricter kurva keeps every predikat and makes the Baik units at their cap non-conforming', () => {
    const r = run(agency, PERMENPANRB_6_2022, KETAT);
    // The kurva constrains the distribution; it does not re-rank anybody.
    expect(r.total.changed).toBe(0);
    expect(isDiagonal(r.transisi)).toBe(true);
    expect(r.packAfter).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0+ketat' });
    const after = Object.fromEntries(r.kurvaUnit.map((u) => [u.nama, u.after.conforms]));
    expect(after).toEqual({
      'Kecamatan Senapelan': false, // Baik 24 > ⌊0.6 × 35⌋ = 21; BP + K 3 < ⌈3.5⌉ = 4
      'Kelurahan Kampung Bandar': true, // Istimewa: unchanged rules
      'Kelurahan Kampung Baru': false, // Baik 6 > ⌊5.4⌋ = 5
      'Kelurahan Kampung Dalam': false,
      'Kelurahan Padang Bulan': false,
      'Kelurahan Padang Terubuk': false,
      'Kelurahan Sago': false, // Baik 7 > 6
    });
    expect(r.total).toMatchObject({
      kurvaUnit: 7,
      conformingBefore: 5,
      conformingAfter: 1,
      becameNonConforming: 4,
    });
    const kec = r.kurvaUnit[0]!;
    expect(kec.after.violations.map((v) => ('ruleId' in v.params ? v.params.ruleId : v.code))).toEqual([
      'baik.baik-maks-60',
      'baik.butuh-perbaikan-atau-kurang-min-10',
    ]);
  });

  it('makes a Kampung Dalam-like unit (Baik at the 70 % cap) non-conforming under the stricter kurva', () => {
    const r = run(BAIK_PAS, PERMENPANRB_6_2022, KETAT);
    const [u] = r.kurvaUnit;
    expect(u!.before).toMatchObject({ headcount: 10, conforms: true, violations: [] });
    expect(u!.after.conforms).toBe(false);
    expect(u!.after.violations).toEqual([
      expect.objectContaining({
        code: 'kurva_above_maximum',
        params: { ruleId: 'baik.baik-maks-60', predikat: ['BAIK'], maximum: 6, actual: 7, share: '60' },
      }),
    ]);
    expect(u!.conformanceChanged).toBe(true);
    expect(r.total.becameNonConforming).toBe(1);
  });

  it('changes predikat when the matrix changes, and counts the transitions', () => {
    // A pack that makes Di Atas × Sesuai "Sangat Baik" (a strawman, to see the transitions).
    const longgar = pack({
      version: '1.0.0+longgar',
      predikatMatrix: {
        ...permenpanrb62022Definition.predikatMatrix,
        DI_ATAS_EKSPEKTASI: {
          ...permenpanrb62022Definition.predikatMatrix.DI_ATAS_EKSPEKTASI,
          SESUAI_EKSPEKTASI: 'SANGAT_BAIK',
        },
      },
    });
    const data = dataset(
      [{ id: 'kel', predikat: 'BAIK' }],
      [
        ...many('a', 3, { unit: 'kel', hasil: DI_ATAS, perilaku: SESUAI }),
        ...many('b', 4, { unit: 'kel', hasil: SESUAI, perilaku: SESUAI }),
        ...many('c', 1, { unit: 'kel', hasil: DI_BAWAH, perilaku: SESUAI }),
      ],
    );
    const r = run(data, PERMENPANRB_6_2022, longgar);
    expect(r.transisi.BAIK.SANGAT_BAIK).toBe(3);
    expect(r.transisi.BAIK.BAIK).toBe(4);
    expect(r.transisi.BUTUH_PERBAIKAN.BUTUH_PERBAIKAN).toBe(1);
    expect(r.total).toMatchObject({ pegawai: 8, changed: 3, predikatChanged: 3 });
    expect(r.pegawai.filter((p) => p.changed).map((p) => p.pegawaiId)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(r.pegawai[0]).toMatchObject({
      before: { ratingHasilKerja: DI_ATAS, ratingPerilakuKerja: SESUAI, predikat: 'BAIK' },
      after: { ratingHasilKerja: DI_ATAS, ratingPerilakuKerja: SESUAI, predikat: 'SANGAT_BAIK' },
    });
    expect(r.total.distribusiBefore).toEqual({
      SANGAT_BAIK: 0,
      BAIK: 7,
      BUTUH_PERBAIKAN: 1,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
    expect(r.total.distribusiAfter).toEqual({
      SANGAT_BAIK: 3,
      BAIK: 4,
      BUTUH_PERBAIKAN: 1,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
  });

  it('gives a unit leader the predikat organisasi of the nearest kurva unit, under each pack', () => {
    // The leader of a seksi under a Baik kecamatan: Baik → sesuai; a pack mapping Baik → di atas.
    const data = dataset(
      [
        { id: 'kec', predikat: 'BAIK' },
        { id: 'kec.seksi', indukId: 'kec' },
      ],
      [{ id: 'kasi', unit: 'kec.seksi', hasil: DI_BAWAH, perilaku: DI_ATAS, pimpinan: true }],
    );
    const generous = pack({
      version: '1.0.0+pimpinan',
      ratingPimpinanUnit: { ...permenpanrb62022Definition.ratingPimpinanUnit, BAIK: 'DI_ATAS_EKSPEKTASI' },
    });
    const r = run(data, PERMENPANRB_6_2022, generous);
    expect(r.pegawai[0]).toMatchObject({
      kurvaUnitId: 'kec',
      before: { ratingHasilKerja: SESUAI, predikat: 'BAIK' },
      after: { ratingHasilKerja: DI_ATAS, predikat: 'SANGAT_BAIK' },
      changed: true,
    });
  });

  it('lists the SKP that cannot be scored, and the pegawai without a kurva unit', () => {
    const data = dataset(
      [{ id: 'kel', predikat: 'BAIK' }, { id: 'lain' }],
      [
        { id: 'x', unit: 'kel', hasil: SESUAI, perilaku: SESUAI },
        { id: 'y', unit: 'lain', hasil: SESUAI, perilaku: SESUAI },
        { id: 'z', unit: 'kel', hasil: SESUAI, perilaku: SESUAI },
      ],
    );
    const noEvaluasi = {
      ...data,
      evaluasiPeriodik: (data.evaluasiPeriodik ?? []).filter((e) => e.skpId !== 'skp-z'),
    };
    const r = run(noEvaluasi, PERMENPANRB_6_2022, KETAT);
    expect(r.gagal).toEqual([
      {
        skpId: 'skp-z',
        pegawaiId: 'z',
        before: [
          expect.objectContaining({ code: 'evaluasi_missing' }),
          expect.objectContaining({ code: 'evaluasi_missing' }),
        ],
        after: [
          expect.objectContaining({ code: 'evaluasi_missing' }),
          expect.objectContaining({ code: 'evaluasi_missing' }),
        ],
      },
    ]);
    expect(r.total).toMatchObject({ pegawai: 2, gagal: 1, tanpaKurvaUnit: 1 });
    expect(r.kurvaUnit.map((u) => [u.kurvaUnitId, u.before.headcount])).toEqual([['kel', 1]]);
  });

  it('agrees with evaluateDataset under each pack', () => {
    const r = run(agency, PERMENPANRB_6_2022, KETAT);
    const a = evaluateDataset(agency, PERMENPANRB_6_2022);
    if (!a.ok) throw new Error('invalid');
    expect(r.pegawai.map((p) => [p.skpId, p.before.predikat])).toEqual(
      a.value.hasil.map((h) => [h.skpId, h.predikat]),
    );
  });

  it('gives the same answer for any order of the records', () => {
    const base = run(agency, PERMENPANRB_6_2022, KETAT);
    for (const seed of [1, 2, 3])
      expect(run(permuteAll(agency, seed), PERMENPANRB_6_2022, KETAT)).toEqual(base);
  });

  it('answers a dataset that is not valid with issues and never throws on garbage', () => {
    const r = whatIf(
      { ...agency, skp: [{ ...agency.skp[0]!, pegawaiId: 'nobody' }] },
      PERMENPANRB_6_2022,
      KETAT,
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toContainEqual(
        expect.objectContaining({ code: 'unknown_reference', path: ['skp', 0, 'pegawaiId'] }),
      );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const res = whatIf(input, PERMENPANRB_6_2022, KETAT);
        expect(typeof res.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('throws RulePackError when a pack is not a rule pack', () => {
    expect(() => whatIf(agency, PERMENPANRB_6_2022, {} as RulePack62022)).toThrow(RulePackError);
    expect(() => whatIf(agency, null as unknown as RulePack62022, KETAT)).toThrow(RulePackError);
  });
});
