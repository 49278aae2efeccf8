import { KinerjaError } from '../errors/kinerja-error';
import type { Result } from '../issues/result';
import type { KinerjaStore } from '../ports/kinerja-store';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import type { Principal } from '../workflow/policy';
import type {
  AuditEvent,
  CapaianOrganisasiRecord,
  EvaluasiRecord,
  KeberatanRecord,
  PembukaanPeriodeRecord,
  PenetapanRecord,
  PenugasanRecord,
  RealisasiRecord,
  SkpRecord,
  UmpanBalikRecord,
} from '../workflow/records';
import type { HasilTahunanSegmen, PembagianSegmen } from '../workflow/segmen-skp';
import {
  parseWorkflowConfig,
  type WorkflowConfig,
  type WorkflowConfigInput,
} from '../workflow/workflow-config';
import { evaluasiUseCases } from './evaluasi-use-cases';
import { type HasilKeputusanKeberatan, keberatanUseCases } from './keberatan-use-cases';
import { mutasiUseCases } from './mutasi-use-cases';
import { organisasiUseCases, type PemeriksaanKurvaUnit } from './organisasi-use-cases';
import { realisasiUseCases } from './realisasi-use-cases';
import type { ServiceDeps } from './service-support';
import { skpUseCases } from './skp-use-cases';

/**
 * What {@link createKinerjaService} needs: the store (a port), the clock (an ISO instant, e.g.
 * `() => new Date().toISOString()` in an adapter; core never reads a clock), and optionally the
 * rule pack (default PermenPANRB 6/2022) and the workflow configuration (defaults:
 * {@link DEFAULT_WORKFLOW_CONFIG}).
 *
 * @example
 * ```ts
 * const options: KinerjaServiceOptions = { store, clock: () => '2026-02-02T09:00:00+07:00', config: { keberatanHari: 21 } };
 * ```
 */
export interface KinerjaServiceOptions {
  /** The store every use case reads and writes in one transaction. */
  readonly store: KinerjaStore;
  /** "Now", as an ISO 8601 instant with `Z` or an offset; read once per use case. */
  readonly clock: () => string;
  /** The rule pack of the scoring (default PermenPANRB 6/2022). */
  readonly pack?: RulePack62022;
  /** The workflow configuration; missing fields take their defaults. */
  readonly config?: WorkflowConfigInput;
}

/** A use case: who acts and the input (anything; validated), answered with a result. */
export type UseCase<T> = (principal: Principal, input: unknown) => Promise<Result<T>>;

/**
 * The use cases of the SKP workflow. Each one parses its input (see
 * {@link KinerjaServiceInputs}), loads what it needs, asks {@link authorize}, applies the pure
 * transition, saves with the expected version and appends an audit event — all in one store
 * transaction, rolled back when the result fails.
 *
 * @example
 * ```ts
 * const r = await service.approveSkp(camat, { skpId: 'skp-2026-198010182004111199' });
 * if (!r.ok) console.error(formatIssues(r.issues));
 * ```
 */
