import { Decimal } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { computeSkpManual, gabungkan } from './compute';
import { renderSkpManual } from './render';

const result = computeSkpManual();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const m = result.value;

describe('computeSkpManual', () => {
  it('derives the quarterly realisasi of IKI 1–3 from the register (hand-computed)', () => {
    const rows = m.layanan.map((q) => [
      q.hasil.jumlahSelesai,
      q.hasil.jumlahTepatWaktu,
      q.hasil.persenTepatWaktuDibulatkan,
      q.hasil.medianHari,
      q.hasil.rataRataHariDibulatkan,
    ]);
    expect(rows).toEqual([
      [7, 6, '85.71', '1', '1.86'], // days 1 0 1 5 1 4 1
      [7, 7, '100', '1', '1.71'], // days 5 1 1 2 2 0 1
      [6, 4, '66.67', '2.5', '3'], // days 7 1 1 1 4 4
      [5, 5, '100', '1', '1.4'], // days 1 1 0 4 1
    ]);
  });

  it('the listed holidays change the first quarter: Nyepi, Idulfitri and cuti bersama are not working days', () => {
    const q1 = m.layanan[0]!;
    expect(q1.tanpaLibur.persenTepatWaktuDibulatkan).toBe('57.14');
    expect(q1.tanpaLibur.rataRataHari).toBe('3');
  });

  it('computes the waktu-penyelesaian IKI (MINIMALISASI) as (2 − R/T) × 100', () => {
    const iki3 = m.capaian.find((c) => c.indikator.id === 'iki-3')!;
    expect(iki3.realisasiTahunan).toBe(gabungkan('RATA_RATA', ['1.86', '1.71', '3', '1.4']));
    expect(iki3.realisasiTahunan).toBe('1.9925');
    const expected = new Decimal(2).minus(new Decimal('1.9925').div(2)).times(100);
    expect(iki3.hasil.capaian).toBe(expected.toFixed());
    expect(iki3.hasil.capaianDibulatkan).toBe('100.38');
    expect(iki3.hasil.rating).toBe('SESUAI_EKSPEKTASI');
  });

  it('agrees with evaluateTahunan on every capaian, and gives Baik', () => {
    for (const c of m.capaian) {
      expect(m.evaluasi.capaian.find((e) => e.indikatorId === c.indikator.id)?.capaian).toBe(c.hasil.capaian);
    }
    expect(m.evaluasi.ratingRhk.map((r) => r.rating)).toEqual([
      'DI_ATAS_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
      'SESUAI_EKSPEKTASI',
    ]);
    expect([m.evaluasi.ratingHasilKerja, m.evaluasi.ratingPerilakuKerja, m.evaluasi.predikat]).toEqual([
      'SESUAI_EKSPEKTASI',
      'DI_ATAS_EKSPEKTASI',
      'BAIK',
    ]);
    expect(m.evaluasi.trace.flags).toEqual([]);
  });
});

describe('renderSkpManual', () => {
  const id = renderSkpManual(result);
  const en = renderSkpManual(result, 'en');

  it('prints the six steps and the predikat, in Indonesian by default and in English', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      expect(id).toContain(`Langkah ${n} — `);
      expect(en).toContain(`Step ${n} — `);
    }
    expect(id).toContain('Predikat kinerja Nurhaliza Putri, A.Md. tahun 2026: BAIK');
    expect(en).toContain('Performance rating of Nurhaliza Putri, A.Md. for 2026: GOOD');
    expect(id).toContain('Persentase sesuai standar = 6 ÷ 7 × 100 = 85,7143…% → 85,71%');
    expect(en).toContain('Share within the standard = 6 ÷ 7 × 100 = 85.7143…% → 85.71%');
    expect(id).toContain('capaian = (2 − 1,9925 ÷ 2) × 100 = 100,375% → 100,38%');
  });

  it('leaves no raw value behind', () => {
    for (const text of [id, en]) expect(text).not.toMatch(/undefined|NaN|\[object|_EKSPEKTASI|SELESAI_DI/);
  });

  it('prints the step that failed, with formatted issues', () => {
    const text = renderSkpManual({
      ok: false,
      error: { langkah: 'parseSkp', issues: [{ code: 'required', path: ['pegawaiId'], params: {} }] },
    });
    expect(text).toContain('Perhitungan berhenti di parseSkp:');
    expect(text).toContain('Kolom pegawaiId wajib diisi.');
  });
});
