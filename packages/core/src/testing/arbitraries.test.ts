import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, toCanonical } from '../decimal/decimal';
import { DecimalStringSchema } from '../decimal/decimal-string';
import { KinerjaError } from '../errors/kinerja-error';
import { EvaluasiPeriodikSchema } from '../model/evaluasi';
import { IndikatorKinerjaIndividuSchema, TargetSchema } from '../model/indikator';
import { isJpt } from '../model/jabatan';
import { parseNip, validateNiPppk, validateNip } from '../model/nip';
import { parsePegawai } from '../model/pegawai';
import { NILAI_BERAKHLAK } from '../model/perilaku-kerja';
import { periodeWindows } from '../model/periode';
import {
  PREDIKAT_ORGANISASIS,
  PREDIKATS,
  PredikatOrganisasiSchema,
  PredikatSchema,
  RATINGS,
  RatingSchema,
} from '../model/predikat';
import { parseRealisasi } from '../model/realisasi';
import { RencanaHasilKerjaSchema } from '../model/rencana-hasil-kerja';
import { parseSkp } from '../model/skp';
import { TanggalSchema } from '../model/tanggal';
import { descendantUnitIds, parseUnitKerjaTree, validateUnitKerjaTree } from '../model/unit-kerja';
import {
  arbDecimalString,
  arbDistribusi,
  arbEvaluasiPeriodik,
  arbId,
  arbIndikator,
  arbNiPppk,
  arbNip,
  arbPegawai,
  arbPredikat,
  arbPredikatOrganisasi,
  arbRating,
  arbRealisasi,
  arbRencanaHasilKerja,
  arbSkp,
  arbTanggal,
  arbTarget,
  arbUnitKerjaTree,
} from './arbitraries';

/** The distinct values an arbitrary produced in `n` samples. */
function seen<T>(arb: fc.Arbitrary<T>, n = 300): Set<T> {
  return new Set(fc.sample(arb, { numRuns: n, seed: 42 }));
}

describe('enum arbitraries', () => {
  it('produce every value and only values the schemas accept', () => {
    expect([...seen(arbRating())].sort()).toEqual([...RATINGS].sort());
    expect([...seen(arbPredikat())].sort()).toEqual([...PREDIKATS].sort());
    expect([...seen(arbPredikatOrganisasi())].sort()).toEqual([...PREDIKAT_ORGANISASIS].sort());
    fc.assert(
      fc.property(arbRating(), arbPredikat(), arbPredikatOrganisasi(), (r, p, o) => {
        expect(RatingSchema.safeParse(r).success).toBe(true);
        expect(PredikatSchema.safeParse(p).success).toBe(true);
        expect(PredikatOrganisasiSchema.safeParse(o).success).toBe(true);
      }),
    );
  });
});

describe('arbDecimalString', () => {
  const bounds = fc
    .record({
      a: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
      b: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
      boundScale: fc.integer({ min: 0, max: 6 }),
      scale: fc.integer({ min: 0, max: 8 }),
    })
    .map(({ a, b, boundScale, scale }) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const div = new Decimal(10).pow(boundScale);
      return {
        min: toCanonical(new Decimal(lo.toString()).div(div)),
        // Make sure that a value of the scale lies in between.
        max: toCanonical(new Decimal(hi.toString()).div(div).plus(1)),
        scale,
      };
    });

  it('produces canonical strings within the bounds and the scale, accepted by DecimalStringSchema', () => {
    fc.assert(
      fc.property(
        bounds.chain((c) => fc.tuple(fc.constant(c), arbDecimalString(c))),
        ([c, s]) => {
          expect(toCanonical(s)).toBe(s);
          expect(DecimalStringSchema.parse(s)).toBe(s);
          expect(s).not.toMatch(/e/i);
          const d = new Decimal(s);
          expect(d.gte(c.min) && d.lte(c.max)).toBe(true);
          expect(d.decimalPlaces()).toBeLessThanOrEqual(c.scale);
        },
      ),
    );
  });

  it('defaults to 0–1000000 with two decimals, and reaches both bounds and whole numbers', () => {
    const values = [...seen(arbDecimalString(), 1000)];
    for (const s of values) {
      const d = new Decimal(s);
      expect(d.gte(0) && d.lte(1_000_000) && d.decimalPlaces() <= 2).toBe(true);
    }
    expect(values).toContain('0');
    expect(values.some((s) => !s.includes('.'))).toBe(true);
    expect(values.some((s) => /\.\d\d$/.test(s))).toBe(true);
    expect(seen(arbDecimalString({ min: '-0.05', max: '0.05', scale: 2 }), 500)).toEqual(
      new Set(['-0.05', '-0.04', '-0.03', '-0.02', '-0.01', '0', '0.01', '0.02', '0.03', '0.04', '0.05']),
    );
  });

  it('rounds the bounds inwards to the scale and rejects impossible options', () => {
    expect(seen(arbDecimalString({ min: '0.999', max: '2.001', scale: 0 }))).toEqual(new Set(['1', '2']));
    expect(() => arbDecimalString({ min: '0.001', max: '0.002', scale: 2 })).toThrow(KinerjaError);
    expect(() => arbDecimalString({ min: '2', max: '1' })).toThrow(KinerjaError);
    expect(() => arbDecimalString({ scale: 21 })).toThrow(KinerjaError);
    expect(() => arbDecimalString({ scale: 1.5 })).toThrow(KinerjaError);
    expect(() => arbDecimalString({ min: 'abc' })).toThrow(KinerjaError);
  });
});

