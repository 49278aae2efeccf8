import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS, type Rating } from '../model/predikat';
import type { JenisRhk } from '../model/rencana-hasil-kerja';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { RATING_ORDINAL } from '../rules/permenpanrb-6-2022/pack';
import { saranOfCounts, saranRatingHasilKerja } from './saran-rating-hasil-kerja';
import { DI_ATAS as A, DI_BAWAH as B, SESUAI as S } from './test-fixtures';
import type { RatingRhkEntry } from './trace';

/** `U:A` = an RHK utama rated di atas, `T:B` = a tambahan rated di bawah … */
function list(spec: string): RatingRhkEntry[] {
  return spec.split(' ').map((s, i) => ({
    rhkId: `rhk-${i + 1}`,
    jenis: s[0] === 'U' ? 'UTAMA' : 'TAMBAHAN',
    rating: s[2] === 'A' ? A : s[2] === 'S' ? S : B,
  }));
}

function suggest(rhk: readonly RatingRhkEntry[]) {
  const r = saranRatingHasilKerja(rhk);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('saranRatingHasilKerja — §1.5 and decision 0002', () => {
  it.each<[string, Rating, string]>([
    ['U:A', A, 'MAJORITY_DI_ATAS'],
    ['U:A U:A T:S', A, 'MAJORITY_DI_ATAS'],
    ['U:A U:A T:B', A, 'MAJORITY_DI_ATAS'], // a tambahan di bawah does not block di atas
    ['U:A U:A U:B', S, 'MINORITY_UTAMA_DI_BAWAH'], // an utama di bawah blocks di atas; 1/3 < 0.5
    ['U:A U:S', S, 'MINORITY_UTAMA_DI_BAWAH'], // 1/2 is not > 0.5
    ['U:S U:S U:S', S, 'MINORITY_UTAMA_DI_BAWAH'],
    ['U:B U:B U:S', B, 'MAJORITY_DI_BAWAH'],
    ['U:B U:S T:A T:A', B, 'UTAMA_DI_BAWAH'], // 1 of 2 utama di bawah is not "sebagian kecil"
    ['U:S U:S U:B T:B', S, 'MINORITY_UTAMA_DI_BAWAH'], // 2/4 di bawah is not a majority; 1/3 utama
    ['T:B T:S T:S', S, 'MINORITY_UTAMA_DI_BAWAH'], // no utama at all
    ['U:B', B, 'MAJORITY_DI_BAWAH'],
  ])('%s → %s (%s)', (spec, rating, rule) => {
    const v = suggest(list(spec));
    expect(v.rating).toBe(rating);
    expect(v.trace.steps).toHaveLength(1);
    expect(v.trace.steps[0]).toMatchObject({
      kind: 'saran_rating_hasil_kerja',
      basis: 'RATING_RHK',
      rule,
      rating,
      majority: '0.5',
      minority: '0.5',
    });
  });

  it('counts all RHK and the utama', () => {
    expect(suggest(list('U:A U:B T:S T:B')).counts).toEqual({
      rhk: 4,
      diAtas: 1,
      sesuai: 1,
      diBawah: 2,
      utama: 2,
      utamaDiBawah: 1,
    });
  });

  it('decides on the counts alone, however many RHK (saranOfCounts)', () => {
    // 15 of 20 utama di bawah is too many; 15 of 276 is a minority (300 RHK either way).
    const few = { rhk: 300, diAtas: 0, sesuai: 284, diBawah: 16, utama: 20, utamaDiBawah: 15 };
    const many = { rhk: 300, diAtas: 0, sesuai: 285, diBawah: 15, utama: 276, utamaDiBawah: 15 };
    expect(saranOfCounts(few, PERMENPANRB_6_2022)).toEqual({
      rule: 'UTAMA_DI_BAWAH',
      rating: B,
    });
    expect(saranOfCounts(many, PERMENPANRB_6_2022)).toEqual({
      rule: 'MINORITY_UTAMA_DI_BAWAH',
      rating: S,
    });
  });

  it('answers issues for an empty list, duplicates and garbage', () => {
    const empty = saranRatingHasilKerja([]);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.issues[0]).toMatchObject({ code: 'too_small', path: [] });
    const dup = saranRatingHasilKerja([...list('U:A'), ...list('U:S')]);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.issues[0]).toMatchObject({ code: 'duplicate_id', path: [1, 'rhkId'] });
    expect(saranRatingHasilKerja([{ rhkId: 'x', jenis: 'UTAMA', rating: 'BAIK' as Rating }]).ok).toBe(false);
    expect(saranRatingHasilKerja(null as unknown as RatingRhkEntry[]).ok).toBe(false);
  });
});

describe('saranRatingHasilKerja — laws', () => {
  const entries = fc
    .array(
      fc.record({
        jenis: fc.constantFrom<JenisRhk>('UTAMA', 'TAMBAHAN'),
        rating: fc.constantFrom<Rating>(...RATINGS),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((xs) => xs.map((x, i) => ({ rhkId: `rhk-${i}`, ...x })));

  it('does not depend on the order of the RHK', () => {
    fc.assert(
      fc.property(
        entries.chain((xs) =>
          fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })),
        ),
        ([xs, shuffled]) => {
          expect(suggest(shuffled).rating).toBe(suggest(xs).rating);
        },
      ),
    );
  });

  it('never lowers the suggestion when one RHK is rated higher', () => {
    fc.assert(
      fc.property(entries, fc.nat(), (xs, k) => {
        const i = k % xs.length;
        const before = xs[i]!.rating;
        if (before === 'DI_ATAS_EKSPEKTASI') return;
        for (const up of RATINGS.filter((r) => RATING_ORDINAL[r] > RATING_ORDINAL[before])) {
          const raised = xs.map((x, j) => (j === i ? { ...x, rating: up } : x));
          expect(RATING_ORDINAL[suggest(raised).rating]).toBeGreaterThanOrEqual(
            RATING_ORDINAL[suggest(xs).rating],
          );
        }
      }),
    );
  });
});
