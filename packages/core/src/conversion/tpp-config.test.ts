import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue';
import { TPP_CONTOH, tppContoh } from './test-fixtures';
import { parseTppConfig } from './tpp-config';

type Json = Record<string, unknown>;
const disiplin = (c: ReturnType<typeof tppContoh>) => c.komponen[1] as Json & { potongan: Json[] };
const kinerja = (c: ReturnType<typeof tppContoh>) => c.komponen[0] as Json & { tabel: Json };

function issuesOf(config: unknown): readonly Issue[] {
  const r = parseTppConfig(config);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}

describe('parseTppConfig — the example', () => {
  it('accepts the example configuration and fills in the defaults', () => {
    const r = parseTppConfig(TPP_CONTOH);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.komponen.map((k) => [k.kode, k.bobot])).toEqual([
      ['KINERJA', '60'],
      ['DISIPLIN', '40'],
    ]);
    expect(Object.isFrozen(r.value.komponen)).toBe(true);
    const { pembulatan, sources, ...rest } = tppContoh();
    const d = parseTppConfig(rest);
    expect(d.ok && d.value.pembulatan).toEqual({ scale: 0, mode: 'HALF_UP' });
    expect(d.ok && d.value.sources).toEqual([]);
    void pembulatan;
    void sources;
  });

  it('accepts a kinerja table by capaian and an INPUT component', () => {
    const c = tppContoh();
    c.komponen = [
      {
        kode: 'KINERJA',
        nama: 'Capaian SKP bulanan',
        jenis: 'KINERJA',
        bobot: '50',
        dasar: 'CAPAIAN',
        tabel: [
          { capaianMinimal: '90', persen: '100' },
          { capaianMinimal: '50', persen: '60' },
          { capaianMinimal: '75', persen: '80' },
        ],
      },
      { kode: 'AKTIVITAS', nama: 'Aktivitas harian', jenis: 'INPUT', bobot: '20' },
      { ...disiplin(tppContoh()), bobot: '30' },
    ];
    expect(parseTppConfig(c).ok).toBe(true);
  });
});

describe('parseTppConfig — weights must add up to 100', () => {
  it.each([
    ['70 + 40', '70', '40', '110'],
    ['60 + 30', '60', '30', '90'],
    ['59.99 + 40', '59.99', '40', '99.99'],
  ])('%s → bobot_total_invalid at komponen', (_n, a, b, sum) => {
    const c = tppContoh();
    kinerja(c).bobot = a;
    disiplin(c).bobot = b;
    expect(issuesOf(c)).toEqual([
      { code: 'bobot_total_invalid', path: ['komponen'], params: { total: sum, expected: '100' } },
    ]);
  });

  it('a weight of 0 or above 100 is an issue at the weight itself', () => {
    const c = tppContoh();
    kinerja(c).bobot = '0';
    disiplin(c).bobot = '100';
    expect(issuesOf(c)).toContainEqual(
      expect.objectContaining({ code: 'too_small', path: ['komponen', 0, 'bobot'] }),
    );
    const d = tppContoh();
    kinerja(d).bobot = '101';
    expect(issuesOf(d)).toContainEqual(
      expect.objectContaining({ code: 'too_big', path: ['komponen', 0, 'bobot'] }),
    );
  });
});

