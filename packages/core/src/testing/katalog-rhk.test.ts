import { describe, expect, it } from 'vitest';
import { KATALOG_RHK, KATALOG_RHK_TAMBAHAN, preferredInduk } from './katalog-rhk';

const all = [...Object.values(KATALOG_RHK).flat(), ...KATALOG_RHK_TAMBAHAN];

describe('KATALOG_RHK', () => {
  it('gives every field at least three RHK templates, each with one or two indikator', () => {
    for (const [bidang, templates] of Object.entries(KATALOG_RHK)) {
      expect(templates.length, bidang).toBeGreaterThanOrEqual(3);
      for (const t of templates) {
        expect(t.indikator.length).toBeGreaterThanOrEqual(1);
        expect(t.indikator.length).toBeLessThanOrEqual(2);
      }
    }
  });

  it('has unique keys and sensible targets', () => {
    expect(new Set(all.map((t) => t.kunci)).size).toBe(all.length);
    for (const iki of all.flatMap((t) => t.indikator)) {
      const [min, max] = iki.target;
      expect(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && min <= max).toBe(true);
      if (iki.jenisNilai === 'PERSEN' || iki.jenisNilai === 'NILAI') expect(max).toBeLessThanOrEqual(98);
      if (iki.polaritas === 'MINIMALISASI') expect(iki.jenisNilai).toBe('HARI');
      if (iki.kumulatif) expect(iki.akumulasi).toBe('TERAKHIR');
    }
  });

  it('names, in the cascade hints, only keys that exist', () => {
    const keys = new Set(all.map((t) => t.kunci));
    for (const t of all) for (const k of preferredInduk(t.kunci)) expect(keys.has(k), k).toBe(true);
    expect(preferredInduk('kel-pem-pbb')).toEqual(['kel-pbb']);
    expect(preferredInduk('tambahan-mtq')).toEqual([]);
  });
});
