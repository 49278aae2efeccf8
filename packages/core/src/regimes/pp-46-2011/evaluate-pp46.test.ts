import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import type { IssueCode } from '../../issues/issue';
import { PP_46_2011, pp462011Definition } from '../../rules/pp-46-2011';
import { compileRulePackPp46, type RulePackPp46 } from '../../rules/pp-46-2011/pack';
import type { RulePackPp46Input } from '../../rules/pp-46-2011/schema';
import { createRulePack } from '../../rules/rule-pack';
import { evaluatePp46 } from './evaluate-pp46';
import type { HasilPp46 } from './hasil-pp46';
import { nilaiCapaianKegiatan } from './nilai-capaian-kegiatan';
import { nilaiCapaianSkp } from './nilai-capaian-skp';
import { nilaiEfisiensi } from './nilai-efisiensi';
import { nilaiPrestasiKerja } from './nilai-prestasi-kerja';
import type { SkpPp46Input } from './skp-pp46-input';

const perilaku80 = { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 };

/** The Perka BKN 1/2013 spreadsheet example (§4.1). */
const PERKA_EXAMPLE: SkpPp46Input = {
  skpId: 'skp-perka',
  kegiatan: [
    {
      id: 'k-1',
      uraian: 'Contoh Perka BKN',
      kuantitas: { target: 1, realisasi: 1, satuan: 'laporan' },
      kualitas: { target: 100, realisasi: 90 },
      waktu: { target: 12, realisasi: 12, satuan: 'bulan' },
      biaya: { target: '170395000', realisasi: '170395000' },
    },
  ],
  perilakuKerja: perilaku80,
};

