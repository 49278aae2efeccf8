import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../errors/kinerja-error';
import type { Rating } from '../model/predikat';
import { permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { RulePack62022Input } from '../rules/permenpanrb-6-2022/schema';
import { aggregateRatings } from './aggregate-ratings';
import { DI_ATAS as A, DI_BAWAH as B, SESUAI as S } from './test-fixtures';

function packWith(annual: Partial<RulePack62022Input['annual']>): RulePack62022 {
  const r = compileRulePack62022({
    ...permenpanrb62022Definition,
    version: '1.0.0+annual',
    annual: { ...permenpanrb62022Definition.annual, ...annual },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('aggregateRatings — MEAN (built-in)', () => {
  it.each<[Rating[], string, Rating]>([
    [[A, A, S, S], '2.5', A],
    [[S, S, B, B], '1.5', S],
    [[A, S, S, S], '2.25', S],
    [[S, B, B, B], '1.25', B],
    [[A, A, B], '2.333333333333333333333333333333333333333', S],
    [[A], '3', A],
  ])('%j → mean %s → %s', (ratings, mean, rating) => {
    const out = aggregateRatings(ratings);
    expect(out.rating).toBe(rating);
    expect(out.step).toMatchObject({
      kind: 'agregasi',
      aspect: 'hasil_kerja',
      method: 'MEAN',
      ratings,
      mean,
      thresholds: { diAtasEkspektasi: '2.5', sesuaiEkspektasi: '1.5' },
      tie: null,
      rating,
    });
  });

  it('records the aspect and copies the ratings', () => {
    const ratings: Rating[] = [S, A];
    const out = aggregateRatings(ratings, undefined, 'perilaku_kerja');
    ratings.push(B);
    expect(out.step.aspect).toBe('perilaku_kerja');
    expect(out.step.ratings).toEqual([S, A]);
  });
});

describe('aggregateRatings — MODE', () => {
  const latest = packWith({ method: 'MODE', modeTie: 'LATEST' });
  const lowest = packWith({ method: 'MODE', modeTie: 'LOWEST' });

  it.each<[Rating[], Rating, Rating, 'LATEST' | 'LOWEST' | null]>([
    [[A, A, S, B], A, A, null],
    [[S, A, S, B], S, S, null],
    [[A, A, S, S], S, S, 'LATEST'],
    [[S, S, A, A], A, S, 'LATEST'],
    [[A, S, B], B, B, 'LATEST'],
    [[B, S, A], A, B, 'LATEST'],
    [[B, A, B, A, S], A, B, 'LATEST'],
  ])('%j → LATEST %s, LOWEST %s', (ratings, byLatest, byLowest, tie) => {
    expect(aggregateRatings(ratings, latest).rating).toBe(byLatest);
    expect(aggregateRatings(ratings, lowest).rating).toBe(byLowest);
    expect(aggregateRatings(ratings, latest).step.tie).toBe(tie);
    expect(aggregateRatings(ratings, latest).step.mean).toBeNull();
  });
});

describe('aggregateRatings — LAST', () => {
  const last = packWith({ method: 'LAST' });
  it.each<[Rating[], Rating]>([
    [[A, A, A, B], B],
    [[B, B, B, A], A],
    [[S], S],
  ])('%j → %s', (ratings, rating) => {
    expect(aggregateRatings(ratings, last).rating).toBe(rating);
  });
});

describe('aggregateRatings — broken calls', () => {
  it('throws on an empty list and on a non-rating', () => {
    expect(() => aggregateRatings([])).toThrow(expect.objectContaining({ code: 'empty_ratings' }));
    expect(() => aggregateRatings([S, 'BAIK' as Rating])).toThrow(KinerjaError);
    expect(() => aggregateRatings(null as unknown as Rating[])).toThrow(KinerjaError);
  });
});
