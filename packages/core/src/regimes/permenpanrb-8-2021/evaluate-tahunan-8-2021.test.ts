import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../decimal/decimal';
import { permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021';
import { compileRulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import type { EvaluasiTahunan82021Input } from './evaluasi-tahunan-8-2021-input';
import { evaluateTahunan82021 } from './evaluate-tahunan-8-2021';

const tunggal = (nilai: string) => ({ jenis: 'TUNGGAL', nilai }) as const;

function value(input: unknown, pack?: Parameters<typeof evaluateTahunan82021>[1]) {
  const r = evaluateTahunan82021(input, pack);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function issuesOf(input: unknown) {
  const r = evaluateTahunan82021(input);
  return r.ok ? [] : r.issues;
}

const jptExample: EvaluasiTahunan82021Input = {
  jpt: true,
  kinerjaUtama: [
    { id: 'iki-1', target: tunggal('85'), realisasi: '85', bobot: '40' },
    { id: 'iki-2', target: tunggal('95'), realisasi: '93', bobot: '60' },
  ],
  perilaku: { atasan: '100' },
};

describe('evaluateTahunan82021 — JPT, from the official example’s IKI (p. 363)', () => {
  it('85 vs 85 → 100 % → Baik → 109 (× 40 % = 43.6); 93 vs 95 → 98 % → Cukup → 88', () => {
    const v = value(jptExample);
    expect(v.kinerjaUtama).toEqual([
      {
        indikatorId: 'iki-1',
        realisasi: '85',
        capaian: '100',
        capaianDibulatkan: '100',
        compared: '100',
        kategori: 'BAIK',
        nilai: '109',
        nilaiDibulatkan: '109',
        gap: false,
        bobot: '40',
        bobotLingkupPenugasan: null,
        kontribusi: '43.6',
      },
      {
        indikatorId: 'iki-2',
        realisasi: '93',
        capaian: '97.89473684210526315789473684210526315789',
        capaianDibulatkan: '97.89',
        compared: '98',
        kategori: 'CUKUP',
        nilai: '88',
        nilaiDibulatkan: '88',
        gap: false,
        bobot: '60',
        bobotLingkupPenugasan: null,
        kontribusi: '52.8',
      },
    ]);
    expect(v).toMatchObject({
      nilaiKinerjaUtama: '96.4',
      jumlahKinerjaTambahan: '0',
      nilaiKinerjaTambahan: '0',
      nilaiSkp: '96.4',
      skemaPerilaku: 'ATASAN',
      nilaiPerilaku: '100',
      nilaiKinerjaRaw: '97.48',
      nilaiKinerja: '97.48',
      nilaiKinerjaDibulatkan: '97.48',
      predikat: 'BAIK',
      predikat62022: 'BAIK',
    });
  });

  it('traces every step in order and names the pack', () => {
    const v = value(jptExample);
    expect(v.trace.rulePack).toEqual({ id: 'permenpanrb-8-2021', version: '1.0.0' });
    expect(v.trace.steps.map((s) => s.kind)).toEqual([
      'capaian_iki_82021',
      'nilai_capaian_iki_82021',
      'capaian_iki_82021',
      'nilai_capaian_iki_82021',
      'nilai_kinerja_utama_82021',
      'nilai_kinerja_tambahan_82021',
      'nilai_skp_82021',
      'nilai_perilaku_82021',
      'nilai_kinerja_82021',
      'predikat_kinerja_82021',
    ]);
    expect(v.trace.flags).toEqual([]);
  });
});

describe('evaluateTahunan82021 — non-JPT, tambahan, 360°, innovation', () => {
  const input = {
    kinerjaUtama: [
      { id: 'a', target: { jenis: 'RENTANG', min: '80', max: '90' }, realisasi: '70' },
      {
        id: 'b',
        target: { jenis: 'RENTANG', min: '7', max: '8' },
        realisasi: '6.5',
        polaritas: 'MINIMALISASI',
      },
      { id: 'c', target: tunggal('100'), realisasi: '100', targetMaksimal: true },
    ],
    kinerjaTambahan: [{ id: 't', target: tunggal('2'), realisasi: '2', bobotLingkupPenugasan: '10' }],
    perilaku: { atasan: '110', rekan: ['100', '120'], bawahan: ['110'] },
    penilaian360: true,
    inovasi: true,
  };

  it('computes every intermediate number', () => {
    const v = value(input);
    // a: 87.5 % → 88 → Cukup 70 + 8 = 78; b: 107.14 % → 107 → SB 110 + 10/9 × 6 = 116.66…; c: maximal → 120.
    expect(v.kinerjaUtama.map((k) => [k.compared, k.kategori, k.nilai])).toEqual([
      ['88', 'CUKUP', '78'],
      ['107', 'SANGAT_BAIK', '116.6666666666666666666666666666666666667'],
      ['100', 'SANGAT_BAIK', '120'],
    ]);
    expect(v.kinerjaTambahan).toEqual([
      expect.objectContaining({
        indikatorId: 't',
        kategori: 'BAIK',
        nilai: '109',
        bobotLingkupPenugasan: '10',
        kontribusi: '8.72',
      }),
    ]);
    expect(v).toMatchObject({
      jpt: false,
      nilaiKinerjaUtama: '104.8888888888888888888888888888888888889',
      nilaiKinerjaTambahan: '8.72',
      nilaiSkp: '113.6088888888888888888888888888888888889',
      nilaiSkpDibulatkan: '113.61',
      skemaPerilaku: 'ATASAN_REKAN_BAWAHAN',
      nilaiPerilaku: '110',
      // 60 % × 113.60888… + 40 % × 110
      nilaiKinerja: '112.1653333333333333333333333333333333333',
      nilaiKinerjaDibulatkan: '112.17',
      predikat: 'SANGAT_BAIK',
    });
  });

  it('is Baik without the innovation, and 70/30 without the 360° assessment (other ratings flagged)', () => {
    expect(value({ ...input, inovasi: false }).predikat).toBe('BAIK');
    const v = value({ ...input, penilaian360: false });
    expect(v).toMatchObject({ skemaPerilaku: 'ATASAN', nilaiPerilaku: '110' });
    expect(v.nilaiKinerja).toBe(
      new Decimal(v.nilaiSkp).times('0.7').plus(new Decimal('110').times('0.3')).toFixed(),
    );
    expect(v.trace.flags.map((f) => f.code)).toEqual(['penilaian_360_ignored']);
  });

  it('caps the kinerja tambahan at 10 and the nilai kinerja at 120 (flagged)', () => {
    const v = value({
      kinerjaUtama: [{ target: tunggal('10'), realisasi: '20' }],
      kinerjaTambahan: [
        { target: tunggal('1'), realisasi: '2', bobotLingkupPenugasan: '20' },
        { target: tunggal('1'), realisasi: '2', bobotLingkupPenugasan: '20' },
      ],
      perilaku: { atasan: '120' },
    });
    expect(v).toMatchObject({
      nilaiKinerjaUtama: '120',
      jumlahKinerjaTambahan: '48',
      nilaiKinerjaTambahan: '10',
      nilaiSkp: '130',
      nilaiKinerjaRaw: '127',
      nilaiKinerja: '120',
      predikat: 'BAIK',
    });
    expect(v.trace.flags).toEqual([
      { code: 'nilai_kinerja_capped', path: [], params: { raw: '127', capped: '120' }, severity: 'warning' },
    ]);
  });

  it('flags clamped capaian and, without rounding before banding, capaian in a gap', () => {
    const d = permenpanrb82021Definition;
    const r = compileRulePack82021({
      ...d,
      version: '1.0.0+exact',
      kategoriCapaian: { ...d.kategoriCapaian, roundBeforeBanding: null },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const v = value(
      {
        kinerjaUtama: [
          { id: 'x', target: tunggal('200'), realisasi: '199' },
          { id: 'y', target: tunggal('10'), realisasi: '30', polaritas: 'MINIMALISASI' },
        ],
        perilaku: { atasan: '100' },
      },
      r.value,
    );
    expect(v.kinerjaUtama.map((k) => [k.capaian, k.kategori, k.nilai, k.gap])).toEqual([
      ['99.5', 'CUKUP', '89.5', true],
      ['0', 'SANGAT_KURANG', '0', false],
    ]);
    expect(v.trace.rulePack.version).toBe('1.0.0+exact');
    expect(v.trace.flags.map((f) => [f.code, f.path])).toEqual([
      ['capaian_in_band_gap', ['kinerjaUtama', 0]],
      ['capaian_clamped', ['kinerjaUtama', 1]],
    ]);
  });
});

describe('evaluateTahunan82021 — issues, never a throw', () => {
  const base = { kinerjaUtama: [{ target: tunggal('10'), realisasi: '10' }], perilaku: { atasan: '100' } };
  it.each([
    ['no kinerja utama', { ...base, kinerjaUtama: [] }, 'too_small', ['kinerjaUtama']],
    ['a misspelt flag', { ...base, inovatif: true }, 'unrecognized_keys', []],
    ['a JPT IKI without bobot', { ...base, jpt: true }, 'required', ['kinerjaUtama', 0, 'bobot']],
    [
      'JPT bobot not adding up to 100',
      {
        ...jptExample,
        kinerjaUtama: [{ ...jptExample.kinerjaUtama[0]!, bobot: '30' }, jptExample.kinerjaUtama[1]!],
      },
      'bobot_total_invalid',
      ['kinerjaUtama'],
    ],
    [
      'a tambahan without bobot lingkup penugasan',
      { ...base, kinerjaTambahan: [{ target: tunggal('1'), realisasi: '1' }] },
      'required',
      ['kinerjaTambahan', 0, 'bobotLingkupPenugasan'],
    ],
    [
      'a bobot lingkup penugasan above 100',
      { ...base, kinerjaTambahan: [{ target: tunggal('1'), realisasi: '1', bobotLingkupPenugasan: '101' }] },
      'too_big',
      ['kinerjaTambahan', 0, 'bobotLingkupPenugasan'],
    ],
    [
      'a zero target',
      { ...base, kinerjaUtama: [{ target: tunggal('0'), realisasi: '1' }] },
      'target_zero',
      ['kinerjaUtama', 0, 'target', 'nilai'],
    ],
    [
      'a narrative target',
      { ...base, kinerjaUtama: [{ target: { jenis: 'NARATIF', uraian: 'Laporan' }, realisasi: '1' }] },
      'target_not_numeric',
      ['kinerjaUtama', 0, 'target'],
    ],
    [
      'a negative realisasi',
      { ...base, kinerjaUtama: [{ target: tunggal('1'), realisasi: '-1' }] },
      'too_small',
      ['kinerjaUtama', 0, 'realisasi'],
    ],
    [
      'a duplicate id',
      {
        ...base,
        kinerjaUtama: [{ id: 'a', target: tunggal('1'), realisasi: '1' }],
        kinerjaTambahan: [{ id: 'a', target: tunggal('1'), realisasi: '1', bobotLingkupPenugasan: '5' }],
      },
      'duplicate_id',
      ['kinerjaTambahan', 0, 'id'],
    ],
    ['a perilaku above 120', { ...base, perilaku: { atasan: '121' } }, 'too_big', ['perilaku', 'atasan']],
    ['no perilaku', { kinerjaUtama: base.kinerjaUtama }, 'required', ['perilaku']],
  ] as const)('%s → %s', (_name, input, code, path) => {
    expect(issuesOf(input)).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('answers garbage with issues', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = evaluateTahunan82021(input);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('evaluateTahunan82021 — laws over valid input', () => {
  const dec = (min: number, max: number) =>
    fc.integer({ min: min * 100, max: max * 100 }).map((n) => new Decimal(n).div(100).toFixed());
  const iki = fc.record({
    target: fc.oneof(
      dec(1, 1000).map(tunggal),
      fc.tuple(dec(1, 1000), dec(0, 100)).map(([a, w]) => ({
        jenis: 'RENTANG' as const,
        min: a,
        max: new Decimal(a).plus(w).toFixed(),
      })),
    ),
    realisasi: dec(0, 3000),
    polaritas: fc.constantFrom('MAKSIMALISASI' as const, 'MINIMALISASI' as const),
    targetMaksimal: fc.boolean(),
  });
  const input = fc.record({
    kinerjaUtama: fc.array(iki, { minLength: 1, maxLength: 5 }),
    kinerjaTambahan: fc.array(
      iki.chain((i) => dec(0, 100).map((b) => ({ ...i, bobotLingkupPenugasan: b }))),
      { maxLength: 3 },
    ),
    perilaku: fc.record({
      atasan: dec(0, 120),
      rekan: fc.array(dec(0, 120), { maxLength: 3 }),
      bawahan: fc.array(dec(0, 120), { maxLength: 3 }),
    }),
    inovasi: fc.boolean(),
    penilaian360: fc.boolean(),
  });

  it('every nilai stays within its bounds and the predikat follows the nilai kinerja', () => {
    fc.assert(
      fc.property(input, (i) => {
        const v = value(i);
        const within = (x: string, lo: number, hi: number) =>
          new Decimal(x).gte(lo) && new Decimal(x).lte(hi);
        for (const k of [...v.kinerjaUtama, ...v.kinerjaTambahan]) expect(within(k.nilai, 0, 120)).toBe(true);
        expect(within(v.nilaiKinerjaUtama, 0, 120)).toBe(true);
        expect(within(v.nilaiKinerjaTambahan, 0, 10)).toBe(true);
        expect(within(v.nilaiSkp, 0, 130)).toBe(true);
        expect(within(v.nilaiPerilaku, 0, 120)).toBe(true);
        expect(within(v.nilaiKinerja, 0, 120)).toBe(true);
        const nk = new Decimal(v.nilaiKinerjaDibulatkan);
        if (nk.lt(50)) expect(v.predikat).toBe('SANGAT_KURANG');
        else if (nk.lt(70)) expect(v.predikat).toBe('KURANG');
        else if (nk.lt(90)) expect(v.predikat).toBe('CUKUP');
        else if (nk.gte(110) && i.inovasi) expect(v.predikat).toBe('SANGAT_BAIK');
        else expect(v.predikat).toBe('BAIK');
      }),
    );
  });
});
