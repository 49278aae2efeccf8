import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateAgency } from '../testing/generate-agency';
import { DatasetSchema, parseDataset } from './dataset';
import { DI_ATAS, dataset, many, SESUAI } from './test-fixtures';

const agency = generateAgency();
const SMALL = dataset(
  [
    { id: 'kec', predikat: 'BAIK' },
    { id: 'kel', indukId: 'kec' },
  ],
  [
    ...many('a', 2, { unit: 'kec', hasil: SESUAI, perilaku: SESUAI }),
    ...many('b', 1, { unit: 'kel', hasil: DI_ATAS, perilaku: SESUAI }),
  ],
);

const codes = (input: unknown) => {
  const r = parseDataset(input);
  return r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`);
};

describe('parseDataset', () => {
  it('accepts a generated agency (ignoring its other keys) and a hand-made dataset', () => {
    const r = parseDataset(agency);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.pegawai).toHaveLength(90);
      expect(r.value.tahun).toBe(2026);
      expect('instansi' in r.value).toBe(false);
    }
    expect(parseDataset(SMALL).ok).toBe(true);
    expect(DatasetSchema.safeParse({ unitKerja: [], pegawai: [], skp: [] }).success).toBe(true);
  });

  it('reports every broken reference with its path', () => {
    const broken = {
      ...SMALL,
      unitKerja: [...SMALL.unitKerja, { id: 'x', nama: 'X', indukId: 'nowhere' }],
      pegawai: [...SMALL.pegawai, { ...SMALL.pegawai[0]!, unitKerjaId: 'nowhere' }],
      skp: [{ ...SMALL.skp[0]!, pegawaiId: 'nobody' }, ...SMALL.skp.slice(1)],
      evaluasiPeriodik: [
        ...(SMALL.evaluasiPeriodik ?? []),
        { skpId: 'skp-nobody', periodeKe: 1, ratingHasilKerja: SESUAI, ratingPerilakuKerja: SESUAI },
        { skpId: 'skp-b-1', periodeKe: 5, ratingHasilKerja: SESUAI, ratingPerilakuKerja: SESUAI },
      ],
      evaluasiTahunan: [
        {
          skpId: 'skp-a-1',
          ratingHasilKerja: SESUAI,
          ratingPerilakuKerja: SESUAI,
          ratingRhk: [{ rhkId: 'rhk-zz', rating: SESUAI }],
        },
        { skpId: 'skp-a-1', ratingHasilKerja: SESUAI, ratingPerilakuKerja: SESUAI },
      ],
      umpanBalik: [
        {
          id: 'ub-1',
          skpId: 'skp-a-2',
          periodeKe: 1,
          pemberiId: 'penilai',
          sasaran: { jenis: 'RHK', rhkId: 'rhk-zz' },
          isi: 'Bagus',
          diberikanPada: '2026-03-01T10:00:00+07:00',
        },
        {
          id: 'ub-1',
          skpId: 'skp-zz',
          periodeKe: 1,
          pemberiId: 'penilai',
          sasaran: { jenis: 'PERILAKU', nilai: 'LOYAL' },
          isi: 'Bagus',
          diberikanPada: '2026-03-01T10:00:00+07:00',
        },
      ],
      capaianKinerjaOrganisasi: [
        ...(SMALL.capaianKinerjaOrganisasi ?? []),
        { unitKerjaId: 'kec', tahun: 2026, predikat: 'ISTIMEWA' },
        { unitKerjaId: 'zz', tahun: 2026, predikat: 'BAIK' },
      ],
    };
    expect(codes(broken)).toEqual([
      'unknown_reference unitKerja.2.indukId',
      'duplicate_id pegawai.3.id',
      'unknown_reference pegawai.3.unitKerjaId',
      'unknown_reference skp.0.pegawaiId',
      'unknown_reference evaluasiPeriodik.12.skpId',
      'duplicate_id evaluasiTahunan.1.skpId',
      'unknown_reference evaluasiTahunan.0.ratingRhk.0.rhkId',
      'periode_unknown evaluasiPeriodik.13.periodeKe',
      'unknown_reference umpanBalik.0.sasaran.rhkId',
      'duplicate_id umpanBalik.1.id',
      'unknown_reference umpanBalik.1.skpId',
      'duplicate_id capaianKinerjaOrganisasi.1',
      'unknown_reference capaianKinerjaOrganisasi.2.unitKerjaId',
    ]);
  });

  it('reports the shape of a record, and a duplicate SKP', () => {
    expect(codes({ ...SMALL, skp: [...SMALL.skp, SMALL.skp[0]] })).toContain('duplicate_id skp.3.id');
    expect(codes({ ...SMALL, pegawai: 'none' })).toEqual(['invalid_type pegawai']);
    expect(codes(null)).toEqual(['invalid_type ']);
  });

  it('never throws, on garbage or on a valid dataset with one field replaced by garbage', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof parseDataset(input).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    const lists = ['unitKerja', 'pegawai', 'skp', 'evaluasiPeriodik', 'capaianKinerjaOrganisasi'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.nat(), fc.string(), fc.anything(), (list, i, key, value) => {
        const items = (SMALL[list] ?? []) as object[];
        const k = items.length === 0 ? 0 : i % items.length;
        const copy = items.slice();
        copy[k] = { ...(items[k] ?? {}), [key]: value };
        const replaced = { ...SMALL, [list]: copy };
        expect(typeof parseDataset(replaced).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
