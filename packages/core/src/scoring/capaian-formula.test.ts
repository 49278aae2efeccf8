import { describe, expect, it } from 'vitest';
import { Decimal, toCanonical } from '../decimal/decimal';
import type { Issue } from '../issues/issue';
import {
  boundedCapaian,
  clampCapaian,
  rawCapaian,
  referenceText,
  type TargetDecimal,
} from './capaian-formula';

const d = (v: string) => new Decimal(v);
const range = (min: string, max: string): TargetDecimal => ({ min: d(min), max: d(max), rentang: true });
const single = (v: string): TargetDecimal => ({ min: d(v), max: d(v), rentang: false });

describe('rawCapaian (8/2021 formula, decision 0007)', () => {
  it('gives the golden values of PermenPANRB 8/2021 §2.2', () => {
    const below = rawCapaian(range('80', '90'), d('70'), 'MAKSIMALISASI');
    expect(below && { ...below, raw: toCanonical(below.raw) }).toEqual({
      formula: 'MAKSIMALISASI',
      reference: 'min',
      raw: '87.5',
    });
    const above = rawCapaian(range('80', '90'), d('92'), 'MAKSIMALISASI');
    expect(above?.reference).toBe('max');
    expect(above?.raw.toFixed(2)).toBe('102.22');
    expect(rawCapaian(range('7', '8'), d('6.5'), 'MINIMALISASI')?.raw.toFixed(2)).toBe('107.14');
    expect(rawCapaian(range('7', '8'), d('9'), 'MINIMALISASI')?.raw.toFixed()).toBe('87.5');
    expect(rawCapaian(single('95'), d('93'), 'MAKSIMALISASI')?.raw.toFixed(2)).toBe('97.89');
  });

  it('gives 100 inside a range and null for a zero target', () => {
    const inside = rawCapaian(range('80', '90'), d('85'), 'MINIMALISASI');
    expect(inside?.formula).toBe('DALAM_RENTANG');
    expect(inside?.reference).toBeNull();
    expect(inside?.raw.toFixed()).toBe('100');
    expect(rawCapaian(single('0'), d('5'), 'MAKSIMALISASI')).toBeNull();
    expect(rawCapaian(range('0', '10'), d('12'), 'MAKSIMALISASI')?.raw.toFixed()).toBe('120');
  });

  it('names the reference in the trace text', () => {
    expect(referenceText({ jenis: 'TUNGGAL', nilai: '95' }, 'min')).toBe('95');
    expect(referenceText({ jenis: 'RENTANG', min: '80', max: '90' }, 'max')).toBe('90');
    expect(referenceText({ jenis: 'RENTANG', min: '80', max: '90' }, 'min')).toBe('80');
    expect(referenceText({ jenis: 'RENTANG', min: '80', max: '90' }, null)).toBeNull();
  });
});

describe('clampCapaian', () => {
  it('raises to the floor with a warning, and keeps an in-bounds value as is', () => {
    const flags: Issue[] = [];
    const low = clampCapaian(d('-12.5'), { capaianFloor: d('0'), capaianCeiling: null }, 'iki-1', flags, [
      'x',
    ]);
    expect([low.rawText, low.capaianText]).toEqual(['-12.5', '0']);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.code).toBe('capaian_clamped');
    const raw = d('87.5');
    const same = clampCapaian(raw, { capaianFloor: d('0'), capaianCeiling: d('120') }, undefined, flags, []);
    expect(same.capaian).toBe(raw);
    expect(flags).toHaveLength(1);
    expect(
      clampCapaian(d('130'), { capaianFloor: null, capaianCeiling: d('120') }, undefined, flags, [])
        .capaianText,
    ).toBe('120');
  });
});

describe('boundedCapaian', () => {
  it('clamps the formula result and passes null through', () => {
    const flags: Issue[] = [];
    const bounds = { capaianFloor: d('0'), capaianCeiling: null };
    const r = boundedCapaian(single('10'), d('25'), 'MINIMALISASI', bounds, 'iki-2', flags, []);
    expect(r && [r.formula, r.reference, r.rawText, r.capaianText]).toEqual([
      'MINIMALISASI',
      'min',
      '-50',
      '0',
    ]);
    expect(flags.map((f) => f.code)).toEqual(['capaian_clamped']);
    expect(boundedCapaian(single('0'), d('1'), 'MAKSIMALISASI', bounds, undefined, flags, [])).toBeNull();
  });
});
