import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { KinerjaError } from '../../errors/kinerja-error';
import { PP_46_2011, pp462011Definition } from '../../rules/pp-46-2011';
import { compileRulePackPp46, type RulePackPp46 } from '../../rules/pp-46-2011/pack';
import { nilaiEfisiensi } from './nilai-efisiensi';

function packWith(batas: string, batasInklusif: boolean): RulePackPp46 {
  const r = compileRulePackPp46({
    ...pp462011Definition,
    version: `1.0.0+${batasInklusif ? 'lte' : 'lt'}${batas}`,
    efisiensi: { ...pp462011Definition.efisiensi, batas, batasInklusif },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The Perka BKN formula in IEEE-754 floats, as many spreadsheets and applications compute it. */
function floatFormula(tw: number, rw: number): number {
  const eff = 100 - (rw / tw) * 100;
  const x = ((1.76 * tw - rw) / tw) * 100;
  return eff <= 24 ? x : 76 - (x - 100);
}

/** A decimal > 0 with up to 4 places, e.g. a target in months or in rupiah. */
const arbTarget = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, scale]) => new Decimal(n).div(new Decimal(10).pow(scale)));

/** A fraction in [0, 3) with up to 6 places. */
const arbRatio = fc.integer({ min: 0, max: 2_999_999 }).map((n) => new Decimal(n).div(1_000_000));

describe('nilaiEfisiensi — hand-computed values (§3.1)', () => {
  it.each([
    // [TW, RW, eff, branch within 24 %, nilai]
    ['12', '12', '0', true, '76'], // on time: "Baik"
    ['12', '9.12', '24', true, '100'], // eff exactly 24 %: 1.76·12 − 9.12 = 12 → 100
    ['12', '9', '25', false, '75'], // eff 25 %: 76 − (101 − 100) = 75 = 100·9/12
    ['12', '6', '50', false, '50'], // padded target: 100·RW/TW
    ['12', '0', '100', false, '0'],
    [
      '12',
      '13',
      '-8.333333333333333333333333333333333333333',
      true,
      '67.66666666666666666666666666666666666667',
    ],
    ['12', '21.12', '-76', true, '0'], // RW = 1.76·TW
    ['12', '24', '-100', true, '-24'], // not floored (decision 0011)
    ['170395000', '170395000', '0', true, '76'], // the Perka example's biaya
    ['25000000', '19000000', '24', true, '100'],
    ['10000000', '9000000', '10', true, '86'],
  ] as const)('TW %s, RW %s → eff %s, nilai %s', (tw, rw, eff, sampaiBatas, nilai) => {
    const v = nilaiEfisiensi(tw, rw);
    expect(v.efisiensi.toFixed()).toBe(eff);
    expect(v.sampaiBatas).toBe(sampaiBatas);
    expect(v.nilai.toFixed()).toBe(nilai);
  });

  it('rejects a target that is not greater than 0', () => {
    expect(() => nilaiEfisiensi('0', '1')).toThrow(KinerjaError);
    expect(() => nilaiEfisiensi('-12', '1')).toThrow(/target/);
    expect(() => nilaiEfisiensi('abc', '1')).toThrow(KinerjaError);
  });
});

describe('nilaiEfisiensi — the 24 % boundary is exact where floats are not', () => {
  it('finds a TW/RW with eff exactly 24 % that floats put on the wrong side, and scores it 100', () => {
    // Search small targets (months) for RW = 0.76·TW whose float efficiency is not exactly 24.
    let found: { tw: number; rw: string; floatEff: number } | undefined;
    for (let tw = 1; tw <= 100 && found === undefined; tw++) {
      const rw = new Decimal(tw).times('0.76').toFixed();
      const floatEff = 100 - (Number(rw) / tw) * 100;
      if (floatEff !== 24) found = { tw, rw, floatEff };
    }
    expect(found).toBeDefined();
    const { tw, rw, floatEff } = found!;
    // In decimals the efficiency is exactly 24 %.
    expect(new Decimal(100).minus(new Decimal(rw).times(100).div(tw)).toFixed()).toBe('24');
    // Floats see more than 24 % and take the other branch: about 76 instead of 100.
    expect(floatEff).toBeGreaterThan(24);
    expect(floatFormula(tw, Number(rw))).toBeLessThan(77);
    // Kinerja: the first branch, exactly 100.
    const v = nilaiEfisiensi(String(tw), rw);
    expect(v.efisiensi.toFixed()).toBe('24');
    expect(v.sampaiBatas).toBe(true);
    expect(v.nilai.toFixed()).toBe('100');
  });

  it('the classic case: TW 12 months, RW 9.12 months', () => {
    expect(100 - (9.12 / 12) * 100).toBe(24.000000000000014);
    expect(floatFormula(12, 9.12)).not.toBe(100);
    expect(nilaiEfisiensi('12', '9.12').nilai.toFixed()).toBe('100');
  });

  it('scores every eff-exactly-24 % case 100, for any target', () => {
    fc.assert(
      fc.property(arbTarget, (tw) => {
        const v = nilaiEfisiensi(tw, tw.times('0.76'));
        expect(v.efisiensi.toFixed()).toBe('24');
        expect(v.nilai.toFixed()).toBe('100');
      }),
    );
  });
});

