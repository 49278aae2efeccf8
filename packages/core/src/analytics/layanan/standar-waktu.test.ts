import { describe, expect, it } from 'vitest';
import { parseWith } from '../../issues/from-zod';
import { StandarWaktuSchema, standarHariKerja } from './standar-waktu';

describe('standarHariKerja', () => {
  const standar = StandarWaktuSchema.parse({ default: 3, jenisLayanan: { DOMISILI: 1, IUMK: 0 } });

  it.each([
    ['DOMISILI', 1],
    ['IUMK', 0],
    ['SKCK', 3],
    ['constructor', 3],
    ['toString', 3],
  ])('%s → %d working days', (jenis, expected) => {
    expect(standarHariKerja(standar, jenis)).toBe(expected);
  });

  it('rejects negative, fractional and missing defaults', () => {
    for (const bad of [{ default: -1 }, { default: 1.5 }, {}, { default: 3, jenisLayanan: { A: -2 } }]) {
      expect(parseWith(StandarWaktuSchema, bad).ok).toBe(false);
    }
  });
});
