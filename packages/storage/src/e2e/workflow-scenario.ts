import {
  createKinerjaService,
  type EvaluasiRecord,
  type Issue,
  type KinerjaService,
  type KinerjaStore,
  type Principal,
  type Result,
  type Skp,
  type SkpRecord,
} from '@kinerja/core';
import { type Agency, generateAgency } from '@kinerja/core/testing';
import { describe, expect, it } from 'vitest';
import type { KinerjaStoreFactory } from '../testing/contract-fixture';

/** The value of a successful result; fails the test with the issues otherwise. */
function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** Expects a failed result with exactly one issue of the code, whose params match `params`. */
function expectIssue(r: Result<unknown>, code: Issue['code'], params: Record<string, unknown> = {}): void {
  if (r.ok) throw new Error(`expected ${code}, got ok`);
  expect(r.issues.map((i) => i.code)).toEqual([code]);
  expect(r.issues[0]!.params).toMatchObject(params);
}

const SAGO = 'kec-senapelan.kel-sago';
const KAMPUNG_BARU = 'kec-senapelan.kel-kampung-baru';

/** The SKP of the agency ordered along the chain: every pejabat penilai before his or her bawahan. */
function chainOrder(agency: Agency): Skp[] {
  const out: Skp[] = [];
  const done = new Set<string>();
  let rest = [...agency.skp];
  while (rest.length > 0) {
    const ready = rest.filter((s) => s.pejabatPenilaiId === null || done.has(s.pejabatPenilaiId));
    if (ready.length === 0) throw new Error('the agency’s SKP links do not form a chain');
    for (const s of ready) {
      out.push(s);
      done.add(s.pegawaiId);
    }
    rest = rest.filter((s) => !ready.includes(s));
  }
  return out;
}

/** The cast of the scenario, found in the seeded agency. */
function cast(agency: Agency) {
  const find = (pred: (s: Skp) => boolean, what: string): Skp => {
    const s = agency.skp.find(pred);
    if (s === undefined) throw new Error(`the agency has no ${what}`);
    return s;
  };
  const camat = find((s) => s.pimpinanUnit && s.unitKerjaId === 'kec-senapelan', 'camat');
  const lurah = find((s) => s.jabatanId === `${SAGO}.lurah`, 'lurah of Sago');
  const sekretarisLurah = find((s) => s.jabatanId === `${SAGO}.sekretaris-lurah`, 'sekretaris lurah of Sago');
  const kasi = find(
    (s) => s.unitKerjaId === SAGO && s.pejabatPenilaiId === lurah.pegawaiId && s.jabatanId.includes('.kasi-'),
    'kasi',
  );
  const staf = agency.skp.filter(
    (s) =>
      s.unitKerjaId === SAGO &&
      s.pejabatPenilaiId !== null &&
      s.pejabatPenilaiId !== lurah.pegawaiId &&
      s.pejabatPenilaiId !== camat.pegawaiId,
  );
  const kasiStaf = staf.find((s) =>
    agency.skp.find((k) => k.pegawaiId === s.pejabatPenilaiId)?.jabatanId.includes('.kasi-'),
  );
  if (staf.length < 2 || kasiStaf === undefined) throw new Error('the agency has too few staff in Sago');
  const penilaiOfKasiStaf = find((s) => s.pegawaiId === kasiStaf.pejabatPenilaiId, 'kasi of a staff');
  const pindahan = find(
    (s) =>
      s.unitKerjaId === KAMPUNG_BARU &&
      s.atasanPejabatPenilaiId !== null &&
      agency.skp.some((k) => k.pegawaiId === s.pejabatPenilaiId && k.jabatanId.includes('.kasi-')),
    'staff of Kampung Baru',
  );
  const sago = agency.skp.filter((s) => s.unitKerjaId === SAGO);
  return { camat, lurah, sekretarisLurah, kasi, staf, kasiStaf, penilaiOfKasiStaf, pindahan, sago };
}

