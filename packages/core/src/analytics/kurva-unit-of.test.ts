import { describe, expect, it } from 'vitest';
import type { UnitKerja } from '../model/unit-kerja';
import { generateAgency } from '../testing/generate-agency';
import { createKurvaUnitResolver, kurvaUnitOf } from './kurva-unit-of';

const agency = generateAgency();

describe('kurvaUnitOf', () => {
  it('sends the kecamatan office staff to the kecamatan and kelurahan staff to their kelurahan', () => {
    expect(kurvaUnitOf(agency, 'kec-senapelan')?.id).toBe('kec-senapelan');
    expect(kurvaUnitOf(agency, 'kec-senapelan.seksi-pemerintahan')?.id).toBe('kec-senapelan');
    expect(kurvaUnitOf(agency, 'kec-senapelan.kel-sago')?.nama).toBe('Kelurahan Sago');
  });

  it('returns null for an unknown unit, a tree without predikat organisasi, or a cycle', () => {
    expect(kurvaUnitOf(agency, 'nowhere')).toBeNull();
    expect(kurvaUnitOf({ ...agency, capaianKinerjaOrganisasi: [] }, 'kec-senapelan.kel-sago')).toBeNull();
    const units: UnitKerja[] = [
      { id: 'a', nama: 'A', indukId: 'b' },
      { id: 'b', nama: 'B', indukId: 'a' },
    ];
    expect(kurvaUnitOf({ tahun: 2026, unitKerja: units, capaianKinerjaOrganisasi: [] }, 'a')).toBeNull();
  });
});

describe('createKurvaUnitResolver', () => {
  const units: UnitKerja[] = [
    { id: 'kec', nama: 'Kecamatan', indukId: null },
    { id: 'kel', nama: 'Kelurahan', indukId: 'kec' },
    { id: 'seksi', nama: 'Seksi', indukId: 'kel' },
  ];
  const resolve = createKurvaUnitResolver(units, [
    { unitKerjaId: 'kec', tahun: 2025, predikat: 'BAIK' },
    { unitKerjaId: 'kec', tahun: 2026, predikat: 'ISTIMEWA' },
    { unitKerjaId: 'kel', tahun: 2026, predikat: 'KURANG' },
  ]);

  it('resolves per year, with the predikat organisasi', () => {
    expect(resolve('seksi', 2026)).toEqual({ unit: units[1], predikatOrganisasi: 'KURANG' });
    expect(resolve('seksi', 2025)).toEqual({ unit: units[0], predikatOrganisasi: 'BAIK' });
    expect(resolve('kec', 2026)?.predikatOrganisasi).toBe('ISTIMEWA');
    expect(resolve('seksi', 2024)).toBeNull();
    // Memoised answers stay the same.
    expect(resolve('seksi', 2026)?.unit.id).toBe('kel');
  });
});
