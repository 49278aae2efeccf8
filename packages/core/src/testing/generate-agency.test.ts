import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDistribusi } from '../distribution/check-distribusi';
import { KinerjaError } from '../errors/kinerja-error';
import { CapaianKinerjaOrganisasiSchema } from '../model/capaian-kinerja-organisasi';
import { EvaluasiPeriodikSchema } from '../model/evaluasi';
import { JabatanSchema } from '../model/jabatan';
import { parseNip, validateNiPppk, validateNip } from '../model/nip';
import { PegawaiSchema } from '../model/pegawai';
import { jumlahPeriode } from '../model/periode';
import type { Predikat } from '../model/predikat';
import { RealisasiSchema } from '../model/realisasi';
import { parseSkp } from '../model/skp';
import { UmpanBalikSchema } from '../model/umpan-balik';
import { descendantUnitIds, UnitKerjaSchema, validateUnitKerjaTree } from '../model/unit-kerja';
import { evaluateTahunan } from '../scoring/evaluate-tahunan';
import type { Agency } from './agency';
import { DEFAULT_JUMLAH_PEGAWAI, generateAgency, generateAgencyParts, planAgency } from './generate-agency';
import { generateKecamatan } from './generate-kecamatan';
import { kurvaUnitOf } from './kurva-unit-of';

const DEFAULT = generateAgency();
const KELURAHAN_SENAPELAN = [
  'Kampung Baru',
  'Kampung Bandar',
  'Kampung Dalam',
  'Padang Bulan',
  'Padang Terubuk',
  'Sago',
];

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list === undefined) m.set(k, [t]);
    else list.push(t);
  }
  return m;
}