describe('nilaiEfisiensi — boundary policy from the pack', () => {
  it.each([
    // [batas, inklusif, RW for TW 12, nilai]
    ['24', true, '9.12', '100'], // Perka: eff ≤ 24
    ['24', false, '9.12', '76'], // "< 24": eff 24 already beyond
    ['25', false, '9.12', '100'], // "< 25"
    ['25', false, '9.06', '100.5'], // eff 24.5 < 25: first branch
    ['25', false, '9', '75'], // eff 25: beyond
    ['24', true, '9.06', '75.5'], // eff 24.5 beyond 24: 100·9.06/12
  ] as const)('batas %s inklusif %s, RW %s → %s', (batas, inklusif, rw, nilai) => {
    expect(nilaiEfisiensi('12', rw, packWith(batas, inklusif)).nilai.toFixed()).toBe(nilai);
  });

  it('default pack is the Perka text: ≤ 24', () => {
    expect(PP_46_2011.definition.efisiensi).toEqual({
      faktor: '1.76',
      batas: '24',
      batasInklusif: true,
      nilaiDasar: '76',
    });
  });
});

describe('nilaiEfisiensi — properties', () => {
  it('RW = TW gives 76 and RW = 0.76·TW gives 100', () => {
    fc.assert(
      fc.property(arbTarget, (tw) => {
        expect(nilaiEfisiensi(tw, tw).nilai.toFixed()).toBe('76');
        expect(nilaiEfisiensi(tw, tw.times('0.76')).nilai.toFixed()).toBe('100');
      }),
    );
  });

  it('RW > TW gives less than 76, and at least 1 % late gives at most 75', () => {
    fc.assert(
      fc.property(arbTarget, arbRatio, (tw, extra) => {
        fc.pre(extra.gt(0));
        expect(nilaiEfisiensi(tw, tw.times(extra.plus(1))).nilai.lt(76)).toBe(true);
        if (extra.gte('0.01')) expect(nilaiEfisiensi(tw, tw.times(extra.plus(1))).nilai.lte(75)).toBe(true);
      }),
    );
  });

  it('within the boundary (RW ≥ 0.76·TW): less time is better, strictly', () => {
    fc.assert(
      fc.property(arbTarget, arbRatio, arbRatio, (tw, a, b) => {
        const lo = Decimal.min(a, b).plus('0.76');
        const hi = Decimal.max(a, b).plus('0.76');
        fc.pre(!lo.eq(hi));
        const vLo = nilaiEfisiensi(tw, tw.times(lo));
        const vHi = nilaiEfisiensi(tw, tw.times(hi));
        expect(vLo.sampaiBatas && vHi.sampaiBatas).toBe(true);
        expect(vLo.nilai.gt(vHi.nilai)).toBe(true);
        // RW ≤ TW: between 76 and 100.
        if (hi.lte(1)) expect(vHi.nilai.gte(76) && vLo.nilai.lte(100)).toBe(true);
      }),
    );
  });

  it('beyond the boundary (RW < 0.76·TW): the value is 100·RW/TW, increasing in RW and below 76', () => {
    fc.assert(
      fc.property(
        arbTarget,
        fc.integer({ min: 0, max: 759_999 }),
        fc.integer({ min: 0, max: 759_999 }),
        (tw, a, b) => {
          fc.pre(a !== b);
          const lo = new Decimal(Math.min(a, b)).div(1_000_000);
          const hi = new Decimal(Math.max(a, b)).div(1_000_000);
          const vLo = nilaiEfisiensi(tw, tw.times(lo));
          const vHi = nilaiEfisiensi(tw, tw.times(hi));
          expect(vLo.sampaiBatas || vHi.sampaiBatas).toBe(false);
          expect(vHi.nilai.toFixed()).toBe(hi.times(100).toFixed());
          expect(vLo.nilai.lt(vHi.nilai)).toBe(true);
          expect(vHi.nilai.lt(76)).toBe(true);
        },
      ),
    );
  });

  it('the branches meet the boundary as the Perka says: 100 on it, just under 76 past it', () => {
    fc.assert(
      fc.property(arbTarget, (tw) => {
        const on = nilaiEfisiensi(tw, tw.times('0.76'));
        const past = nilaiEfisiensi(tw, tw.times('0.759999'));
        expect(on.nilai.toFixed()).toBe('100');
        expect(past.sampaiBatas).toBe(false);
        expect(past.nilai.toFixed()).toBe('75.9999');
      }),
    );
  });
});
