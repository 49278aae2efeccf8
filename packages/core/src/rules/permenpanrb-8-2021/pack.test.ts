import { describe, expect, it } from 'vitest';
import { createRulePack } from '../rule-pack';
import { PERMENPANRB_8_2021, permenpanrb82021Definition } from './index';
import { compileRulePack82021 } from './pack';
import type { RulePack82021Input } from './schema';

const base = permenpanrb82021Definition;
const issuesOf = (input: unknown) => {
  const r = compileRulePack82021(input);
  return r.ok ? [] : r.issues;
};

describe('PERMENPANRB_8_2021', () => {
  it('is the built-in pack for the second half of 2021', () => {
    expect(PERMENPANRB_8_2021).toMatchObject({
      id: 'permenpanrb-8-2021',
      version: '1.0.0',
      regime: 'permenpanrb-8-2021',
    });
    expect(PERMENPANRB_8_2021.definition.effectiveFrom).toBe('2021-07-01');
    expect(PERMENPANRB_8_2021.definition.effectiveUntil).toBe('2021-12-31');
    expect(PERMENPANRB_8_2021.definition.name.en.length).toBeGreaterThan(0);
  });

  it('is created by createRulePack from its regime, also from JSON', () => {
    const r = createRulePack(JSON.parse(JSON.stringify(base)));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.regime).toBe('permenpanrb-8-2021');
      expect(r.value.definition).toEqual(PERMENPANRB_8_2021.definition);
    }
  });

  it('compiles the weights as fractions and the bands highest first', () => {
    const c = PERMENPANRB_8_2021.compiled;
    expect(c.nilaiKinerjaWeights.without360.skp.toFixed()).toBe('0.7');
    expect(c.nilaiKinerjaWeights.with360.perilaku.toFixed()).toBe('0.4');
    expect(c.perilakuWeights.ATASAN_REKAN.bawahan.toFixed()).toBe('0');
    expect(c.bands.map((b) => b.band.kategori)).toEqual([
      'SANGAT_BAIK',
      'BAIK',
      'CUKUP',
      'KURANG',
      'SANGAT_KURANG',
    ]);
  });
});

describe('compileRulePack82021 — invalid packs are issues', () => {
  const withKategori = (k: Partial<RulePack82021Input['kategoriCapaian']>) => ({
    ...base,
    kategoriCapaian: { ...base.kategoriCapaian, ...k },
  });
  const bands = base.kategoriCapaian.bands;

  it.each([
    [
      'an inverted capaian interval',
      withKategori({
        bands: [{ ...bands[0], capaian: { min: '110', max: '101' } }, ...bands.slice(1)],
      }),
      'invalid_interval',
      ['kategoriCapaian', 'bands', 0, 'capaian'],
    ],
    [
      'overlapping bands',
      withKategori({
        bands: [
          bands[0],
          bands[1],
          { ...bands[2], capaian: { min: '80', max: '100.5' } },
          bands[3],
          bands[4],
        ],
      }),
      'invalid_interval',
      ['kategoriCapaian', 'bands', 2, 'capaian', 'max'],
    ],
    [
      'a nilai that decreases from one band to the next',
      withKategori({
        bands: [bands[0], bands[1], { ...bands[2], nilai: { min: '70', max: '110' } }, bands[3], bands[4]],
      }),
      'invalid_interval',
      ['kategoriCapaian', 'bands', 2, 'nilai', 'max'],
    ],
    [
      'a one-point band with two nilai',
      withKategori({
        bands: [bands[0], { ...bands[1], nilai: { min: '105', max: '109' } }, ...bands.slice(2)],
      }),
      'invalid_interval',
      ['kategoriCapaian', 'bands', 1, 'nilai', 'max'],
    ],
    [
      'nilaiAbove below the top band',
      withKategori({ nilaiAbove: '115' }),
      'invalid_interval',
      ['kategoriCapaian', 'nilaiAbove'],
    ],
    [
      'weights not adding up to 100',
      {
        ...base,
        nilaiKinerja: {
          ...base.nilaiKinerja,
          weights: { ...base.nilaiKinerja.weights, without360: { skp: '70', perilaku: '20' } },
        },
      },
      'bobot_total_invalid',
      ['nilaiKinerja', 'weights', 'without360'],
    ],
    [
      'perilaku weights not adding up to 100',
      {
        ...base,
        perilaku: { ...base.perilaku, weights: { ...base.perilaku.weights, ATASAN: { atasan: '60' } } },
      },
      'bobot_total_invalid',
      ['perilaku', 'weights', 'ATASAN'],
    ],
    [
      'predikat bands whose lower ends increase',
      {
        ...base,
        predikat: {
          ...base.predikat,
          bands: [base.predikat.bands[1], base.predikat.bands[0], ...base.predikat.bands.slice(2)],
        },
      },
      'invalid_interval',
      ['predikat', 'bands', 1, 'min'],
    ],
    ['an unknown field', { ...base, kategori: {} }, 'unrecognized_keys', []],
    ['a missing section', { ...base, nilaiKinerja: undefined }, 'required', ['nilaiKinerja']],
  ] as const)('%s', (_name, input, code, path) => {
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('rejects a gap policy whose extrapolation would make the nilai decrease', () => {
    // Cukup's line reaches 90 at 100 %; with Baik's nilai lowered to 89.5 it would overshoot.
    const input = withKategori({
      bands: [bands[0], { ...bands[1], nilai: { min: '89.5', max: '89.5' } }, ...bands.slice(2)],
    });
    expect(issuesOf(input)).toContainEqual(
      expect.objectContaining({ code: 'invalid_interval', path: ['kategoriCapaian', 'gap', 'nilai'] }),
    );
    expect(
      issuesOf({
        ...input,
        kategoriCapaian: { ...input.kategoriCapaian, gap: { band: 'LOWER', nilai: 'CLAMP' } },
      }),
    ).toEqual([]);
  });
});
