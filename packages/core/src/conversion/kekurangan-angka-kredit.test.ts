import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { PREDIKATS } from '../model/predikat';
import { angkaKredit } from './angka-kredit';
import { kekuranganAngkaKredit } from './kekurangan-angka-kredit';
import { KONVERSI_ANGKA_KREDIT } from './konversi-angka-kredit';
import { parseKonversiAngkaKreditConfig } from './konversi-angka-kredit-config';

function gap(input: unknown, config?: unknown) {
  const r = config === undefined ? kekuranganAngkaKredit(input) : kekuranganAngkaKredit(input, config);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const AHLI = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'] as const;

describe('kekuranganAngkaKredit — golden values (kebutuhan KP 50/100/150/200 [S21])', () => {
  it.each([
    ['AHLI_PERTAMA', '37.5', 'BAIK', '50', '12.5', false, 12],
    ['AHLI_PERTAMA', '0', 'SANGAT_BAIK', '50', '50', false, 32], // 32 × 1.5625 = 50
    ['AHLI_MUDA', '62.5', 'SANGAT_BAIK', '100', '37.5', false, 12],
    ['AHLI_MADYA', '150', 'BAIK', '150', '0', true, 0],
    ['AHLI_UTAMA', '210.25', 'KURANG', '200', '0', true, 0],
    // 1/12 × 0.25 × 37.5 = 0.78125 a month: 13 months = 10.15625 → 10.16 ≥ 10.15 (12 months = 9.375)
    ['AHLI_MADYA', '139.85', 'SANGAT_KURANG', '150', '10.15', false, 13],
  ] as const)(
    '%s holding %s at %s: needs %s, short %s',
    (jenjang, held, predikat, kebutuhan, kurang, ok, bulan) => {
      const v = gap({ jenjang, angkaKredit: held, predikat });
      expect(v.kebutuhan).toBe(kebutuhan);
      expect(v.kekurangan).toBe(kurang);
      expect(v.terpenuhi).toBe(ok);
      expect(v.estimasiBulan).toBe(bulan);
    },
  );

  it('the estimate counts rounding: 3.12 short at 0.78125 a month → 4 months (3.125 → 3.13)', () => {
    // Ahli Madya, Sangat Kurang: 4 months exactly 3.125, rounded 3.13 ≥ 3.12; 3 months 2.34.
    const v = gap({ jenjang: 'AHLI_MADYA', angkaKredit: '146.88', predikat: 'SANGAT_KURANG' });
    expect(v.kekurangan).toBe('3.12');
    expect(v.estimasiBulan).toBe(4);
  });

  it('without a predikat there is no estimate; the trace shows the threshold and the gap', () => {
    const v = gap({ jenjang: 'AHLI_MUDA', angkaKredit: 62.5 });
    expect(v.estimasiBulan).toBeNull();
    expect(v.trace.steps).toEqual([
      {
        kind: 'kekurangan_angka_kredit',
        jenjang: 'AHLI_MUDA',
        kebutuhan: '100',
        dimiliki: '62.5',
        kekurangan: '37.5',
        predikat: null,
        angkaKreditPerBulan: null,
        estimasiBulan: null,
      },
    ]);
  });

  it('a jenjang without a threshold is an issue; the threshold can be added by configuration', () => {
    const r = kekuranganAngkaKredit({ jenjang: 'TERAMPIL', angkaKredit: '10' });
    expect(r).toEqual({
      ok: false,
      issues: [
        { code: 'kebutuhan_angka_kredit_missing', path: ['jenjang'], params: { jenjang: 'TERAMPIL' } },
      ],
    });
    const c = parseKonversiAngkaKreditConfig({
      ...KONVERSI_ANGKA_KREDIT,
      kebutuhanKenaikanPangkat: { ...KONVERSI_ANGKA_KREDIT.kebutuhanKenaikanPangkat, TERAMPIL: '20' },
    });
    if (!c.ok) throw new Error('valid');
    expect(gap({ jenjang: 'TERAMPIL', angkaKredit: '10', predikat: 'BAIK' }, c.value)).toMatchObject({
      kebutuhan: '20',
      kekurangan: '10',
      estimasiBulan: 24,
    });
  });

  it('with a percentage of 0 for the predikat there is no estimate', () => {
    const c = parseKonversiAngkaKreditConfig({
      ...KONVERSI_ANGKA_KREDIT,
      persentasePredikat: { ...KONVERSI_ANGKA_KREDIT.persentasePredikat, SANGAT_KURANG: '0' },
    });
    if (!c.ok) throw new Error('valid');
    expect(
      gap({ jenjang: 'AHLI_MUDA', angkaKredit: '1', predikat: 'SANGAT_KURANG' }, c.value).estimasiBulan,
    ).toBeNull();
  });

  it.each([
    [{ jenjang: 'AHLI_MUDA', angkaKredit: '-1' }, 'too_small', ['angkaKredit']],
    [{ jenjang: 'AHLI_MUDA' }, 'required', ['angkaKredit']],
    [{ jenjang: 'AHLI_MUDA', angkaKredit: '1', predikat: 'CUKUP' }, 'invalid_value', ['predikat']],
  ])('%j → %s', (input, code, path) => {
    const r = kekuranganAngkaKredit(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = kekuranganAngkaKredit(input);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('kekuranganAngkaKredit — laws', () => {
  it('the estimate is the fewest months whose rounded angka kredit covers the gap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AHLI),
        fc.constantFrom(...PREDIKATS),
        fc.integer({ min: 0, max: 25000 }),
        (jenjang, predikat, cents) => {
          const held = new Decimal(cents).div(100).toFixed();
          const v = gap({ jenjang, angkaKredit: held, predikat });
          const kurang = new Decimal(v.kekurangan);
          expect(kurang.eq(Decimal.max(0, new Decimal(v.kebutuhan).minus(held)))).toBe(true);
          const n = v.estimasiBulan!;
          const earned = (m: number) => {
            // A period of m months at one jenjang and predikat: AK scales linearly with months.
            const r = angkaKredit({ jenjang, predikat, bulan: 12 });
            if (!r.ok) throw new Error('valid');
            return new Decimal(r.value.tepat).times(m).div(12).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
          };
          if (kurang.isZero()) expect(n).toBe(0);
          else {
            expect(earned(n).gte(kurang)).toBe(true);
            if (n > 1) expect(earned(n - 1).lt(kurang)).toBe(true);
          }
        },
      ),
    );
  });
});
