import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKATS, type Predikat, RATINGS, type Rating } from '../model/predikat';
import { predikatFromRatings } from '../scoring/predikat-from-ratings';
import { checkSegments, combineSegments, type SegmenDinilai, splitSegments } from './segmen-skp';
import { skpFixture, skpRecord } from './test-fixtures';

const A: Rating = 'DI_ATAS_EKSPEKTASI';
const S: Rating = 'SESUAI_EKSPEKTASI';
const B: Rating = 'DI_BAWAH_EKSPEKTASI';

function seg(
  skpId: string,
  awal: string,
  akhir: string,
  h: Rating,
  p: Rating,
  predikat?: Predikat,
): SegmenDinilai {
  return {
    skpId,
    periodeAwal: awal,
    periodeAkhir: akhir,
    ratingHasilKerja: h,
    ratingPerilakuKerja: p,
    predikat: predikat ?? predikatFromRatings(h, p).predikat,
  };
}

describe('splitSegments', () => {
  const baru = skpFixture({
    id: 'skp-staf-2',
    periodeAwal: '2026-07-01',
    pejabatPenilaiId: 'p-kasi-baru',
    unitKerjaId: 'kel-lain',
  });

  it('closes the current segment the day before and opens the next as a draft', () => {
    const current = skpRecord('DISETUJUI', { ditetapkanOleh: 'PEJABAT_PENILAI' });
    const r = splitSegments(current, '2026-07-01', baru);
    expect(r).toEqual({
      ok: true,
      value: {
        ditutup: { ...current, skp: { ...current.skp, periodeAkhir: '2026-06-30' } },
        baru: {
          instansiId: current.instansiId,
          skp: baru,
          segmen: 2,
          status: 'DRAFT',
          revisi: 0,
          version: 0,
        },
      },
    });
    if (r.ok) expect(checkSegments([r.value.ditutup.skp, r.value.baru.skp])).toEqual([]);
  });

  it.each(['2026-01-01', '2025-12-31', '2027-01-01'])('refuses a start outside the segment (%s)', (mulai) => {
    const r = splitSegments(skpRecord('DRAFT'), mulai, { ...baru, periodeAwal: mulai });
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'invalid_interval', path: ['tanggal'] }] });
  });

  it('refuses another pegawai, the same id, another period', () => {
    const r = splitSegments(skpRecord('DRAFT'), '2026-07-01', {
      ...baru,
      id: 'skp-staf',
      pegawaiId: 'p-lain',
      periodeAwal: '2026-08-01',
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.code)).toEqual(['invalid_value', 'duplicate_id', 'invalid_interval']);
  });
});

describe('checkSegments', () => {
  it('accepts disjoint segments with gaps, in any order', () => {
    expect(
      checkSegments([
        { tahun: 2026, periodeAwal: '2026-08-01', periodeAkhir: '2026-12-31' },
        { tahun: 2026, periodeAwal: '2026-01-01', periodeAkhir: '2026-06-30' },
      ]),
    ).toEqual([]);
  });

  it('reports overlaps and segments outside their year', () => {
    expect(
      checkSegments([
        { tahun: 2026, periodeAwal: '2026-01-01', periodeAkhir: '2026-06-30' },
        { tahun: 2026, periodeAwal: '2026-06-30', periodeAkhir: '2027-01-05' },
      ]),
    ).toEqual([
      {
        code: 'invalid_interval',
        path: [1, 'periodeAkhir'],
        params: { start: '2027-01-05', end: '2026-12-31' },
      },
      {
        code: 'invalid_interval',
        path: [1, 'periodeAwal'],
        params: { start: '2026-06-30', end: '2026-06-30' },
      },
    ]);
  });
});

