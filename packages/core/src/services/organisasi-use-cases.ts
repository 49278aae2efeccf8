import { createKurvaUnitResolver } from '../analytics/kurva-unit-of';
import { checkDistribusi, type PemeriksaanDistribusi } from '../distribution/check-distribusi';
import { type Issue, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { Predikat, PredikatOrganisasi } from '../model/predikat';
import { descendantUnitIds } from '../model/unit-kerja';
import type { KinerjaReader } from '../ports/kinerja-store';
import { tetapkanEvaluasi } from '../workflow/evaluasi-lifecycle';
import type { Principal } from '../workflow/policy';
import type { CapaianOrganisasiRecord, PenetapanRecord, SkpRecord } from '../workflow/records';
import { hasilTahunanPegawai } from './evaluasi-use-cases';
import { KinerjaServiceInputs } from './service-inputs';
import {
  actorIdOf,
  audit,
  authorizeOther,
  capaianOf,
  expectedVersion,
  inTransaction,
  parseInput,
  type ServiceDeps,
  segmenOf,
  sekarang,
} from './service-support';

/**
 * One pegawai of a kurva unit's year: the SKP that stands for the year (the last segment), the
 * annual predikat (from the annual evaluations of every segment, draft or final, by the segments
 * rule) or `null` while a segment is not rated, and whether every segment's annual evaluation is
 * final.
 *
 * @example
 * ```ts
 * const a: AnggotaKurva = { pegawaiId: 'p-1', skpId: 'skp-1', predikat: 'BAIK', final: true };
 * ```
 */
export interface AnggotaKurva {
  readonly pegawaiId: string;
  readonly skpId: string;
  readonly predikat: Predikat | null;
  readonly final: boolean;
}

/**
 * The kurva check of a unit's year: its predikat organisasi, its pegawai (those whose last
 * segment's unit has this unit as its kurva unit), and the check of the distribution of the
 * predikat known so far.
 *
 * @example
 * ```ts
 * const r = await service.checkKurva(camat, { unitKerjaId: 'kec-senapelan.kel-sago', tahun: 2026 });
 * if (r.ok) r.value.pemeriksaan.conforms;
 * ```
 */
export interface PemeriksaanKurvaUnit {
  readonly unitKerjaId: string;
  readonly tahun: number;
  readonly predikatOrganisasi: PredikatOrganisasi;
  readonly anggota: readonly AnggotaKurva[];
  /** The distribution of the pegawai that have a predikat (`anggota` with `predikat !== null`). */
  readonly pemeriksaan: PemeriksaanDistribusi;
}

interface Anggota {
  readonly pegawaiId: string;
  readonly segmen: readonly SkpRecord[];
}

/** The pegawai of a kurva unit's year, and its predikat organisasi. */
async function anggotaKurva(
  r: KinerjaReader,
  instansiId: string,
  unitKerjaId: string,
  tahun: number,
): Promise<Result<{ readonly predikatOrganisasi: PredikatOrganisasi; readonly anggota: Anggota[] }>> {
  const units = await r.listUnitKerja(instansiId);
  if (!units.some((u) => u.id === unitKerjaId)) {
    return fail([issue('not_found', ['unitKerjaId'], { entity: 'unit_kerja', id: unitKerjaId })]);
  }
  const desc = descendantUnitIds(units, unitKerjaId);
  const inside = new Set(desc);
  const capaian = await capaianOf(
    r,
    instansiId,
    units.filter((u) => inside.has(u.id)),
    tahun,
  );
  const own = capaian.find((c) => c.unitKerjaId === unitKerjaId);
  if (own === undefined) {
    return fail([issue('predikat_organisasi_missing', ['unitKerjaId'], { unitKerjaId, tahun })]);
  }
  const resolve = createKurvaUnitResolver(units, capaian);
  const pegawaiIds = [
    ...new Set((await r.listSkpUnit(instansiId, desc, tahun)).map((s) => s.skp.pegawaiId)),
  ].sort();
  const anggota: Anggota[] = [];
  for (const pegawaiId of pegawaiIds) {
    const segmen = await segmenOf(r, instansiId, pegawaiId, tahun);
    const last = segmen[segmen.length - 1];
    if (last === undefined || !inside.has(last.skp.unitKerjaId)) continue;
    if (resolve(last.skp.unitKerjaId, tahun)?.unit.id === unitKerjaId) anggota.push({ pegawaiId, segmen });
  }
  return ok({ predikatOrganisasi: own.predikat, anggota });
}

/** @internal The unit's year: predikat organisasi, kurva check, penetapan. */
export function organisasiUseCases(deps: ServiceDeps) {
  async function pemeriksaan(r: KinerjaReader, instansiId: string, unitKerjaId: string, tahun: number) {
    const found = await anggotaKurva(r, instansiId, unitKerjaId, tahun);
    if (!found.ok) return found;
    const anggota: AnggotaKurva[] = [];
    for (const a of found.value.anggota) {
      const skpId = a.segmen[a.segmen.length - 1]!.skp.id;
      const any = await hasilTahunanPegawai(deps, r, a.segmen, () => true);
      const final = await hasilTahunanPegawai(deps, r, a.segmen);
      anggota.push({
        pegawaiId: a.pegawaiId,
        skpId,
        predikat: any.ok ? any.value.predikat : null,
        final: final.ok,
      });
    }
    const distribusi = anggota.flatMap((a) => (a.predikat === null ? [] : [a.predikat]));
    const check = checkDistribusi(
      { predikatOrganisasi: found.value.predikatOrganisasi, distribusi },
      deps.pack,
    );
    if (!check.ok) return check;
    return ok({ ...found.value, anggotaKurva: anggota, pemeriksaan: check.value });
  }

  return {
    async setPredikatOrganisasi(
      principal: Principal,
      input: unknown,
    ): Promise<Result<CapaianOrganisasiRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.setPredikatOrganisasi, input);
      if (!parsed.ok) return parsed;
      const { unitKerjaId, tahun, predikat, catatan } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const units = await tx.listUnitKerja(instansiId);
        if (!units.some((u) => u.id === unitKerjaId)) {
          return fail([issue('not_found', ['unitKerjaId'], { entity: 'unit_kerja', id: unitKerjaId })]);
        }
        const target = { kind: 'unit', instansiId, unitKerjaId } as const;
        const allowed = await authorizeOther(tx, principal, 'predikat_organisasi.set', target, now);
        if (!allowed.ok) return allowed;
        if ((await tx.getPenetapan(instansiId, unitKerjaId, tahun)) !== undefined) {
          return fail([issue('penetapan_frozen', [], { unitKerjaId, tahun })]);
        }
        const existing = await tx.getCapaianOrganisasi(instansiId, unitKerjaId, tahun);
        const record: CapaianOrganisasiRecord = {
          instansiId,
          capaian: {
            unitKerjaId,
            tahun,
            predikat,
            ditetapkanOlehId: actorIdOf(principal),
            ...(catatan === undefined ? {} : { catatan }),
          },
          version: existing?.version ?? 0,
        };
        const saved = await tx.saveCapaianOrganisasi(record, expectedVersion(parsed.value, existing));
        if (saved.ok) {
          await audit(
            tx,
            principal,
            now,
            'predikat_organisasi.set',
            'capaian_organisasi',
            `${unitKerjaId}/${tahun}`,
            existing ?? null,
            saved.value,
          );
        }
        return saved;
      });
    },

    async checkKurva(principal: Principal, input: unknown): Promise<Result<PemeriksaanKurvaUnit>> {
      const parsed = parseInput(KinerjaServiceInputs.unitTahun, input);
      if (!parsed.ok) return parsed;
      const { unitKerjaId, tahun } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      const target = { kind: 'unit', instansiId, unitKerjaId } as const;
      const allowed = await authorizeOther(deps.store, principal, 'kurva.check', target, now);
      if (!allowed.ok) return allowed;
      const p = await pemeriksaan(deps.store, instansiId, unitKerjaId, tahun);
      if (!p.ok) return p;
      return ok({
        unitKerjaId,
        tahun,
        predikatOrganisasi: p.value.predikatOrganisasi,
        anggota: p.value.anggotaKurva,
        pemeriksaan: p.value.pemeriksaan,
      });
    },

    async tetapkan(principal: Principal, input: unknown): Promise<Result<PenetapanRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.unitTahun, input);
      if (!parsed.ok) return parsed;
      const { unitKerjaId, tahun } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const target = { kind: 'unit', instansiId, unitKerjaId } as const;
        const allowed = await authorizeOther(tx, principal, 'penetapan.make', target, now);
        if (!allowed.ok) return allowed;
        if ((await tx.getPenetapan(instansiId, unitKerjaId, tahun)) !== undefined) {
          return fail([issue('penetapan_frozen', [], { unitKerjaId, tahun })]);
        }
        const found = await anggotaKurva(tx, instansiId, unitKerjaId, tahun);
        if (!found.ok) return found;
        const issues: Issue[] = [];
        const hasil = [];
        for (const a of found.value.anggota) {
          const h = await hasilTahunanPegawai(deps, tx, a.segmen);
          if (h.ok) hasil.push({ pegawaiId: a.pegawaiId, ...h.value });
          else issues.push(...h.issues);
        }
        if (issues.length > 0) return fail(issues);
        const predikat = hasil.map((h) => ({
          skpId: h.rincian[h.rincian.length - 1]!.skpId,
          pegawaiId: h.pegawaiId,
          predikat: h.predikat,
        }));
        if (deps.config.kurvaWajib) {
          const check = checkDistribusi(
            {
              predikatOrganisasi: found.value.predikatOrganisasi,
              distribusi: predikat.map((p) => p.predikat),
            },
            deps.pack,
          );
          if (!check.ok) return check;
          const errors = check.value.violations.filter((v) => v.severity !== 'warning');
          if (errors.length > 0) return fail(errors);
        }
        for (const e of hasil.flatMap((h) => h.evaluasi)) {
          const next = tetapkanEvaluasi(e);
          if (!next.ok) return next;
          const saved = await tx.saveEvaluasi(next.value, e.version);
          if (!saved.ok) return saved;
          await audit(tx, principal, now, 'penetapan.make', 'evaluasi', e.id, e, saved.value);
        }
        const record: PenetapanRecord = {
          instansiId,
          unitKerjaId,
          tahun,
          ditetapkanOlehId: actorIdOf(principal),
          ditetapkanPada: now.waktu,
          predikat,
        };
        const saved = await tx.savePenetapan(record);
        if (saved.ok) {
          await audit(
            tx,
            principal,
            now,
            'penetapan.make',
            'penetapan',
            `${unitKerjaId}/${tahun}`,
            null,
            saved.value,
          );
        }
        return saved;
      });
    },
  };
}