describe('arbId, arbTanggal', () => {
  it('produce ids and dates the schemas accept, leap days included', () => {
    fc.assert(
      fc.property(arbId('skp'), (id) => {
        expect(id).toMatch(/^\S(.*\S)?$/);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }).chain(arbTanggal), (d) => {
        expect(TanggalSchema.safeParse(d).success).toBe(true);
      }),
    );
    const leap = seen(arbTanggal(2024), 3000);
    expect(leap.size).toBe(366);
    expect(leap).toContain('2024-02-29');
    expect(leap).toContain('2024-12-31');
    expect(seen(arbTanggal(2026), 3000)).not.toContain('2026-02-29');
  });
});

describe('arbNip, arbNiPppk', () => {
  it('produce numbers that pass their checks', () => {
    fc.assert(
      fc.property(arbNip(), (nip) => {
        expect(validateNip(nip)).toEqual([]);
        const parts = parseNip(nip);
        expect(parts).not.toBeNull();
        expect(parts!.tmtTahun).toBeGreaterThanOrEqual(Number(nip.slice(0, 4)));
      }),
    );
    fc.assert(
      fc.property(arbNiPppk(), (n) => {
        expect(validateNiPppk(n)).toEqual([]);
      }),
    );
  });

  it('produce both genders and leap-day births', () => {
    const nips = [...seen(arbNip(), 5000)];
    expect(new Set(nips.map((n) => n[14]))).toEqual(new Set(['1', '2']));
    expect(nips.some((n) => n.slice(4, 8) === '0229')).toBe(true);
  });
});