describe('combineSegments', () => {
  it('one segment is its own result', () => {
    const r = combineSegments([seg('a', '2026-01-01', '2026-12-31', A, S, 'BAIK')]);
    expect(r).toMatchObject({
      ok: true,
      value: { predikat: 'BAIK', ratingHasilKerja: A, skpId: 'a', skorHasilKerja: null },
    });
  });

  it('RATA_RATA_HARI: the day-weighted mean of the scores, then the matrix (golden)', () => {
    // Jan–Mar 90 days di bawah (1), Apr–Dec 275 days di atas (3): (90 + 825) / 365 = 2.5068… ≥ 2.5.
    const r = combineSegments([
      seg('b', '2026-04-01', '2026-12-31', A, S),
      seg('a', '2026-01-01', '2026-03-31', B, S),
    ]);
    expect(r).toMatchObject({
      ok: true,
      value: {
        aturan: 'RATA_RATA_HARI',
        ratingHasilKerja: A,
        ratingPerilakuKerja: S,
        predikat: 'BAIK',
        skpId: 'b',
        rincian: [
          { skpId: 'a', hari: 90, skorHasilKerja: 1, skorPerilakuKerja: 2 },
          { skpId: 'b', hari: 275, skorHasilKerja: 3, skorPerilakuKerja: 2 },
        ],
        skorPerilakuKerja: '2',
      },
    });
    if (r.ok) expect(r.value.skorHasilKerja!.startsWith('2.50684931506849315068')).toBe(true);
    // Half a year each: (1 + 3) / 2 = 2 → sesuai.
    const half = combineSegments([
      seg('a', '2026-01-01', '2026-07-01', B, A),
      seg('b', '2026-07-02', '2026-12-31', A, A),
    ]);
    expect(half).toMatchObject({
      ok: true,
      value: { ratingHasilKerja: S, ratingPerilakuKerja: A, predikat: 'BAIK' },
    });
  });

  it('SEGMEN_TERPANJANG: the longest segment, a tie to the later one', () => {
    const longer = combineSegments(
      [
        seg('a', '2026-01-01', '2026-08-31', B, S, 'BUTUH_PERBAIKAN'),
        seg('b', '2026-09-01', '2026-12-31', A, A),
      ],
      'SEGMEN_TERPANJANG',
    );
    expect(longer).toMatchObject({ ok: true, value: { predikat: 'BUTUH_PERBAIKAN', skpId: 'a' } });
    // The same year by the default rule: hasil 609/365 = 1.668… and perilaku 852/365 = 2.334… → Baik.
    const mean = combineSegments([
      seg('a', '2026-01-01', '2026-08-31', B, S, 'BUTUH_PERBAIKAN'),
      seg('b', '2026-09-01', '2026-12-31', A, A),
    ]);
    expect(mean).toMatchObject({
      ok: true,
      value: { ratingHasilKerja: S, ratingPerilakuKerja: S, predikat: 'BAIK', skpId: 'b' },
    });
    const tie = combineSegments(
      // 181 days each (a gap on 1 July, and after 29 December).
      [seg('a', '2026-01-01', '2026-06-30', B, S), seg('b', '2026-07-02', '2026-12-29', A, A)],
      'SEGMEN_TERPANJANG',
    );
    expect(tie).toMatchObject({ ok: true, value: { predikat: 'SANGAT_BAIK', skpId: 'b' } });
  });

  it('refuses no segment and overlapping segments', () => {
    expect(combineSegments([])).toMatchObject({ ok: false, issues: [{ code: 'evaluasi_not_final' }] });
    expect(
      combineSegments([
        seg('a', '2026-01-01', '2026-07-01', B, S),
        seg('b', '2026-07-01', '2026-12-31', A, A),
      ]),
    ).toMatchObject({ ok: false, issues: [{ code: 'invalid_interval' }] });
  });

  const arbYear = fc
    .uniqueArray(fc.integer({ min: 1, max: 364 }), { maxLength: 4 })
    .chain((cuts) => {
      const bounds = [0, ...[...cuts].sort((a, b) => a - b), 365];
      const n = bounds.length - 1;
      return fc.tuple(
        fc.constant(bounds),
        fc.array(fc.tuple(fc.constantFrom(...RATINGS), fc.constantFrom(...RATINGS)), {
          minLength: n,
          maxLength: n,
        }),
      );
    })
    .map(([bounds, ratings]) =>
      ratings.map(([h, p], i) => {
        const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10);
        return seg(`s${i}`, day(bounds[i]!), day(bounds[i + 1]! - 1), h, p);
      }),
    );

  it('properties: order does not matter; equal ratings everywhere give that rating; the result is a predikat', () => {
    fc.assert(
      fc.property(
        arbYear,
        fc.constantFrom('RATA_RATA_HARI', 'SEGMEN_TERPANJANG' as const),
        (segmen, aturan) => {
          const r = combineSegments(segmen, aturan);
          const reversed = combineSegments([...segmen].reverse(), aturan);
          expect(r).toEqual(reversed);
          if (!r.ok) throw new Error('valid segments');
          expect(PREDIKATS).toContain(r.value.predikat);
          const first = segmen[0]!;
          if (
            segmen.every(
              (s) =>
                s.ratingHasilKerja === first.ratingHasilKerja &&
                s.ratingPerilakuKerja === first.ratingPerilakuKerja,
            )
          ) {
            expect(r.value.ratingHasilKerja).toBe(first.ratingHasilKerja);
            expect(r.value.predikat).toBe(first.predikat);
          }
        },
      ),
    );
  });

  it('property: improving one segment never lowers the mean rating hasil kerja', () => {
    fc.assert(
      fc.property(arbYear, fc.nat(), (segmen, k) => {
        const i = k % segmen.length;
        const better = segmen.map((s, j) => (j === i ? { ...s, ratingHasilKerja: A } : s));
        const before = combineSegments(segmen);
        const after = combineSegments(better);
        if (!before.ok || !after.ok) throw new Error('valid');
        expect(RATINGS.indexOf(after.value.ratingHasilKerja)).toBeGreaterThanOrEqual(
          RATINGS.indexOf(before.value.ratingHasilKerja),
        );
      }),
    );
  });
});
