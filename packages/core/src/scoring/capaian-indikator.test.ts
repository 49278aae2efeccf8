import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import type { Polaritas, Target } from '../model/indikator';
import { PERMENPANRB_6_2022, permenpanrb62022Definition } from '../rules/permenpanrb-6-2022';
import { compileRulePack62022, RATING_ORDINAL, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { RulePack62022Input } from '../rules/permenpanrb-6-2022/schema';
import { capaianIndikator } from './capaian-indikator';

function packWith(kuantitatif: Partial<RulePack62022Input['kuantitatif']>): RulePack62022 {
  const r = compileRulePack62022({
    ...permenpanrb62022Definition,
    version: '1.0.0+test',
    kuantitatif: { ...permenpanrb62022Definition.kuantitatif, ...kuantitatif },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const tunggal = (nilai: string): Target => ({ jenis: 'TUNGGAL', nilai });
const rentang = (min: string, max: string): Target => ({ jenis: 'RENTANG', min, max });

function value(input: Parameters<typeof capaianIndikator>[0], pack?: RulePack62022) {
  const r = capaianIndikator(input, pack);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('capaianIndikator — official examples', () => {
  // PermenPANRB 8/2021 Lampiran BAB VI p.110 (regulations §2.2, §4.3).
  it.each([
    [
      '70 vs 80–90, higher better',
      rentang('80', '90'),
      '70',
      'MAKSIMALISASI',
      '87.5',
      '87.5',
      'DI_BAWAH_EKSPEKTASI',
    ],
    [
      '6.5 vs 7–8, lower better',
      rentang('7', '8'),
      '6.5',
      'MINIMALISASI',
      '107.1428571428571428571428571428571428571',
      '107.14',
      'DI_ATAS_EKSPEKTASI',
    ],
    ['9 vs 7–8, lower better', rentang('7', '8'), '9', 'MINIMALISASI', '87.5', '87.5', 'DI_BAWAH_EKSPEKTASI'],
    // 8/2021 JPT example (p.363): 85 vs 85 → 100 %; 93 vs 95 → 97.89 %.
    ['JPT 85 vs 85', tunggal('85'), '85', 'MAKSIMALISASI', '100', '100', 'SESUAI_EKSPEKTASI'],
    [
      'JPT 93 vs 95',
      tunggal('95'),
      '93',
      'MAKSIMALISASI',
      '97.89473684210526315789473684210526315789',
      '97.89',
      'DI_BAWAH_EKSPEKTASI',
    ],
  ] as const)('%s', (_name, target, realisasi, polaritas, capaian, dibulatkan, rating) => {
    const v = value({ target, realisasi, polaritas });
    expect(v.capaian).toBe(capaian);
    expect(v.capaianDibulatkan).toBe(dibulatkan);
    expect(v.rating).toBe(rating);
  });

  it('uses the range end on the realisasi side and 100 inside the range', () => {
    const above = value({ target: rentang('80', '90'), realisasi: '99' });
    expect(above.capaian).toBe('110');
    expect(above.trace.steps[0]).toMatchObject({
      kind: 'capaian',
      formula: 'MAKSIMALISASI',
      reference: '90',
    });
    const inside = value({ target: rentang('80', '90'), realisasi: 85 });
    expect(inside.capaian).toBe('100');
    expect(inside.trace.steps[0]).toMatchObject({ formula: 'DALAM_RENTANG', reference: null });
  });

  it('traces capaian then rating and names the pack', () => {
    const v = value({ target: tunggal('95'), realisasi: '93', indikatorId: 'iki-9' });
    expect(v.indikatorId).toBe('iki-9');
    expect(v.trace.rulePack).toEqual({ id: 'permenpanrb-6-2022', version: '1.0.0' });
    expect(v.trace.steps.map((s) => s.kind)).toEqual(['capaian', 'rating_indikator']);
    expect(v.trace.steps[1]).toMatchObject({
      compared: '97.89',
      compareRounded: true,
      rating: 'DI_BAWAH_EKSPEKTASI',
    });
    expect(v.trace.flags).toEqual([]);
  });
});

describe('capaianIndikator — thresholds at their boundaries', () => {
  it.each([
    ['99.99', 'DI_BAWAH_EKSPEKTASI'],
    ['100', 'SESUAI_EKSPEKTASI'],
    ['100.99', 'SESUAI_EKSPEKTASI'],
    ['100.995', 'DI_ATAS_EKSPEKTASI'], // rounds half-up to 101.00
    ['101', 'DI_ATAS_EKSPEKTASI'],
  ] as const)('capaian %s → %s (compared rounded)', (realisasi, rating) => {
    expect(value({ target: tunggal('100'), realisasi }).rating).toBe(rating);
  });

  it('compares the exact capaian when compareRounded is false', () => {
    const exact = packWith({ compareRounded: false });
    const v = value({ target: tunggal('100'), realisasi: '100.995' }, exact);
    expect(v.capaianDibulatkan).toBe('101');
    expect(v.rating).toBe('SESUAI_EKSPEKTASI');
    expect(v.trace.rulePack.version).toBe('1.0.0+test');
    expect(value({ target: tunggal('100'), realisasi: '99.999' }, exact).rating).toBe('DI_BAWAH_EKSPEKTASI');
  });
});

describe('capaianIndikator — floor, ceiling and bad input', () => {
  it('raises a negative capaian to the floor and flags it', () => {
    const v = value({
      target: tunggal('10'),
      realisasi: '25',
      polaritas: 'MINIMALISASI',
      indikatorId: 'iki-1',
    });
    expect(v.capaian).toBe('0');
    expect(v.trace.steps[0]).toMatchObject({ raw: '-50', capaian: '0' });
    expect(v.trace.flags).toEqual([
      {
        code: 'capaian_clamped',
        path: [],
        params: { indikatorId: 'iki-1', raw: '-50', clamped: '0' },
        severity: 'warning',
      },
    ]);
  });

  it('lowers a capaian to a ceiling set by an override', () => {
    const v = value({ target: tunggal('10'), realisasi: '30' }, packWith({ capaianCeiling: '120' }));
    expect(v.capaian).toBe('120');
    expect(v.trace.flags.map((f) => f.code)).toEqual(['capaian_clamped']);
  });

  it.each([
    [{ target: tunggal('0'), realisasi: '5' }, 'target_zero', ['target', 'nilai']],
    [{ target: rentang('0', '0'), realisasi: '5' }, 'target_zero', ['target', 'max']],
    [
      { target: { jenis: 'NARATIF', uraian: 'Laporan lengkap' } as Target, realisasi: '5' },
      'target_not_numeric',
      ['target'],
    ],
    [{ target: tunggal('10'), realisasi: '-1' }, 'too_small', ['realisasi']],
    [{ target: tunggal('-10'), realisasi: '1' }, 'too_small', ['target', 'nilai']],
    [{ target: tunggal('10'), realisasi: '12,5' }, 'invalid_decimal', ['realisasi']],
    [{ target: tunggal('10'), realisasi: Number.NaN }, 'invalid_decimal', ['realisasi']],
  ] as const)('%j → %s', (input, code, path) => {
    const r = capaianIndikator(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code, path });
  });

  it('accepts a zero range start when the realisasi is inside', () => {
    expect(value({ target: rentang('0', '2'), realisasi: '0', polaritas: 'MINIMALISASI' }).capaian).toBe(
      '100',
    );
  });
});

describe('capaianIndikator — a better realisasi never lowers the capaian', () => {
  const dec = fc
    .integer({ min: 0, max: 1_000_000 })
    .chain((n) => fc.integer({ min: 0, max: 3 }).map((scale) => new Decimal(n).div(10 ** scale).toFixed()));
  const positive = dec.filter((d) => d !== '0');
  const target = fc.oneof(
    positive.map(tunggal),
    fc.tuple(positive, positive).map(([a, b]) => (new Decimal(a).lte(b) ? rentang(a, b) : rentang(b, a))),
  );
  const polaritas = fc.constantFrom<Polaritas>('MAKSIMALISASI', 'MINIMALISASI');

  it('holds for both polarities, single and range targets', () => {
    fc.assert(
      fc.property(target, polaritas, dec, dec, (t, p, a, b) => {
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        // The better realisasi: the higher for MAKSIMALISASI, the lower for MINIMALISASI.
        const [worse, better] = p === 'MAKSIMALISASI' ? [lo, hi] : [hi, lo];
        const w = value({ target: t, realisasi: worse, polaritas: p });
        const g = value({ target: t, realisasi: better, polaritas: p });
        expect(new Decimal(g.capaian).gte(w.capaian)).toBe(true);
        expect(RATING_ORDINAL[g.rating]).toBeGreaterThanOrEqual(RATING_ORDINAL[w.rating]);
      }),
    );
  });

  it('uses the default pack when none is given', () => {
    const a = value({ target: tunggal('4'), realisasi: '5' });
    const b = value({ target: tunggal('4'), realisasi: '5' }, PERMENPANRB_6_2022);
    expect(a).toEqual(b);
  });
});