/** The annual predikat of every pegawai by kurva unit, computed by the scoring engine. */
function predikatByKurvaUnit(agency: Agency): Map<string, Predikat[]> {
  const realisasi = groupBy(agency.realisasi, (r) => r.skpId);
  const evaluasi = groupBy(agency.evaluasiPeriodik, (e) => e.skpId);
  const po = new Map(agency.capaianKinerjaOrganisasi.map((c) => [c.unitKerjaId, c.predikat]));
  const out = new Map<string, Predikat[]>();
  for (const skp of agency.skp) {
    const r = evaluateTahunan({
      skp,
      realisasi: realisasi.get(skp.id) ?? [],
      evaluasiPeriodik: evaluasi.get(skp.id) ?? [],
      predikatOrganisasi: skp.pimpinanUnit ? po.get(skp.unitKerjaId) : undefined,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const unit = kurvaUnitOf(agency, skp.unitKerjaId)!.id;
    out.set(unit, [...(out.get(unit) ?? []), r.value.predikat]);
  }
  return out;
}

/** Every structural check of an agency; returns nothing, fails the test on the first problem. */
function expectConsistent(agency: Agency): void {
  const pegawaiById = new Map(agency.pegawai.map((p) => [p.id, p]));
  const skpByPegawai = new Map(agency.skp.map((s) => [s.pegawaiId, s]));
  const skpById = new Map(agency.skp.map((s) => [s.id, s]));
  const unitById = new Map(agency.unitKerja.map((u) => [u.id, u]));
  const jabatanById = new Map(agency.jabatan.map((j) => [j.id, j]));

  expect(validateUnitKerjaTree(agency.unitKerja)).toEqual([]);
  expect(agency.skp).toHaveLength(agency.pegawai.length);
  expect(new Set(agency.pegawai.map((p) => p.id)).size).toBe(agency.pegawai.length);
  const numbers = agency.pegawai.map((p) => (p.jenis === 'PNS' ? p.nip : p.niPppk));
  expect(new Set(numbers).size).toBe(numbers.length);

  for (const p of agency.pegawai) {
    const j = jabatanById.get(p.jabatanId);
    expect(j?.unitKerjaId).toBe(p.unitKerjaId);
    expect(unitById.has(p.unitKerjaId)).toBe(true);
    const skp = skpByPegawai.get(p.id)!;
    expect(skp.jabatanId).toBe(p.jabatanId);
    expect(skp.jenisJabatan).toBe(j!.jenis);
    expect(skp.pimpinanUnit).toBe(j!.pimpinanUnit);
    // The pejabat penilai exists, sits in the pegawai's unit or above it, and the atasan
    // pejabat penilai is the penilai's own penilai.
    if (skp.pejabatPenilaiId === null) {
      expect(j!.nama).toMatch(/^Camat /);
      expect(skp.atasanPejabatPenilaiId).toBeNull();
    } else {
      const penilai = pegawaiById.get(skp.pejabatPenilaiId)!;
      expect(penilai).toBeDefined();
      expect(penilai.id).not.toBe(p.id);
      expect(descendantUnitIds(agency.unitKerja, penilai.unitKerjaId)).toContain(p.unitKerjaId);
      expect(skp.atasanPejabatPenilaiId).toBe(skpByPegawai.get(penilai.id)!.pejabatPenilaiId);
      // Cascading: every RHK intervenes an RHK utama of the penilai's SKP.
      const penilaiRhk = skpByPegawai.get(penilai.id)!.rencanaHasilKerja;
      for (const rhk of skp.rencanaHasilKerja) {
        expect(penilaiRhk.find((r) => r.id === rhk.rhkAtasanId)?.jenis).toBe('UTAMA');
      }
    }
    // The chain of penilai ends at the camat, without a loop.
    let current = skp;
    for (let steps = 0; current.pejabatPenilaiId !== null; steps++) {
      expect(steps).toBeLessThan(5);
      current = skpByPegawai.get(current.pejabatPenilaiId)!;
    }
  }

  const windows = jumlahPeriode(agency.jenisPeriodik);
  const ikiOf = new Map<string, Set<string>>();
  for (const skp of agency.skp) {
    ikiOf.set(skp.id, new Set(skp.rencanaHasilKerja.flatMap((r) => r.indikator.map((i) => i.id))));
  }
  const seenRealisasi = new Set<string>();
  for (const r of agency.realisasi) {
    expect(ikiOf.get(r.skpId)?.has(r.indikatorId)).toBe(true);
    expect(r.periodeKe).toBeGreaterThanOrEqual(1);
    expect(r.periodeKe).toBeLessThanOrEqual(windows);
    expect(r.buktiDukung.length).toBeGreaterThan(0);
    const key = `${r.indikatorId}@${r.periodeKe}`;
    expect(seenRealisasi.has(key)).toBe(false);
    seenRealisasi.add(key);
  }
  // Every indikator has a realisasi in every window.
  let indikatorCount = 0;
  for (const s of ikiOf.values()) indikatorCount += s.size;
  expect(agency.realisasi).toHaveLength(indikatorCount * windows);

  for (const u of agency.umpanBalik) {
    const skp = skpById.get(u.skpId)!;
    expect(u.pemberiId).toBe(skp.pejabatPenilaiId);
    if (u.sasaran.jenis === 'RHK') {
      const rhkId = u.sasaran.rhkId;
      expect(skp.rencanaHasilKerja.some((r) => r.id === rhkId)).toBe(true);
    }
  }
  const evaluasi = groupBy(agency.evaluasiPeriodik, (e) => e.skpId);
  for (const skp of agency.skp) {
    expect(evaluasi.get(skp.id)?.map((e) => e.periodeKe)).toEqual(
      Array.from({ length: windows }, (_, i) => i + 1),
    );
  }
  for (const c of agency.capaianKinerjaOrganisasi) {
    expect(c.tahun).toBe(agency.tahun);
    expect(unitById.get(c.unitKerjaId)?.jenis).toMatch(/^(KECAMATAN|KELURAHAN)$/);
  }
  expect(new Set(agency.capaianKinerjaOrganisasi.map((c) => c.unitKerjaId)).size).toBe(
    agency.capaianKinerjaOrganisasi.length,
  );
}

describe('generateAgency — the default agency', () => {
  it('is Kecamatan Senapelan, Kota Pekanbaru, 2026, quarterly, 90 pegawai', () => {
    expect(DEFAULT.instansi).toEqual({ id: 'pemko-pekanbaru', nama: 'Pemerintah Kota Pekanbaru' });
    expect(DEFAULT.tahun).toBe(2026);
    expect(DEFAULT.jenisPeriodik).toBe('TRIWULANAN');
    expect(DEFAULT.pegawai).toHaveLength(DEFAULT_JUMLAH_PEGAWAI);
    const roots = DEFAULT.unitKerja.filter((u) => u.indukId === null);
    expect(roots.map((u) => u.nama)).toEqual(['Kecamatan Senapelan']);
  });

  it('has the unit tree of a Pekanbaru kecamatan and its six kelurahan', () => {
    const byId = new Map(DEFAULT.unitKerja.map((u) => [u.id, u]));
    const childrenOf = (nama: string) => {
      const parent = DEFAULT.unitKerja.find((u) => u.nama === nama)!;
      return DEFAULT.unitKerja.filter((u) => u.indukId === parent.id).map((u) => u.nama);
    };
    expect(childrenOf('Kecamatan Senapelan')).toEqual([
      'Sekretariat Kecamatan',
      'Seksi Pemerintahan',
      'Seksi Ketenteraman dan Ketertiban Umum',
      'Seksi Pemberdayaan Masyarakat dan Kelurahan',
      'Seksi Kesejahteraan Sosial',
      'Seksi Pelayanan Umum',
      ...KELURAHAN_SENAPELAN.map((k) => `Kelurahan ${k}`),
    ]);
    expect(childrenOf('Sekretariat Kecamatan')).toEqual([
      'Subbagian Umum dan Kepegawaian',
      'Subbagian Perencanaan dan Keuangan',
    ]);
    for (const u of DEFAULT.unitKerja) if (u.indukId !== null) expect(byId.has(u.indukId)).toBe(true);
  });

  it('fills the jabatan a kecamatan has, with the jenis of each', () => {
    const jenisOf = (pattern: RegExp) =>
      new Set(DEFAULT.jabatan.filter((j) => pattern.test(j.nama)).map((j) => `${j.jenis}/${j.pimpinanUnit}`));
    expect(jenisOf(/^Camat /)).toEqual(new Set(['ADMINISTRATOR/true']));
    expect(jenisOf(/^Sekretaris Camat$/)).toEqual(new Set(['ADMINISTRATOR/false']));
    expect(jenisOf(/^Lurah /)).toEqual(new Set(['PENGAWAS/true']));
    expect(jenisOf(/^(Kepala Seksi|Kepala Subbagian|Sekretaris Lurah)/)).toEqual(new Set(['PENGAWAS/false']));
    expect(DEFAULT.jabatan.filter((j) => /^Lurah /.test(j.nama))).toHaveLength(6);
    const fungsional = DEFAULT.jabatan.filter((j) => j.jenis === 'FUNGSIONAL');
    expect(fungsional.length).toBeGreaterThan(0);
    for (const j of fungsional) expect(j.jenjang).toBeDefined();
    expect(DEFAULT.jabatan.some((j) => j.jenis === 'PELAKSANA')).toBe(true);
  });

  it('has every record valid under its schema, already in parsed form', () => {
    const parses = <T>(schema: { safeParse(x: unknown): { success: boolean; data?: T } }, x: T) => {
      const r = schema.safeParse(x);
      expect(r.success).toBe(true);
      expect(r.data).toEqual(x);
    };
    for (const u of DEFAULT.unitKerja) parses(UnitKerjaSchema, u);
    for (const j of DEFAULT.jabatan) parses(JabatanSchema, j);
    for (const p of DEFAULT.pegawai) parses(PegawaiSchema, p);
    for (const s of DEFAULT.skp) {
      const r = parseSkp(s);
      expect(r.ok ? r.value : r.issues).toEqual(s);
    }
    for (const r of DEFAULT.realisasi) parses(RealisasiSchema, r);
    for (const u of DEFAULT.umpanBalik) parses(UmpanBalikSchema, u);
    for (const e of DEFAULT.evaluasiPeriodik) parses(EvaluasiPeriodikSchema, e);
    for (const c of DEFAULT.capaianKinerjaOrganisasi) parses(CapaianKinerjaOrganisasiSchema, c);
  });

  it('is consistent: references, pejabat penilai chain, cascading, one realisasi per indikator and window', () => {
    expectConsistent(DEFAULT);
  });

  it('gives PNS valid NIPs matching gender and plausible years, and PPPK valid NI PPPK', () => {
    const pns = DEFAULT.pegawai.filter((p) => p.jenis === 'PNS');
    const pppk = DEFAULT.pegawai.filter((p) => p.jenis === 'PPPK');
    expect(pns.length).toBeGreaterThan(pppk.length);
    expect(pppk.length).toBeGreaterThan(0);
    for (const p of pns) {
      expect(validateNip(p.nip)).toEqual([]);
      const parts = parseNip(p.nip)!;
      expect(parts.jenisKelamin).toBe(p.jenisKelamin);
      const lahir = Number(parts.tanggalLahir.slice(0, 4));
      expect(2026 - lahir).toBeGreaterThanOrEqual(24);
      expect(2026 - lahir).toBeLessThanOrEqual(58);
      expect(parts.tmtTahun - lahir).toBeGreaterThanOrEqual(19);
      expect(parts.tmtTahun).toBeLessThan(2026);
      expect(p.golongan).toMatch(/\((II|III|IV)\/[a-d]\)$/);
    }
    for (const p of pppk) {
      expect(validateNiPppk(p.niPppk)).toEqual([]);
      expect(p.niPppk.slice(12, 14)).toBe('21');
      expect(p.niPppk[14]).toBe(p.jenisKelamin === 'PRIA' ? '1' : '2');
      expect(Number(p.niPppk.slice(8, 12))).toBeGreaterThanOrEqual(2022);
      expect(p.golongan).toMatch(/^(V|VII|IX|X)$/);
    }
  });

  it('gives a predikat organisasi to the kecamatan and each kelurahan: mostly Baik, one Istimewa, one Butuh Perbaikan', () => {
    const byName = new Map(
      DEFAULT.capaianKinerjaOrganisasi.map((c) => [
        DEFAULT.unitKerja.find((u) => u.id === c.unitKerjaId)!.nama,
        c,
      ]),
    );
    expect([...byName.keys()]).toEqual([
      'Kecamatan Senapelan',
      ...KELURAHAN_SENAPELAN.map((k) => `Kelurahan ${k}`),
    ]);
    const predikat = [...byName.values()].map((c) => c.predikat);
    expect(predikat.filter((p) => p === 'BAIK')).toHaveLength(5);
    expect(predikat.filter((p) => p === 'ISTIMEWA')).toHaveLength(1);
    expect(predikat.filter((p) => p === 'BUTUH_PERBAIKAN')).toHaveLength(1);
    // The camat sets the kelurahan's predikat; the kecamatan's is set outside (the wali kota).
    const camat = DEFAULT.pegawai.find((p) => p.jabatanId === 'kec-senapelan.camat')!;
    expect(byName.get('Kecamatan Senapelan')!.ditetapkanOlehId).toBeUndefined();
    expect(byName.get('Kelurahan Sago')!.ditetapkanOlehId).toBe(camat.id);
  });

  it('mixes the approaches, leaders kuantitatif', () => {
    const share = DEFAULT.skp.filter((s) => s.pendekatan === 'KUALITATIF').length / DEFAULT.skp.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.75);
    for (const s of DEFAULT.skp) {
      if (/\.(camat|lurah|sekretaris-camat)$/.test(s.jabatanId)) expect(s.pendekatan).toBe('KUANTITATIF');
      expect(s.rencanaHasilKerja.length).toBeGreaterThanOrEqual(2);
      expect(s.rencanaHasilKerja.length).toBeLessThanOrEqual(5);
      for (const r of s.rencanaHasilKerja) {
        expect(r.indikator.length).toBeGreaterThanOrEqual(1);
        expect(r.indikator.length).toBeLessThanOrEqual(2);
      }
    }
  });

  it('rates mostly Sesuai Ekspektasi, some above, few below, each window', () => {
    const count = (rating: string) =>
      DEFAULT.evaluasiPeriodik.filter((e) => e.ratingHasilKerja === rating).length;
    const sesuai = count('SESUAI_EKSPEKTASI');
    expect(sesuai).toBeGreaterThan(count('DI_ATAS_EKSPEKTASI'));
    expect(count('DI_ATAS_EKSPEKTASI')).toBeGreaterThan(count('DI_BAWAH_EKSPEKTASI'));
    expect(count('DI_BAWAH_EKSPEKTASI')).toBeGreaterThan(0);
    expect(DEFAULT.umpanBalik.some((u) => u.sasaran.jenis === 'RHK')).toBe(true);
    expect(DEFAULT.umpanBalik.some((u) => u.sasaran.jenis === 'PERILAKU')).toBe(true);
  });

  it('scores as planned: the calibrated units conform to their kurva, Kampung Dalam and Padang Terubuk do not', () => {
    const names = new Map(DEFAULT.unitKerja.map((u) => [u.id, u.nama]));
    const po = new Map(DEFAULT.capaianKinerjaOrganisasi.map((c) => [c.unitKerjaId, c.predikat]));
    const conforming: string[] = [];
    const failing: string[] = [];
    let headcount = 0;
    for (const [unit, distribusi] of predikatByKurvaUnit(DEFAULT)) {
      headcount += distribusi.length;
      const r = checkDistribusi({ predikatOrganisasi: po.get(unit)!, distribusi });
      expect(r.ok).toBe(true);
      if (r.ok) (r.value.conforms ? conforming : failing).push(names.get(unit)!);
    }
    expect(headcount).toBe(90);
    expect(failing.sort()).toEqual(['Kelurahan Kampung Dalam', 'Kelurahan Padang Terubuk']);
    expect(conforming).toHaveLength(5);
  });
});

describe('generateAgency — options', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateAgency({ seed: 7 })).toEqual(generateAgency({ seed: 7 }));
    const a = generateAgency({ seed: 7 });
    const b = generateAgency({ seed: 8 });
    expect(a.pegawai.map((p) => p.nama)).not.toEqual(b.pegawai.map((p) => p.nama));
    expect(a.realisasi).not.toEqual(b.realisasi);
  });

  it('keeps six kelurahan by name whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const agency = generateAgency({ seed });
        expect(agency.unitKerja.filter((u) => u.jenis === 'KELURAHAN').map((u) => u.nama)).toEqual(
          KELURAHAN_SENAPELAN.map((k) => `Kelurahan ${k}`),
        );
      }),
      { numRuns: 5 },
    );
  });

  it.each([1, 2, 5, 12, 39, 40, 89, 91, 129, 130, 250, 1000])(
    'generates exactly %i pegawai, consistently',
    (jumlahPegawai) => {
      const agency = generateAgency({ jumlahPegawai, seed: jumlahPegawai });
      expect(agency.pegawai).toHaveLength(jumlahPegawai);
      expectConsistent(agency);
    },
  );

  it('adds the other Pekanbaru kecamatan as the headcount grows, then numbered ones', () => {
    expect(
      planAgency({ jumlahPegawai: 1000 })
        .map((p) => p.nama)
        .slice(0, 4),
    ).toEqual(['Senapelan', 'Sukajadi', 'Pekanbaru Kota', 'Sail']);
    const plans = planAgency({ jumlahPegawai: 5000 });
    expect(plans.reduce((a, p) => a + p.jumlahPegawai, 0)).toBe(5000);
    expect(plans.length).toBeGreaterThan(16);
    expect(plans[16]!.nama).toBe('17');
    const agency = generateAgency({ jumlahPegawai: 5000 });
    expect(agency.unitKerja.some((u) => u.nama === 'Kecamatan 17')).toBe(true);
    expect(agency.pegawai).toHaveLength(5000);
  });

  it('follows the year and the periodic windows', () => {
    for (const jenisPeriodik of ['BULANAN', 'SEMESTERAN'] as const) {
      const agency = generateAgency({ tahun: 2024, jenisPeriodik, seed: 3 });
      expect(agency.skp.every((s) => s.tahun === 2024 && s.jenisPeriodik === jenisPeriodik)).toBe(true);
      expect(agency.skp[0]!.periodeAkhir).toBe('2024-12-31');
      expectConsistent(agency);
      for (const s of agency.skp) expect(parseSkp(s).ok).toBe(true);
    }
  });

  it('scores as planned with monthly and semester windows too', () => {
    for (const jenisPeriodik of ['BULANAN', 'SEMESTERAN'] as const) {
      const agency = generateAgency({ jenisPeriodik, seed: 11 });
      const po = new Map(agency.capaianKinerjaOrganisasi.map((c) => [c.unitKerjaId, c.predikat]));
      const failing = [...predikatByKurvaUnit(agency)]
        .filter(([unit, distribusi]) => {
          const r = checkDistribusi({ predikatOrganisasi: po.get(unit)!, distribusi });
          return r.ok && !r.value.conforms;
        })
        .map(([unit]) => unit);
      expect(failing.sort()).toEqual(['kec-senapelan.kel-kampung-dalam', 'kec-senapelan.kel-padang-terubuk']);
    }
  });

  it('uses the given instansi', () => {
    const instansi = { id: 'pemkot-x', nama: 'Pemerintah Kota X' };
    expect(generateAgency({ instansi }).instansi).toEqual(instansi);
  });

  it('rejects a headcount that is not a positive integer', () => {
    for (const jumlahPegawai of [0, -1, 1.5, Number.NaN]) {
      expect(() => generateAgency({ jumlahPegawai })).toThrow(KinerjaError);
    }
  });
});