describe('parseTppConfig — every field validated, with paths', () => {
  it.each<[string, (c: ReturnType<typeof tppContoh>) => void, string, (string | number)[]]>([
    ['no pagu table', (c) => (c.pagu = {}), 'required', ['pagu', 'perKelasJabatan']],
    [
      'kelas jabatan 18',
      (c) => ((c.pagu.perKelasJabatan as Json)['18'] = '1'),
      'unrecognized_keys',
      ['pagu', 'perKelasJabatan'],
    ],
    [
      'a negative pagu',
      (c) => ((c.pagu.perKelasJabatan as Json)['7'] = '-1'),
      'too_small',
      ['pagu', 'perKelasJabatan', '7'],
    ],
    [
      'a pagu with a comma',
      (c) => ((c.pagu.perPegawai as Json)['peg-khusus'] = '6.000.000,00'),
      'invalid_decimal',
      ['pagu', 'perPegawai', 'peg-khusus'],
    ],
    ['no component', (c) => (c.komponen = []), 'too_small', ['komponen']],
    ['an unknown jenis', (c) => (kinerja(c).jenis = 'BONUS'), 'invalid_value', ['komponen', 0, 'jenis']],
    ['an unknown dasar', (c) => (kinerja(c).dasar = 'NILAI'), 'invalid_value', ['komponen', 0, 'dasar']],
    [
      'a missing predikat',
      (c) => delete kinerja(c).tabel.KURANG,
      'required',
      ['komponen', 0, 'tabel', 'KURANG'],
    ],
    [
      'a kinerja percentage above 100',
      (c) => (kinerja(c).tabel.SANGAT_BAIK = '120'),
      'too_big',
      ['komponen', 0, 'tabel', 'SANGAT_BAIK'],
    ],
    [
      'a missing batasPotongan',
      (c) => delete disiplin(c).batasPotongan,
      'required',
      ['komponen', 1, 'batasPotongan'],
    ],
    [
      'a cap above 100',
      (c) => (disiplin(c).batasPotongan = '100.5'),
      'too_big',
      ['komponen', 1, 'batasPotongan'],
    ],
    [
      'a deduction of 0',
      (c) => (disiplin(c).potongan[5]!.persen = '0'),
      'too_small',
      ['komponen', 1, 'potongan', 5, 'persen'],
    ],
    [
      'a bad satuan',
      (c) => (disiplin(c).potongan[5]!.satuan = 'JAM'),
      'invalid_value',
      ['komponen', 1, 'potongan', 5, 'satuan'],
    ],
    [
      'an empty uraian',
      (c) => (disiplin(c).potongan[5]!.uraian = ' '),
      'too_small',
      ['komponen', 1, 'potongan', 5, 'uraian'],
    ],
    [
      'negative minutes',
      (c) => (disiplin(c).potongan[0]!.batasMenit = -1),
      'too_small',
      ['komponen', 1, 'potongan', 0, 'batasMenit'],
    ],
    [
      'a band without kelompok',
      (c) => delete disiplin(c).potongan[1]!.kelompok,
      'required',
      ['komponen', 1, 'potongan', 1, 'kelompok'],
    ],
    [
      'a kelompok without band',
      (c) => delete disiplin(c).potongan[1]!.batasMenit,
      'required',
      ['komponen', 1, 'potongan', 1, 'batasMenit'],
    ],
    [
      'a band counted in days',
      (c) => (disiplin(c).potongan[1]!.satuan = 'HARI'),
      'invalid_value',
      ['komponen', 1, 'potongan', 1, 'satuan'],
    ],
    [
      'two rows with one band',
      (c) => (disiplin(c).potongan[1]!.batasMenit = 1),
      'duplicate_id',
      ['komponen', 1, 'potongan', 1, 'batasMenit'],
    ],
    [
      'two rows with one kode',
      (c) => (disiplin(c).potongan[6]!.kode = 'APEL'),
      'duplicate_id',
      ['komponen', 1, 'potongan', 6, 'kode'],
    ],
    [
      'two components with one kode',
      (c) => (disiplin(c).kode = 'KINERJA'),
      'duplicate_id',
      ['komponen', 1, 'kode'],
    ],
    [
      'a hukuman of 0 months',
      (c) => ((c.hukumanDisiplin!.jenis[0] as Json).lamaBulan = 0),
      'too_small',
      ['hukumanDisiplin', 'jenis', 0, 'lamaBulan'],
    ],
    [
      'two hukuman with one kode',
      (c) => ((c.hukumanDisiplin!.jenis[1] as Json).kode = 'SEDANG_6'),
      'duplicate_id',
      ['hukumanDisiplin', 'jenis', 1, 'kode'],
    ],
    [
      'an unknown hukuman base',
      (c) => ((c.hukumanDisiplin as Json).dasar = 'NETO'),
      'invalid_value',
      ['hukumanDisiplin', 'dasar'],
    ],
    [
      'rounding to a fraction of a place',
      (c) => (c.pembulatan = { scale: 0.5, mode: 'HALF_UP' }),
      'invalid_type',
      ['pembulatan', 'scale'],
    ],
    ['a stray field', (c) => ((c as Json).rumus = 'x'), 'unrecognized_keys', []],
  ])('%s → %s', (_name, change, code, path) => {
    const c = tppContoh();
    change(c);
    expect(issuesOf(c)).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('a better predikat must not pay less', () => {
    const c = tppContoh();
    kinerja(c).tabel.BUTUH_PERBAIKAN = '95';
    expect(issuesOf(c)).toEqual([
      {
        code: 'tabel_not_monotonic',
        path: ['komponen', 0, 'tabel', 'BAIK'],
        params: { higher: 'BAIK', higherPersen: '90', lower: 'BUTUH_PERBAIKAN', lowerPersen: '95' },
      },
    ]);
  });

  it('a higher capaian must not pay less, and capaian bounds are unique', () => {
    const c = tppContoh();
    c.komponen[0] = {
      ...kinerja(c),
      dasar: 'CAPAIAN',
      tabel: [
        { capaianMinimal: '90', persen: '70' },
        { capaianMinimal: '75', persen: '80' },
        { capaianMinimal: '75.0', persen: '80' },
      ],
    };
    expect(issuesOf(c)).toEqual([
      { code: 'duplicate_id', path: ['komponen', 0, 'tabel', 2, 'capaianMinimal'], params: { id: '75' } },
      {
        code: 'tabel_not_monotonic',
        path: ['komponen', 0, 'tabel', 0, 'persen'],
        params: { higher: '90', higherPersen: '70', lower: '75', lowerPersen: '80' },
      },
    ]);
  });

  it('a longer band must not deduct less', () => {
    const c = tppContoh();
    disiplin(c).potongan[3]!.persen = '1.2';
    expect(issuesOf(c)).toEqual([
      {
        code: 'tabel_not_monotonic',
        path: ['komponen', 1, 'potongan', 3, 'persen'],
        params: { higher: 'TL4', higherPersen: '1.2', lower: 'TL3', lowerPersen: '1.25' },
      },
    ]);
  });

  it('a kelompok belongs to one component', () => {
    const c = tppContoh();
    disiplin(c).bobot = '20';
    c.komponen.push({
      kode: 'PULANG',
      nama: 'Pulang cepat',
      jenis: 'DISIPLIN',
      bobot: '20',
      batasPotongan: '100',
      potongan: [
        { kode: 'PSW1', uraian: 'x', satuan: 'KEJADIAN', persen: '1', kelompok: 'TERLAMBAT', batasMenit: 1 },
      ],
    });
    expect(issuesOf(c)).toEqual([
      { code: 'duplicate_id', path: ['komponen', 2, 'potongan', 0, 'kelompok'], params: { id: 'TERLAMBAT' } },
    ]);
  });

  it('never throws on anything, and on mutations of the example reports issues with paths', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(parseTppConfig(input).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    const paths = pathsOf(TPP_CONTOH);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.anything(), fc.constantFrom('', '-1', '1,5', '101', 0, -1, null, [], {})),
        (path, value) => {
          const r = parseTppConfig(mutate(tppContoh(), path, value));
          if (!r.ok) {
            expect(r.issues.length).toBeGreaterThan(0);
            for (const i of r.issues) expect(Array.isArray(i.path)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...pathsOf(v, [...prefix, i]));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  }
  return out;
}

function mutate(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let node = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = replacement;
  return value;
}
