import { describe, expect, it } from 'vitest';
import { permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021';
import { compileRulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { nilaiPerilaku82021 } from './nilai-perilaku-8-2021';

function value(...args: Parameters<typeof nilaiPerilaku82021>) {
  const r = nilaiPerilaku82021(...args);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('nilaiPerilaku82021 — weights by who rated (S20, implementation only)', () => {
  it.each([
    [{ atasan: '100', rekan: ['90', '110'], bawahan: ['80'] }, 'ATASAN_REKAN_BAWAHAN', '96'],
    [{ atasan: '100', rekan: ['90'] }, 'ATASAN_REKAN', '96'],
    [{ atasan: '100', bawahan: ['90'] }, 'ATASAN_BAWAHAN', '96'],
    [{ atasan: '100' }, 'ATASAN', '100'],
    [
      { atasan: '110', rekan: ['100', '100', '101'] },
      'ATASAN_REKAN',
      '106.1333333333333333333333333333333333333',
    ],
  ] as const)('%j → %s, %s', (input, skema, nilai) => {
    const v = value(input as never, true);
    expect(v).toMatchObject({ skema, nilai });
  });

  it('traces the inputs, their means and the weights', () => {
    const v = value({ atasan: '100', rekan: ['90', '110'], bawahan: ['80'] }, true);
    expect(v.trace.steps).toEqual([
      {
        kind: 'nilai_perilaku_82021',
        penilaian360: true,
        skema: 'ATASAN_REKAN_BAWAHAN',
        atasan: '100',
        rekan: ['90', '110'],
        bawahan: ['80'],
        rataRataRekan: '100',
        rataRataBawahan: '80',
        bobot: { atasan: '60', rekan: '20', bawahan: '20' },
        nilai: '96',
      },
    ]);
  });

  it('without a 360° assessment: the atasan alone, other ratings ignored and flagged (8/2021 p. 75)', () => {
    const v = value({ atasan: '100', rekan: ['50', '60'], bawahan: ['70'] }, false);
    expect(v).toMatchObject({ skema: 'ATASAN', nilai: '100' });
    expect(v.trace.flags).toEqual([
      { code: 'penilaian_360_ignored', path: [], params: { rekan: 2, bawahan: 1 }, severity: 'warning' },
    ]);
    expect(value({ atasan: '100' }, false).trace.flags).toEqual([]);
  });

  it('follows overridden weights', () => {
    const d = permenpanrb82021Definition;
    const r = compileRulePack82021({
      ...d,
      perilaku: {
        ...d.perilaku,
        weights: {
          ...d.perilaku.weights,
          ATASAN_REKAN_BAWAHAN: { atasan: '50', rekan: '25', bawahan: '25' },
        },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(value({ atasan: '100', rekan: ['80'], bawahan: ['80'] }, true, r.value).nilai).toBe('90');
  });

  it.each([
    [{ atasan: '121' }, 'too_big', ['atasan']],
    [{ atasan: '100', rekan: ['90', '130'] }, 'too_big', ['rekan', 1]],
    [{ atasan: '-1' }, 'too_small', ['atasan']],
    [{ rekan: ['90'] }, 'required', ['atasan']],
  ] as const)('%j → %s', (input, code, path) => {
    const r = nilaiPerilaku82021(input as never, true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code, path });
  });
});