describe('generateAgencyParts and generateKecamatan', () => {
  it('stream the same records as generateAgency, part by part', () => {
    const options = { jumlahPegawai: 300, seed: 4 };
    const parts = [...generateAgencyParts(options)];
    expect(parts).toHaveLength(planAgency(options).length);
    const agency = generateAgency(options);
    expect(parts.flatMap((p) => p.skp)).toEqual(agency.skp);
    expect(parts.flatMap((p) => p.realisasi)).toEqual(agency.realisasi);
  });

  it('generate a kecamatan alone exactly as within its agency', () => {
    const options = { jumlahPegawai: 300, seed: 4 };
    const [first] = [...generateAgencyParts(options)];
    expect(generateKecamatan(planAgency(options)[0]!, { seed: 4 })).toEqual(first);
  });

  it('keep NIPs unique across kecamatan through the shared set', () => {
    const used = new Set<string>();
    const plan = { urutan: 0, nama: 'Uji', kelurahan: ['Satu', 'Dua'], jumlahPegawai: 60 };
    const a = generateKecamatan(plan, { nomorTerpakai: used });
    const b = generateKecamatan(plan, { nomorTerpakai: used });
    const ids = [...a.pegawai, ...b.pegawai].map((p) => p.id);
    expect(new Set(ids).size).toBe(120);
  });

  it('reject a plan without kelurahan or with a bad headcount', () => {
    expect(() => generateKecamatan({ urutan: 0, nama: 'X', kelurahan: [], jumlahPegawai: 5 })).toThrow(
      KinerjaError,
    );
    expect(() => generateKecamatan({ urutan: 0, nama: 'X', kelurahan: ['A'], jumlahPegawai: 0 })).toThrow(
      KinerjaError,
    );
  });
});
