import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { jumlahPeriode } from '../model/periode';
import { generateAgency } from '../testing/generate-agency';
import { cakupanUmpanBalik } from './cakupan-umpan-balik';
import { dataset, many, permuteAll, SESUAI } from './test-fixtures';

function run(input: unknown) {
  const r = cakupanUmpanBalik(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
}

const base = dataset(
  [{ id: 'kel', predikat: 'BAIK' }],
  many('a', 3, { unit: 'kel', hasil: SESUAI, perilaku: SESUAI }),
);
let n = 0;
const ub = (skp: string, periodeKe: number, sasaran: object, pemberiId = 'penilai') => ({
  id: `ub-${++n}`,
  skpId: skp,
  periodeKe,
  pemberiId,
  sasaran,
  isi: 'Pertahankan',
  diberikanPada: '2026-03-20T09:00:00+07:00',
});
const CONTOH = {
  ...base,
  umpanBalik: [
    ub('skp-a-1', 1, { jenis: 'RHK', rhkId: 'rhk-a-1' }),
    ub('skp-a-1', 1, { jenis: 'PERILAKU', nilai: 'KOLABORATIF' }),
    ub('skp-a-2', 1, { jenis: 'PERILAKU', nilai: 'KOLABORATIF' }),
    ub('skp-a-3', 1, { jenis: 'RHK', rhkId: 'rhk-a-3' }, 'orang-lain'), // not from the penilai
    ub('skp-a-3', 2, { jenis: 'PERILAKU', nilai: 'AKUNTABEL' }),
  ],
};

describe('cakupanUmpanBalik', () => {
  const r = run(CONTOH);

  it('gives the share of bawahan with umpan balik per window, 2 of 3 as 0.67 and exact', () => {
    expect(r.baris.map((b) => [b.periodeKe, b.bawahan, b.menerima, b.share.rounded])).toEqual([
      [1, 3, 2, '0.67'],
      [2, 3, 1, '0.33'],
      [3, 3, 0, '0'],
      [4, 3, 0, '0'],
    ]);
    expect(r.baris[0]!.share.exact).toBe('0.6666666666666666666666666666666666666667');
    expect(new Decimal(r.baris[0]!.share.exact).minus(new Decimal(2).div(3)).isZero()).toBe(true);
  });

  it('counts on which RHK and BerAKHLAK values, and who received none', () => {
    const w1 = r.baris[0]!;
    expect(w1).toMatchObject({
      pejabatPenilaiId: 'penilai',
      tahun: 2026,
      jenisPeriodik: 'TRIWULANAN',
      umpanBalik: 3,
      rhk: { umpanBalik: 1, bawahan: 1, utama: 1, tambahan: 0, perRhk: { 'rhk-a-1': 1 } },
      tanpaUmpanBalik: ['a-3'],
    });
    expect(w1.perilaku.umpanBalik).toBe(2);
    expect(w1.perilaku.bawahan).toBe(2);
    expect(w1.perilaku.perNilai).toEqual({
      BERORIENTASI_PELAYANAN: 0,
      AKUNTABEL: 0,
      KOMPETEN: 0,
      HARMONIS: 0,
      LOYAL: 0,
      ADAPTIF: 0,
      KOLABORATIF: 2,
    });
    expect(Object.keys(w1.perilaku.perNilai)[0]).toBe('BERORIENTASI_PELAYANAN');
  });

  it('sums per penilai over the windows', () => {
    expect(r.perPenilai).toEqual([
      {
        pejabatPenilaiId: 'penilai',
        bawahanWindows: 12,
        menerima: 3,
        share: { exact: '0.25', rounded: '0.25' },
        umpanBalik: 4,
      },
    ]);
  });

  it('counts a bawahan only in the windows the SKP segment covers', () => {
    const segmen = {
      ...CONTOH,
      skp: CONTOH.skp.map((s) => (s.id === 'skp-a-3' ? { ...s, periodeAwal: '2026-07-01' } : s)),
    };
    const out = run(segmen);
    expect(out.baris.map((b) => b.bawahan)).toEqual([2, 2, 3, 3]);
    expect(out.baris[1]!.menerima).toBe(0); // a-3's umpan balik of window 2 falls before the segment
    expect(out.baris[0]!.share.rounded).toBe('1');
  });

  it('matches a direct count on Senapelan', () => {
    const agency = generateAgency();
    const out = run(agency);
    const skpOf = new Map(agency.skp.map((s) => [s.id, s]));
    for (const b of out.baris) {
      const skps = agency.skp.filter((s) => s.pejabatPenilaiId === b.pejabatPenilaiId);
      expect(b.bawahan).toBe(new Set(skps.map((s) => s.pegawaiId)).size);
      const got = new Set(
        agency.umpanBalik
          .filter((u) => u.periodeKe === b.periodeKe && u.pemberiId === b.pejabatPenilaiId)
          .map((u) => skpOf.get(u.skpId)!)
          .filter((s) => s.pejabatPenilaiId === b.pejabatPenilaiId)
          .map((s) => s.pegawaiId),
      );
      expect(b.menerima).toBe(got.size);
      expect(b.rhk.umpanBalik + b.perilaku.umpanBalik).toBe(b.umpanBalik);
    }
    const raters = new Set(
      agency.skp.flatMap((s) => (s.pejabatPenilaiId === null ? [] : [s.pejabatPenilaiId])),
    );
    expect(out.perPenilai).toHaveLength(raters.size);
    expect(out.baris).toHaveLength(raters.size * jumlahPeriode('TRIWULANAN'));
  });

  it('is the same for any order of the records and never throws on garbage', () => {
    for (const seed of [21, 22]) expect(run(permuteAll(CONTOH, seed))).toEqual(r);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof cakupanUmpanBalik(input).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