function value(input: unknown, pack?: RulePackPp46): HasilPp46 {
  const r = evaluatePp46(input, pack);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function codes(input: unknown): { code: IssueCode; path: string }[] {
  const r = evaluatePp46(input);
  if (r.ok) throw new Error('expected issues');
  return r.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
}

function packWith(changes: Partial<RulePackPp46Input>): RulePackPp46 {
  const r = compileRulePackPp46({ ...pp462011Definition, version: '1.0.0+test', ...changes });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('evaluatePp46 — the Perka BKN example (§4.1)', () => {
  it('100 + 90 + 76 + 76 = 342; 342 / 4 = 85.50, Baik', () => {
    const v = value(PERKA_EXAMPLE);
    const k = v.kegiatan[0]!;
    expect(k.kuantitas).toEqual({
      nilai: '100',
      dibulatkan: '100',
      predikat: 'SANGAT_BAIK',
      efisiensi: null,
    });
    expect(k.kualitas).toEqual({ nilai: '90', dibulatkan: '90', predikat: 'BAIK', efisiensi: null });
    expect(k.waktu).toEqual({ nilai: '76', dibulatkan: '76', predikat: 'BAIK', efisiensi: '0' });
    expect(k.biaya).toEqual({ nilai: '76', dibulatkan: '76', predikat: 'BAIK', efisiensi: '0' });
    expect(k.penghitungan).toBe('342');
    expect(k.pembagi).toBe(4);
    expect(k.nilaiCapaian).toEqual({ nilai: '85.5', dibulatkan: '85.5', predikat: 'BAIK' });
    expect(v.nilaiSkp).toEqual({ nilai: '85.5', dibulatkan: '85.5', predikat: 'BAIK' });
    expect(v.skpId).toBe('skp-perka');
    expect(k.uraian).toBe('Contoh Perka BKN');
  });

  it('with perilaku 80: 60 % × 85.5 + 40 % × 80 = 51.3 + 32 = 83.3, Baik', () => {
    const v = value(PERKA_EXAMPLE);
    expect(v.perilakuKerja).toMatchObject({ struktural: false, jumlah: '400', pembagi: 5 });
    expect(v.perilakuKerja.nilai).toEqual({ nilai: '80', dibulatkan: '80', predikat: 'BAIK' });
    expect(v.prestasiKerja).toEqual({
      bagianSkp: '51.3',
      bagianPerilakuKerja: '32',
      nilai: { nilai: '83.3', dibulatkan: '83.3', predikat: 'BAIK' },
    });
  });

  it('traces every step with the pack', () => {
    const v = value(PERKA_EXAMPLE);
    expect(v.trace.rulePack).toEqual({ id: 'pp-46-2011', version: '1.0.0' });
    expect(v.trace.steps.map((s) => s.kind)).toEqual([
      'aspek',
      'aspek',
      'aspek',
      'aspek',
      'nilai_capaian_kegiatan',
      'tugas_tambahan',
      'kreativitas',
      'nilai_capaian_skp',
      'nilai_perilaku_kerja',
      'nilai_prestasi_kerja',
    ]);
    expect(v.trace.steps[2]).toEqual({
      kind: 'aspek',
      kegiatanId: 'k-1',
      aspek: 'WAKTU',
      target: '12',
      realisasi: '12',
      formula: 'EFISIENSI_SAMPAI_BATAS',
      efisiensi: '0',
      batasEfisiensi: { nilai: '24', inklusif: true },
      nilai: '76',
      nilaiDibulatkan: '76',
      compared: '76',
      predikat: 'BAIK',
    });
    expect(v.trace.steps[4]).toMatchObject({
      kind: 'nilai_capaian_kegiatan',
      aspek: ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'],
      penghitungan: '342',
      pembagi: 4,
      nilai: '85.5',
    });
    expect(v.trace.steps.at(-1)).toMatchObject({
      kind: 'nilai_prestasi_kerja',
      bobotSkp: '60',
      bobotPerilakuKerja: '40',
    });
    expect(v.trace.flags).toEqual([]);
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});

describe('evaluatePp46 — hand-computed cases', () => {
  const kegiatan = (
    waktu: { target: string; realisasi: string },
    biaya?: { target: string; realisasi: string },
  ) => ({
    kegiatan: [
      {
        id: 'k-1',
        kuantitas: { target: 10, realisasi: 10 },
        kualitas: { realisasi: 85 },
        waktu,
        ...(biaya === undefined ? {} : { biaya }),
      },
    ],
    perilakuKerja: perilaku80,
  });

  it('waktu efficiency exactly 24 % (TW 12, RW 9.12): 100; (100 + 85 + 100) / 3 = 95, Sangat Baik', () => {
    const v = value(kegiatan({ target: '12', realisasi: '9.12' }));
    const k = v.kegiatan[0]!;
    expect(k.waktu).toMatchObject({ nilai: '100', efisiensi: '24' });
    expect(k.biaya).toBeNull();
    expect(k.penghitungan).toBe('285');
    expect(k.pembagi).toBe(3);
    expect(k.nilaiCapaian).toEqual({ nilai: '95', dibulatkan: '95', predikat: 'SANGAT_BAIK' });
    expect(v.trace.steps[2]).toMatchObject({ formula: 'EFISIENSI_SAMPAI_BATAS' });
  });

  it('waktu efficiency 25 % (TW 12, RW 9): 76 − (101 − 100) = 75; (100 + 85 + 75) / 3 = 86.67, Baik', () => {
    const v = value(kegiatan({ target: '12', realisasi: '9' }));
    const k = v.kegiatan[0]!;
    expect(k.waktu).toEqual({ nilai: '75', dibulatkan: '75', predikat: 'CUKUP', efisiensi: '25' });
    expect(k.nilaiCapaian).toMatchObject({ dibulatkan: '86.67', predikat: 'BAIK' });
    expect(v.trace.steps[2]).toMatchObject({ formula: 'EFISIENSI_DI_ATAS_BATAS' });
  });

  it('biaya efficiency exactly 24 % (TB 25.000.000, RB 19.000.000): 100, divided by 4', () => {
    const v = value(
      kegiatan({ target: '12', realisasi: '12' }, { target: '25000000', realisasi: '19000000' }),
    );
    const k = v.kegiatan[0]!;
    expect(k.biaya).toEqual({ nilai: '100', dibulatkan: '100', predikat: 'SANGAT_BAIK', efisiensi: '24' });
    // 100 + 85 + 76 + 100 = 361; / 4 = 90.25
    expect(k.penghitungan).toBe('361');
    expect(k.nilaiCapaian).toEqual({ nilai: '90.25', dibulatkan: '90.25', predikat: 'BAIK' });
  });

  it('biaya with target 0 is not targeted: / 3, and a realisasi without target is flagged', () => {
    const none = value(kegiatan({ target: '12', realisasi: '12' }, { target: '0', realisasi: '0' }));
    expect(none.kegiatan[0]!.pembagi).toBe(3);
    expect(none.trace.flags).toEqual([]);
    const spent = value(kegiatan({ target: '12', realisasi: '12' }, { target: '0', realisasi: '5000000' }));
    expect(spent.kegiatan[0]!.biaya).toBeNull();
    expect(spent.kegiatan[0]!.pembagi).toBe(3);
    expect(spent.trace.flags).toEqual([
      {
        code: 'target_zero',
        path: ['kegiatan', 0, 'biaya', 'target'],
        params: { indikatorId: 'k-1' },
        severity: 'warning',
      },
    ]);
    const nullBiaya = value({
      ...kegiatan({ target: '12', realisasi: '12' }),
      kegiatan: [{ ...kegiatan({ target: '12', realisasi: '12' }).kegiatan[0], biaya: null }],
    });
    expect(nullBiaya.kegiatan[0]!.pembagi).toBe(3);
  });

  it('two kegiatan, tugas tambahan, kreativitas and a pejabat struktural', () => {
    const v = value({
      struktural: true,
      kegiatan: [
        PERKA_EXAMPLE.kegiatan[0],
        {
          id: 'k-2',
          kuantitas: { target: 12, realisasi: 10 },
          kualitas: { realisasi: 80 },
          waktu: { target: 12, realisasi: 12 },
        },
      ],
      tugasTambahan: [{ uraian: 'Panitia HUT RI', nomorSk: '800/12/2019' }, { uraian: 'Tim Pilkada' }],
      kreativitas: [{ uraian: 'Aplikasi arsip surat', tingkat: 'UNIT_KERJA' }],
      perilakuKerja: {
        orientasiPelayanan: 80,
        integritas: 85,
        komitmen: 78,
        disiplin: 90,
        kerjaSama: 82,
        kepemimpinan: 75,
      },
    });
    // k-2: 1000/12 + 80 + 76 = 239.33…; / 3 = 79.77…
    expect(v.kegiatan[1]!.kuantitas.dibulatkan).toBe('83.33');
    expect(v.kegiatan[1]!.nilaiCapaian).toMatchObject({ dibulatkan: '79.78', predikat: 'BAIK' });
    // (85.5 + 79.77…) / 2 = 82.63…; + 1 (2 tugas tambahan) + 3 (kreativitas unit kerja) = 86.63…
    expect(v.rataRataKegiatan.startsWith('82.638888')).toBe(true);
    expect(v.tugasTambahan).toEqual({ jumlah: 2, nilai: '1' });
    expect(v.kreativitas).toEqual({ jumlah: 1, nilai: '3' });
    expect(v.nilaiSkp).toMatchObject({ dibulatkan: '86.64', predikat: 'BAIK' });
    // perilaku: 490 / 6 = 81.67
    expect(v.perilakuKerja).toMatchObject({ struktural: true, jumlah: '490', pembagi: 6 });
    expect(v.perilakuKerja.nilai).toMatchObject({ dibulatkan: '81.67', predikat: 'BAIK' });
    expect(Object.keys(v.perilakuKerja.aspek)).toHaveLength(6);
    expect(v.perilakuKerja.aspek.kepemimpinan).toEqual({ nilai: '75', dibulatkan: '75', predikat: 'CUKUP' });
    // 0.6 × 3119/36 + 0.4 × 245/3 = 5079/60 = 84.65 exactly
    expect(v.prestasiKerja.nilai).toEqual({ nilai: '84.65', dibulatkan: '84.65', predikat: 'BAIK' });
  });

  it('rounds a result that is exactly …5 in the third place up, where 40-digit arithmetic lands just under it', () => {
    // True nilai prestasi kerja: 0.6 × 2215/24 + 0.4 × 52 = 3047/40 = 76.175 → 76.18.
    const input = {
      kegiatan: [
        {
          id: 'k-1',
          kuantitas: { target: 1, realisasi: 1 },
          kualitas: { realisasi: 97 },
          waktu: { target: 6, realisasi: '4.9' },
          biaya: { target: 600000, realisasi: 589000 },
        },
      ],
      perilakuKerja: { orientasiPelayanan: 50, integritas: 52, komitmen: 54, disiplin: 50, kerjaSama: 54 },
    };
    // The kernels chained at 40 digits: 76.17499…9, which a half-up rounding makes 76.17.
    const kernel = nilaiPrestasiKerja(
      nilaiCapaianSkp([
        nilaiCapaianKegiatan({
          kuantitas: 100,
          kualitas: 97,
          waktu: nilaiEfisiensi(6, '4.9').nilai,
          biaya: nilaiEfisiensi(600000, 589000).nilai,
        }).nilai,
      ]).nilai,
      52,
    ).nilai;
    expect(kernel.lt('76.175')).toBe(true);
    const v = value(input);
    expect(v.nilaiSkp.dibulatkan).toBe('92.29');
    expect(v.prestasiKerja.nilai).toEqual({ nilai: '76.175', dibulatkan: '76.18', predikat: 'BAIK' });
  });

  it('perilaku aspects and prestasi below the bands', () => {
    const v = value({
      kegiatan: [
        {
          id: 'k-1',
          kuantitas: { target: 10, realisasi: 4 },
          kualitas: { realisasi: 50 },
          waktu: { target: 12, realisasi: 20 },
        },
      ],
      perilakuKerja: { orientasiPelayanan: 50, integritas: 60, komitmen: 61, disiplin: 76, kerjaSama: 91 },
    });
    // waktu: 176 − 166.67 = 9.33; (40 + 50 + 9.33) / 3 = 33.11
    expect(v.kegiatan[0]!.waktu).toMatchObject({ dibulatkan: '9.33', predikat: 'BURUK' });
    expect(v.nilaiSkp).toMatchObject({ dibulatkan: '33.11', predikat: 'BURUK' });
    expect(Object.values(v.perilakuKerja.aspek).map((a) => a.predikat)).toEqual([
      'BURUK',
      'KURANG',
      'CUKUP',
      'BAIK',
      'SANGAT_BAIK',
    ]);
    // perilaku 338 / 5 = 67.6; 0.6 × 33.11… + 0.4 × 67.6 = 46.91
    expect(v.perilakuKerja.nilai).toMatchObject({ nilai: '67.6', predikat: 'CUKUP' });
    expect(v.prestasiKerja.nilai).toMatchObject({ dibulatkan: '46.91', predikat: 'BURUK' });
  });
});

describe('evaluatePp46 — the pack decides', () => {
  it('"< 24" puts the exactly-24 % case beyond the boundary', () => {
    const input = {
      kegiatan: [
        {
          id: 'k-1',
          kuantitas: { target: 1, realisasi: 1 },
          kualitas: { realisasi: 100 },
          waktu: { target: 12, realisasi: '9.12' },
        },
      ],
      perilakuKerja: perilaku80,
    };
    const lt24 = packWith({ efisiensi: { ...pp462011Definition.efisiensi, batasInklusif: false } });
    expect(value(input).kegiatan[0]!.waktu.nilai).toBe('100');
    const v = value(input, lt24);
    expect(v.kegiatan[0]!.waktu.nilai).toBe('76');
    expect(v.trace.rulePack).toEqual({ id: 'pp-46-2011', version: '1.0.0+test' });
    expect(v.trace.steps[2]).toMatchObject({ batasEfisiensi: { nilai: '24', inklusif: false } });
  });

  it('pembulatan.antara rounds each value before the next step', () => {
    const input = {
      kegiatan: [
        {
          id: 'k-1',
          kuantitas: { target: 3, realisasi: 2 },
          kualitas: { realisasi: 100 },
          waktu: { target: 12, realisasi: 12 },
        },
      ],
      perilakuKerja: perilaku80,
    };
    const exact = value(input);
    const antara = value(input, packWith({ pembulatan: { ...pp462011Definition.pembulatan, antara: true } }));
    // kuantitas 66.666…: exact (66.67 shown); with antara 66.67 is used: 242.67 / 3 = 80.89
    expect(exact.kegiatan[0]!.penghitungan.startsWith('242.666666')).toBe(true);
    expect(antara.kegiatan[0]!.kuantitas.nilai).toBe('66.67');
    expect(antara.kegiatan[0]!.penghitungan).toBe('242.67');
    expect(antara.kegiatan[0]!.nilaiCapaian.nilai).toBe('80.89');
    expect(exact.kegiatan[0]!.nilaiCapaian.nilai.startsWith('80.888888')).toBe(true);
  });

  it('createRulePack dispatches on the regime and gives the same result', () => {
    const r = createRulePack(pp462011Definition);
    expect(r.ok).toBe(true);
    if (!r.ok || r.value.regime !== 'pp-46-2011') throw new Error('not a PP 46 pack');
    expect(value(PERKA_EXAMPLE, r.value).prestasiKerja).toEqual(
      value(PERKA_EXAMPLE, PP_46_2011).prestasiKerja,
    );
  });
});

describe('evaluatePp46 — invalid input', () => {
  it('names every problem', () => {
    expect(
      codes({
        struktural: true,
        kegiatan: [
          {
            id: 'k-1',
            kuantitas: { target: 0, realisasi: 1 },
            kualitas: { realisasi: -1 },
            waktu: { target: '0', realisasi: 12 },
          },
          {
            id: 'k-1',
            kuantitas: { target: 1, realisasi: 1 },
            kualitas: { target: 0, realisasi: 1 },
            waktu: { target: 12, realisasi: 12 },
          },
        ],
        perilakuKerja: { ...perilaku80, disiplin: 101 },
      }),
    ).toEqual([
      { code: 'too_small', path: 'kegiatan.0.kualitas.realisasi' },
      { code: 'too_big', path: 'perilakuKerja.disiplin' },
      { code: 'target_zero', path: 'kegiatan.0.kuantitas.target' },
      { code: 'target_zero', path: 'kegiatan.0.waktu.target' },
      { code: 'duplicate_id', path: 'kegiatan.1.id' },
      { code: 'target_zero', path: 'kegiatan.1.kualitas.target' },
      { code: 'required', path: 'perilakuKerja.kepemimpinan' },
    ]);
  });

  it('kepemimpinan only for a pejabat struktural; typos are not silently dropped', () => {
    expect(codes({ ...PERKA_EXAMPLE, perilakuKerja: { ...perilaku80, kepemimpinan: 80 } })).toEqual([
      { code: 'unrecognized_keys', path: 'perilakuKerja.kepemimpinan' },
    ]);
    expect(codes({ ...PERKA_EXAMPLE, kreatifitas: [] })).toEqual([{ code: 'unrecognized_keys', path: '' }]);
    expect(codes({ ...PERKA_EXAMPLE, kegiatan: [] })).toEqual([{ code: 'too_small', path: 'kegiatan' }]);
    expect(codes({ ...PERKA_EXAMPLE, kreativitas: [{ uraian: 'x', tingkat: 'PROVINSI' }] })).toEqual([
      { code: 'invalid_value', path: 'kreativitas.0.tingkat' },
    ]);
    expect(codes({ ...PERKA_EXAMPLE, perilakuKerja: { ...perilaku80, integritas: '8,5' } })).toEqual([
      { code: 'invalid_decimal', path: 'perilakuKerja.integritas' },
    ]);
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
        (x) => {
          const r = evaluatePp46(x);
          expect(r.ok).toBe(false);
          if (!r.ok) for (const i of r.issues) expect(typeof i.code).toBe('string');
        },
      ),
    );
  });

  it('never throws on near-valid input', () => {
    const arbDecimal = fc.oneof(
      fc.integer({ min: -5, max: 200 }),
      fc.constantFrom('0', '9.12', '12', '-0', '1e3', '', 'abc', '100.0001'),
    );
    const arbKegiatan = fc.record({
      id: fc.constantFrom('k-1', 'k-2', ' '),
      kuantitas: fc.record({ target: arbDecimal, realisasi: arbDecimal }),
      kualitas: fc.record({ target: arbDecimal, realisasi: arbDecimal }, { requiredKeys: ['realisasi'] }),
      waktu: fc.record({ target: arbDecimal, realisasi: arbDecimal }),
      biaya: fc.option(fc.record({ target: arbDecimal, realisasi: arbDecimal }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(arbKegiatan, { maxLength: 3 }),
        fc.boolean(),
        fc.dictionary(
          fc.constantFrom(
            'orientasiPelayanan',
            'integritas',
            'komitmen',
            'disiplin',
            'kerjaSama',
            'kepemimpinan',
          ),
          arbDecimal,
        ),
        (kegiatan, struktural, perilakuKerja) => {
          const r = evaluatePp46({ struktural, kegiatan, perilakuKerja });
          if (r.ok) expect(r.value.trace.steps.at(-1)?.kind).toBe('nilai_prestasi_kerja');
          else expect(r.issues.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('evaluatePp46 — laws', () => {
  const arbNilai = fc.integer({ min: 0, max: 10000 }).map((n) => new Decimal(n).div(100).toFixed());
  const arbPositive = fc.integer({ min: 1, max: 100000 }).map((n) => new Decimal(n).div(100).toFixed());
  const arbKegiatan = (id: string) =>
    fc.record({
      id: fc.constant(id),
      kuantitas: fc.record({ target: arbPositive, realisasi: arbNilai }),
      kualitas: fc.record({ target: fc.constant('100'), realisasi: arbNilai }),
      waktu: fc.record({ target: arbPositive, realisasi: arbNilai }),
      biaya: fc.option(fc.record({ target: arbPositive, realisasi: arbNilai }), { nil: null }),
    });
  const arbSkp = fc.record({
    kegiatan: fc.tuple(arbKegiatan('k-1'), arbKegiatan('k-2'), arbKegiatan('k-3')),
    tugasTambahan: fc.array(fc.constant({ uraian: 'Tugas' }), { maxLength: 9 }),
    kreativitas: fc.array(
      fc.record({
        uraian: fc.constant('Ide'),
        tingkat: fc.constantFrom('UNIT_KERJA', 'ORGANISASI', 'NASIONAL'),
      }),
      { maxLength: 2 },
    ),
    perilakuKerja: fc.record({
      orientasiPelayanan: arbNilai,
      integritas: arbNilai,
      komitmen: arbNilai,
      disiplin: arbNilai,
      kerjaSama: arbNilai,
    }),
  });

  it('prestasi = 60 % SKP + 40 % perilaku; the order of kegiatan does not matter', () => {
    fc.assert(
      fc.property(arbSkp, (skp) => {
        const v = value(skp);
        const expected = nilaiPrestasiKerja(v.nilaiSkp.nilai, v.perilakuKerja.nilai.nilai).nilai;
        const tolerance = Decimal.max(1, expected.abs()).times('1e-30');
        expect(new Decimal(v.prestasiKerja.nilai.nilai).minus(expected).abs().lte(tolerance)).toBe(true);
        const reversed = value({ ...skp, kegiatan: [...skp.kegiatan].reverse() });
        expect(reversed.nilaiSkp).toEqual(v.nilaiSkp);
        expect(reversed.prestasiKerja).toEqual(v.prestasiKerja);
      }),
    );
  });

  it('a better kuantitas or kualitas realisasi never lowers the nilai', () => {
    fc.assert(
      fc.property(arbSkp, fc.integer({ min: 1, max: 5000 }), fc.boolean(), (skp, more, kualitas) => {
        const [k1, k2, k3] = skp.kegiatan;
        const bump = (r: string) => new Decimal(r).plus(new Decimal(more).div(100)).toFixed();
        const better = kualitas
          ? { ...k1, kualitas: { ...k1.kualitas, realisasi: bump(k1.kualitas.realisasi) } }
          : { ...k1, kuantitas: { ...k1.kuantitas, realisasi: bump(k1.kuantitas.realisasi) } };
        const before = value(skp);
        const after = value({ ...skp, kegiatan: [better, k2, k3] });
        expect(new Decimal(after.nilaiSkp.nilai).gt(before.nilaiSkp.nilai)).toBe(true);
        expect(new Decimal(after.prestasiKerja.nilai.nilai).gt(before.prestasiKerja.nilai.nilai)).toBe(true);
      }),
    );
  });

  it('dibulatkan is nilai rounded half-up to 2 places, and the category matches it', () => {
    fc.assert(
      fc.property(arbSkp, (skp) => {
        const v = value(skp);
        for (const n of [
          v.nilaiSkp,
          v.perilakuKerja.nilai,
          v.prestasiKerja.nilai,
          ...v.kegiatan.map((k) => k.nilaiCapaian),
        ]) {
          expect(n.dibulatkan).toBe(new Decimal(n.nilai).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed());
          const d = new Decimal(n.dibulatkan);
          const p = d.gte(91)
            ? 'SANGAT_BAIK'
            : d.gte(76)
              ? 'BAIK'
              : d.gte(61)
                ? 'CUKUP'
                : d.gte(51)
                  ? 'KURANG'
                  : 'BURUK';
          expect(n.predikat).toBe(p);
        }
      }),
    );
  });
});
