import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { SkpSchema } from '../model/skp';
import type { Principal } from '../workflow/policy';
import type { AuditEvent, PenugasanRecord } from '../workflow/records';
import { type PembagianSegmen, splitSegments } from '../workflow/segmen-skp';
import { notAllowed } from '../workflow/transition';
import { KinerjaServiceInputs } from './service-inputs';
import {
  audit,
  authorizeOther,
  authorizeSkp,
  checkCascade,
  inTransaction,
  lingkupOf,
  loadSkp,
  notFound,
  parseInput,
  type ServiceDeps,
  segmenOf,
  sekarang,
} from './service-support';

/** @internal Mid-year changes (mutasi, new pejabat penilai), Plt/Plh, and the audit log. */
export function mutasiUseCases(deps: ServiceDeps) {
  return {
    async recordMutasi(principal: Principal, input: unknown): Promise<Result<PembagianSegmen>> {
      const parsed = parseInput(KinerjaServiceInputs.recordMutasi, input);
      if (!parsed.ok) return parsed;
      const { skpId, tanggal, skpBaru } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, instansiId, skpId);
        if (!current.ok) return current;
        const lama = current.value;
        const allowed = await authorizeSkp(tx, principal, 'skp.mutasi', lama.skp, now);
        if (!allowed.ok) return allowed;
        const segmen = await segmenOf(tx, instansiId, lama.skp.pegawaiId, lama.skp.tahun);
        if (segmen[segmen.length - 1]?.skp.id !== skpId) {
          return notAllowed('skp', `SEGMEN_${lama.segmen}_DITUTUP`, 'skp.mutasi');
        }
        const lingkup = await lingkupOf(tx, instansiId, lama.skp);
        if (lingkup.ditetapkan) {
          return fail([
            issue('penetapan_frozen', [], { unitKerjaId: lingkup.unitKerjaId, tahun: lingkup.tahun }),
          ]);
        }
        // The new segment's period and pegawai follow from the mutasi.
        const draft =
          typeof skpBaru === 'object' && skpBaru !== null && !Array.isArray(skpBaru)
            ? {
                pegawaiId: lama.skp.pegawaiId,
                tahun: lama.skp.tahun,
                ...skpBaru,
                periodeAwal: tanggal,
                periodeAkhir: lama.skp.periodeAkhir,
              }
            : skpBaru;
        const baru = parseInput(SkpSchema, draft, ['skpBaru']);
        if (!baru.ok) return baru;
        const split = splitSegments(lama, tanggal, baru.value);
        if (!split.ok) return split;
        const cascade = await checkCascade(tx, instansiId, baru.value, ['skpBaru']);
        if (!cascade.ok) return cascade;
        const ditutup = await tx.saveSkp(split.value.ditutup, lama.version);
        if (!ditutup.ok) return ditutup;
        await audit(tx, principal, now, 'skp.mutasi', 'skp', skpId, lama, ditutup.value);
        const inserted = await tx.saveSkp(split.value.baru, null);
        if (!inserted.ok) return inserted;
        await audit(tx, principal, now, 'skp.mutasi', 'skp', baru.value.id, null, inserted.value);
        const pegawai = await tx.getPegawai(instansiId, lama.skp.pegawaiId);
        if (
          pegawai !== undefined &&
          (pegawai.jabatanId !== baru.value.jabatanId || pegawai.unitKerjaId !== baru.value.unitKerjaId)
        ) {
          const moved = { ...pegawai, jabatanId: baru.value.jabatanId, unitKerjaId: baru.value.unitKerjaId };
          const savedPegawai = await tx.savePegawai(instansiId, moved);
          if (!savedPegawai.ok) return savedPegawai;
          await audit(tx, principal, now, 'skp.mutasi', 'pegawai', pegawai.id, pegawai, savedPegawai.value);
        }
        return ok({ ditutup: ditutup.value, baru: inserted.value });
      });
    },

    async recordPenugasan(principal: Principal, input: unknown): Promise<Result<PenugasanRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.recordPenugasan, input);
      if (!parsed.ok) return parsed;
      const { pegawaiId, jabatanId, jenis, mulai, selesai } = parsed.value;
      if (selesai < mulai)
        return fail([issue('invalid_interval', ['selesai'], { start: mulai, end: selesai })]);
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const target = { kind: 'pegawai', instansiId, pegawaiId } as const;
        const allowed = await authorizeOther(tx, principal, 'penugasan.record', target, now);
        if (!allowed.ok) return allowed;
        if ((await tx.getPegawai(instansiId, pegawaiId)) === undefined) {
          return notFound('pegawai', pegawaiId, ['pegawaiId']);
        }
        if (!(await tx.listJabatan(instansiId)).some((j) => j.id === jabatanId)) {
          return notFound('jabatan', jabatanId, ['jabatanId']);
        }
        const record: PenugasanRecord = {
          instansiId,
          id: parsed.value.id ?? `${jabatanId}.${jenis.toLowerCase()}.${mulai}`,
          pegawaiId,
          jabatanId,
          jenis,
          mulai,
          selesai,
        };
        const saved = await tx.savePenugasan(record);
        if (saved.ok)
          await audit(tx, principal, now, 'penugasan.record', 'penugasan', record.id, null, saved.value);
        return saved;
      });
    },

    async listAudit(principal: Principal, input: unknown): Promise<Result<AuditEvent[]>> {
      const parsed = parseInput(KinerjaServiceInputs.listAudit, input ?? {});
      if (!parsed.ok) return parsed;
      const now = sekarang(deps);
      const target = { kind: 'instansi', instansiId: principal.instansiId } as const;
      const allowed = await authorizeOther(deps.store, principal, 'audit.read', target, now);
      if (!allowed.ok) return allowed;
      const { afterSeq, limit } = parsed.value;
      return ok(
        await deps.store.listAudit(principal.instansiId, {
          ...(afterSeq === undefined ? {} : { afterSeq }),
          ...(limit === undefined ? {} : { limit }),
        }),
      );
    },
  };
}
