import { describe, expect, it } from 'vitest';
import { NILAI_BERAKHLAK, PANDUAN_PERILAKU, PerilakuKerjaSchema } from './perilaku-kerja';

describe('BerAKHLAK', () => {
  it('lists the seven values in their official order', () => {
    expect(NILAI_BERAKHLAK).toEqual([
      'BERORIENTASI_PELAYANAN',
      'AKUNTABEL',
      'KOMPETEN',
      'HARMONIS',
      'LOYAL',
      'ADAPTIF',
      'KOLABORATIF',
    ]);
  });

  it('has three panduan perilaku per value, in the regulation wording (§1.6)', () => {
    expect(Object.keys(PANDUAN_PERILAKU)).toEqual([...NILAI_BERAKHLAK]);
    for (const v of NILAI_BERAKHLAK) expect(PANDUAN_PERILAKU[v]).toHaveLength(3);
    expect(PANDUAN_PERILAKU.BERORIENTASI_PELAYANAN[0]).toBe('Memahami dan memenuhi kebutuhan masyarakat');
    expect(PANDUAN_PERILAKU.AKUNTABEL[2]).toBe('Tidak menyalahgunakan kewenangan jabatan');
    expect(PANDUAN_PERILAKU.ADAPTIF[2]).toBe('Bertindak proaktif');
    expect(PANDUAN_PERILAKU.KOLABORATIF[1]).toBe(
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
    );
  });

  it('defaults the ekspektasi khusus to empty text', () => {
    expect(PerilakuKerjaSchema.parse({ nilai: 'LOYAL' })).toEqual({ nilai: 'LOYAL', ekspektasiKhusus: '' });
  });
});
