import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { JenjangSchema } from '../model/jabatan';
import { PREDIKATS } from '../model/predikat';
import { angkaKredit } from './angka-kredit';
import { angkaKreditKumulatif } from './angka-kredit-kumulatif';
import { KONVERSI_ANGKA_KREDIT } from './konversi-angka-kredit';
import { parseKonversiAngkaKreditConfig } from './konversi-angka-kredit-config';

function total(input: unknown, config?: unknown) {
  const r = config === undefined ? angkaKreditKumulatif(input) : angkaKreditKumulatif(input, config);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const PER_PERIODE = (() => {
  const r = parseKonversiAngkaKreditConfig({ ...KONVERSI_ANGKA_KREDIT, pembulatanKumulatif: 'PER_PERIODE' });
  if (!r.ok) throw new Error('valid');
  return r.value;
})();

const quarter = { jenjang: 'AHLI_PERTAMA', predikat: 'SANGAT_BAIK', bulan: 3 } as const;

describe('angkaKreditKumulatif — golden values', () => {
  it('a year of quarters, Ahli Pertama, Sangat Baik: 4 × 4.6875 = 18.75 ([S21] §8.2)', () => {
    const v = total({ periode: [quarter, quarter, quarter, quarter] });
    expect(v.angkaKredit).toBe('18.75');
    expect(v.angkaKreditBaru).toBe('18.75');
    expect(v.perPeriode.map((p) => [p.tepat, p.angkaKredit])).toEqual(Array(4).fill(['4.6875', '4.69']));
    // The running totals of [S21] §8.2: 4.69, 9.38, 14.06, 18.75 — each the rounded exact sum.
    const running = [1, 2, 3, 4].map((n) => total({ periode: Array(n).fill(quarter) }).angkaKredit);
    expect(running).toEqual(['4.69', '9.38', '14.06', '18.75']);
  });

  it('PER_PERIODE sums the rounded periods instead: 4 × 4.69 = 18.76', () => {
    const v = total({ periode: [quarter, quarter, quarter, quarter] }, PER_PERIODE);
    expect(v.angkaKredit).toBe('18.76');
    expect(v.tepat).toBe('18.75');
    expect(v.trace.steps.at(-1)).toMatchObject({ kind: 'angka_kredit_kumulatif', pembulatan: 'PER_PERIODE' });
  });

  it('a year split by a promotion to Ahli Muda after 4 months, added to the angka kredit held', () => {
    // 4/12 × 1 × 12.5 = 4.1666…; 8/12 × 1 × 25 = 16.666…; together 20.8333… → 20.83; + 37.5 = 58.33
    const v = total({
      angkaKreditAwal: '37.5',
      periode: [
        { tahun: 2026, jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 4 },
        { tahun: 2026, jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 8 },
      ],
    });
    expect(v.angkaKreditBaru).toBe('20.83');
    expect(v.angkaKredit).toBe('58.33');
    expect(v.perPeriode.map((p) => p.angkaKredit)).toEqual(['4.17', '16.67']);
    expect(v.perPeriode[0]).toMatchObject({ tahun: 2026 });
    expect(v.trace.steps.map((s) => s.kind)).toEqual([
      'angka_kredit',
      'angka_kredit',
      'angka_kredit_kumulatif',
    ]);
    expect(v.trace.steps[1]).toMatchObject({ periodeKe: 1, jenjang: 'AHLI_MUDA' });
    expect(v.trace.steps[2]).toMatchObject({
      angkaKreditAwal: '37.5',
      jumlahBulan: 12,
      angkaKredit: '58.33',
    });
  });

  it('the same split, PER_PERIODE: 4.17 + 16.67 = 20.84', () => {
    const v = total(
      {
        periode: [
          { jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 4 },
          { jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 8 },
        ],
      },
      PER_PERIODE,
    );
    expect(v.angkaKredit).toBe('20.84');
  });

  it('twelve monthly predikat: Terampil, Butuh Perbaikan every month = 3.75, the whole year', () => {
    const month = { jenjang: 'TERAMPIL', predikat: 'BUTUH_PERBAIKAN', bulan: 1 } as const;
    expect(total({ periode: Array(12).fill(month) }).angkaKredit).toBe('3.75');
    expect(total({ periode: Array(12).fill(month) }, PER_PERIODE).angkaKredit).toBe('3.72'); // 12 × 0.31
  });
});

describe('angkaKreditKumulatif — validation', () => {
  it('rejects more than 12 months in one year, at the period that passes 12', () => {
    const r = angkaKreditKumulatif({
      periode: [
        { tahun: 2026, jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 6 },
        { tahun: 2025, jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 12 },
        { tahun: 2026, jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 6 },
        { tahun: 2026, jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 2 },
        { tahun: 2026, jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 1 },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        { code: 'bulan_exceeds_year', path: ['periode', 3, 'bulan'], params: { tahun: 2026, bulan: 15 } },
      ]);
    }
  });

  it('periods without a year are not checked against one another', () => {
    const p = { jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 12 } as const;
    expect(total({ periode: [p, p, p] }).angkaKredit).toBe('75');
  });

  it.each([
    [{ periode: [] }, 'too_small', ['periode']],
    [{}, 'required', ['periode']],
    [{ angkaKreditAwal: '-1', periode: [quarter] }, 'too_small', ['angkaKreditAwal']],
    [{ periode: [{ ...quarter, bulan: 0 }] }, 'too_small', ['periode', 0, 'bulan']],
    [{ periode: [{ ...quarter, tahun: 20260 }] }, 'too_big', ['periode', 0, 'tahun']],
  ])('%j → %s at %j', (input, code, path) => {
    const r = angkaKreditKumulatif(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('never throws on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = angkaKreditKumulatif(input);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('angkaKreditKumulatif — laws', () => {
  const jenjang = fc.constantFrom(...JenjangSchema.options);
  const predikat = fc.constantFrom(...PREDIKATS);

  it('TOTAL: splitting a period into months never changes the total', () => {
    fc.assert(
      fc.property(jenjang, predikat, fc.integer({ min: 1, max: 12 }), (j, p, bulan) => {
        const whole = angkaKredit({ jenjang: j, predikat: p, bulan });
        const split = total({ periode: Array(bulan).fill({ jenjang: j, predikat: p, bulan: 1 }) });
        expect(whole.ok && whole.value.angkaKredit).toBe(split.angkaKredit);
      }),
    );
  });

  it('the order of the periods never changes the result', () => {
    const period = fc.record({ jenjang, predikat, bulan: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 6 }), (periode) => {
        const a = total({ periode });
        const b = total({ periode: [...periode].reverse() });
        expect(b.angkaKredit).toBe(a.angkaKredit);
        expect(total({ periode }, PER_PERIODE).angkaKredit).toBe(
          total({ periode: [...periode].reverse() }, PER_PERIODE).angkaKredit,
        );
        // TOTAL and PER_PERIODE differ by at most half a unit per period.
        const diff = new Decimal(a.angkaKredit).minus(total({ periode }, PER_PERIODE).angkaKredit).abs();
        expect(diff.lte(new Decimal('0.005').times(periode.length + 1))).toBe(true);
      }),
    );
  });
});
