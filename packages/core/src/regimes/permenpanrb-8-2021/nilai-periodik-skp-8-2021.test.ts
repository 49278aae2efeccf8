import { describe, expect, it } from 'vitest';
import { permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021';
import { compileRulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { nilaiPeriodikSkp82021 } from './nilai-periodik-skp-8-2021';

describe('nilaiPeriodikSkp82021 (8/2021 p. 75)', () => {
  it.each([
    [['100', '90'], ['88'], '95', '88', '91.5'],
    [['110'], ['109', '88'], '110', '98.5', '104.25'],
    [
      [100, 100, 95],
      [120],
      '98.33333333333333333333333333333333333333',
      '120',
      '109.1666666666666666666666666666666666667',
    ],
  ] as const)('rencana aksi %j, kinerja utama %j → %s, %s → %s', (ra, ku, mRa, mKu, nilai) => {
    const r = nilaiPeriodikSkp82021({ nilaiRencanaAksi: [...ra], nilaiKinerjaUtamaTerukur: [...ku] });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toMatchObject({ rataRataRencanaAksi: mRa, rataRataKinerjaUtamaTerukur: mKu, nilai });
      expect(r.value.trace.steps[0]).toMatchObject({
        kind: 'nilai_periodik_skp_82021',
        bobot: { rencanaAksi: '50', kinerjaUtamaTerukur: '50' },
      });
    }
  });

  it('rounds for presentation only', () => {
    const r = nilaiPeriodikSkp82021({
      nilaiRencanaAksi: ['100', '100', '95'],
      nilaiKinerjaUtamaTerukur: ['120'],
    });
    if (r.ok) expect(r.value.nilaiDibulatkan).toBe('109.17');
  });

  it('follows the pack’s weights', () => {
    const p = compileRulePack82021({
      ...permenpanrb82021Definition,
      periodik: { rencanaAksi: '25', kinerjaUtamaTerukur: '75' },
    });
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const r = nilaiPeriodikSkp82021({ nilaiRencanaAksi: ['100'], nilaiKinerjaUtamaTerukur: ['80'] }, p.value);
    if (r.ok) expect(r.value.nilai).toBe('85');
  });

  it.each([
    [{ nilaiRencanaAksi: [], nilaiKinerjaUtamaTerukur: ['80'] }, 'too_small', ['nilaiRencanaAksi']],
    [{ nilaiRencanaAksi: ['-1'], nilaiKinerjaUtamaTerukur: ['80'] }, 'too_small', ['nilaiRencanaAksi', 0]],
    [{ nilaiRencanaAksi: ['1'] }, 'required', ['nilaiKinerjaUtamaTerukur']],
  ] as const)('%j → %s', (input, code, path) => {
    const r = nilaiPeriodikSkp82021(input as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code, path });
  });
});
