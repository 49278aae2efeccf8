import { generateAgency } from '@kinerja/core/testing';
import { describe, expect, it } from 'vitest';
import override from '../kurva-ketat.json' with { type: 'json' };
import { buildKetat, renderKurvaKetat } from './report';

const agency = generateAgency();

function rowOf(text: string, nama: string): string {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(nama));
  if (line === undefined) throw new Error(`no row for ${nama}`);
  return line;
}

describe('the kurva-ketat example', () => {
  const id = renderKurvaKetat(agency, override);
  const en = renderKurvaKetat(agency, override, { locale: 'en' });

  it('builds the stricter pack from the override file, naming the override', () => {
    const r = buildKetat(override);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.override).toEqual({ name: 'kurva-ketat', version: '1' });
      expect(r.value.definition.kurva.BAIK.map((k) => k.id)).toEqual([
        'baik.baik-maks-60',
        'baik.baik-terbanyak',
        'baik.butuh-perbaikan-atau-kurang-min-10',
      ]);
    }
  });

  it('shows per unit the kurva under both rules: the Baik units at their cap stop conforming', () => {
    expect(id.ok).toBe(true);
    expect(rowOf(id.text, 'Kecamatan Senapelan')).toMatch(/✓ sesuai\s+✗ tidak$/);
    expect(rowOf(id.text, 'Kelurahan Sago')).toMatch(/✓ sesuai\s+✗ tidak$/);
    expect(rowOf(id.text, 'Kelurahan Kampung Bandar')).toMatch(/✓ sesuai\s+✓ sesuai$/);
    expect(rowOf(id.text, 'Kelurahan Kampung Dalam')).toMatch(/✗ tidak\s+✗ tidak$/);
    expect(id.text).toContain(
      'Jumlah pegawai dengan predikat Baik (24) melebihi batas kurva distribusi: paling banyak 21',
    );
    expect(id.text).toContain('Unit yang sesuai kurva: 5 dengan aturan A, 1 dengan aturan B');
  });

  it('prints a diagonal transition matrix: a stricter kurva re-ranks nobody', () => {
    const lines = id.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Matriks transisi'));
    const rows = lines.slice(at + 2, at + 7).map((l) => l.trim().split(/\s+/).slice(1).map(Number));
    expect(rows).toEqual([
      [23, 0, 0, 0, 0, 23],
      [0, 59, 0, 0, 0, 59],
      [0, 0, 7, 0, 0, 7],
      [0, 0, 0, 1, 0, 1],
      [0, 0, 0, 0, 0, 0],
    ]);
    expect(id.text).toContain('0 dari 90 pegawai berubah predikat atau rating.');
  });

  it('speaks English with --lang=en and fits 100 columns', () => {
    expect(en.text).toContain('Transition matrix of predikat (rows: rules A, columns: rules B)');
    expect(rowOf(en.text, 'Kecamatan Senapelan')).toMatch(/✓ conforms\s+✗ no$/);
    for (const text of [id.text, en.text])
      for (const l of text.split('\n')) expect(l.length).toBeLessThanOrEqual(100);
  });

  it('reports an invalid override as issues', () => {
    const bad = {
      ...override,
      changes: { kurva: { BAIK: [{ id: 'x', kind: 'MAXIMUM', predikat: ['BAIK'], share: 'enam puluh' }] } },
    };
    const r = renderKurvaKetat(agency, bad);
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/^– /);
  });
});