export interface KinerjaService {
  /** The configuration in force, defaults filled in. */
  readonly config: WorkflowConfig;
  /** Reads an SKP (`skp.read`): `{ skpId }`. */
  readonly getSkp: UseCase<SkpRecord>;
  /**
   * The pegawai drafts the SKP of a year (`{ skp }`): the pejabat penilai's SKP of the year must
   * exist (`skp_atasan_missing`) and every RHK must intervene one of its RHK (`rhk_atasan_unknown`);
   * an SKP without a pejabat penilai in the system is exempt. One SKP per pegawai and year
   * (`duplicate_key`); later segments come from {@link KinerjaService.recordMutasi}.
   */
  readonly draftSkp: UseCase<SkpRecord>;
  /** The pegawai edits a `DRAFT`, `REVISI` or `DITOLAK` SKP: `{ skpId, skp, version? }`. */
  readonly updateSkp: UseCase<SkpRecord>;
  /** The pegawai submits: `{ skpId, version? }`. */
  readonly submitSkp: UseCase<SkpRecord>;
  /** The pejabat penilai approves: `{ skpId, version? }`. */
  readonly approveSkp: UseCase<SkpRecord>;
  /** The pejabat penilai rejects with a reason: `{ skpId, alasan, version? }`. */
  readonly rejectSkp: UseCase<SkpRecord>;
  /** The pejabat penilai sends back for revision: `{ skpId, catatan, version? }`. */
  readonly returnSkp: UseCase<SkpRecord>;
  /** A recorded revision of an approved SKP (owner or penilai): `{ skpId, alasan, version? }`. */
  readonly reviseSkp: UseCase<SkpRecord>;
  /** The pengelola kinerja sets an SKP after the deadline: `{ skp, version? }`. */
  readonly setSkpByPengelola: UseCase<SkpRecord>;
  /**
   * The pegawai records the realisasi of one indikator in one window with bukti dukung
   * (`{ skpId, indikatorId, periodeKe, nilai?, uraian?, buktiDukung?, version? }`), while the
   * window is open (`periode_closed`) and the SKP approved.
   */
  readonly recordRealisasi: UseCase<RealisasiRecord>;
  /** The pengelola kinerja reopens a window: `{ skpId, periodeKe, alasan, sampai }`. */
  readonly reopenPeriode: UseCase<PembukaanPeriodeRecord>;
  /** The pejabat penilai gives umpan balik per RHK or BerAKHLAK value: `{ skpId, periodeKe, sasaran, isi }`. */
  readonly giveUmpanBalik: UseCase<UmpanBalikRecord>;
  /** The pejabat penilai rates a window (evaluatePeriodik): `{ skpId, periodeKe, penilaian, final?, version? }`. */
  readonly ratePeriodik: UseCase<EvaluasiRecord>;
  /**
   * The pejabat penilai rates the year of an SKP segment (evaluateTahunan, with the unit's
   * predikat organisasi for a unit leader): `{ skpId, penilaian, final?, version? }`.
   */
  readonly rateTahunan: UseCase<EvaluasiRecord>;
  /** The pejabat penilai signs a draft evaluation: `{ skpId, periodeKe | null, version? }`. */
  readonly finalizeEvaluasi: UseCase<EvaluasiRecord>;
  /** A pegawai's annual result over the segments of a year (decision 0019): `{ pegawaiId, tahun }`. */
  readonly predikatTahunan: UseCase<HasilTahunanSegmen>;
  /** The leader one level up sets a unit's predikat organisasi: `{ unitKerjaId, tahun, predikat, catatan?, version? }`. */
  readonly setPredikatOrganisasi: UseCase<CapaianOrganisasiRecord>;
  /** The kurva check of a kurva unit's year: `{ unitKerjaId, tahun }`. */
  readonly checkKurva: UseCase<PemeriksaanKurvaUnit>;
  /**
   * The leader of a kurva unit makes the penetapan of its year (`{ unitKerjaId, tahun }`): every
   * annual evaluation must be `FINAL` (`evaluasi_not_final`); they become `DITETAPKAN` and the
   * predikat list is recorded. With `kurvaWajib`, a kurva violation refuses it.
   */
  readonly tetapkan: UseCase<PenetapanRecord>;
  /** The pegawai files a keberatan against an SKP's annual evaluation: `{ skpId, alasan }`. */
  readonly fileKeberatan: UseCase<KeberatanRecord>;
  /** The pejabat penilai explains: `{ keberatanId, penjelasan, version? }`. */
  readonly explainKeberatan: UseCase<KeberatanRecord>;
  /**
   * The atasan pejabat penilai decides (`{ keberatanId, diterima, alasan, penilaian?, version? }`);
   * a granted keberatan re-evaluates the evaluation with the decided ratings (`penilaian`).
   */
  readonly decideKeberatan: UseCase<HasilKeputusanKeberatan>;
  /**
   * A mutasi or a new pejabat penilai (`{ skpId, tanggal, skpBaru }`): the current segment ends
   * the day before `tanggal`, a new `DRAFT` segment starts on it (its atasan's SKP must exist).
   */
  readonly recordMutasi: UseCase<PembagianSegmen>;
  /** Records a Plt/Plh: `{ id?, pegawaiId, jabatanId, jenis, mulai, selesai }`. */
  readonly recordPenugasan: UseCase<PenugasanRecord>;
  /** Reads the instansi's audit log (`audit.read`): `{ afterSeq?, limit? }`. */
  readonly listAudit: UseCase<AuditEvent[]>;
}

/**
 * Creates the SKP workflow's use cases over a store: SKP drafting and approval, periodic work,
 * ratings, predikat organisasi, kurva, penetapan, keberatan, mutasi and Plt/Plh. "Now" comes
 * only from the injected clock; dates are taken in the configured zone.
 *
 * @param options - the store, the clock, the rule pack and the configuration.
 * @returns the use cases.
 * @throws {@link KinerjaError} `invalid_config` when the configuration is not valid.
 * @example
 * ```ts
 * const service = createKinerjaService({ store, clock: () => new Date().toISOString() });
 * const r = await service.draftSkp({ pegawaiId: skp.pegawaiId, roles: ['PEGAWAI'], instansiId }, { skp });
 * ```
 */
export function createKinerjaService(options: KinerjaServiceOptions): KinerjaService {
  const config = parseWorkflowConfig(options.config);
  if (!config.ok) {
    throw new KinerjaError(
      'invalid_config',
      `invalid workflow configuration: ${JSON.stringify(config.issues)}`,
    );
  }
  const deps: ServiceDeps = {
    store: options.store,
    clock: options.clock,
    pack: options.pack ?? PERMENPANRB_6_2022,
    config: config.value,
  };
  return {
    config: config.value,
    ...skpUseCases(deps),
    ...realisasiUseCases(deps),
    ...evaluasiUseCases(deps),
    ...organisasiUseCases(deps),
    ...keberatanUseCases(deps),
    ...mutasiUseCases(deps),
  };
}
