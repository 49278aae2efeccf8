import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { KinerjaError } from '../../errors/kinerja-error';
import { permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021';
import { compileRulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { nilaiKinerjaUtama82021 } from './nilai-kinerja-utama-8-2021';

describe('nilaiKinerjaUtama82021', () => {
  it('JPT: an IKI of nilai 109 (85 vs 85, Baik) with bobot 40 % adds 43.6 (official example, p. 363)', () => {
    const v = nilaiKinerjaUtama82021([{ indikatorId: 'iki-1', nilai: '109', bobot: '40' }], true);
    expect(v).toMatchObject({ method: 'WEIGHTED', nilai: '43.6' });
    expect(v.items).toEqual([{ indikatorId: 'iki-1', nilai: '109', bobot: '40', kontribusi: '43.6' }]);
    expect(v.trace.steps[0]).toMatchObject({ kind: 'nilai_kinerja_utama_82021', totalBobot: '100' });
  });

  it('JPT: weighs each IKI by its bobot', () => {
    const v = nilaiKinerjaUtama82021(
      [
        { nilai: '109', bobot: '40' },
        { nilai: '88', bobot: '60' },
      ],
      true,
    );
    expect(v.nilai).toBe('96.4');
    expect(v.items.map((i) => i.kontribusi)).toEqual(['43.6', '52.8']);
  });

  it('non-JPT: the mean nilai capaian IKI, exact', () => {
    const v = nilaiKinerjaUtama82021([{ nilai: '109' }, { nilai: '88' }, { nilai: '120' }], false);
    expect(v).toMatchObject({ method: 'MEAN', nilai: '105.6666666666666666666666666666666666667' });
    expect(v.items.every((i) => i.kontribusi === null)).toBe(true);
  });

  it('follows an override of the method', () => {
    const r = compileRulePack82021({
      ...permenpanrb82021Definition,
      nilaiSkp: {
        ...permenpanrb82021Definition.nilaiSkp,
        jpt: { ...permenpanrb82021Definition.nilaiSkp.jpt, utama: 'MEAN' },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(
      nilaiKinerjaUtama82021([{ nilai: '109', bobot: '40' }, { nilai: '88' }], true, r.value).nilai,
    ).toBe('98.5');
  });

  it('throws on misuse: no items, a missing bobot, not a number', () => {
    expect(() => nilaiKinerjaUtama82021([], false)).toThrow(KinerjaError);
    expect(() => nilaiKinerjaUtama82021([{ nilai: '100' }], true)).toThrow(KinerjaError);
    expect(() => nilaiKinerjaUtama82021([{ nilai: 'x' }], false)).toThrow(KinerjaError);
  });

  it('the mean lies between the lowest and the highest nilai, and order does not matter', () => {
    const nilai = fc.integer({ min: 0, max: 12_000 }).map((n) => new Decimal(n).div(100).toFixed());
    fc.assert(
      fc.property(fc.array(nilai, { minLength: 1, maxLength: 8 }), (ns) => {
        const v = new Decimal(
          nilaiKinerjaUtama82021(
            ns.map((n) => ({ nilai: n })),
            false,
          ).nilai,
        );
        const sorted = [...ns].sort((a, b) => new Decimal(a).cmp(b));
        expect(v.gte(sorted[0]!) && v.lte(sorted[sorted.length - 1]!)).toBe(true);
        expect(
          nilaiKinerjaUtama82021(
            [...ns].reverse().map((n) => ({ nilai: n })),
            false,
          ).nilai,
        ).toBe(v.toFixed());
      }),
    );
  });
});
