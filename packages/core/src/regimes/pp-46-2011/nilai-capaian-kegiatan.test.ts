import { describe, expect, it } from 'vitest';
import { pp462011Definition } from '../../rules/pp-46-2011';
import { compileRulePackPp46 } from '../../rules/pp-46-2011/pack';
import { nilaiCapaianKegiatan } from './nilai-capaian-kegiatan';

describe('nilaiCapaianKegiatan', () => {
  it('the Perka BKN example: 100 + 90 + 76 + 76 = 342; / 4 = 85.5', () => {
    const n = nilaiCapaianKegiatan({ kuantitas: '100', kualitas: '90', waktu: '76', biaya: '76' });
    expect(n.penghitungan.toFixed()).toBe('342');
    expect(n.pembagi).toBe(4);
    expect(n.nilai.toFixed()).toBe('85.5');
  });

  it.each([undefined, null])('without biaya (%s) divides by 3', (biaya) => {
    const n = nilaiCapaianKegiatan({ kuantitas: '100', kualitas: '90', waktu: '76', biaya });
    expect(n.penghitungan.toFixed()).toBe('266');
    expect(n.pembagi).toBe(3);
    expect(n.nilai.toFixed()).toBe('88.66666666666666666666666666666666666667');
  });

  it('a biaya of 0 is still an aspect', () => {
    expect(
      nilaiCapaianKegiatan({ kuantitas: 100, kualitas: 100, waktu: 100, biaya: 0 }).nilai.toFixed(),
    ).toBe('75');
  });

  it('takes the divisors from the pack', () => {
    const r = compileRulePackPp46({
      ...pp462011Definition,
      version: 'test',
      pembagiKegiatan: { tanpaBiaya: 4, denganBiaya: 5 },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(
      nilaiCapaianKegiatan({ kuantitas: 100, kualitas: 90, waktu: 76, biaya: 76 }, r.value).nilai.toFixed(),
    ).toBe('68.4');
  });
});