describe('arbTarget, arbIndikator, arbRencanaHasilKerja', () => {
  it('produce values that parse to themselves', () => {
    fc.assert(
      fc.property(arbTarget(), (t) => {
        expect(TargetSchema.parse(t)).toEqual(t);
      }),
    );
    fc.assert(
      fc.property(arbIndikator(), (i) => {
        expect(IndikatorKinerjaIndividuSchema.parse(i)).toEqual(i);
      }),
    );
    fc.assert(
      fc.property(arbRencanaHasilKerja(), (r) => {
        expect(RencanaHasilKerjaSchema.parse(r)).toEqual(r);
      }),
    );
  });

  it('honour the constraints', () => {
    expect(new Set([...seen(arbTarget())].map((t) => t.jenis))).toEqual(
      new Set(['TUNGGAL', 'RENTANG', 'NARATIF']),
    );
    fc.assert(
      fc.property(arbTarget({ jenis: ['RENTANG'] }), (t) => {
        expect(t.jenis).toBe('RENTANG');
        if (t.jenis === 'RENTANG') expect(new Decimal(t.min).lte(t.max)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(arbTarget({ jenis: ['TUNGGAL'] }), (t) => {
        expect(t.jenis === 'TUNGGAL' && new Decimal(t.nilai).gt(0)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(arbIndikator({ pendekatan: 'KUANTITATIF' }), (i) => {
        expect(i.target.jenis).not.toBe('NARATIF');
      }),
    );
    fc.assert(
      fc.property(arbRencanaHasilKerja({ jpt: true }), (r) => {
        expect(r.perspektif).toBeDefined();
        expect(new Set(r.indikator.map((i) => i.id)).size).toBe(r.indikator.length);
      }),
    );
    fc.assert(
      fc.property(arbRencanaHasilKerja({ jpt: false }), (r) => {
        expect(r.perspektif).toBeUndefined();
      }),
    );
    expect(() => arbTarget({ jenis: [] })).toThrow(KinerjaError);
  });
});

describe('arbSkp', () => {
  it('produces SKPs that parseSkp accepts unchanged', () => {
    fc.assert(
      fc.property(arbSkp(), (skp) => {
        const r = parseSkp(skp);
        expect(r).toEqual({ ok: true, value: skp });
      }),
    );
  });

  it('keeps every SKP invariant', () => {
    fc.assert(
      fc.property(arbSkp(), (skp) => {
        const rhkIds = skp.rencanaHasilKerja.map((r) => r.id);
        const ikiIds = skp.rencanaHasilKerja.flatMap((r) => r.indikator.map((i) => i.id));
        expect(new Set(rhkIds).size).toBe(rhkIds.length);
        expect(new Set(ikiIds).size).toBe(ikiIds.length);
        expect(skp.rencanaHasilKerja.some((r) => r.jenis === 'UTAMA')).toBe(true);
        if (isJpt(skp.jenisJabatan)) expect(skp.rencanaHasilKerja.every((r) => r.perspektif)).toBe(true);
        expect([...skp.perilakuKerja.map((p) => p.nilai)].sort()).toEqual([...NILAI_BERAKHLAK].sort());
        if (skp.pendekatan === 'KUANTITATIF') {
          expect(
            skp.rencanaHasilKerja.flatMap((r) => r.indikator).every((i) => i.target.jenis !== 'NARATIF'),
          ).toBe(true);
        }
        expect(skp.periodeAwal <= skp.periodeAkhir).toBe(true);
        expect(skp.periodeAwal.startsWith(`${skp.tahun}-`)).toBe(true);
        expect(skp.periodeAkhir.startsWith(`${skp.tahun}-`)).toBe(true);
      }),
    );
  });

  it('honours pendekatan, jenisJabatan and tahun', () => {
    fc.assert(
      fc.property(arbSkp({ pendekatan: 'KUANTITATIF', jenisJabatan: 'JPT_PRATAMA', tahun: 2024 }), (skp) => {
        expect(skp.pendekatan).toBe('KUANTITATIF');
        expect(skp.jenisJabatan).toBe('JPT_PRATAMA');
        expect(skp.tahun).toBe(2024);
        expect(skp.rencanaHasilKerja.every((r) => r.perspektif !== undefined)).toBe(true);
      }),
      { numRuns: 50 },
    );
    const periods = [...seen(arbSkp({ tahun: 2026 }), 200)].map((s) => `${s.periodeAwal}/${s.periodeAkhir}`);
    expect(periods).toContain('2026-01-01/2026-12-31');
    expect(periods.some((p) => p !== '2026-01-01/2026-12-31')).toBe(true);
  });
});

describe('arbPegawai', () => {
  it('produces pegawai that parsePegawai accepts unchanged, with the NIP gender', () => {
    fc.assert(
      fc.property(arbPegawai(), (p) => {
        expect(parsePegawai(p)).toEqual({ ok: true, value: p });
        if (p.jenis === 'PNS' && p.jenisKelamin) {
          expect(p.jenisKelamin).toBe(parseNip(p.nip)?.jenisKelamin);
        }
      }),
    );
    fc.assert(
      fc.property(arbPegawai({ jenis: 'PPPK' }), (p) => {
        expect(p.jenis).toBe('PPPK');
      }),
    );
    fc.assert(
      fc.property(arbPegawai({ jenis: 'PNS' }), (p) => {
        expect(p.jenis).toBe('PNS');
      }),
    );
  });
});

describe('arbRealisasi, arbEvaluasiPeriodik', () => {
  const withSkp = <T>(f: (skp: Parameters<typeof arbRealisasi>[0]) => fc.Arbitrary<T>) =>
    arbSkp({ maxRhk: 3 }).chain((skp) => fc.tuple(fc.constant(skp), f(skp)));

  it('produce realisasi of the SKP that parseRealisasi accepts unchanged', () => {
    fc.assert(
      fc.property(withSkp(arbRealisasi), ([skp, r]) => {
        expect(parseRealisasi(r)).toEqual({ ok: true, value: r });
        expect(r.skpId).toBe(skp.id);
        const iki = skp.rencanaHasilKerja.flatMap((x) => x.indikator).find((i) => i.id === r.indikatorId);
        expect(iki).toBeDefined();
        if (iki!.target.jenis === 'NARATIF') expect(r.uraian).toBeDefined();
        else expect(r.nilai).toBeDefined();
        const w = periodeWindows({ tahun: skp.tahun, jenisPeriodik: skp.jenisPeriodik })[r.periodeKe - 1]!;
        expect(w.awal <= skp.periodeAkhir && w.akhir >= skp.periodeAwal).toBe(true);
      }),
    );
  });

  it('produce evaluations of the SKP that the schema accepts unchanged, predikat by the matrix', () => {
    fc.assert(
      fc.property(withSkp(arbEvaluasiPeriodik), ([skp, e]) => {
        expect(EvaluasiPeriodikSchema.parse(e)).toEqual(e);
        expect(e.skpId).toBe(skp.id);
        const rhkIds = new Set(skp.rencanaHasilKerja.map((r) => r.id));
        expect(e.ratingRhk.every((r) => rhkIds.has(r.rhkId))).toBe(true);
        if (e.ratingHasilKerja === 'DI_ATAS_EKSPEKTASI' && e.ratingPerilakuKerja === 'DI_ATAS_EKSPEKTASI') {
          expect(e.predikat ?? 'SANGAT_BAIK').toBe('SANGAT_BAIK');
        }
        if (e.ratingPerilakuKerja === 'DI_BAWAH_EKSPEKTASI' && e.ratingHasilKerja !== 'DI_BAWAH_EKSPEKTASI') {
          expect(e.predikat ?? 'KURANG').toBe('KURANG');
        }
      }),
    );
  });

  it('refuse an SKP without indikator', () => {
    const skp = fc.sample(arbSkp(), { numRuns: 1, seed: 1 })[0]!;
    expect(() => arbRealisasi({ ...skp, rencanaHasilKerja: [] })).toThrow(KinerjaError);
  });
});

describe('arbUnitKerjaTree', () => {
  it('produces valid trees that parse unchanged and cover every unit from the roots', () => {
    fc.assert(
      fc.property(arbUnitKerjaTree(), (units) => {
        expect(validateUnitKerjaTree(units)).toEqual([]);
        expect(parseUnitKerjaTree(units)).toEqual({ ok: true, value: units });
        const reached = units
          .filter((u) => u.indukId === null)
          .flatMap((u) => descendantUnitIds(units, u.id));
        expect(reached.sort()).toEqual(units.map((u) => u.id).sort());
      }),
    );
  });

  it('has one root when asked, and sometimes lists a child before its parent', () => {
    fc.assert(
      fc.property(arbUnitKerjaTree({ singleRoot: true, maxUnits: 8 }), (units) => {
        expect(units.filter((u) => u.indukId === null)).toHaveLength(1);
        expect(units.length).toBeLessThanOrEqual(8);
      }),
    );
    const childFirst = fc
      .sample(arbUnitKerjaTree(), { numRuns: 200, seed: 7 })
      .some((units) => units.some((u, i) => units.findIndex((p) => p.id === u.indukId) > i));
    expect(childFirst).toBe(true);
  });
});

describe('arbDistribusi', () => {
  it('produces non-negative counts for the five predikat', () => {
    fc.assert(
      fc.property(arbDistribusi({ maxPerPredikat: 10 }), (d) => {
        expect(Object.keys(d).sort()).toEqual([...PREDIKATS].sort());
        expect(Object.values(d).every((n) => Number.isInteger(n) && n >= 0 && n <= 10)).toBe(true);
      }),
    );
  });

  it('adds up to the headcount when one is given', () => {
    fc.assert(
      fc.property(
        fc.nat(200).chain((n) => fc.tuple(fc.constant(n), arbDistribusi({ headcount: n }))),
        ([n, d]) => {
          expect(Object.values(d).every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
          expect(Object.values(d).reduce((a, b) => a + b, 0)).toBe(n);
        },
      ),
    );
    expect(() => arbDistribusi({ headcount: -1 })).toThrow(KinerjaError);
    expect(() => arbDistribusi({ headcount: 2.5 })).toThrow(KinerjaError);
  });
});