/**
 * Registers the end-to-end scenario of the SKP workflow on the seeded Senapelan agency as vitest
 * tests, through the services of `createKinerjaService` over a store: master data, SKP drafting
 * along the chain (with the cascading checks), submission and approval (with rejection, return,
 * revision, a stale version and a self-approval), the pengelola kinerja setting the camat's SKP
 * after the deadline, realisasi with bukti dukung (with a closed and a reopened window), umpan
 * balik (also by a Plt), periodic and annual ratings, a mutasi splitting a year into segments,
 * the predikat organisasi, the kurva check, the penetapan (and what it freezes), a keberatan
 * granted and re-evaluated, and finally the audit chain. Every backend runs the same scenario.
 *
 * @param storeFactory - makes a fresh, empty (migrated) store per test, as for the contract suite.
 * @param name - the backend's name in the test titles (default `store`).
 * @example
 * ```ts
 * runWorkflowScenario(async () => { const store = createMemoryStore(); return { store, cleanup: () => store.close() }; }, 'memory');
 * ```
 */
export function runWorkflowScenario(storeFactory: KinerjaStoreFactory, name = 'store'): void {
  describe(`SKP workflow end to end on Kecamatan Senapelan: ${name}`, () => {
    it('runs the year of Kelurahan Sago through the services', async () => {
      const fixture = await storeFactory();
      try {
        await scenario(fixture.store);
      } finally {
        await fixture.cleanup();
      }
    }, 120_000);
  });
}

