import { issue } from '../issues/issue';
import { fail, type Result } from '../issues/result';
import { RealisasiSchema } from '../model/realisasi';
import { UmpanBalikSchema } from '../model/umpan-balik';
import { checkPeriodeOpen, jendelaSkp, reopenPeriode } from '../workflow/periode-window';
import type { Principal } from '../workflow/policy';
import type {
  PembukaanPeriodeRecord,
  RealisasiRecord,
  SkpRecord,
  UmpanBalikRecord,
} from '../workflow/records';
import { notAllowed } from '../workflow/transition';
import { KinerjaServiceInputs } from './service-inputs';
import {
  actorIdOf,
  audit,
  authorizeSkp,
  expectedVersion,
  inTransaction,
  loadSkp,
  parseInput,
  type ServiceDeps,
  sekarang,
} from './service-support';

/** @internal Periodic work: realisasi with bukti dukung, reopening of windows, umpan balik. */
export function realisasiUseCases(deps: ServiceDeps) {
  const approved = (record: SkpRecord, action: string): Result<true> =>
    record.status === 'DISETUJUI' ? { ok: true, value: true } : notAllowed('skp', record.status, action);

  return {
    async recordRealisasi(principal: Principal, input: unknown): Promise<Result<RealisasiRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.recordRealisasi, input);
      if (!parsed.ok) return parsed;
      const { skpId, indikatorId, periodeKe, nilai, uraian, buktiDukung } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, instansiId, skpId);
        if (!current.ok) return current;
        const skp = current.value.skp;
        const allowed = await authorizeSkp(tx, principal, 'realisasi.write', skp, now);
        if (!allowed.ok) return allowed;
        const state = approved(current.value, 'realisasi.write');
        if (!state.ok) return state;
        if (!skp.rencanaHasilKerja.some((r) => r.indikator.some((i) => i.id === indikatorId))) {
          return fail([issue('unknown_reference', ['indikatorId'], { kind: 'indikator', id: indikatorId })]);
        }
        const pembukaan = await tx.listPembukaanPeriode(instansiId, skpId);
        const open = checkPeriodeOpen(skp, periodeKe, now.tanggal, pembukaan, deps.config);
        if (!open.ok) return open;
        const existing = (await tx.listRealisasi(instansiId, skpId)).find(
          (r) => r.realisasi.indikatorId === indikatorId && r.realisasi.periodeKe === periodeKe,
        );
        const realisasi = parseInput(RealisasiSchema, {
          id: existing?.realisasi.id ?? `${skpId}.realisasi.${indikatorId}.${periodeKe}`,
          skpId,
          indikatorId,
          periodeKe,
          ...(nilai === undefined ? {} : { nilai }),
          ...(uraian === undefined ? {} : { uraian }),
          buktiDukung: buktiDukung.map((b) => ({ ...b, diunggahPada: b.diunggahPada ?? now.waktu })),
        });
        if (!realisasi.ok) return realisasi;
        const saved = await tx.saveRealisasi(
          { instansiId, realisasi: realisasi.value, version: existing?.version ?? 0 },
          expectedVersion(parsed.value, existing),
        );
        if (saved.ok) {
          await audit(
            tx,
            principal,
            now,
            'realisasi.write',
            'realisasi',
            realisasi.value.id,
            existing ?? null,
            saved.value,
          );
        }
        return saved;
      });
    },

    async reopenPeriode(principal: Principal, input: unknown): Promise<Result<PembukaanPeriodeRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.reopenPeriode, input);
      if (!parsed.ok) return parsed;
      const { skpId, periodeKe, alasan, sampai } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, instansiId, skpId);
        if (!current.ok) return current;
        const allowed = await authorizeSkp(tx, principal, 'periode.reopen', current.value.skp, now);
        if (!allowed.ok) return allowed;
        const n = (await tx.listPembukaanPeriode(instansiId, skpId)).length + 1;
        const record = reopenPeriode(
          current.value,
          periodeKe,
          {
            id: `${skpId}.pembukaan.${periodeKe}.${n}`,
            dibukaOlehId: actorIdOf(principal),
            alasan,
            dibukaPada: now.waktu,
            sampai,
          },
          now.tanggal,
          deps.config,
        );
        if (!record.ok) return record;
        const saved = await tx.savePembukaanPeriode(record.value);
        if (saved.ok) {
          await audit(
            tx,
            principal,
            now,
            'periode.reopen',
            'pembukaan_periode',
            record.value.id,
            null,
            saved.value,
          );
        }
        return saved;
      });
    },

    async giveUmpanBalik(principal: Principal, input: unknown): Promise<Result<UmpanBalikRecord>> {
      const parsed = parseInput(KinerjaServiceInputs.giveUmpanBalik, input);
      if (!parsed.ok) return parsed;
      const { skpId, periodeKe, sasaran, isi } = parsed.value;
      const now = sekarang(deps);
      const instansiId = principal.instansiId;
      return inTransaction(deps, async (tx) => {
        const current = await loadSkp(tx, instansiId, skpId);
        if (!current.ok) return current;
        const skp = current.value.skp;
        const allowed = await authorizeSkp(tx, principal, 'umpan_balik.give', skp, now);
        if (!allowed.ok) return allowed;
        const state = approved(current.value, 'umpan_balik.give');
        if (!state.ok) return state;
        if (sasaran.jenis === 'RHK' && !skp.rencanaHasilKerja.some((r) => r.id === sasaran.rhkId)) {
          return fail([
            issue('unknown_reference', ['sasaran', 'rhkId'], {
              kind: 'rencanaHasilKerja',
              id: sasaran.rhkId,
            }),
          ]);
        }
        const window = jendelaSkp(skp, periodeKe, deps.config);
        if (!window.ok) return window;
        const n = (await tx.listUmpanBalik(instansiId, skpId)).length + 1;
        const umpanBalik = parseInput(UmpanBalikSchema, {
          id: `${skpId}.umpan-balik.${n}`,
          skpId,
          periodeKe,
          pemberiId: actorIdOf(principal),
          sasaran,
          isi,
          diberikanPada: now.waktu,
        });
        if (!umpanBalik.ok) return umpanBalik;
        const saved = await tx.addUmpanBalik({ instansiId, umpanBalik: umpanBalik.value });
        if (saved.ok) {
          await audit(
            tx,
            principal,
            now,
            'umpan_balik.give',
            'umpan_balik',
            umpanBalik.value.id,
            null,
            saved.value,
          );
        }
        return saved;
      });
    },
  };
}
