import { describe, expect, it } from 'vitest';
import type { UnitKerja } from '../model/unit-kerja';
import { generateAgency } from './generate-agency';
import { kurvaUnitOf } from './kurva-unit-of';

const agency = generateAgency();

describe('kurvaUnitOf', () => {
  it('sends the kecamatan office staff to the kecamatan and kelurahan staff to their kelurahan', () => {
    expect(kurvaUnitOf(agency, 'kec-senapelan')?.id).toBe('kec-senapelan');
    expect(kurvaUnitOf(agency, 'kec-senapelan.seksi-pemerintahan')?.id).toBe('kec-senapelan');
    expect(kurvaUnitOf(agency, 'kec-senapelan.subbag-umum')?.id).toBe('kec-senapelan');
    expect(kurvaUnitOf(agency, 'kec-senapelan.kel-sago')?.nama).toBe('Kelurahan Sago');
  });

  it('puts every pegawai in a unit that has a predikat organisasi for the year', () => {
    const withKurva = new Set(agency.capaianKinerjaOrganisasi.map((c) => c.unitKerjaId));
    for (const p of agency.pegawai) expect(withKurva.has(kurvaUnitOf(agency, p.unitKerjaId)!.id)).toBe(true);
  });

  it('returns null for an unknown unit or a tree without predikat organisasi', () => {
    expect(kurvaUnitOf(agency, 'nowhere')).toBeNull();
    expect(kurvaUnitOf({ ...agency, capaianKinerjaOrganisasi: [] }, 'kec-senapelan.kel-sago')).toBeNull();
  });

  it('ignores predikat organisasi of another year', () => {
    const other = {
      ...agency,
      capaianKinerjaOrganisasi: agency.capaianKinerjaOrganisasi.map((c) =>
        c.unitKerjaId === 'kec-senapelan.kel-sago' ? { ...c, tahun: 2025 } : c,
      ),
    };
    expect(kurvaUnitOf(other, 'kec-senapelan.kel-sago')?.id).toBe('kec-senapelan');
  });

  it('stops on a cycle instead of looping', () => {
    const units: UnitKerja[] = [
      { id: 'a', nama: 'A', indukId: 'b' },
      { id: 'b', nama: 'B', indukId: 'a' },
    ];
    expect(kurvaUnitOf({ tahun: 2026, unitKerja: units, capaianKinerjaOrganisasi: [] }, 'a')).toBeNull();
  });
});
