import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../issues/issue';
import { arbSkp } from '../testing/arbitraries';
import { NILAI_BERAKHLAK } from './perilaku-kerja';
import { parseSkp, type Skp, SkpSchema } from './skp';

/** A pelaksana's SKP as it comes in (defaults left out). */
function input(): Record<string, unknown> & { rencanaHasilKerja: Record<string, unknown>[] } {
  return {
    id: 'skp-2026-199001012015011001',
    pegawaiId: 'p-199001012015011001',
    tahun: 2026,
    periodeAwal: '2026-01-01',
    periodeAkhir: '2026-12-31',
    pendekatan: 'KUANTITATIF',
    jabatanId: 'jab-pengadministrasi',
    jenisJabatan: 'PELAKSANA',
    unitKerjaId: 'kel-sago',
    pejabatPenilaiId: 'p-lurah-sago',
    atasanPejabatPenilaiId: 'p-camat-senapelan',
    rencanaHasilKerja: [
      {
        id: 'rhk-1',
        uraian: 'Terlaksananya pelayanan administrasi kependudukan',
        jenis: 'UTAMA',
        rhkAtasanId: 'rhk-lurah-2',
        indikator: [
          {
            id: 'iki-1',
            uraian: 'Jumlah surat keterangan yang diterbitkan',
            aspek: 'KUANTITAS',
            target: { jenis: 'TUNGGAL', nilai: '1200' },
            satuan: 'dokumen',
          },
          {
            id: 'iki-2',
            uraian: 'Persentase surat yang diterbitkan tepat waktu',
            aspek: 'WAKTU',
            target: { jenis: 'RENTANG', min: '80', max: '90' },
            satuan: 'persen',
          },
        ],
      },
      {
        id: 'rhk-2',
        uraian: 'Tersusunnya laporan bulanan kelurahan',
        jenis: 'TAMBAHAN',
        rhkAtasanId: null,
        penugasanDari: 'Lurah Sago',
        indikator: [
          {
            id: 'iki-3',
            uraian: 'Jumlah laporan',
            aspek: 'KUANTITAS',
            target: { jenis: 'TUNGGAL', nilai: 12 },
            satuan: 'laporan',
          },
        ],
      },
    ],
  };
}

function issuesOf(
  value: unknown,
): { code: IssueCode; path: readonly (string | number)[]; params: unknown }[] {
  const r = parseSkp(value);
  if (r.ok) throw new Error('expected issues');
  return r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

describe('SkpSchema: happy path', () => {
  it('parses an SKP and fills in the defaults', () => {
    const r = parseSkp(input());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const skp: Skp = r.value;
    expect(skp.jenisPeriodik).toBe('TRIWULANAN');
    expect(skp.pimpinanUnit).toBe(false);
    expect(skp.perilakuKerja).toEqual(NILAI_BERAKHLAK.map((nilai) => ({ nilai, ekspektasiKhusus: '' })));
    expect(skp.lampiran).toEqual({ dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] });
    expect(skp.rencanaHasilKerja[0]?.indikator[0]).toMatchObject({
      polaritas: 'MAKSIMALISASI',
      akumulasi: 'JUMLAH',
    });
    // Decimals become canonical strings.
    expect(skp.rencanaHasilKerja[1]?.indikator[0]?.target).toEqual({ jenis: 'TUNGGAL', nilai: '12' });
  });

  it('accepts a JPT SKP whose RHK all have a perspektif, rated from outside the system', () => {
    const v = input();
    v.jenisJabatan = 'JPT_PRATAMA';
    v.pejabatPenilaiId = null;
    v.atasanPejabatPenilaiId = null;
    v.rencanaHasilKerja[0]!.perspektif = 'PENERIMA_LAYANAN';
    v.rencanaHasilKerja[1]!.perspektif = 'ANGGARAN';
    expect(parseSkp(v).ok).toBe(true);
  });

  it('accepts the kualitatif approach with narrative targets, and a segment of the year', () => {
    const v = input();
    v.pendekatan = 'KUALITATIF';
    v.periodeAwal = '2026-04-01';
    v.periodeAkhir = '2026-09-30';
    v.rencanaHasilKerja[1]!.indikator = [
      {
        id: 'iki-3',
        uraian: 'Laporan bulanan',
        aspek: 'KUALITAS',
        target: { jenis: 'NARATIF', uraian: 'Laporan tepat waktu dan lengkap' },
        satuan: 'laporan',
      },
    ];
    expect(parseSkp(v).ok).toBe(true);
  });
});

