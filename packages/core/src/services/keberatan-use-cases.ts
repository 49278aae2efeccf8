import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { reviseEvaluasiByKeberatan } from '../workflow/evaluasi-lifecycle';
import { decideKeberatan, explainKeberatan, fileKeberatan } from '../workflow/keberatan-lifecycle';
import type { Principal } from '../workflow/policy';
import type { EvaluasiRecord, KeberatanRecord } from '../workflow/records';
import { evaluasiId, penilaianTahunan } from './evaluasi-use-cases';
import { KinerjaServiceInputs } from './service-inputs';
import {
  actorIdOf,
  audit,
  authorizeSkp,
  expectedVersion,
  inTransaction,
  loadSkp,
  notFound,
  parseInput,
  type ServiceDeps,
  sekarang,
} from './service-support';

/**
 * The outcome of deciding a keberatan: the decided keberatan and, when it was granted, the
 * re-evaluated annual evaluation (a new version; the old one stays in the audit log).
 *
 * @example
 * ```ts
 * const r = await service.decideKeberatan(lurah, { keberatanId, diterima: true, alasan: '…', penilaian });
 * if (r.ok) r.value.evaluasi?.predikat;
 * ```
 */
export interface HasilKeputusanKeberatan {
  readonly keberatan: KeberatanRecord;
  readonly evaluasi: EvaluasiRecord | null;
}

/** @internal Keberatan: filed by the pegawai, explained by the penilai, decided by the atasan. */
export function keberatanUseCases(deps: ServiceDeps) {
  return {
    async fileKeberatan(principal: Principal, input: unknown): Promise<Result<KeberatanRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.fileKeberatan, input);
      if (!parsed.ok) return parsed;
      const { skpId, alasan } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, instansiId, skpId);
        if (!current.ok) return current;
        const allowed = await authorizeSkp(tx, principal, 'keberatan.file', current.value.skp, now);
        if (!allowed.ok) return allowed;
        const id = evaluasiId(skpId, null);
        const evaluasi = (await tx.listEvaluasi(instansiId, skpId)).find((e) => e.id === id);
        if (evaluasi === undefined) {
          return fail([issue('evaluasi_not_final', ['skpId'], { skpId, status: 'NONE' })]);
        }
        if ((await tx.listKeberatan(instansiId, skpId)).some((k) => k.evaluasiId === id)) {
          return fail([issue('duplicate_key', ['skpId'], { entity: 'keberatan', key: id })]);
        }
        const next = fileKeberatan(
          evaluasi,
          { id: `${id}.keberatan`, pegawaiId: current.value.skp.pegawaiId, alasan, diajukanPada: now.waktu },
          now.tanggal,
          deps.config,
        );
        if (!next.ok) return next;
        const saved = await tx.saveKeberatan(next.value, null);
        if (saved.ok)
          await audit(tx, principal, now, 'keberatan.file', 'keberatan', next.value.id, null, saved.value);
        return saved;
      });
    },

    async explainKeberatan(principal: Principal, input: unknown): Promise<Result<KeberatanRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.explainKeberatan, input);
      if (!parsed.ok) return parsed;
      const { keberatanId, penjelasan } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await tx.getKeberatan(instansiId, keberatanId);
        if (current === undefined) return notFound('keberatan', keberatanId, ['keberatanId']);
        const skp = await loadSkp(tx, instansiId, current.skpId);
        if (!skp.ok) return skp;
        const allowed = await authorizeSkp(tx, principal, 'keberatan.explain', skp.value.skp, now);
        if (!allowed.ok) return allowed;
        const next = explainKeberatan(current, penjelasan, now.waktu);
        if (!next.ok) return next;
        const saved = await tx.saveKeberatan(next.value, expectedVersion(parsed.value, current));
        if (saved.ok)
          await audit(
            tx,
            principal,
            now,
            'keberatan.explain',
            'keberatan',
            keberatanId,
            current,
            saved.value,
          );
        return saved;
      });
    },

    async decideKeberatan(principal: Principal, input: unknown): Promise<Result<HasilKeputusanKeberatan>> {
      const parsed = parseInput(KinerjaServiceInputs.decideKeberatan, input);
      if (!parsed.ok) return parsed;
      const { keberatanId, diterima, alasan, penilaian } = parsed.value;
      if (diterima && penilaian === undefined) return fail([issue('required', ['penilaian'], {})]);
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await tx.getKeberatan(instansiId, keberatanId);
        if (current === undefined) return notFound('keberatan', keberatanId, ['keberatanId']);
        const skp = await loadSkp(tx, instansiId, current.skpId);
        if (!skp.ok) return skp;
        const allowed = await authorizeSkp(tx, principal, 'keberatan.decide', skp.value.skp, now);
        if (!allowed.ok) return allowed;
        const next = decideKeberatan(current, {
          diterima,
          alasan,
          olehId: actorIdOf(principal),
          pada: now.waktu,
        });
        if (!next.ok) return next;
        const saved = await tx.saveKeberatan(next.value, expectedVersion(parsed.value, current));
        if (!saved.ok) return saved;
        await audit(tx, principal, now, 'keberatan.decide', 'keberatan', keberatanId, current, saved.value);
        if (!diterima || penilaian === undefined) return ok({ keberatan: saved.value, evaluasi: null });
        const evaluasi = (await tx.listEvaluasi(instansiId, current.skpId)).find(
          (e) => e.id === current.evaluasiId,
        );
        if (evaluasi === undefined) return notFound('evaluasi', current.evaluasiId);
        const pen = await penilaianTahunan(deps, tx, skp.value, penilaian, actorIdOf(principal), now);
        if (!pen.ok) return pen;
        const revised = reviseEvaluasiByKeberatan(evaluasi, pen.value);
        if (!revised.ok) return revised;
        const savedEvaluasi = await tx.saveEvaluasi(revised.value, evaluasi.version);
        if (!savedEvaluasi.ok) return savedEvaluasi;
        await audit(
          tx,
          principal,
          now,
          'keberatan.decide',
          'evaluasi',
          evaluasi.id,
          evaluasi,
          savedEvaluasi.value,
        );
        return ok({ keberatan: saved.value, evaluasi: savedEvaluasi.value });
      });
    },
  };
}