async function scenario(store: KinerjaStore): Promise<void> {
  const agency = generateAgency();
  const instansiId = agency.instansi.id;
  const c = cast(agency);
  let now = '2026-01-05T08:00:00+07:00';
  const service: KinerjaService = createKinerjaService({ store, clock: () => now });
  const as = (pegawaiId: string | null): Principal => ({ pegawaiId, roles: ['PEGAWAI'], instansiId });
  const pengelola: Principal = {
    pegawaiId: null,
    userId: 'operator-bkpsdm',
    roles: ['PENGELOLA_KINERJA'],
    instansiId,
  };
  const admin: Principal = { pegawaiId: null, userId: 'admin-diskominfo', roles: ['ADMIN'], instansiId };
  const auditCount = async () => (await store.listAudit(instansiId)).length;
  const penilaiOf = (s: Skp) => as(s.pejabatPenilaiId);

  // — master data: the unit tree, jabatan and pegawai —
  must(await store.transaction(async (tx) => tx.saveInstansi(agency.instansi)));
  must(
    await store.importBatch({
      instansiId,
      key: 'senapelan/master',
      unitKerja: agency.unitKerja,
      jabatan: agency.jabatan,
      pegawai: agency.pegawai,
    }),
  );

  // — SKP: not before the atasan's SKP exists; then along the chain —
  const order = chainOrder(agency);
  expect(order[0]!.id).toBe(c.camat.id);
  expectIssue(await service.draftSkp(as(c.lurah.pegawaiId), { skp: c.lurah }), 'skp_atasan_missing', {
    pejabatPenilaiId: c.camat.pegawaiId,
    tahun: 2026,
  });
  expect(await auditCount()).toBe(0); // a failed use case leaves nothing behind
  expectIssue(await service.draftSkp(as(c.kasi.pegawaiId), { skp: c.camat }), 'forbidden', {
    reason: 'not_owner',
  });
  for (const skp of order) {
    if (skp.id === c.kasi.id) {
      const wrong = {
        ...skp,
        rencanaHasilKerja: skp.rencanaHasilKerja.map((r, i) =>
          i === 0 ? { ...r, rhkAtasanId: 'rhk-tidak-ada' } : r,
        ),
      };
      expectIssue(await service.draftSkp(as(skp.pegawaiId), { skp: wrong }), 'rhk_atasan_unknown', {
        rhkAtasanId: 'rhk-tidak-ada',
      });
    }
    const drafted = must(await service.draftSkp(as(skp.pegawaiId), { skp }));
    expect(drafted).toMatchObject({ status: 'DRAFT', segmen: 1, revisi: 0, version: 1 });
  }
  expectIssue(await service.draftSkp(as(c.kasi.pegawaiId), { skp: c.kasi }), 'duplicate_key');

  // — submission and approval —
  for (const skp of order) must(await service.submitSkp(as(skp.pegawaiId), { skpId: skp.id }));
  expectIssue(await service.approveSkp(as(c.kasi.pegawaiId), { skpId: c.kasi.id }), 'forbidden', {
    reason: 'self',
  });
  expectIssue(
    await service.approveSkp(penilaiOf(c.kasi), { skpId: c.kasi.id, version: 1 }),
    'version_conflict',
  );
  const [returned, rejected] = c.staf;
  const returnedSkp = must(
    await service.returnSkp(penilaiOf(returned!), {
      skpId: returned!.id,
      catatan: 'Lengkapi lampiran konsekuensi',
    }),
  );
  expect(returnedSkp).toMatchObject({ status: 'REVISI', catatan: 'Lengkapi lampiran konsekuensi' });
  const edited = { ...returned!, lampiran: { ...returned!.lampiran, konsekuensi: ['Teguran tertulis'] } };
  must(await service.updateSkp(as(returned!.pegawaiId), { skpId: returned!.id, skp: edited }));
  must(await service.submitSkp(as(returned!.pegawaiId), { skpId: returned!.id }));
  must(
    await service.rejectSkp(penilaiOf(rejected!), { skpId: rejected!.id, alasan: 'Target tidak terukur' }),
  );
  expectIssue(
    await service.submitSkp(as(rejected!.pegawaiId), { skpId: rejected!.id }),
    'transition_not_allowed',
    {
      from: 'DITOLAK',
    },
  );
  expect(
    must(await service.updateSkp(as(rejected!.pegawaiId), { skpId: rejected!.id, skp: rejected })).status,
  ).toBe('DRAFT');
  must(await service.submitSkp(as(rejected!.pegawaiId), { skpId: rejected!.id }));
  for (const skp of order) {
    if (skp.pejabatPenilaiId === null) continue;
    expect(must(await service.approveSkp(penilaiOf(skp), { skpId: skp.id }))).toMatchObject({
      status: 'DISETUJUI',
      ditetapkanOleh: 'PEJABAT_PENILAI',
    });
  }
  expectIssue(
    await service.updateSkp(as(c.kasi.pegawaiId), { skpId: c.kasi.id, skp: c.kasi }),
    'transition_not_allowed',
  );

  // — the camat's rater is outside the system: the pengelola kinerja sets it after 31 January —
  now = '2026-01-20T09:00:00+07:00';
  expectIssue(await service.setSkpByPengelola(pengelola, { skp: c.camat }), 'deadline_not_passed', {
    batas: '2026-01-31',
  });
  expectIssue(await service.setSkpByPengelola(admin, { skp: c.camat }), 'forbidden', {
    reason: 'role_required',
  });
  now = '2026-01-31T17:30:00Z'; // 1 February, 00:30 WIB
  expect(must(await service.setSkpByPengelola(pengelola, { skp: c.camat }))).toMatchObject({
    status: 'DISETUJUI',
    ditetapkanOleh: 'PENGELOLA_KINERJA',
  });

  // — a recorded revision of an approved SKP —
  now = '2026-02-10T10:00:00+07:00';
  expect(
    must(await service.reviseSkp(as(c.kasi.pegawaiId), { skpId: c.kasi.id, alasan: 'Perubahan Renja' })),
  ).toMatchObject({
    status: 'REVISI',
    revisi: 1,
  });
  must(await service.submitSkp(as(c.kasi.pegawaiId), { skpId: c.kasi.id }));
  must(await service.approveSkp(penilaiOf(c.kasi), { skpId: c.kasi.id }));

  // — reading: the chain and the pengelola, not a colleague —
  must(await service.getSkp(as(c.camat.pegawaiId), { skpId: c.kasiStaf.id }));
  must(await service.getSkp(pengelola, { skpId: c.kasiStaf.id }));
  const colleague = c.sago.find(
    (s) => s.pegawaiId !== c.kasiStaf.pegawaiId && s.pejabatPenilaiId === c.kasiStaf.pejabatPenilaiId,
  );
  if (colleague) {
    expectIssue(await service.getSkp(as(colleague.pegawaiId), { skpId: c.kasiStaf.id }), 'forbidden', {
      reason: 'outside_chain',
    });
  }

  // — periodic work in Sago: realisasi with bukti dukung, umpan balik, periodic ratings —
  const sagoIds = new Set(c.sago.map((s) => s.id));
  const late = agency.realisasi.find((r) => r.skpId === c.kasiStaf.id && r.periodeKe === 1)!;
  const periodic = async (ke: number, at: string) => {
    now = at;
    for (const r of agency.realisasi) {
      if (!sagoIds.has(r.skpId) || r.periodeKe !== ke || r === late) continue;
      const owner = c.sago.find((s) => s.id === r.skpId)!;
      must(await service.recordRealisasi(as(owner.pegawaiId), r));
    }
    for (const u of agency.umpanBalik) {
      if (!sagoIds.has(u.skpId) || u.periodeKe !== ke) continue;
      const skp = c.sago.find((s) => s.id === u.skpId)!;
      must(
        await service.giveUmpanBalik(penilaiOf(skp), {
          skpId: u.skpId,
          periodeKe: ke,
          sasaran: u.sasaran,
          isi: u.isi,
        }),
      );
    }
    for (const e of agency.evaluasiPeriodik) {
      if (!sagoIds.has(e.skpId) || e.periodeKe !== ke) continue;
      const skp = c.sago.find((s) => s.id === e.skpId)!;
      const rated = await service.ratePeriodik(penilaiOf(skp), {
        skpId: e.skpId,
        periodeKe: ke,
        penilaian: {
          ratingHasilKerja: e.ratingHasilKerja,
          ratingPerilakuKerja: e.ratingPerilakuKerja,
          ratingRhk: e.ratingRhk,
        },
        final: true,
      });
      expect(must(rated)).toMatchObject({ jenis: 'PERIODIK', periodeKe: ke, status: 'FINAL' });
    }
  };
  await periodic(1, '2026-04-02T09:00:00+07:00');

  // — a closed window, reopened by the pengelola kinerja —
  now = '2026-04-15T09:00:00+07:00';
  expectIssue(await service.recordRealisasi(as(c.kasiStaf.pegawaiId), late), 'periode_closed', {
    periodeKe: 1,
    batas: '2026-04-10',
  });
  const reopen = { skpId: late.skpId, periodeKe: 1, alasan: 'Sakit', sampai: '2026-04-20' };
  expectIssue(await service.reopenPeriode(as(c.kasiStaf.pegawaiId), reopen), 'forbidden', {
    reason: 'role_required',
  });
  must(await service.reopenPeriode(pengelola, reopen));
  const lateSaved = must(await service.recordRealisasi(as(c.kasiStaf.pegawaiId), late));
  expect(lateSaved.realisasi.buktiDukung.length).toBe(late.buktiDukung.length);
  expect(lateSaved.realisasi.nilai ?? null).toBe(late.nilai ?? null);
  must(await service.recordRealisasi(as(c.kasiStaf.pegawaiId), { ...late, version: lateSaved.version }));
  expectIssue(
    await service.recordRealisasi(as(c.kasiStaf.pegawaiId), { ...late, version: lateSaved.version }),
    'version_conflict',
  );
  now = '2026-04-21T09:00:00+07:00';
  expectIssue(await service.recordRealisasi(as(c.kasiStaf.pegawaiId), late), 'periode_closed');

  await periodic(2, '2026-07-02T09:00:00+07:00');

  // — mutasi: the year of a Kampung Baru staff member splits into two segments —
  now = '2026-07-03T09:00:00+07:00';
  const kasiSago = order.find((s) => s.pegawaiId === c.kasiStaf.pejabatPenilaiId)!;
  const segmen2Id = `${c.pindahan.id}.s2`;
  const skpBaru = {
    ...c.pindahan,
    id: segmen2Id,
    unitKerjaId: SAGO,
    jabatanId: c.kasiStaf.jabatanId,
    pejabatPenilaiId: kasiSago.pegawaiId,
    atasanPejabatPenilaiId: kasiSago.pejabatPenilaiId,
    rencanaHasilKerja: c.pindahan.rencanaHasilKerja.map((r, i) => ({
      ...r,
      id: `${segmen2Id}.rhk-${i + 1}`,
      rhkAtasanId: kasiSago.rencanaHasilKerja[0]!.id,
      indikator: r.indikator.map((k, j) => ({ ...k, id: `${segmen2Id}.iki-${i + 1}.${j + 1}` })),
    })),
  };
  expectIssue(
    await service.recordMutasi(as(c.pindahan.pegawaiId), {
      skpId: c.pindahan.id,
      tanggal: '2026-07-01',
      skpBaru,
    }),
    'forbidden',
  );
  const mutasi = must(
    await service.recordMutasi(pengelola, { skpId: c.pindahan.id, tanggal: '2026-07-01', skpBaru }),
  );
  expect(mutasi.ditutup.skp.periodeAkhir).toBe('2026-06-30');
  expect(mutasi.ditutup.status).toBe('DISETUJUI');
  expect(mutasi.baru).toMatchObject({
    segmen: 2,
    status: 'DRAFT',
    skp: { periodeAwal: '2026-07-01', periodeAkhir: '2026-12-31' },
  });
  expect((await store.getPegawai(instansiId, c.pindahan.pegawaiId))?.unitKerjaId).toBe(SAGO);
  must(await service.submitSkp(as(c.pindahan.pegawaiId), { skpId: segmen2Id }));
  must(await service.approveSkp(as(kasiSago.pegawaiId), { skpId: segmen2Id }));
  expectIssue(
    await service.recordRealisasi(as(c.pindahan.pegawaiId), {
      skpId: segmen2Id,
      indikatorId: skpBaru.rencanaHasilKerja[0]!.indikator[0]!.id,
      periodeKe: 2,
      nilai: '1',
    }),
    'periode_unknown',
  );

  // — Plt: the sekretaris lurah acts as lurah in September —
  now = '2026-08-25T09:00:00+07:00';
  must(
    await service.recordPenugasan(pengelola, {
      pegawaiId: c.sekretarisLurah.pegawaiId,
      jabatanId: c.lurah.jabatanId,
      jenis: 'PLT',
      mulai: '2026-09-01',
      selesai: '2026-09-30',
    }),
  );
  const umpanBalikPlt = {
    skpId: c.kasi.id,
    periodeKe: 3,
    sasaran: { jenis: 'PERILAKU', nilai: 'KOLABORATIF' },
    isi: 'Koordinasi lintas seksi baik',
  };
  expectIssue(await service.giveUmpanBalik(as(c.sekretarisLurah.pegawaiId), umpanBalikPlt), 'forbidden', {
    reason: 'not_penilai',
  });
  now = '2026-09-15T09:00:00+07:00';
  expect(
    must(await service.giveUmpanBalik(as(c.sekretarisLurah.pegawaiId), umpanBalikPlt)).umpanBalik.pemberiId,
  ).toBe(c.sekretarisLurah.pegawaiId);

  await periodic(3, '2026-10-02T09:00:00+07:00');
  await periodic(4, '2027-01-02T09:00:00+07:00');

  // — the predikat organisasi of Sago, by the camat (the leader one level up) —
  now = '2027-01-04T09:00:00+07:00';
  expectIssue(
    await service.setPredikatOrganisasi(as(c.lurah.pegawaiId), {
      unitKerjaId: SAGO,
      tahun: 2026,
      predikat: 'BAIK',
    }),
    'forbidden',
    { reason: 'self' },
  );
  must(
    await service.setPredikatOrganisasi(as(c.camat.pegawaiId), {
      unitKerjaId: SAGO,
      tahun: 2026,
      predikat: 'BAIK',
    }),
  );

  // — annual ratings —
  now = '2027-01-05T09:00:00+07:00';
  expectIssue(await service.rateTahunan(as(c.kasi.pegawaiId), { skpId: c.kasi.id }), 'forbidden', {
    reason: 'self',
  });
  expectIssue(await service.rateTahunan(pengelola, { skpId: c.kasiStaf.id }), 'forbidden');
  const draftOne = c.staf[1]!;
  for (const skp of c.sago) {
    const r = must(
      await service.rateTahunan(penilaiOf(skp), { skpId: skp.id, final: skp.id !== draftOne.id }),
    );
    expect(r).toMatchObject({ jenis: 'TAHUNAN', penilaiId: skp.pejabatPenilaiId });
    if (skp.id === c.lurah.id) expect(r.ratingHasilKerja).toBe('SESUAI_EKSPEKTASI'); // predikat organisasi BAIK
  }
  const kasiPindahan = order.find((s) => s.pegawaiId === c.pindahan.pejabatPenilaiId)!;
  must(
    await service.rateTahunan(as(kasiPindahan.pegawaiId), {
      skpId: c.pindahan.id,
      penilaian: { ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' },
      final: true,
    }),
  );
  must(
    await service.rateTahunan(as(kasiSago.pegawaiId), {
      skpId: segmen2Id,
      penilaian: { ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI' },
      final: true,
    }),
  );
  // 181 days di bawah (1) and 184 days di atas (3): (181 + 552) / 365 = 2.008… → sesuai; predikat Baik.
  expect(
    must(await service.predikatTahunan(pengelola, { pegawaiId: c.pindahan.pegawaiId, tahun: 2026 })),
  ).toMatchObject({
    aturan: 'RATA_RATA_HARI',
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    predikat: 'BAIK',
    skpId: segmen2Id,
    rincian: [
      { skpId: c.pindahan.id, hari: 181 },
      { skpId: segmen2Id, hari: 184 },
    ],
  });

  // — the kurva check of Sago —
  expectIssue(
    await service.checkKurva(as(c.kasi.pegawaiId), { unitKerjaId: SAGO, tahun: 2026 }),
    'forbidden',
  );
  const kurva = must(await service.checkKurva(as(c.camat.pegawaiId), { unitKerjaId: SAGO, tahun: 2026 }));
  const members = [...c.sago.map((s) => s.pegawaiId), c.pindahan.pegawaiId].sort();
  expect(kurva.anggota.map((a) => a.pegawaiId)).toEqual(members);
  expect(kurva.predikatOrganisasi).toBe('BAIK');
  expect(kurva.pemeriksaan.headcount).toBe(members.length);
  expect(kurva.anggota.filter((a) => !a.final).map((a) => a.skpId)).toEqual([draftOne.id]);

  // — the penetapan: every annual evaluation final, then frozen —
  expectIssue(
    await service.tetapkan(as(c.camat.pegawaiId), { unitKerjaId: SAGO, tahun: 2026 }),
    'forbidden',
    {
      reason: 'not_pimpinan_unit',
    },
  );
  expectIssue(
    await service.tetapkan(as(c.lurah.pegawaiId), { unitKerjaId: SAGO, tahun: 2026 }),
    'evaluasi_not_final',
    {
      skpId: draftOne.id,
      status: 'DRAFT',
    },
  );
  must(await service.finalizeEvaluasi(penilaiOf(draftOne), { skpId: draftOne.id, periodeKe: null }));
  const penetapan = must(await service.tetapkan(as(c.lurah.pegawaiId), { unitKerjaId: SAGO, tahun: 2026 }));
  expect(penetapan.predikat.map((p) => p.pegawaiId).sort()).toEqual(members);
  expect(penetapan.predikat.find((p) => p.pegawaiId === c.pindahan.pegawaiId)).toEqual({
    skpId: segmen2Id,
    pegawaiId: c.pindahan.pegawaiId,
    predikat: 'BAIK',
  });
  const annualOf = async (skpId: string) =>
    (await store.listEvaluasi(instansiId, skpId)).find((e) => e.jenis === 'TAHUNAN') as EvaluasiRecord;
  expect((await annualOf(c.kasiStaf.id)).status).toBe('DITETAPKAN');
  expect((await annualOf(c.pindahan.id)).status).toBe('DITETAPKAN');
  expectIssue(
    await service.rateTahunan(penilaiOf(c.kasiStaf), { skpId: c.kasiStaf.id }),
    'penetapan_frozen',
    {
      unitKerjaId: SAGO,
      tahun: 2026,
    },
  );
  expectIssue(
    await service.setPredikatOrganisasi(as(c.camat.pegawaiId), {
      unitKerjaId: SAGO,
      tahun: 2026,
      predikat: 'ISTIMEWA',
    }),
    'penetapan_frozen',
  );
  expectIssue(
    await service.tetapkan(as(c.lurah.pegawaiId), { unitKerjaId: SAGO, tahun: 2026 }),
    'penetapan_frozen',
  );

  // — keberatan: filed, explained, granted by the atasan; the evaluation is re-evaluated —
  now = '2027-01-08T09:00:00+07:00';
  const before = await annualOf(c.kasiStaf.id);
  const filed = must(
    await service.fileKeberatan(as(c.kasiStaf.pegawaiId), {
      skpId: c.kasiStaf.id,
      alasan: 'Bukti dukung TW IV belum dipertimbangkan',
    }),
  );
  expect(filed.status).toBe('DIAJUKAN');
  expectIssue(
    await service.fileKeberatan(as(c.kasiStaf.pegawaiId), { skpId: c.kasiStaf.id, alasan: 'Lagi' }),
    'duplicate_key',
  );
  expectIssue(
    await service.explainKeberatan(as(c.lurah.pegawaiId), { keberatanId: filed.id, penjelasan: 'x' }),
    'forbidden',
    {
      reason: 'not_penilai',
    },
  );
  must(
    await service.explainKeberatan(penilaiOf(c.kasiStaf), {
      keberatanId: filed.id,
      penjelasan: 'Bukti TW IV terlambat diunggah',
    }),
  );
  const decision = { keberatanId: filed.id, diterima: true, alasan: 'Bukti dukung lengkap dan sah' };
  expectIssue(
    await service.decideKeberatan(penilaiOf(c.kasiStaf), { ...decision, penilaian: {} }),
    'forbidden',
    {
      reason: 'penilai_cannot_decide',
    },
  );
  expectIssue(await service.decideKeberatan(as(c.lurah.pegawaiId), decision), 'required');
  const decided = must(
    await service.decideKeberatan(as(c.lurah.pegawaiId), {
      ...decision,
      penilaian: { ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI' },
    }),
  );
  expect(decided.keberatan).toMatchObject({ status: 'DITERIMA', diputuskanOlehId: c.lurah.pegawaiId });
  expect(decided.evaluasi).toMatchObject({
    predikat: 'SANGAT_BAIK',
    status: 'DITETAPKAN',
    version: before.version + 1,
  });
  const history = (await store.listAudit(instansiId)).filter(
    (e) => e.entity === 'evaluasi' && e.entityId === before.id,
  );
  expect(history.map((e) => e.action)).toEqual(['evaluasi.rate', 'penetapan.make', 'keberatan.decide']);
  expect((history[2]!.before as EvaluasiRecord).predikat).toBe(before.predikat);
  expect((history[2]!.after as EvaluasiRecord).predikat).toBe('SANGAT_BAIK');

  // — too late for another keberatan; a failure writes nothing —
  now = '2027-02-01T09:00:00+07:00';
  const count = await auditCount();
  const other = c.staf.find((s) => s.id !== c.kasiStaf.id)!;
  expectIssue(
    await service.fileKeberatan(as(other.pegawaiId), { skpId: other.id, alasan: 'Terlambat' }),
    'keberatan_expired',
    {
      batas: '2027-01-19',
    },
  );
  expect(await auditCount()).toBe(count);

  // — the audit log: readable by the admin, hash-chained and intact —
  expectIssue(await service.listAudit(as(c.camat.pegawaiId), {}), 'forbidden', { reason: 'role_required' });
  const events = must(await service.listAudit(admin, {}));
  expect(events.length).toBe(count);
  expect(events.every((e, i) => e.seq === i + 1)).toBe(true);
  expect(new Set(events.map((e) => e.actorId))).toContain('operator-bkpsdm');
  expect(await store.verifyAuditChain(instansiId)).toEqual({ ok: true, count });
  const final = (await store.getSkp(instansiId, c.kasi.id)) as SkpRecord;
  expect(final).toMatchObject({ status: 'DISETUJUI', revisi: 1 });
}
