import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { KinerjaReader } from '../ports/kinerja-store';
import type { Penilaian } from '../scoring/evaluasi-input';
import { evaluatePeriodik } from '../scoring/evaluate-periodik';
import { evaluateTahunan } from '../scoring/evaluate-tahunan';
import { finalizeEvaluasi, type PenilaianEvaluasi, rateEvaluasi } from '../workflow/evaluasi-lifecycle';
import { evaluasiPeriodikTahunan } from '../workflow/evaluasi-periodik-tahunan';
import { jendelaSkp } from '../workflow/periode-window';
import type { Principal } from '../workflow/policy';
import type { EvaluasiRecord, SkpRecord } from '../workflow/records';
import { combineSegments, type HasilTahunanSegmen, type SegmenDinilai } from '../workflow/segmen-skp';
import { notAllowed } from '../workflow/transition';
import { KinerjaServiceInputs } from './service-inputs';
import {
  actorIdOf,
  audit,
  authorizeSkp,
  expectedVersion,
  inTransaction,
  lingkupOf,
  loadSkp,
  parseInput,
  type Sekarang,
  type ServiceDeps,
  segmenOf,
  sekarang,
  toJson,
} from './service-support';

/** @internal The id of an SKP's evaluation: one per window and one annual (the natural key). */
export function evaluasiId(skpId: string, periodeKe: number | null): string {
  return periodeKe === null ? `${skpId}.evaluasi.tahunan` : `${skpId}.evaluasi.${periodeKe}`;
}

/** @internal The unit's predikat organisasi, for a unit leader's SKP. */
async function predikatOrganisasiOf(r: KinerjaReader, record: SkpRecord) {
  if (!record.skp.pimpinanUnit) return {};
  const c = await r.getCapaianOrganisasi(record.instansiId, record.skp.unitKerjaId, record.skp.tahun);
  return c === undefined ? {} : { predikatOrganisasi: c.capaian.predikat };
}

/**
 * @internal Computes an SKP's annual evaluation (evaluateTahunan) from its realisasi, its final
 * periodic evaluations, the penilai's ratings and, for a unit leader, the unit's predikat
 * organisasi.
 */
export async function penilaianTahunan(
  deps: ServiceDeps,
  r: KinerjaReader,
  record: SkpRecord,
  penilaian: Penilaian,
  penilaiId: string,
  now: Sekarang,
): Promise<Result<PenilaianEvaluasi>> {
  const { instansiId, skp } = record;
  const [realisasi, evaluasi, po] = await Promise.all([
    r.listRealisasi(instansiId, skp.id),
    r.listEvaluasi(instansiId, skp.id),
    predikatOrganisasiOf(r, record),
  ]);
  const evaluasiPeriodik = evaluasiPeriodikTahunan(evaluasi);
  const hasil = evaluateTahunan(
    { skp, realisasi: realisasi.map((x) => x.realisasi), evaluasiPeriodik, penilaian, ...po },
    deps.pack,
  );
  if (!hasil.ok) return hasil;
  return ok({
    instansiId,
    id: evaluasiId(skp.id, null),
    skpId: skp.id,
    jenis: 'TAHUNAN',
    periodeKe: null,
    ratingHasilKerja: hasil.value.ratingHasilKerja,
    ratingPerilakuKerja: hasil.value.ratingPerilakuKerja,
    ratingRhk: penilaian.ratingRhk ?? [],
    predikat: hasil.value.predikat,
    rulePack: hasil.value.trace.rulePack,
    hasil: toJson(hasil.value),
    penilaiId,
    dinilaiPada: now.waktu,
  });
}

/**
 * @internal The annual result of a pegawai's year from the final annual evaluations of every
 * segment (decision 0019); `evaluasi_not_final` names each segment without one.
 */
export async function hasilTahunanPegawai(
  deps: ServiceDeps,
  r: KinerjaReader,
  segmen: readonly SkpRecord[],
  terima: (e: EvaluasiRecord) => boolean = (e) => e.status !== 'DRAFT',
): Promise<Result<HasilTahunanSegmen & { readonly evaluasi: readonly EvaluasiRecord[] }>> {
  const dinilai: SegmenDinilai[] = [];
  const evaluasi: EvaluasiRecord[] = [];
  const issues = [];
  for (const s of segmen) {
    const e = (await r.listEvaluasi(s.instansiId, s.skp.id)).find((x) => x.jenis === 'TAHUNAN');
    if (e === undefined || !terima(e)) {
      issues.push(
        issue('evaluasi_not_final', ['skp', s.skp.id], { skpId: s.skp.id, status: e?.status ?? 'NONE' }),
      );
      continue;
    }
    evaluasi.push(e);
    dinilai.push({
      skpId: s.skp.id,
      periodeAwal: s.skp.periodeAwal,
      periodeAkhir: s.skp.periodeAkhir,
      ratingHasilKerja: e.ratingHasilKerja,
      ratingPerilakuKerja: e.ratingPerilakuKerja,
      predikat: e.predikat,
    });
  }
  if (issues.length > 0) return fail(issues);
  const hasil = combineSegments(dinilai, deps.config.segmen, deps.pack);
  return hasil.ok ? ok({ ...hasil.value, evaluasi }) : hasil;
}

