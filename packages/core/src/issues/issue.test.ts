import { describe, expect, it } from 'vitest';
import { type Issue, issue } from './issue';

describe('issue', () => {
  it('builds an issue without a severity key unless one is given', () => {
    const i = issue('target_zero', ['indikator', 0, 'target'], { indikatorId: 'iki-1' });
    expect(i).toStrictEqual({
      code: 'target_zero',
      path: ['indikator', 0, 'target'],
      params: { indikatorId: 'iki-1' },
    });
    expect('severity' in i).toBe(false);
    expect(
      issue('rating_deviates', [], { aspect: 'HASIL_KERJA', given: 'A', suggested: 'B' }, 'warning'),
    ).toEqual({
      code: 'rating_deviates',
      path: [],
      params: { aspect: 'HASIL_KERJA', given: 'A', suggested: 'B' },
      severity: 'warning',
    });
  });

  it('narrows params by code', () => {
    const i: Issue = issue('duplicate_id', ['id'], { id: 'rhk-1' });
    if (i.code === 'duplicate_id') expect(i.params.id).toBe('rhk-1');
    else expect.unreachable();
  });
});
