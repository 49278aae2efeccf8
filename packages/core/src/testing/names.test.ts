import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JenisKelamin } from '../model/pegawai';
import { generateNama, type Pendidikan } from './names';
import { createRandom } from './random';

const PENDIDIKAN: readonly Pendidikan[] = ['SMA', 'D3', 'S1', 'STP', 'S2'];
const arbOptions = fc.record({
  seed: fc.integer(),
  jenisKelamin: fc.constantFrom<JenisKelamin>('PRIA', 'WANITA'),
  pendidikan: fc.constantFrom(...PENDIDIKAN),
  tahunLahir: fc.integer({ min: 1960, max: 2005 }),
  bidang: fc.constantFrom('umum', 'teknologi', 'keuangan') as fc.Arbitrary<'umum' | 'teknologi' | 'keuangan'>,
});

/** The academic titles after the comma, e.g. ['S.STP', 'M.Si']. */
const suffixes = (nama: string): string[] => nama.split(', ').slice(1);

describe('generateNama', () => {
  it('is deterministic for a generator state', () => {
    fc.assert(
      fc.property(arbOptions, ({ seed, ...o }) => {
        expect(generateNama(createRandom(seed), o)).toBe(generateNama(createRandom(seed), o));
      }),
    );
  });

  it('writes a clean name: no doubled, leading or trailing spaces, no repeated word', () => {
    fc.assert(
      fc.property(arbOptions, ({ seed, ...o }) => {
        const nama = generateNama(createRandom(seed), o);
        expect(nama).toBe(nama.trim());
        expect(nama).not.toMatch(/\s{2}/);
        const words = nama.split(',')[0]!.split(' ');
        expect(new Set(words).size).toBe(words.length);
        // "Mhd." and "Abdul" never stand alone.
        expect(words.filter((w) => !/^(H\.|Hj\.|Drs\.|Dra\.)$/.test(w)).join(' ')).not.toMatch(
          /^(Mhd\.|Abdul)$/,
        );
      }),
    );
  });

  it('puts the titles the education gives', () => {
    fc.assert(
      fc.property(arbOptions, ({ seed, ...o }) => {
        const nama = generateNama(createRandom(seed), o);
        const s = suffixes(nama);
        const drs = /^(Hj?\. )?Dra?s?\. /.test(nama);
        switch (o.pendidikan) {
          case 'SMA':
            expect(s).toEqual([]);
            break;
          case 'D3':
            expect(s).toHaveLength(1);
            expect(s[0]).toMatch(/^A\.Md/);
            break;
          case 'STP':
            expect(s).toEqual(['S.STP']);
            break;
          case 'S1':
            if (drs) expect(s).toEqual([]);
            else {
              expect(s).toHaveLength(1);
              expect(s[0]).toMatch(/^S\./);
            }
            break;
          case 'S2':
            expect(s.at(-1)).toMatch(/^M\./);
            break;
        }
      }),
    );
  });

  it('gives Drs./Dra. and H./Hj. only to older pegawai, and the right one per gender', () => {
    fc.assert(
      fc.property(arbOptions, ({ seed, ...o }) => {
        const nama = generateNama(createRandom(seed), o);
        if (o.tahunLahir >= 1978) expect(nama).not.toMatch(/^(H|Hj)\. /);
        if (o.tahunLahir >= 1970) expect(nama).not.toMatch(/^(Hj?\. )?Dra?s?\. /);
        if (o.jenisKelamin === 'PRIA') expect(nama).not.toMatch(/^(Hj|Dra|Syarifah)[. ]/);
        else expect(nama).not.toMatch(/^(H|Drs)\. |^Said /);
      }),
    );
  });

  it('produces varied names', () => {
    const rng = createRandom(2026);
    const names = new Set(Array.from({ length: 500 }, () => generateNama(rng, { jenisKelamin: 'WANITA' })));
    expect(names.size).toBeGreaterThan(400);
  });
});
