import { describe, expect, it } from 'vitest';
import { parseWith } from '../../issues/from-zod';
import { KegiatanPp46Schema, PerilakuKerjaPp46Schema, SkpPp46InputSchema } from './skp-pp46-input';

const kegiatan = {
  id: 'k-1',
  kuantitas: { target: 12, realisasi: '12.0' },
  kualitas: { realisasi: 90 },
  waktu: { target: '12', realisasi: 11 },
};
const perilaku = { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: '100' };

describe('SkpPp46InputSchema', () => {
  it('canonicalises decimals and applies the defaults', () => {
    const r = parseWith(SkpPp46InputSchema, { kegiatan: [kegiatan], perilakuKerja: perilaku });
    expect(r).toEqual({
      ok: true,
      value: {
        struktural: false,
        kegiatan: [
          {
            id: 'k-1',
            kuantitas: { target: '12', realisasi: '12' },
            kualitas: { target: '100', realisasi: '90' },
            waktu: { target: '12', realisasi: '11' },
          },
        ],
        tugasTambahan: [],
        kreativitas: [],
        perilakuKerja: {
          ...perilaku,
          orientasiPelayanan: '80',
          integritas: '80',
          komitmen: '80',
          disiplin: '80',
        },
      },
    });
  });

  it('accepts biaya absent, null, or with a target', () => {
    for (const biaya of [undefined, null, { target: '0', realisasi: '0' }, { target: 1e6, realisasi: 9e5 }]) {
      expect(parseWith(KegiatanPp46Schema, { ...kegiatan, biaya }).ok).toBe(true);
    }
  });

  it('bounds perilaku to 0–100 and other values to ≥ 0', () => {
    const r = parseWith(PerilakuKerjaPp46Schema, { ...perilaku, komitmen: '100.01', disiplin: -1 });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too_big', 'komitmen'],
      ['too_small', 'disiplin'],
    ]);
    const k = parseWith(KegiatanPp46Schema, { ...kegiatan, waktu: { target: 12, realisasi: '-0.5' } });
    expect(k.ok ? [] : k.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too_small', 'waktu.realisasi'],
    ]);
  });
});
