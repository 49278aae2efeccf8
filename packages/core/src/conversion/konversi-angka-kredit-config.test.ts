import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angkaKredit } from './angka-kredit';
import { KONVERSI_ANGKA_KREDIT } from './konversi-angka-kredit';
import { parseKonversiAngkaKreditConfig } from './konversi-angka-kredit-config';

const plain = () =>
  JSON.parse(JSON.stringify(KONVERSI_ANGKA_KREDIT)) as Record<string, Record<string, unknown>>;

describe('KONVERSI_ANGKA_KREDIT', () => {
  it('holds the tables of §1.12', () => {
    expect(KONVERSI_ANGKA_KREDIT.persentasePredikat).toEqual({
      SANGAT_BAIK: '150',
      BAIK: '100',
      BUTUH_PERBAIKAN: '75',
      KURANG: '50',
      SANGAT_KURANG: '25',
    });
    expect(KONVERSI_ANGKA_KREDIT.koefisienTahunan).toEqual({
      PEMULA: '3.75',
      TERAMPIL: '5',
      MAHIR: '12.5',
      PENYELIA: '25',
      AHLI_PERTAMA: '12.5',
      AHLI_MUDA: '25',
      AHLI_MADYA: '37.5',
      AHLI_UTAMA: '50',
    });
    expect(KONVERSI_ANGKA_KREDIT.kebutuhanKenaikanPangkat).toEqual({
      AHLI_PERTAMA: '50',
      AHLI_MUDA: '100',
      AHLI_MADYA: '150',
      AHLI_UTAMA: '200',
    });
    expect(KONVERSI_ANGKA_KREDIT.rounding).toEqual({ scale: 2, mode: 'HALF_UP' });
    expect(KONVERSI_ANGKA_KREDIT.pembulatanKumulatif).toBe('TOTAL');
  });

  it('is frozen, so a caller cannot change the built-in tables', () => {
    expect(Object.isFrozen(KONVERSI_ANGKA_KREDIT)).toBe(true);
    expect(Object.isFrozen(KONVERSI_ANGKA_KREDIT.koefisienTahunan)).toBe(true);
    expect(() => {
      (KONVERSI_ANGKA_KREDIT.koefisienTahunan as Record<string, string>).AHLI_MUDA = '99';
    }).toThrow();
  });
});

describe('parseKonversiAngkaKreditConfig', () => {
  it('accepts a copy with changes and adds keterampilan thresholds', () => {
    const r = parseKonversiAngkaKreditConfig({
      ...KONVERSI_ANGKA_KREDIT,
      version: '1.0.0+keterampilan',
      kebutuhanKenaikanPangkat: { ...KONVERSI_ANGKA_KREDIT.kebutuhanKenaikanPangkat, TERAMPIL: 20 },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.kebutuhanKenaikanPangkat.TERAMPIL).toBe('20');
  });

  it.each<[string, (c: Record<string, Record<string, unknown>>) => void, string, (string | number)[]]>([
    [
      'a negative percentage',
      (c) => (c.persentasePredikat!.KURANG = '-1'),
      'too_small',
      ['persentasePredikat', 'KURANG'],
    ],
    [
      'a zero coefficient',
      (c) => (c.koefisienTahunan!.PEMULA = 0),
      'too_small',
      ['koefisienTahunan', 'PEMULA'],
    ],
    [
      'a missing coefficient',
      (c) => delete c.koefisienTahunan!.MAHIR,
      'required',
      ['koefisienTahunan', 'MAHIR'],
    ],
    [
      'a comma decimal',
      (c) => (c.koefisienTahunan!.MAHIR = '12,5'),
      'invalid_decimal',
      ['koefisienTahunan', 'MAHIR'],
    ],
    [
      'an unknown jenjang',
      (c) => (c.kebutuhanKenaikanPangkat!.AHLI = '10'),
      'unrecognized_keys',
      ['kebutuhanKenaikanPangkat'],
    ],
    ['a bad rounding mode', (c) => (c.rounding!.mode = 'ROUND'), 'invalid_value', ['rounding', 'mode']],
    [
      'a bad cumulative rounding',
      (c) => ((c as Record<string, unknown>).pembulatanKumulatif = 'X'),
      'invalid_value',
      ['pembulatanKumulatif'],
    ],
    ['an empty id', (c) => ((c as Record<string, unknown>).id = ''), 'too_small', ['id']],
    ['a stray field', (c) => ((c as Record<string, unknown>).extra = 1), 'unrecognized_keys', []],
  ])('%s → %s at its path', (_name, change, code, path) => {
    const c = plain();
    change(c);
    const r = parseKonversiAngkaKreditConfig(c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('rejects a table where a better predikat earns a lower percentage', () => {
    const c = plain();
    c.persentasePredikat!.BAIK = '70';
    const r = parseKonversiAngkaKreditConfig(c);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        {
          code: 'tabel_not_monotonic',
          path: ['persentasePredikat', 'BAIK'],
          params: { higher: 'BAIK', higherPersen: '70', lower: 'BUTUH_PERBAIKAN', lowerPersen: '75' },
        },
      ]);
    }
  });

  it('validates an unvalidated plain object given to angkaKredit, but not the frozen result again', () => {
    const r = parseKonversiAngkaKreditConfig(plain());
    if (!r.ok) throw new Error('valid');
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(angkaKredit({ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 12 }, r.value).ok).toBe(true);
    expect(angkaKredit({ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 12 }, plain()).ok).toBe(true);
  });

  it('never throws on anything, nor on mutations of the valid tables', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = parseKonversiAngkaKreditConfig(input);
        expect(r.ok).toBe(false);
      }),
    );
    const paths: [string, string][] = Object.entries(plain()).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? Object.keys(v).map((kk) => [k, kk] as [string, string]) : [],
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), ([a, b], value) => {
        const c = plain();
        c[a]![b] = value;
        const r = parseKonversiAngkaKreditConfig(c);
        if (!r.ok) for (const i of r.issues) expect(i.path[0]).toBe(a);
      }),
    );
  });
});
