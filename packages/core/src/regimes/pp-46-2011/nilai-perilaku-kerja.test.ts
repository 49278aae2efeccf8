import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../../errors/kinerja-error';
import { nilaiPerilakuKerja } from './nilai-perilaku-kerja';

const lima = { orientasiPelayanan: 80, integritas: 82, komitmen: 78, disiplin: 85, kerjaSama: 80 };

describe('nilaiPerilakuKerja', () => {
  it('averages 5 aspects for a pegawai who is not struktural', () => {
    const n = nilaiPerilakuKerja(lima);
    expect(n.jumlah.toFixed()).toBe('405');
    expect(n.pembagi).toBe(5);
    expect(n.nilai.toFixed()).toBe('81');
  });

  it('averages 6 aspects, with kepemimpinan, for a pejabat struktural', () => {
    const n = nilaiPerilakuKerja({ ...lima, kepemimpinan: 75 }, true);
    expect(n.jumlah.toFixed()).toBe('480');
    expect(n.pembagi).toBe(6);
    expect(n.nilai.toFixed()).toBe('80');
    // struktural defaults to whether kepemimpinan is given
    expect(nilaiPerilakuKerja({ ...lima, kepemimpinan: 75 }).pembagi).toBe(6);
  });

  it('throws on a missing aspect or kepemimpinan for a pegawai who is not struktural', () => {
    expect(() => nilaiPerilakuKerja(lima, true)).toThrow(KinerjaError);
    expect(() => nilaiPerilakuKerja({ ...lima, kepemimpinan: 75 }, false)).toThrow(KinerjaError);
    const { disiplin: _, ...empat } = lima;
    expect(() => nilaiPerilakuKerja(empat)).toThrow(/disiplin/);
  });
});
