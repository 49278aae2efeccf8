import { describe, expect, it } from 'vitest';
import { permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { ratingRhkFromCapaian } from './rating-rhk';

const lowest: RulePack62022 = (() => {
  const r = compileRulePack62022({
    ...permenpanrb62022Definition,
    version: '1.0.0+lowest',
    kuantitatif: { ...permenpanrb62022Definition.kuantitatif, indikatorAggregation: 'LOWEST_RATING' },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();

function rate(capaian: (string | null)[], pack?: RulePack62022) {
  const r = ratingRhkFromCapaian(
    { rhkId: 'rhk-1', jenis: 'UTAMA', indikator: capaian.map((c) => ({ capaian: c })) },
    pack,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('ratingRhkFromCapaian', () => {
  it.each([
    [['104', '97'], '100.5', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
    [['110', '100'], '105', 'DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
    [['120', null], '60', 'DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
    [['150', '150', null], '100', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
    [['100.995'], '100.995', 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    [['101', '101', '101'], '101', 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
  ] as const)('%j → mean %s: MEAN %s, LOWEST %s', (capaian, mean, byMean, byLowest) => {
    const m = rate([...capaian]);
    expect(m.rating).toBe(byMean);
    expect(m.capaian).toBe(mean);
    expect(m.rhkId).toBe('rhk-1');
    expect(m.trace.steps.at(-1)).toMatchObject({
      kind: 'rating_rhk',
      method: 'MEAN_CAPAIAN',
      capaian: mean,
      rating: byMean,
    });
    const l = rate([...capaian], lowest);
    expect(l.rating).toBe(byLowest);
    expect(l.capaian).toBeNull();
  });

  it('needs at least one indikator with decimal capaian', () => {
    const r = ratingRhkFromCapaian({ indikator: [] });
    expect(r.ok).toBe(false);
    expect(ratingRhkFromCapaian({ indikator: [{ capaian: 'abc' }] }).ok).toBe(false);
  });
});