/** @internal Periodic and annual ratings, finalising, and the annual result of a pegawai. */
export function evaluasiUseCases(deps: ServiceDeps) {
  const approved = (record: SkpRecord): Result<true> =>
    record.status === 'DISETUJUI' ? ok(true) : notAllowed('skp', record.status, 'evaluasi.rate');

  return {
    async ratePeriodik(principal: Principal, input: unknown): Promise<Result<EvaluasiRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.ratePeriodik, input);
      if (!parsed.ok) return parsed;
      const { skpId, periodeKe, penilaian, final } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, instansiId, skpId);
        if (!current.ok) return current;
        const record = current.value;
        const allowed = await authorizeSkp(tx, principal, 'evaluasi.rate', record.skp, now);
        if (!allowed.ok) return allowed;
        const state = approved(record);
        if (!state.ok) return state;
        const window = jendelaSkp(record.skp, periodeKe, deps.config);
        if (!window.ok) return window;
        const [realisasi, evaluasi, po, lingkup] = await Promise.all([
          tx.listRealisasi(instansiId, skpId),
          tx.listEvaluasi(instansiId, skpId),
          predikatOrganisasiOf(tx, record),
          lingkupOf(tx, instansiId, record.skp),
        ]);
        const hasil = evaluatePeriodik(
          { skp: record.skp, periodeKe, realisasi: realisasi.map((x) => x.realisasi), penilaian, ...po },
          deps.pack,
        );
        if (!hasil.ok) return hasil;
        const id = evaluasiId(skpId, periodeKe);
        const existing = evaluasi.find((e) => e.id === id) ?? null;
        const next = rateEvaluasi(
          existing,
          {
            instansiId,
            id,
            skpId,
            jenis: 'PERIODIK',
            periodeKe,
            ratingHasilKerja: hasil.value.ratingHasilKerja,
            ratingPerilakuKerja: hasil.value.ratingPerilakuKerja,
            ratingRhk: penilaian.ratingRhk ?? [],
            predikat: hasil.value.predikat,
            rulePack: hasil.value.trace.rulePack,
            hasil: toJson(hasil.value),
            penilaiId: actorIdOf(principal),
            dinilaiPada: now.waktu,
          },
          lingkup,
          final,
        );
        if (!next.ok) return next;
        const saved = await tx.saveEvaluasi(next.value, expectedVersion(parsed.value, existing));
        if (saved.ok) await audit(tx, principal, now, 'evaluasi.rate', 'evaluasi', id, existing, saved.value);
        return saved;
      });
    },

    async rateTahunan(principal: Principal, input: unknown): Promise<Result<EvaluasiRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.rateTahunan, input);
      if (!parsed.ok) return parsed;
      const { skpId, penilaian, final } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, instansiId, skpId);
        if (!current.ok) return current;
        const record = current.value;
        const allowed = await authorizeSkp(tx, principal, 'evaluasi.rate', record.skp, now);
        if (!allowed.ok) return allowed;
        const state = approved(record);
        if (!state.ok) return state;
        const lingkup = await lingkupOf(tx, instansiId, record.skp);
        const pen = await penilaianTahunan(deps, tx, record, penilaian, actorIdOf(principal), now);
        if (!pen.ok) return pen;
        const existing =
          (await tx.listEvaluasi(instansiId, skpId)).find((e) => e.id === pen.value.id) ?? null;
        const next = rateEvaluasi(existing, pen.value, lingkup, final);
        if (!next.ok) return next;
        const saved = await tx.saveEvaluasi(next.value, expectedVersion(parsed.value, existing));
        if (saved.ok)
          await audit(tx, principal, now, 'evaluasi.rate', 'evaluasi', pen.value.id, existing, saved.value);
        return saved;
      });
    },

    async finalizeEvaluasi(principal: Principal, input: unknown): Promise<Result<EvaluasiRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.finalizeEvaluasi, input);
      if (!parsed.ok) return parsed;
      const { skpId, periodeKe } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, instansiId, skpId);
        if (!current.ok) return current;
        const allowed = await authorizeSkp(tx, principal, 'evaluasi.rate', current.value.skp, now);
        if (!allowed.ok) return allowed;
        const id = evaluasiId(skpId, periodeKe);
        const existing = (await tx.listEvaluasi(instansiId, skpId)).find((e) => e.id === id);
        if (existing === undefined) {
          return fail([issue('not_found', ['periodeKe'], { entity: 'evaluasi', id })]);
        }
        const next = finalizeEvaluasi(
          existing,
          await lingkupOf(tx, instansiId, current.value.skp),
          now.waktu,
        );
        if (!next.ok) return next;
        const saved = await tx.saveEvaluasi(next.value, expectedVersion(parsed.value, existing));
        if (saved.ok)
          await audit(tx, principal, now, 'evaluasi.finalize', 'evaluasi', id, existing, saved.value);
        return saved;
      });
    },

    async predikatTahunan(principal: Principal, input: unknown): Promise<Result<HasilTahunanSegmen>> {
      const parsed = parseInput(KinerjaServiceInputs.pegawaiTahun, input);
      if (!parsed.ok) return parsed;
      const { pegawaiId, tahun } = parsed.value;
      const now = sekarang(deps);
      const segmen = await segmenOf(deps.store, principal.instansiId, pegawaiId, tahun);
      const last = segmen[segmen.length - 1];
      if (last === undefined) {
        return fail([issue('not_found', ['pegawaiId'], { entity: 'skp', id: `${pegawaiId}/${tahun}` })]);
      }
      const allowed = await authorizeSkp(deps.store, principal, 'skp.read', last.skp, now);
      if (!allowed.ok) return allowed;
      const hasil = await hasilTahunanPegawai(deps, deps.store, segmen);
      if (!hasil.ok) return hasil;
      const { evaluasi: _evaluasi, ...rest } = hasil.value;
      return ok(rest);
    },
  };
}
