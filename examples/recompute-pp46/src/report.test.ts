import { evaluatePp46, PP_46_2011 } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { floatEfisiensi, renderReport } from './report';
import { IDENTITAS_2019, SKP_2019 } from './skp-2019';

const r = evaluatePp46(SKP_2019, PP_46_2011);
if (!r.ok) throw new Error(JSON.stringify(r.issues));
const hasil = r.value;

describe('the 2019 SKP', () => {
  it('scores as computed by hand', () => {
    expect(hasil.kegiatan.map((k) => k.nilaiCapaian.dibulatkan)).toEqual([
      '90.33',
      '90.78',
      '83.42',
      '97.33',
      '84',
    ]);
    expect(hasil.kegiatan.map((k) => k.pembagi)).toEqual([3, 3, 4, 3, 4]);
    expect(hasil.nilaiSkp).toMatchObject({ dibulatkan: '93.17', predikat: 'SANGAT_BAIK' });
    expect(hasil.perilakuKerja.nilai).toEqual({ nilai: '79.4', dibulatkan: '79.4', predikat: 'BAIK' });
    expect(hasil.prestasiKerja.nilai).toMatchObject({ dibulatkan: '87.66', predikat: 'BAIK' });
  });

  it('has the float trap in kegiatan 4: exact 100, floats about 76', () => {
    expect(hasil.kegiatan[3]!.waktu).toMatchObject({ nilai: '100', efisiensi: '24' });
    expect(floatEfisiensi(12, 9.12).nilai).toBeLessThan(77);
  });
});

describe('renderReport', () => {
  const id = renderReport(hasil, SKP_2019, IDENTITAS_2019, PP_46_2011);
  const en = renderReport(hasil, SKP_2019, IDENTITAS_2019, PP_46_2011, { locale: 'en' });

  it('prints every kegiatan, aspect and total in Indonesian by default', () => {
    for (const k of SKP_2019.kegiatan) expect(id).toContain(k.uraian!);
    expect(id).toContain('Penghitungan 333,67 ÷ 4 = nilai capaian 83,42 (Baik)');
    expect(id).toMatch(/Biaya\s+Rp15\.000\.000\s+Rp10\.500\.000\s+30,00% > batas\s+70,00\s+Cukup/);
    expect(id).toMatch(/Nilai capaian SKP\s+93,17\s+Sangat Baik/);
    expect(id).toMatch(/Nilai prestasi kerja\s+87,66\s+Baik/);
    expect(id).toContain('pp-46-2011@1.0.0');
    expect(id).toContain('2 Januari 2019');
  });

  it('prints English with --lang=en', () => {
    expect(en).toContain('Sum of aspects 333.67 ÷ 4 = achievement 83.42 (Good)');
    expect(en).toMatch(/SKP achievement 93\.17 × 60%\s+55\.90/);
    expect(en).toMatch(/Nilai prestasi kerja \(work performance\)\s+87\.66\s+Good/);
    expect(en).not.toContain('Sebutan');
  });
});
