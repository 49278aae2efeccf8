import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { KinerjaError } from '../../errors/kinerja-error';
import { PERMENPANRB_8_2021, permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021';
import { compileRulePack82021, type RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import type { RulePack82021Input } from '../../rules/permenpanrb-8-2021/schema';
import { capaianIki82021 } from './capaian-iki-8-2021';
import { KATEGORI_CAPAIAN_8_2021 } from './kategori-capaian-8-2021';
import { nilaiCapaianIki82021 } from './nilai-capaian-iki-8-2021';

function packWith(k: Partial<RulePack82021Input['kategoriCapaian']>): RulePack82021 {
  const r = compileRulePack82021({
    ...permenpanrb82021Definition,
    version: '1.0.0+test',
    kategoriCapaian: { ...permenpanrb82021Definition.kategoriCapaian, ...k },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('nilaiCapaianIki82021 — official examples (8/2021 p. 363)', () => {
  it.each([
    // 85 vs 85 → 100 % → Baik → 109
    ['85', '85', '100', '100', 'BAIK', '109'],
    // 93 vs 95 → 97.89 %, printed 98 % → Cukup → 88 = 70 + 19/19 × 18
    ['95', '93', '97.89473684210526315789473684210526315789', '98', 'CUKUP', '88'],
  ] as const)(
    'target %s, realisasi %s → capaian %s → %s → %s, nilai %s',
    (target, realisasi, capaian, compared, kategori, nilai) => {
      const r = capaianIki82021({ target: { jenis: 'TUNGGAL', nilai: target }, realisasi });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.value.capaian).toBe(capaian);
      const v = nilaiCapaianIki82021(r.value.capaian, { indikatorId: 'iki-2' });
      expect(v).toMatchObject({ indikatorId: 'iki-2', compared, kategori, nilai, gap: false });
      expect(v.trace.steps).toEqual([
        expect.objectContaining({
          kind: 'nilai_capaian_iki_82021',
          rule: 'BAND',
          capaian,
          compared,
          kategori,
          nilai,
        }),
      ]);
    },
  );

  it('traces the band used', () => {
    expect(nilaiCapaianIki82021('97.89').trace.steps[0]).toMatchObject({
      roundBeforeBanding: { scale: 0, mode: 'HALF_UP' },
      band: { kategori: 'CUKUP', capaian: { min: '80', max: '99' }, nilai: { min: '70', max: '89' } },
    });
  });
});

describe('nilaiCapaianIki82021 — the bands of §2.3', () => {
  it.each([
    ['130', 'SANGAT_BAIK', '120', 'ABOVE'],
    ['111', 'SANGAT_BAIK', '120', 'ABOVE'],
    ['110', 'SANGAT_BAIK', '120', 'BAND'],
    ['105', 'SANGAT_BAIK', '114.4444444444444444444444444444444444444', 'BAND'],
    ['101', 'SANGAT_BAIK', '110', 'BAND'],
    ['100', 'BAIK', '109', 'BAND'],
    ['99', 'CUKUP', '89', 'BAND'],
    ['90', 'CUKUP', '80', 'BAND'],
    ['80', 'CUKUP', '70', 'BAND'],
    ['79', 'KURANG', '69', 'BAND'],
    ['60', 'KURANG', '50', 'BAND'],
    ['59', 'SANGAT_KURANG', '49', 'BAND'],
    ['30', 'SANGAT_KURANG', '24.91525423728813559322033898305084745763', 'BAND'],
    ['0', 'SANGAT_KURANG', '0', 'BAND'],
    // Rounded to 0 decimals half-up before banding (the default): no capaian falls in a gap.
    ['99.5', 'BAIK', '109', 'BAND'],
    ['99.49', 'CUKUP', '89', 'BAND'],
    ['100.5', 'SANGAT_BAIK', '110', 'BAND'],
    ['79.5', 'CUKUP', '70', 'BAND'],
    ['59.4', 'SANGAT_KURANG', '49', 'BAND'],
  ] as const)('capaian %s → %s, nilai %s', (capaian, kategori, nilai, rule) => {
    const v = nilaiCapaianIki82021(capaian);
    expect(v).toMatchObject({ kategori, nilai, gap: false });
    expect(v.trace.steps[0]).toMatchObject({ rule });
    expect(v.trace.flags).toEqual([]);
  });

  it('rounds the nilai for presentation only', () => {
    expect(nilaiCapaianIki82021('105')).toMatchObject({
      nilai: '114.4444444444444444444444444444444444444',
      nilaiDibulatkan: '114.44',
    });
  });

  it('gives a reached maximal target Sangat Baik, 120; an unreached one is banded as usual', () => {
    expect(nilaiCapaianIki82021('100', { targetMaksimal: true })).toMatchObject({
      kategori: 'SANGAT_BAIK',
      nilai: '120',
    });
    expect(nilaiCapaianIki82021('99.6', { targetMaksimal: true })).toMatchObject({
      compared: '100',
      nilai: '120',
    });
    expect(nilaiCapaianIki82021('95', { targetMaksimal: true })).toMatchObject({
      kategori: 'CUKUP',
      nilai: '85',
    });
    expect(nilaiCapaianIki82021('100', { targetMaksimal: true }).trace.steps[0]).toMatchObject({
      rule: 'TARGET_MAKSIMAL',
      band: null,
    });
  });

  it('throws on a capaian that is not a number', () => {
    expect(() => nilaiCapaianIki82021('abc')).toThrow(KinerjaError);
    expect(() => nilaiCapaianIki82021(Number.POSITIVE_INFINITY)).toThrow(KinerjaError);
  });
});

describe('nilaiCapaianIki82021 — the gaps between bands (decision 0009)', () => {
  const exact = packWith({ roundBeforeBanding: null });
  it.each([
    // capaian, gap band, gap nilai → kategori, nilai
    ['99.5', 'LOWER', 'EXTRAPOLATE', 'CUKUP', '89.5'],
    ['99.5', 'LOWER', 'CLAMP', 'CUKUP', '89'],
    ['99.5', 'UPPER', 'CLAMP', 'BAIK', '109'],
    ['100.5', 'LOWER', 'EXTRAPOLATE', 'BAIK', '109'],
    ['100.5', 'UPPER', 'CLAMP', 'SANGAT_BAIK', '110'],
    ['79.5', 'LOWER', 'EXTRAPOLATE', 'KURANG', '69.5'],
    ['79.5', 'UPPER', 'CLAMP', 'CUKUP', '70'],
    ['59.5', 'LOWER', 'EXTRAPOLATE', 'SANGAT_KURANG', '49.41525423728813559322033898305084745763'],
    ['59.5', 'LOWER', 'CLAMP', 'SANGAT_KURANG', '49'],
  ] as const)(
    'capaian %s, gap %s/%s → %s, nilai %s (flagged)',
    (capaian, band, nilaiPolicy, kategori, nilai) => {
      const pack = packWith({ roundBeforeBanding: null, gap: { band, nilai: nilaiPolicy } });
      const v = nilaiCapaianIki82021(capaian, { indikatorId: 'iki-7' }, pack);
      expect(v).toMatchObject({ kategori, nilai, gap: true });
      expect(v.trace.steps[0]).toMatchObject({ rule: 'GAP' });
      expect(v.trace.flags).toEqual([
        {
          code: 'capaian_in_band_gap',
          path: [],
          params: { indikatorId: 'iki-7', capaian, kategori },
          severity: 'warning',
        },
      ]);
    },
  );

  it('rejects UPPER/EXTRAPOLATE for the default bands: Sangat Baik’s line falls below Baik’s 109 just above 100 %', () => {
    const r = compileRulePack82021({
      ...permenpanrb82021Definition,
      kategoriCapaian: {
        ...permenpanrb82021Definition.kategoriCapaian,
        gap: { band: 'UPPER', nilai: 'EXTRAPOLATE' },
      },
    });
    expect(r.ok ? [] : r.issues).toEqual([
      {
        code: 'invalid_interval',
        path: ['kategoriCapaian', 'gap', 'nilai'],
        params: { start: '109', end: '108.8888888888888888888888888888888888889' },
      },
    ]);
  });

  it('bands the ends of each band exactly without flags', () => {
    for (const c of ['59', '60', '79', '80', '99', '100', '101', '110']) {
      expect(nilaiCapaianIki82021(c, {}, exact).gap).toBe(false);
    }
    expect(nilaiCapaianIki82021('110.01', {}, exact)).toMatchObject({ nilai: '120', gap: false });
  });

  it('gives a capaian below the lowest band that band’s lowest nilai', () => {
    const noFloor = packWith({ bands: permenpanrb82021Definition.kategoriCapaian.bands.slice(0, 4) });
    expect(nilaiCapaianIki82021('30', {}, noFloor)).toMatchObject({ kategori: 'KURANG', nilai: '50' });
    expect(nilaiCapaianIki82021('30', {}, noFloor).trace.steps[0]).toMatchObject({ rule: 'BELOW' });
  });
});

describe('nilaiCapaianIki82021 — laws', () => {
  const capaian = fc
    .integer({ min: -20_000, max: 200_000 })
    .chain((n) => fc.integer({ min: 0, max: 3 }).map((scale) => new Decimal(n).div(10 ** scale).toFixed()));
  const packs = [
    PERMENPANRB_8_2021,
    packWith({ roundBeforeBanding: null, gap: { band: 'LOWER', nilai: 'EXTRAPOLATE' } }),
    packWith({ roundBeforeBanding: null, gap: { band: 'LOWER', nilai: 'CLAMP' } }),
    packWith({ roundBeforeBanding: null, gap: { band: 'UPPER', nilai: 'CLAMP' } }),
    packWith({ roundBeforeBanding: { scale: 1, mode: 'HALF_EVEN' } }),
  ];
  const kategoriRank = (k: string) =>
    KATEGORI_CAPAIAN_8_2021.length - KATEGORI_CAPAIAN_8_2021.indexOf(k as never);

  it('the nilai and the kategori never decrease with the capaian, and the nilai stays within 0..120', () => {
    fc.assert(
      fc.property(fc.constantFrom(...packs), capaian, capaian, fc.boolean(), (pack, a, b, targetMaksimal) => {
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const x = nilaiCapaianIki82021(lo, { targetMaksimal }, pack);
        const y = nilaiCapaianIki82021(hi, { targetMaksimal }, pack);
        expect(new Decimal(y.nilai).gte(x.nilai)).toBe(true);
        expect(kategoriRank(y.kategori)).toBeGreaterThanOrEqual(kategoriRank(x.kategori));
        for (const v of [x, y]) {
          expect(new Decimal(v.nilai).gte(0) && new Decimal(v.nilai).lte(120)).toBe(true);
        }
      }),
    );
  });
});