describe('SkpSchema: failures, with codes and paths', () => {
  it('a JPT RHK without perspektif', () => {
    const v = input();
    v.jenisJabatan = 'JPT_MADYA';
    v.rencanaHasilKerja[1]!.perspektif = 'PROSES_BISNIS';
    expect(issuesOf(v)).toEqual([
      {
        code: 'rhk_without_perspektif',
        path: ['rencanaHasilKerja', 0, 'perspektif'],
        params: { rhkId: 'rhk-1' },
      },
    ]);
  });

  it('duplicate RHK and indikator ids', () => {
    const v = input();
    v.rencanaHasilKerja[1]!.id = 'rhk-1';
    (v.rencanaHasilKerja[1]!.indikator as { id: string }[])[0]!.id = 'iki-2';
    expect(issuesOf(v)).toEqual([
      { code: 'duplicate_id', path: ['rencanaHasilKerja', 1, 'id'], params: { id: 'rhk-1' } },
      { code: 'duplicate_id', path: ['rencanaHasilKerja', 1, 'indikator', 0, 'id'], params: { id: 'iki-2' } },
    ]);
  });

  it('no RHK utama', () => {
    const v = input();
    v.rencanaHasilKerja[0]!.jenis = 'TAMBAHAN';
    expect(issuesOf(v)).toEqual([{ code: 'skp_without_rhk_utama', path: ['rencanaHasilKerja'], params: {} }]);
  });

  it('a narrative target in the kuantitatif approach', () => {
    const v = input();
    (v.rencanaHasilKerja[0]!.indikator as { target: unknown }[])[1]!.target = {
      jenis: 'NARATIF',
      uraian: 'Surat tepat waktu',
    };
    expect(issuesOf(v)).toEqual([
      {
        code: 'target_not_numeric',
        path: ['rencanaHasilKerja', 0, 'indikator', 1, 'target'],
        params: { indikatorId: 'iki-2' },
      },
    ]);
  });

  it('an inverted range target', () => {
    const v = input();
    (v.rencanaHasilKerja[0]!.indikator as { target: unknown }[])[1]!.target = {
      jenis: 'RENTANG',
      min: '90.0',
      max: 80,
    };
    expect(issuesOf(v)).toEqual([
      {
        code: 'target_range_inverted',
        path: ['rencanaHasilKerja', 0, 'indikator', 1, 'target', 'max'],
        params: { min: '90', max: '80' },
      },
    ]);
  });

  it('a missing BerAKHLAK value, and one given twice', () => {
    const v = input();
    v.perilakuKerja = NILAI_BERAKHLAK.filter((n) => n !== 'KOLABORATIF').map((nilai) => ({ nilai }));
    expect(issuesOf(v)).toEqual([
      { code: 'perilaku_incomplete', path: ['perilakuKerja'], params: { missing: ['KOLABORATIF'] } },
    ]);
    v.perilakuKerja = [...NILAI_BERAKHLAK, 'LOYAL'].map((nilai) => ({ nilai }));
    expect(issuesOf(v)).toEqual([
      { code: 'perilaku_incomplete', path: ['perilakuKerja'], params: { missing: [] } },
    ]);
    v.perilakuKerja = [];
    expect(issuesOf(v)).toEqual([
      { code: 'perilaku_incomplete', path: ['perilakuKerja'], params: { missing: [...NILAI_BERAKHLAK] } },
    ]);
  });

  it('an inverted period and a period outside the year', () => {
    const v = input();
    v.periodeAwal = '2026-07-01';
    v.periodeAkhir = '2026-06-30';
    expect(issuesOf(v)).toEqual([
      {
        code: 'invalid_interval',
        path: ['periodeAkhir'],
        params: { start: '2026-07-01', end: '2026-06-30' },
      },
    ]);
    v.periodeAwal = '2025-12-01';
    v.periodeAkhir = '2027-01-31';
    expect(issuesOf(v)).toEqual([
      { code: 'invalid_interval', path: ['periodeAwal'], params: { start: '2026-01-01', end: '2025-12-01' } },
      {
        code: 'invalid_interval',
        path: ['periodeAkhir'],
        params: { start: '2027-01-31', end: '2026-12-31' },
      },
    ]);
  });

  it('a date that does not exist, without follow-up interval issues', () => {
    const v = input();
    v.periodeAkhir = '2026-02-30';
    expect(issuesOf(v)).toEqual([
      { code: 'invalid_date', path: ['periodeAkhir'], params: { received: '2026-02-30' } },
    ]);
  });

  it('no RHK; an RHK without indikator next to an unknown jenis jabatan (no domain checks then)', () => {
    const v = input();
    v.rencanaHasilKerja = [];
    expect(issuesOf(v)).toEqual([
      {
        code: 'too_small',
        path: ['rencanaHasilKerja'],
        params: { minimum: '1', inclusive: true, origin: 'array' },
      },
      // The domain checks still run on a well-typed SKP: no RHK means no RHK utama either.
      { code: 'skp_without_rhk_utama', path: ['rencanaHasilKerja'], params: {} },
    ]);
    const w = input();
    w.rencanaHasilKerja[1]!.indikator = [];
    w.jenisJabatan = 'ESELON_IV';
    expect(issuesOf(w).map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['jenisJabatan']],
      ['too_small', ['rencanaHasilKerja', 1, 'indikator']],
    ]);
  });

  it('collects several domain issues at once', () => {
    const v = input();
    v.jenisJabatan = 'JPT_PRATAMA';
    v.rencanaHasilKerja[0]!.jenis = 'TAMBAHAN';
    v.perilakuKerja = [];
    expect(issuesOf(v).map((i) => i.code)).toEqual([
      'skp_without_rhk_utama',
      'rhk_without_perspektif',
      'rhk_without_perspektif',
      'perilaku_incomplete',
    ]);
  });
});

