import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateAgency } from '../testing/generate-agency';
import { evaluateDataset } from './evaluate-dataset';
import { type HasilKohort, ringkasanKohort } from './ringkasan-kohort';
import { permute } from './test-fixtures';

const h = (
  pegawaiId: string,
  predikat: HasilKohort['predikat'],
  unitKerjaId = 'kel',
  jenisJabatan: HasilKohort['jenisJabatan'] = 'PELAKSANA',
): HasilKohort => ({ pegawaiId, unitKerjaId, kurvaUnitId: 'kel', jenisJabatan, predikat });

const TAHUN_LALU = [h('a', 'BAIK'), h('b', 'BAIK'), h('c', 'SANGAT_BAIK'), h('d', 'BUTUH_PERBAIKAN')];
const TAHUN_INI = [
  h('a', 'SANGAT_BAIK'),
  h('b', 'BAIK'),
  h('c', 'BAIK'),
  h('e', 'KURANG', 'kel.seksi', 'PENGAWAS'),
];

function run(input: unknown) {
  const r = ringkasanKohort(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('ringkasanKohort', () => {
  const r = run({
    kohort: { tahun: 2026, hasil: TAHUN_INI },
    sebelumnya: { tahun: 2025, hasil: TAHUN_LALU },
  });

  it('counts predikat per unit kerja, kurva unit and kind of jabatan', () => {
    expect(r.tahun).toBe(2026);
    expect(r.count).toBe(4);
    expect(r.distribusi).toEqual({
      SANGAT_BAIK: 1,
      BAIK: 2,
      BUTUH_PERBAIKAN: 0,
      KURANG: 1,
      SANGAT_KURANG: 0,
    });
    expect(r.perUnitKerja.map((u) => [u.unitKerjaId, u.count])).toEqual([
      ['kel', 3],
      ['kel.seksi', 1],
    ]);
    expect(r.perKurvaUnit).toEqual([{ kurvaUnitId: 'kel', count: 4, distribusi: r.distribusi }]);
    expect(r.perJenisJabatan.map((j) => [j.jenisJabatan, j.count, j.distribusi.KURANG])).toEqual([
      ['PENGAWAS', 1, 1],
      ['PELAKSANA', 3, 0],
    ]);
  });

  it('gives the year-over-year transitions: matrix, up/same/down, new and left', () => {
    const t = r.transisi!;
    expect([t.dariTahun, t.keTahun]).toEqual([2025, 2026]);
    expect(t.pegawai).toEqual([
      { pegawaiId: 'a', before: 'BAIK', after: 'SANGAT_BAIK', arah: 'NAIK' },
      { pegawaiId: 'b', before: 'BAIK', after: 'BAIK', arah: 'TETAP' },
      { pegawaiId: 'c', before: 'SANGAT_BAIK', after: 'BAIK', arah: 'TURUN' },
    ]);
    expect([t.naik, t.tetap, t.turun]).toEqual([1, 1, 1]);
    expect(t.matriks.BAIK).toEqual({
      SANGAT_BAIK: 1,
      BAIK: 1,
      BUTUH_PERBAIKAN: 0,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
    expect(t.matriks.SANGAT_BAIK.BAIK).toBe(1);
    expect(t.baru).toEqual(['e']);
    expect(t.keluar).toEqual(['d']);
  });

  it('has no transitions without an earlier year', () => {
    expect(run({ kohort: { tahun: 2026, hasil: TAHUN_INI } }).transisi).toBeNull();
  });

  it('takes the rows of evaluateDataset: two seeded years of Senapelan', () => {
    const y25 = evaluateDataset(generateAgency({ tahun: 2025 }));
    const y26 = evaluateDataset(generateAgency({ tahun: 2026 }));
    if (!y25.ok || !y26.ok) throw new Error('invalid');
    const out = run({
      kohort: { tahun: 2026, hasil: y26.value.hasil },
      sebelumnya: { tahun: 2025, hasil: y25.value.hasil },
    });
    expect(out.count).toBe(90);
    expect(out.perKurvaUnit).toHaveLength(7);
    expect(out.perKurvaUnit.reduce((s, u) => s + u.count, 0)).toBe(90);
    expect(out.perJenisJabatan.reduce((s, j) => s + j.count, 0)).toBe(90);
    const t = out.transisi!;
    // The same seed gives the same pegawai both years.
    expect(t.pegawai.length + t.baru.length).toBe(90);
    expect(t.naik + t.tetap + t.turun).toBe(t.pegawai.length);
  });

  it('rejects a pegawai twice in a year and an earlier year that is not earlier', () => {
    const r1 = ringkasanKohort({ kohort: { tahun: 2026, hasil: [...TAHUN_INI, h('a', 'BAIK')] } });
    expect(r1.ok ? [] : r1.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'duplicate_id kohort.hasil.4.pegawaiId',
    ]);
    const r2 = ringkasanKohort({
      kohort: { tahun: 2026, hasil: [] },
      sebelumnya: { tahun: 2026, hasil: [] },
    });
    expect(r2.ok ? [] : r2.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'invalid_interval sebelumnya.tahun',
    ]);
  });

  it('is the same for any order of the rows and never throws on garbage', () => {
    for (const seed of [1, 2, 3]) {
      expect(
        run({
          kohort: { tahun: 2026, hasil: permute(TAHUN_INI, seed) },
          sebelumnya: { tahun: 2025, hasil: permute(TAHUN_LALU, seed + 7) },
        }),
      ).toEqual(r);
    }
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof ringkasanKohort(input).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
