import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/decimal';
import { PREDIKATS } from '../model/predikat';
import { hitungTpp } from './hitung-tpp';
import { TPP_CONTOH, tppContoh } from './test-fixtures';
import { parseTppConfig } from './tpp-config';

type Json = Record<string, unknown>;

function tpp(input: unknown, config: unknown = TPP_CONTOH) {
  const r = hitungTpp(input, config);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function config(change: (c: ReturnType<typeof tppContoh>) => void) {
  const c = tppContoh();
  change(c);
  const r = parseTppConfig(c);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const disiplin = (c: ReturnType<typeof tppContoh>) => c.komponen[1] as Json;
const MARET = { tahun: 2026, bulan: 3 };
const telat = (...menit: number[]) => menit.map((m) => ({ kelompok: 'TERLAMBAT', menit: m }));

describe('hitungTpp — golden values computed by hand (example configuration)', () => {
  it('kelas 7, Baik, late 12, 45 and 95 minutes, one apel missed', () => {
    // pagu 3.500.000: kinerja 60 % = 2.100.000 × 90 % = 1.890.000; disiplin 40 % = 1.400.000.
    // Deductions of the disiplin component: TL1 0,5 % = 7.000; TL2 1 % = 14.000; TL4 1,5 % = 21.000;
    // APEL 2 % = 28.000; together 70.000. Bruto 3.290.000, neto 3.220.000.
    const v = tpp({
      pegawaiId: 'peg-1',
      kelasJabatan: 7,
      periode: MARET,
      predikat: 'BAIK',
      disiplin: { kejadianMenit: telat(12, 45, 95), kejadian: [{ kode: 'APEL', jumlah: 1 }] },
    });
    expect(v.pegawaiId).toBe('peg-1');
    expect(v.pagu).toBe('3500000');
    expect(v.perKomponen).toEqual([
      {
        kode: 'KINERJA',
        nama: 'Produktivitas kerja (kinerja bulanan)',
        jenis: 'KINERJA',
        bobot: '60',
        alokasi: '2100000',
        persen: '90',
        nominal: '1890000',
        potongan: '0',
        neto: '1890000',
      },
      {
        kode: 'DISIPLIN',
        nama: 'Disiplin kerja',
        jenis: 'DISIPLIN',
        bobot: '40',
        alokasi: '1400000',
        persen: '100',
        nominal: '1400000',
        potongan: '70000',
        neto: '1330000',
      },
    ]);
    expect(v.potongan.map((p) => [p.kode, p.jumlah, p.persen, p.nominal])).toEqual([
      ['TL1', 1, '0.5', '7000'],
      ['TL2', 1, '1', '14000'],
      ['TL4', 1, '1.5', '21000'],
      ['APEL', 1, '2', '28000'],
    ]);
    expect([v.bruto, v.totalPotongan, v.neto]).toEqual(['3290000', '70000', '3220000']);
    expect(v.trace.config).toEqual({ id: 'tpp-contoh', version: '1.0.0' });
    expect(v.trace.steps.map((s) => s.kind)).toEqual([
      'tpp_pagu',
      'tpp_komponen',
      'tpp_komponen',
      'tpp_neto',
    ]);
    expect(v.trace.steps[0]).toEqual({
      kind: 'tpp_pagu',
      sumber: 'KELAS_JABATAN',
      kelasJabatan: 7,
      pagu: '3500000',
    });
    expect(v.trace.flags).toEqual([]);
  });

  it('band edges: 30 → TL1, 31 → TL2, 60 → TL2, 61 → TL3, 90 → TL3, 91 → TL4, 0 → nothing', () => {
    const v = tpp({
      kelasJabatan: 7,
      periode: MARET,
      predikat: 'BAIK',
      disiplin: { kejadianMenit: telat(30, 31, 60, 61, 90, 91, 0) },
    });
    expect(v.potongan.map((p) => [p.kode, p.jumlah])).toEqual([
      ['TL1', 1],
      ['TL2', 2],
      ['TL3', 2],
      ['TL4', 1],
    ]);
  });

  it('the same row by kode and by minutes is one line; days count as jumlah', () => {
    const v = tpp({
      kelasJabatan: 9,
      periode: MARET,
      predikat: 'SANGAT_BAIK',
      disiplin: {
        kejadianMenit: telat(100),
        kejadian: [
          { kode: 'TL4', jumlah: 2 },
          { kode: 'TK', jumlah: 2 },
        ],
      },
    });
    // pagu 5.000.000: kinerja 3.000.000 × 100 %; disiplin 2.000.000: TL4 3 × 1,5 % = 90.000; TK 2 × 3 % = 120.000.
    expect(v.potongan.map((p) => [p.kode, p.jumlah, p.satuan, p.persen, p.nominal])).toEqual([
      ['TL4', 3, 'KEJADIAN', '4.5', '90000'],
      ['TK', 2, 'HARI', '6', '120000'],
    ]);
    expect([v.bruto, v.neto]).toEqual(['5000000', '4790000']);
  });

  it('deductions are capped at batasPotongan, with a correction line and a warning', () => {
    const capped = config((c) => (disiplin(c).batasPotongan = '40'));
    // disiplin alokasi 1.400.000; TK 10 × 3 % = 420.000; APEL 4 × 2 % = 112.000; TL4 3 × 1,5 % = 63.000;
    // 42,5 % = 595.000 > 40 % = 560.000 → correction −35.000.
    const v = tpp(
      {
        kelasJabatan: 7,
        periode: MARET,
        predikat: 'BAIK',
        disiplin: {
          kejadian: [
            { kode: 'TK', jumlah: 10 },
            { kode: 'APEL', jumlah: 4 },
          ],
          kejadianMenit: telat(95, 120, 300),
        },
      },
      capped,
    );
    expect(v.potongan.map((p) => [p.kode, p.jenis, p.persen, p.nominal])).toEqual([
      ['TL4', 'DISIPLIN', '4.5', '63000'],
      ['APEL', 'DISIPLIN', '8', '112000'],
      ['TK', 'DISIPLIN', '30', '420000'],
      ['BATAS_POTONGAN', 'BATAS_POTONGAN', '-2.5', '-35000'],
    ]);
    expect(v.perKomponen[1]).toMatchObject({ potongan: '560000', neto: '840000' });
    expect([v.bruto, v.totalPotongan, v.neto]).toEqual(['3290000', '560000', '2730000']);
    expect(v.trace.flags).toEqual([
      {
        code: 'potongan_capped',
        path: ['disiplin'],
        params: { komponen: 'DISIPLIN', raw: '42.5', cap: '40' },
        severity: 'warning',
      },
    ]);
    expect(v.trace.steps).toContainEqual({
      kind: 'tpp_batas_potongan',
      komponen: 'DISIPLIN',
      persenSebelumBatas: '42.5',
      batasPotongan: '40',
      nominalSebelumBatas: '595000',
      nominalBatas: '560000',
      koreksi: '-35000',
    });
  });

  it('with the default cap of 100 % the disiplin component never goes below zero', () => {
    const v = tpp({
      kelasJabatan: 5,
      periode: MARET,
      predikat: 'KURANG',
      disiplin: { kejadian: [{ kode: 'TK', jumlah: 40 }] },
    });
    // pagu 2.500.000: kinerja 1.500.000 × 50 % = 750.000; disiplin 1.000.000 − all of it.
    expect(v.perKomponen[1]).toMatchObject({ nominal: '1000000', potongan: '1000000', neto: '0' });
    expect(v.neto).toBe('750000');
  });

  it('rounds every line to whole rupiah by the configured mode, and the sheet adds up', () => {
    // pagu 3.333.333: kinerja alokasi 1.999.999,8 × 90 % = 1.799.999,82; disiplin 1.333.333,2;
    // TL1 0,5 % = 6.666,666.
    const input = {
      pagu: '3333333',
      periode: MARET,
      predikat: 'BAIK',
      disiplin: { kejadianMenit: telat(5) },
    };
    const up = tpp(input);
    expect(up.perKomponen.map((k) => [k.alokasi, k.nominal])).toEqual([
      ['1999999.8', '1800000'],
      ['1333333.2', '1333333'],
    ]);
    expect(up.potongan[0]!.nominal).toBe('6667');
    expect(up.neto).toBe('3126666');
    const down = tpp(
      input,
      config((c) => (c.pembulatan = { scale: 0, mode: 'FLOOR' })),
    );
    expect(down.perKomponen.map((k) => k.nominal)).toEqual(['1799999', '1333333']);
    expect(down.potongan[0]!.nominal).toBe('6666');
    expect(down.neto).toBe('3126666');
    expect(up.trace.steps[0]).toEqual({ kind: 'tpp_pagu', sumber: 'INPUT', pagu: '3333333' });
  });

  it('rounds the deductions once and shares them out by the largest remainder', () => {
    // disiplin alokasi 1.333.333,2: TL1 0,5 % = 6.666,666; TH 1,5 % = 19.999,998; APEL 2 % = 26.666,664;
    // total 53.333,328 → 53.333; floors 6.666 + 19.999 + 26.666 = 53.331; the 2 rupiah left go to
    // TH (,998) and TL1 (,666).
    const v = tpp({
      pagu: '3333333',
      periode: MARET,
      predikat: 'BAIK',
      disiplin: {
        kejadianMenit: telat(5),
        kejadian: [
          { kode: 'TH', jumlah: 1 },
          { kode: 'APEL', jumlah: 1 },
        ],
      },
    });
    expect(v.potongan.map((p) => [p.kode, p.nominal])).toEqual([
      ['TL1', '6667'],
      ['TH', '20000'],
      ['APEL', '26666'],
    ]);
    expect(v.totalPotongan).toBe('53333');
  });
});

describe('hitungTpp — hukuman disiplin (PP 94/2021 sedang: 25 %)', () => {
  const base = {
    kelasJabatan: 7,
    predikat: 'BAIK',
    disiplin: { kejadianMenit: telat(12, 45, 95), kejadian: [{ kode: 'APEL', jumlah: 1 }] },
    hukumanDisiplin: [{ kode: 'SEDANG_6', mulai: { tahun: 2026, bulan: 2 } }],
  };

  it('in force: 25 % of the bruto (3.290.000 → 822.500)', () => {
    const v = tpp({ ...base, periode: MARET });
    expect(v.potongan.at(-1)).toEqual({
      kode: 'SEDANG_6',
      uraian: 'Hukuman disiplin sedang: potongan 25% selama 6 bulan',
      jenis: 'HUKUMAN_DISIPLIN',
      komponen: null,
      jumlah: null,
      satuan: null,
      persen: '25',
      nominal: '822500',
    });
    expect([v.totalPotongan, v.neto]).toEqual(['892500', '2397500']);
    expect(v.trace.steps).toContainEqual({
      kind: 'tpp_hukuman_disiplin',
      kode: 'SEDANG_6',
      bulanKe: 2,
      lamaBulan: 6,
      persen: '25',
      dasar: 'BRUTO',
      nilaiDasar: '3290000',
      nominal: '822500',
    });
  });

  it('SETELAH_POTONGAN: 25 % of what the disiplin deductions leave (3.220.000 → 805.000)', () => {
    const c = config((x) => ((x.hukumanDisiplin as Json).dasar = 'SETELAH_POTONGAN'));
    expect(tpp({ ...base, periode: MARET }, c).neto).toBe('2415000');
  });

  it.each([
    [{ tahun: 2026, bulan: 1 }, false],
    [{ tahun: 2026, bulan: 2 }, true],
    [{ tahun: 2026, bulan: 7 }, true],
    [{ tahun: 2026, bulan: 8 }, false],
  ])('from February for 6 months: in force in %j → %s', (periode, inForce) => {
    const v = tpp({ ...base, periode });
    expect(v.potongan.some((p) => p.jenis === 'HUKUMAN_DISIPLIN')).toBe(inForce);
  });

  it('across a year end: 12 months from November 2025 end in October 2026', () => {
    const h = [{ kode: 'SEDANG_12', mulai: { tahun: 2025, bulan: 11 } }];
    expect(
      tpp({ ...base, hukumanDisiplin: h, periode: { tahun: 2026, bulan: 10 } }).trace.steps,
    ).toContainEqual(expect.objectContaining({ kind: 'tpp_hukuman_disiplin', bulanKe: 12 }));
    expect(tpp({ ...base, hukumanDisiplin: h, periode: { tahun: 2026, bulan: 11 } }).potongan.length).toBe(4);
  });

  it('when two are in force only the highest applies', () => {
    const c = config((x) =>
      (x.hukumanDisiplin as { jenis: Json[] }).jenis.push({
        kode: 'KHUSUS',
        uraian: 'Contoh 50%',
        persen: '50',
        lamaBulan: 3,
      }),
    );
    const v = tpp(
      {
        ...base,
        periode: MARET,
        hukumanDisiplin: [...base.hukumanDisiplin, { kode: 'KHUSUS', mulai: { tahun: 2026, bulan: 3 } }],
      },
      c,
    );
    expect(v.potongan.filter((p) => p.jenis === 'HUKUMAN_DISIPLIN').map((p) => [p.kode, p.nominal])).toEqual([
      ['KHUSUS', '1645000'],
    ]);
  });

  it('never takes more than what is left: neto is never negative', () => {
    const c = config((x) => {
      (x.hukumanDisiplin as { jenis: Json[] }).jenis.push({
        kode: 'PENUH',
        uraian: 'Contoh 100%',
        persen: '100',
        lamaBulan: 1,
      });
    });
    const v = tpp({ ...base, periode: MARET, hukumanDisiplin: [{ kode: 'PENUH', mulai: MARET }] }, c);
    expect(v.potongan.at(-1)!.nominal).toBe('3220000');
    expect(v.neto).toBe('0');
  });
});

describe('hitungTpp — other bases of the kinerja component', () => {
  const capaianConfig = config((c) => {
    c.komponen[0] = {
      kode: 'KINERJA',
      nama: 'Capaian SKP bulanan',
      jenis: 'KINERJA',
      bobot: '50',
      dasar: 'CAPAIAN',
      tabel: [
        { capaianMinimal: '90', persen: '100' },
        { capaianMinimal: '75', persen: '80' },
        { capaianMinimal: '50', persen: '60' },
      ],
    };
    disiplin(c).bobot = '30';
    c.komponen.splice(1, 0, { kode: 'AKTIVITAS', nama: 'Aktivitas harian', jenis: 'INPUT', bobot: '20' });
  });

  it.each([
    ['112.5', '90', '100'],
    ['90', '90', '100'],
    ['89.99', '75', '80'],
    ['50', '50', '60'],
    ['49.9', null, '0'],
  ])('capaian %s → row %s → %s percent', (capaian, baris, persen) => {
    const v = tpp(
      { kelasJabatan: 8, periode: MARET, capaian, persenKomponen: { AKTIVITAS: '85' } },
      capaianConfig,
    );
    expect(v.perKomponen[0]!.persen).toBe(persen);
    expect(v.trace.steps[1]).toMatchObject({ kind: 'tpp_komponen', dasar: 'CAPAIAN', nilai: capaian, baris });
  });

  it('an INPUT component takes its percentage from the input', () => {
    // pagu 4.200.000: kinerja 50 % = 2.100.000 × 80 % = 1.680.000; aktivitas 20 % = 840.000 × 85 % = 714.000;
    // disiplin 30 % = 1.260.000.
    const v = tpp(
      { kelasJabatan: 8, periode: MARET, capaian: '80', persenKomponen: { AKTIVITAS: '85' } },
      capaianConfig,
    );
    expect(v.perKomponen.map((k) => [k.kode, k.nominal])).toEqual([
      ['KINERJA', '1680000'],
      ['AKTIVITAS', '714000'],
      ['DISIPLIN', '1260000'],
    ]);
    expect(v.neto).toBe('3654000');
  });

  it('the pagu of the pegawai comes before the one of the kelas jabatan', () => {
    const v = tpp({ pegawaiId: 'peg-khusus', kelasJabatan: 7, periode: MARET, predikat: 'BAIK' });
    expect(v.trace.steps[0]).toEqual({
      kind: 'tpp_pagu',
      sumber: 'PEGAWAI',
      pegawaiId: 'peg-khusus',
      pagu: '6000000',
    });
    expect(tpp({ pegawaiId: 'peg-lain', kelasJabatan: 7, periode: MARET, predikat: 'BAIK' }).pagu).toBe(
      '3500000',
    );
  });
});

describe('hitungTpp — issues', () => {
  it.each<[string, Json, string, (string | number)[]]>([
    ['no pagu at all', { periode: MARET, predikat: 'BAIK' }, 'required', ['kelasJabatan']],
    [
      'a kelas jabatan without pagu',
      { kelasJabatan: 10, periode: MARET, predikat: 'BAIK' },
      'unknown_reference',
      ['kelasJabatan'],
    ],
    [
      'a pegawai without pagu',
      { pegawaiId: 'x', periode: MARET, predikat: 'BAIK' },
      'unknown_reference',
      ['pegawaiId'],
    ],
    ['no predikat', { kelasJabatan: 7, periode: MARET }, 'required', ['predikat']],
    ['no periode', { kelasJabatan: 7, predikat: 'BAIK' }, 'required', ['periode']],
    [
      'month 13',
      { kelasJabatan: 7, periode: { tahun: 2026, bulan: 13 }, predikat: 'BAIK' },
      'too_big',
      ['periode', 'bulan'],
    ],
    [
      'an unknown row',
      {
        kelasJabatan: 7,
        periode: MARET,
        predikat: 'BAIK',
        disiplin: { kejadian: [{ kode: 'SAKIT', jumlah: 1 }] },
      },
      'unknown_reference',
      ['disiplin', 'kejadian', 0, 'kode'],
    ],
    [
      'an unknown kelompok',
      {
        kelasJabatan: 7,
        periode: MARET,
        predikat: 'BAIK',
        disiplin: { kejadianMenit: [{ kelompok: 'PSW', menit: 5 }] },
      },
      'unknown_reference',
      ['disiplin', 'kejadianMenit', 0, 'kelompok'],
    ],
    [
      'a negative count',
      {
        kelasJabatan: 7,
        periode: MARET,
        predikat: 'BAIK',
        disiplin: { kejadian: [{ kode: 'TK', jumlah: -1 }] },
      },
      'too_small',
      ['disiplin', 'kejadian', 0, 'jumlah'],
    ],
    [
      'an unknown hukuman',
      {
        kelasJabatan: 7,
        periode: MARET,
        predikat: 'BAIK',
        hukumanDisiplin: [{ kode: 'BERAT', mulai: MARET }],
      },
      'unknown_reference',
      ['hukumanDisiplin', 0, 'kode'],
    ],
    [
      'an unknown component percentage',
      { kelasJabatan: 7, periode: MARET, predikat: 'BAIK', persenKomponen: { AKTIVITAS: '10' } },
      'unknown_reference',
      ['persenKomponen', 'AKTIVITAS'],
    ],
    ['a negative pagu', { pagu: '-5', periode: MARET, predikat: 'BAIK' }, 'too_small', ['pagu']],
  ])('%s → %s at its path', (_name, input, code, path) => {
    const r = hitungTpp(input, TPP_CONTOH);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('a missing INPUT percentage and a missing capaian', () => {
    const c = config((x) => {
      x.komponen[0] = {
        ...(x.komponen[0] as Json),
        dasar: 'CAPAIAN',
        tabel: [{ capaianMinimal: '0', persen: '100' }],
      };
      (x.komponen[0] as Json).bobot = '40';
      x.komponen.push({ kode: 'AKTIVITAS', nama: 'Aktivitas', jenis: 'INPUT', bobot: '20' });
    });
    const r = hitungTpp({ kelasJabatan: 7, periode: MARET, predikat: 'BAIK' }, c);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        { code: 'required', path: ['persenKomponen', 'AKTIVITAS'], params: {} },
        { code: 'required', path: ['capaian'], params: {} },
      ]);
    }
  });

  it('an invalid configuration is reported under `config`', () => {
    const c = tppContoh();
    (c.komponen[0] as Json).bobot = '70';
    const r = hitungTpp({ kelasJabatan: 7, periode: MARET, predikat: 'BAIK' }, c);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: 'bobot_total_invalid',
          path: ['config', 'komponen'],
          params: { total: '110', expected: '100' },
        },
      ],
    });
  });

  it('never throws on anything, in either argument', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, cfg) => {
        const r = hitungTpp(input, cfg);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = hitungTpp(input, TPP_CONTOH);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hitungTpp — laws', () => {
  const KODES = ['TH', 'APEL', 'TK', 'TL1', 'TL2', 'TL3', 'TL4'];
  const event = fc.oneof(
    fc
      .record({ kode: fc.constantFrom(...KODES), jumlah: fc.integer({ min: 0, max: 8 }) })
      .map((e) => ({ kind: 'kode' as const, e })),
    fc
      .integer({ min: 0, max: 400 })
      .map((menit) => ({ kind: 'menit' as const, e: { kelompok: 'TERLAMBAT', menit } })),
  );
  type Event = typeof event extends fc.Arbitrary<infer T> ? T : never;
  const toDisiplin = (events: Event[]) => ({
    kejadian: events.flatMap((x) => (x.kind === 'kode' ? [x.e] : [])),
    kejadianMenit: events.flatMap((x) => (x.kind === 'menit' ? [x.e] : [])),
  });
  const arbConfig = fc
    .record({
      batas: fc.integer({ min: 0, max: 100 }),
      dasar: fc.constantFrom('BRUTO', 'SETELAH_POTONGAN'),
      mode: fc.constantFrom('HALF_UP', 'HALF_EVEN', 'FLOOR', 'CEIL', 'DOWN', 'UP', 'HALF_DOWN'),
    })
    .map(({ batas, dasar, mode }) =>
      config((c) => {
        disiplin(c).batasPotongan = String(batas);
        (c.hukumanDisiplin as Json).dasar = dasar;
        c.pembulatan = { scale: 0, mode: mode as 'HALF_UP' };
      }),
    );
  const arbInput = fc.record({
    pagu: fc.integer({ min: 0, max: 20_000_000 }).map(String),
    predikat: fc.constantFrom(...PREDIKATS),
    hukuman: fc.boolean(),
    events: fc.array(event, { maxLength: 12 }),
  });
  const inputOf = (i: { pagu: string; predikat: string; hukuman: boolean }, events: Event[]) => ({
    pagu: i.pagu,
    periode: MARET,
    predikat: i.predikat,
    disiplin: toDisiplin(events),
    hukumanDisiplin: i.hukuman ? [{ kode: 'SEDANG_9', mulai: MARET }] : [],
  });

  it('more lateness (or any other deduction) never raises the TPP', () => {
    fc.assert(
      fc.property(arbConfig, arbInput, event, (cfg, i, extra) => {
        const before = tpp(inputOf(i, i.events), cfg);
        const after = tpp(inputOf(i, [...i.events, extra]), cfg);
        expect(new Decimal(after.neto).lte(before.neto)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a longer lateness never raises the TPP', () => {
    fc.assert(
      fc.property(
        arbConfig,
        arbInput,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (cfg, i, m, more) => {
          const a = tpp(
            inputOf(i, [...i.events, { kind: 'menit', e: { kelompok: 'TERLAMBAT', menit: m } }]),
            cfg,
          );
          const b = tpp(
            inputOf(i, [...i.events, { kind: 'menit', e: { kelompok: 'TERLAMBAT', menit: m + more } }]),
            cfg,
          );
          expect(new Decimal(b.neto).lte(a.neto)).toBe(true);
        },
      ),
    );
  });

  it('a better predikat never lowers the kinerja component nor the TPP', () => {
    fc.assert(
      fc.property(arbConfig, arbInput, (cfg, i) => {
        const results = PREDIKATS.map((predikat) => tpp(inputOf({ ...i, predikat }, i.events), cfg));
        for (let k = 1; k < results.length; k++) {
          const better = results[k - 1]!;
          const worse = results[k]!;
          expect(new Decimal(better.perKomponen[0]!.nominal).gte(worse.perKomponen[0]!.nominal)).toBe(true);
          expect(new Decimal(better.neto).gte(worse.neto)).toBe(true);
        }
      }),
    );
  });

  it('the sheet adds up and nothing is negative', () => {
    fc.assert(
      fc.property(arbConfig, arbInput, (cfg, i) => {
        const v = tpp(inputOf(i, i.events), cfg);
        const sum = (xs: readonly string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));
        expect(sum(v.perKomponen.map((k) => k.nominal)).eq(v.bruto)).toBe(true);
        expect(sum(v.potongan.map((p) => p.nominal)).eq(v.totalPotongan)).toBe(true);
        expect(new Decimal(v.bruto).minus(v.totalPotongan).eq(v.neto)).toBe(true);
        expect(new Decimal(v.neto).gte(0)).toBe(true);
        for (const k of v.perKomponen) expect(new Decimal(k.neto).gte(0)).toBe(true);
        for (const x of [v.bruto, v.neto, ...v.potongan.map((p) => p.nominal)]) {
          expect(new Decimal(x).isInteger()).toBe(true);
        }
        const capPct = new Decimal(
          cfg.komponen[1]!.jenis === 'DISIPLIN' ? cfg.komponen[1]!.batasPotongan : '100',
        );
        const disiplinAlokasi = new Decimal(v.perKomponen[1]!.alokasi);
        expect(
          new Decimal(v.perKomponen[1]!.potongan).lte(disiplinAlokasi.times(capPct).div(100).ceil()),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
