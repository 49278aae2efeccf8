import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { formatAngka } from '../i18n/format-angka';
import { JenjangSchema } from '../model/jabatan';
import { PREDIKATS, type Predikat } from '../model/predikat';
import { angkaKredit } from './angka-kredit';
import { KONVERSI_ANGKA_KREDIT } from './konversi-angka-kredit';
import { parseKonversiAngkaKreditConfig } from './konversi-angka-kredit-config';

const JENJANGS = JenjangSchema.options;

function ak(input: unknown, config?: unknown) {
  const r = config === undefined ? angkaKredit(input) : angkaKredit(input, config);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('angkaKredit — golden values (Peraturan BKN 3/2023, regulations §1.12, §4.5)', () => {
  it.each([
    // The brief's cases.
    ['AHLI_PERTAMA', 'BAIK', 12, '12.5', '12.5', '12,50'],
    ['AHLI_MUDA', 'SANGAT_BAIK', 6, '18.75', '18.75', '18,75'],
    ['TERAMPIL', 'BUTUH_PERBAIKAN', 5, '1.5625', '1.56', '1,56'],
    // [S21] scenario A: Ahli Pertama, Baik, by quarter.
    ['AHLI_PERTAMA', 'BAIK', 3, '3.125', '3.13', '3,13'],
    ['AHLI_PERTAMA', 'BAIK', 9, '9.375', '9.38', '9,38'],
    // [S21] scenario E: 12 months, every jenjang keahlian × predikat.
    ['AHLI_PERTAMA', 'SANGAT_BAIK', 12, '18.75', '18.75', '18,75'],
    ['AHLI_PERTAMA', 'BUTUH_PERBAIKAN', 12, '9.375', '9.38', '9,38'],
    ['AHLI_PERTAMA', 'KURANG', 12, '6.25', '6.25', '6,25'],
    ['AHLI_PERTAMA', 'SANGAT_KURANG', 12, '3.125', '3.13', '3,13'],
    ['AHLI_MUDA', 'SANGAT_BAIK', 12, '37.5', '37.5', '37,50'],
    ['AHLI_MUDA', 'SANGAT_KURANG', 12, '6.25', '6.25', '6,25'],
    ['AHLI_MADYA', 'SANGAT_BAIK', 12, '56.25', '56.25', '56,25'],
    ['AHLI_MADYA', 'BUTUH_PERBAIKAN', 12, '28.125', '28.13', '28,13'],
    ['AHLI_MADYA', 'SANGAT_KURANG', 12, '9.375', '9.38', '9,38'],
    ['AHLI_UTAMA', 'SANGAT_BAIK', 12, '75', '75', '75,00'],
    ['AHLI_UTAMA', 'BAIK', 12, '50', '50', '50,00'],
    ['AHLI_UTAMA', 'SANGAT_KURANG', 12, '12.5', '12.5', '12,50'],
    // Jenjang keterampilan, by the coefficients of §1.12 (hand-computed).
    ['PEMULA', 'BAIK', 12, '3.75', '3.75', '3,75'],
    ['PEMULA', 'SANGAT_BAIK', 1, '0.46875', '0.47', '0,47'],
    ['MAHIR', 'KURANG', 7, '3.6458333333333333333333333333333333333', '3.65', '3,65'],
    ['PENYELIA', 'SANGAT_BAIK', 12, '37.5', '37.5', '37,50'],
    // [S21] §8.2: one month, Ahli Pertama, Sangat Baik.
    ['AHLI_PERTAMA', 'SANGAT_BAIK', 1, '1.5625', '1.56', '1,56'],
  ] as const)('%s, %s, %i bulan → %s → %s', (jenjang, predikat, bulan, tepat, rounded, shown) => {
    const v = ak({ jenjang, predikat, bulan });
    expect(new Decimal(v.tepat).minus(tepat).abs().lt('1e-35')).toBe(true);
    expect(v.angkaKredit).toBe(rounded);
    expect(formatAngka(v.angkaKredit, { scale: 2 })).toBe(shown);
  });

  it('traces the formula with the tables used and names the configuration', () => {
    const v = ak({ jenjang: 'TERAMPIL', predikat: 'BUTUH_PERBAIKAN', bulan: 5 });
    expect(v.trace.config).toEqual({ id: 'konversi-angka-kredit-bkn-3-2023', version: '1.0.0' });
    expect(v.trace.steps).toEqual([
      {
        kind: 'angka_kredit',
        jenjang: 'TERAMPIL',
        predikat: 'BUTUH_PERBAIKAN',
        bulan: 5,
        persentase: '75',
        koefisien: '5',
        tepat: '1.5625',
        angkaKredit: '1.56',
      },
    ]);
    expect(v.trace.flags).toEqual([]);
  });
});

describe('angkaKredit — validation', () => {
  it.each([
    [{ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 0 }, 'too_small', ['bulan']],
    [{ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 13 }, 'too_big', ['bulan']],
    [{ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 1.5 }, 'invalid_type', ['bulan']],
    [{ jenjang: 'AHLI_MUDA', predikat: 'CUKUP', bulan: 12 }, 'invalid_value', ['predikat']],
    [{ jenjang: 'AHLI', predikat: 'BAIK', bulan: 12 }, 'invalid_value', ['jenjang']],
    [{ predikat: 'BAIK', bulan: 12 }, 'required', ['jenjang']],
  ])('%j → %s at %j', (input, code, path) => {
    const r = angkaKredit(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('reports an invalid configuration under `config`', () => {
    const r = angkaKredit(
      { jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 12 },
      {
        ...KONVERSI_ANGKA_KREDIT,
        koefisienTahunan: { ...KONVERSI_ANGKA_KREDIT.koefisienTahunan, AHLI_MUDA: '0' },
      },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        {
          code: 'too_small',
          path: ['config', 'koefisienTahunan', 'AHLI_MUDA'],
          params: { minimum: '0', inclusive: false, origin: 'number' },
        },
      ]);
    }
  });

  it('never throws and answers a well-formed Result for anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.anything(), { nil: undefined }), (input, config) => {
        const r = config === undefined ? angkaKredit(input) : angkaKredit(input, config);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('angkaKredit — configuration and laws', () => {
  it('uses an overridden table: another rounding and another coefficient', () => {
    const r = parseKonversiAngkaKreditConfig({
      ...KONVERSI_ANGKA_KREDIT,
      version: '1.0.0+uji',
      koefisienTahunan: { ...KONVERSI_ANGKA_KREDIT.koefisienTahunan, TERAMPIL: '6' },
      rounding: { scale: 3, mode: 'DOWN' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const v = ak({ jenjang: 'TERAMPIL', predikat: 'BUTUH_PERBAIKAN', bulan: 5 }, r.value);
    expect(v.tepat).toBe('1.875');
    expect(v.angkaKredit).toBe('1.875');
    expect(v.trace.config).toEqual({ id: 'konversi-angka-kredit-bkn-3-2023', version: '1.0.0+uji' });
    const w = ak({ jenjang: 'MAHIR', predikat: 'KURANG', bulan: 7 }, r.value);
    expect(w.angkaKredit).toBe('3.645');
  });

  const period = fc.record({
    jenjang: fc.constantFrom(...JENJANGS),
    predikat: fc.constantFrom(...PREDIKATS),
    bulan: fc.integer({ min: 1, max: 12 }),
  });

  it('a better predikat never earns less', () => {
    fc.assert(
      fc.property(period, fc.constantFrom(...PREDIKATS), (p, other) => {
        const better: Predikat =
          PREDIKATS.indexOf(other) < PREDIKATS.indexOf(p.predikat) ? other : p.predikat;
        const worse: Predikat = better === other ? p.predikat : other;
        const a = new Decimal(ak({ ...p, predikat: better }).angkaKredit);
        const b = new Decimal(ak({ ...p, predikat: worse }).angkaKredit);
        expect(a.gte(b)).toBe(true);
      }),
    );
  });

  it('more months never earn less, and 12 months earn the whole percentage × coefficient', () => {
    fc.assert(
      fc.property(period, (p) => {
        const more = Math.min(12, p.bulan + 1);
        expect(new Decimal(ak({ ...p, bulan: more }).angkaKredit).gte(ak(p).angkaKredit)).toBe(true);
        const year = ak({ ...p, bulan: 12 });
        const expected = new Decimal(KONVERSI_ANGKA_KREDIT.persentasePredikat[p.predikat])
          .div(100)
          .times(KONVERSI_ANGKA_KREDIT.koefisienTahunan[p.jenjang]);
        expect(year.tepat).toBe(expected.toFixed());
      }),
    );
  });

  it('the rounded value is within half a unit of the last place of the exact one', () => {
    fc.assert(
      fc.property(period, (p) => {
        const v = ak(p);
        expect(new Decimal(v.angkaKredit).minus(v.tepat).abs().lte('0.005')).toBe(true);
      }),
    );
  });
});