describe('SkpSchema: properties', () => {
  it('parse → JSON → parse is the identity', () => {
    fc.assert(
      fc.property(arbSkp(), (skp) => {
        const once = parseSkp(JSON.parse(JSON.stringify(skp)));
        expect(once).toEqual({ ok: true, value: skp });
        if (once.ok) expect(parseSkp(JSON.parse(JSON.stringify(once.value)))).toEqual(once);
      }),
    );
  });

  it('the order of the RHK and of the perilaku does not change validity', () => {
    fc.assert(
      fc.property(
        arbSkp().chain((skp) =>
          fc.tuple(
            fc.constant(skp),
            fc.shuffledSubarray(skp.rencanaHasilKerja, {
              minLength: skp.rencanaHasilKerja.length,
              maxLength: skp.rencanaHasilKerja.length,
            }),
            fc.shuffledSubarray(skp.perilakuKerja, { minLength: 7, maxLength: 7 }),
          ),
        ),
        ([skp, rhk, perilaku]) => {
          expect(
            SkpSchema.safeParse({ ...skp, rencanaHasilKerja: rhk, perilakuKerja: perilaku }).success,
          ).toBe(true);
        },
      ),
    );
  });

  it('dropping one BerAKHLAK value names exactly that value as missing', () => {
    fc.assert(
      fc.property(arbSkp(), fc.nat(6), (skp, k) => {
        const dropped = skp.perilakuKerja[k]!.nilai;
        expect(issuesOf({ ...skp, perilakuKerja: skp.perilakuKerja.filter((_, i) => i !== k) })).toEqual([
          { code: 'perilaku_incomplete', path: ['perilakuKerja'], params: { missing: [dropped] } },
        ]);
      }),
    );
  });

  it("removing a JPT RHK's perspektif is reported at that RHK", () => {
    fc.assert(
      fc.property(
        arbSkp({ jenisJabatan: 'JPT_UTAMA' }).chain((skp) =>
          fc.tuple(fc.constant(skp), fc.nat(skp.rencanaHasilKerja.length - 1)),
        ),
        ([skp, i]) => {
          const rencanaHasilKerja = skp.rencanaHasilKerja.map((r, j) => {
            if (j !== i) return r;
            const { perspektif: _, ...rest } = r;
            return rest;
          });
          expect(issuesOf({ ...skp, rencanaHasilKerja })).toEqual([
            {
              code: 'rhk_without_perspektif',
              path: ['rencanaHasilKerja', i, 'perspektif'],
              params: { rhkId: skp.rencanaHasilKerja[i]!.id },
            },
          ]);
        },
      ),
    );
  });

  it('a narrative target anywhere in a kuantitatif SKP is reported there', () => {
    fc.assert(
      fc.property(
        arbSkp({ pendekatan: 'KUANTITATIF' }).chain((skp) =>
          fc.tuple(fc.constant(skp), fc.nat(skp.rencanaHasilKerja.length - 1), fc.nat()),
        ),
        ([skp, i, pick]) => {
          const rhk = skp.rencanaHasilKerja[i]!;
          const j = pick % rhk.indikator.length;
          const broken = structuredClone(skp);
          broken.rencanaHasilKerja[i]!.indikator[j]!.target = { jenis: 'NARATIF', uraian: 'Tepat waktu' };
          expect(issuesOf(broken)).toEqual([
            {
              code: 'target_not_numeric',
              path: ['rencanaHasilKerja', i, 'indikator', j, 'target'],
              params: { indikatorId: rhk.indikator[j]!.id },
            },
          ]);
        },
      ),
    );
  });
});
