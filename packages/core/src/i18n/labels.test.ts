import { describe, expect, it } from 'vitest';
import { AkumulasiSchema, AspekSchema, PolaritasSchema } from '../model/indikator';
import { JenisJabatanSchema, JenjangSchema } from '../model/jabatan';
import { JenisKelaminSchema, JenisPegawaiSchema } from '../model/pegawai';
import { NilaiBerakhlakSchema } from '../model/perilaku-kerja';
import { JenisPeriodikSchema } from '../model/periode';
import { type Predikat, PredikatOrganisasiSchema, PredikatSchema, RatingSchema } from '../model/predikat';
import { JenisRhkSchema, PerspektifSchema } from '../model/rencana-hasil-kerja';
import { PendekatanSchema } from '../model/skp';
import { label } from './label';
import { LABELS, type LabelKind, type LabelValueByKind } from './labels';

// Typed per kind, so a new label kind without its schema here fails to compile.
const SCHEMAS: { [K in LabelKind]: { readonly options: readonly LabelValueByKind[K][] } } = {
  rating: RatingSchema,
  predikat: PredikatSchema,
  predikatOrganisasi: PredikatOrganisasiSchema,
  aspek: AspekSchema,
  polaritas: PolaritasSchema,
  akumulasi: AkumulasiSchema,
  jenisJabatan: JenisJabatanSchema,
  jenjang: JenjangSchema,
  nilaiBerakhlak: NilaiBerakhlakSchema,
  pendekatan: PendekatanSchema,
  jenisRhk: JenisRhkSchema,
  perspektif: PerspektifSchema,
  jenisPeriodik: JenisPeriodikSchema,
  jenisPegawai: JenisPegawaiSchema,
  jenisKelamin: JenisKelaminSchema,
};

const KINDS = Object.keys(SCHEMAS) as LabelKind[];

describe('LABELS', () => {
  it('has a table for every kind and no other', () => {
    expect(Object.keys(LABELS).sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS)('%s has exactly the values of its schema, each labelled in id and en', (kind) => {
    const table = LABELS[kind] as Record<string, { id: string; en: string }>;
    expect(Object.keys(table).sort()).toEqual([...SCHEMAS[kind].options].sort());
    for (const value of SCHEMAS[kind].options) {
      expect(table[value]?.id.trim()).not.toBe('');
      expect(table[value]?.en.trim()).not.toBe('');
    }
  });

  it('labels within one table are distinct', () => {
    for (const kind of KINDS) {
      const entries = Object.values(LABELS[kind] as Record<string, { id: string; en: string }>);
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      expect(new Set(entries.map((e) => e.en)).size).toBe(entries.length);
    }
  });
});

describe('label', () => {
  it.each([
    ['rating', 'DI_ATAS_EKSPEKTASI', 'Di Atas Ekspektasi', 'Above expectations'],
    ['rating', 'SESUAI_EKSPEKTASI', 'Sesuai Ekspektasi', 'Meets expectations'],
    ['rating', 'DI_BAWAH_EKSPEKTASI', 'Di Bawah Ekspektasi', 'Below expectations'],
    ['predikat', 'SANGAT_BAIK', 'Sangat Baik', 'Very good'],
    ['predikat', 'BAIK', 'Baik', 'Good'],
    ['predikat', 'BUTUH_PERBAIKAN', 'Butuh Perbaikan', 'Needs improvement'],
    ['predikat', 'KURANG', 'Kurang/Misconduct', 'Poor/Misconduct'],
    ['predikat', 'SANGAT_KURANG', 'Sangat Kurang', 'Very poor'],
    ['predikatOrganisasi', 'ISTIMEWA', 'Istimewa', 'Outstanding'],
    ['predikatOrganisasi', 'KURANG', 'Kurang', 'Poor'],
    [
      'jenisJabatan',
      'JPT_PRATAMA',
      'Jabatan Pimpinan Tinggi Pratama',
      'Senior Executive Position, Primary (JPT Pratama)',
    ],
    ['jenjang', 'AHLI_PERTAMA', 'Ahli Pertama', 'First Expert'],
    ['nilaiBerakhlak', 'BERORIENTASI_PELAYANAN', 'Berorientasi Pelayanan', 'Service-oriented'],
    ['perspektif', 'PENERIMA_LAYANAN', 'Penerima Layanan', 'Service recipients'],
    ['jenisPeriodik', 'TRIWULANAN', 'Triwulanan', 'Quarterly'],
    ['jenisKelamin', 'WANITA', 'Perempuan', 'Female'],
  ] as const)('%s %s → %s / %s', (kind, value, id, en) => {
    expect(label(kind, value as never)).toBe(id);
    expect(label(kind, value as never, 'id')).toBe(id);
    expect(label(kind, value as never, 'en')).toBe(en);
  });

  it('type-checks the value against the kind', () => {
    expect(label('predikat', 'KURANG')).toBe('Kurang/Misconduct');
    // @ts-expect-error 'ISTIMEWA' is a predikat organisasi, not a predikat pegawai
    expect(label('predikat', 'ISTIMEWA')).toBe('ISTIMEWA');
    // @ts-expect-error no such kind
    expect(label('golongan', 'III_A')).toBe('III_A');
  });

  it('returns an unknown value as it is instead of throwing', () => {
    expect(label('predikat', 'CUKUP' as Predikat)).toBe('CUKUP');
    expect(label('predikat', 'toString' as Predikat, 'en')).toBe('toString');
  });
});
