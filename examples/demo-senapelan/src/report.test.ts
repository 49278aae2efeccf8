import { generateAgency } from '@kinerja/core/testing';
import { describe, expect, it } from 'vitest';
import { evaluateAgency, renderReport } from './report';

const agency = generateAgency();
const KELURAHAN = [
  'Kampung Baru',
  'Kampung Bandar',
  'Kampung Dalam',
  'Padang Bulan',
  'Padang Terubuk',
  'Sago',
];

/** The table rows of a unit: name, predikat organisasi, then the numbers. */
function rowOf(text: string, nama: string): string {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(nama));
  if (line === undefined) throw new Error(`no row for ${nama}`);
  return line;
}

const numbers = (line: string): number[] => [...line.matchAll(/\s(\d+)(?=\s|$)/g)].map((m) => Number(m[1]));

describe('renderReport', () => {
  const id = renderReport(agency);
  const en = renderReport(agency, { locale: 'en' });

  it('lists the kecamatan and all six kelurahan', () => {
    expect(id).toContain('Kecamatan Senapelan');
    for (const k of KELURAHAN) expect(rowOf(id, `Kelurahan ${k}`)).toBeTruthy();
  });

  it('prints counts per predikat that sum to each unit headcount, and to the agency total', () => {
    let total = 0;
    for (const nama of ['Kecamatan Senapelan', ...KELURAHAN.map((k) => `Kelurahan ${k}`)]) {
      const [headcount, ...counts] = numbers(rowOf(id, nama));
      expect(counts).toHaveLength(5);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(headcount);
      total += headcount!;
    }
    expect(total).toBe(agency.pegawai.length);
  });

  it('marks the conforming units ✓ and prints the reason under a non-conforming unit', () => {
    expect(rowOf(id, 'Kelurahan Sago')).toMatch(/✓ sesuai$/);
    expect(rowOf(id, 'Kelurahan Kampung Dalam')).toMatch(/✗ tidak sesuai$/);
    const lines = id.split('\n');
    const at = lines.findIndex((l) => l.trimStart().startsWith('Kelurahan Kampung Dalam'));
    const next = lines.findIndex((l, i) => i > at && l.trimStart().startsWith('Kelurahan '));
    const reasons = lines.slice(at + 1, next).join(' ');
    // The lenient lurah rated too many pegawai Baik and nobody Butuh Perbaikan or Kurang/Misconduct.
    expect(reasons).toMatch(/– Jumlah pegawai dengan predikat Baik \(8\) melebihi/);
    expect(reasons).toMatch(/– Jumlah pegawai dengan predikat Butuh Perbaikan atau Kurang\/Misconduct \(0\)/);
    // A conforming unit has no reason under it.
    const sago = lines.findIndex((l) => l.trimStart().startsWith('Kelurahan Sago'));
    expect(lines[sago + 1]).toMatch(/^─/);
  });

  it('fits a 100-column terminal', () => {
    for (const text of [id, en])
      for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('speaks English on request', () => {
    expect(en).toContain('annual evaluation');
    expect(rowOf(en, 'Kelurahan Kampung Dalam')).toMatch(/✗ does not conform$/);
    expect(en).toMatch(/Summary: 90 pegawai/);
    expect(id).toMatch(/Ringkasan: 90 pegawai/);
  });

  it('is pure: the same agency renders the same text', () => {
    expect(renderReport(agency)).toBe(id);
  });
});

describe('evaluateAgency', () => {
  it('scores every SKP and finds the two non-conforming kelurahan of the story', () => {
    const report = evaluateAgency(agency);
    expect(report.failures).toEqual([]);
    expect(report.units).toHaveLength(7);
    expect(report.units.filter((u) => !u.conforms).map((u) => u.nama)).toEqual([
      'Kelurahan Kampung Dalam',
      'Kelurahan Padang Terubuk',
    ]);
    for (const u of report.units.filter((x) => !x.conforms)) {
      expect(u.violations.some((v) => v.severity !== 'warning')).toBe(true);
    }
  });
});
