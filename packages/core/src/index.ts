/**
 * `@kinerja/core` — the scoring engine for the performance management of Indonesia's civil
 * servants (ASN) under PermenPANRB 6/2022: the model, rule packs as data, scoring with traces,
 * the kurva distribusi, and issues in Indonesian and English. No I/O; runs in Node and browsers.
 *
 * @packageDocumentation
 */

export {
  type CakupanPenilai,
  type CakupanPerilaku,
  type CakupanRhk,
  type CakupanUmpanBalik,
  type CakupanUmpanBalikBaris,
  cakupanUmpanBalik,
} from './analytics/cakupan-umpan-balik';
export { type Dataset, type DatasetInput, DatasetSchema, parseDataset } from './analytics/dataset';
export {
  type EvaluasiDataset,
  evaluateDataset,
  type GagalEvaluasi,
  type HasilPegawai,
} from './analytics/evaluate-dataset';
export { formatTemuanBias } from './analytics/format-temuan-bias';
export { type KurvaUnitSource, kurvaUnitOf } from './analytics/kurva-unit-of';
export {
  type PermohonanLayanan,
  type PermohonanLayananInput,
  PermohonanLayananSchema,
  parsePermohonanLayanan,
  type StatusPermohonan,
  StatusPermohonanSchema,
} from './analytics/layanan/permohonan-layanan';
export { realisasiDariLayanan } from './analytics/layanan/realisasi-dari-layanan';
export {
  type BarisTidakValid,
  BarisTidakValidSchema,
  type IndikatorLayanan,
  IndikatorLayananSchema,
  type RealisasiDariLayananOptions,
  RealisasiDariLayananOptionsSchema,
} from './analytics/layanan/realisasi-dari-layanan-options';
export {
  type AlasanPengecualian,
  AlasanPengecualianSchema,
  type PermohonanTrace,
  type RealisasiLayanan,
  type RealisasiUkuran,
  type TraceLayanan,
} from './analytics/layanan/realisasi-layanan';
export {
  type StandarWaktu,
  type StandarWaktuInput,
  StandarWaktuSchema,
  standarHariKerja,
} from './analytics/layanan/standar-waktu';
export { UKURAN_LAYANAN, type UkuranLayanan, UkuranLayananSchema } from './analytics/layanan/ukuran-layanan';
export { type MatriksTransisi, matriksTransisi } from './analytics/matriks-transisi';
export {
  BIAS_SCORE,
  type BiasPenilai,
  type BiasThresholds,
  DEFAULT_BIAS_THRESHOLDS,
  DEFAULT_MINIMUM_SAMPEL,
  type PerAspek,
  type RaterBias,
  type RaterBiasFromTallyOptions,
  type RaterBiasOptions,
  raterBias,
  raterBiasFromTally,
  type StatistikKurvaUnit,
  type StatistikPenilai,
  type StatistikRating,
} from './analytics/rater-bias';
export {
  type DistribusiKelompok,
  type HasilKohort,
  HasilKohortSchema,
  KohortSchema,
  type RingkasanKohort,
  type RingkasanKohortInput,
  RingkasanKohortInputSchema,
  ringkasanKohort,
  type TransisiKohort,
  type TransisiPegawai,
} from './analytics/ringkasan-kohort';
export type { Share } from './analytics/share';
export {
  addToTallyBias,
  mergeTallyBias,
  newTallyBias,
  type TallyBias,
  type TallyBiasRow,
} from './analytics/tally-bias';
export {
  ASPEK_BIAS,
  ASPEK_BIAS_LABELS,
  type AspekBias,
  type KodeTemuanBias,
  TEMUAN_BIAS_LABELS,
  type TemuanBias,
} from './analytics/temuan-bias';
export {
  type GagalWhatIf,
  type HasilWhatIf,
  type KurvaWhatIf,
  type PerbandinganKurvaUnit,
  type PerubahanPegawai,
  type TotalWhatIf,
  type WhatIf,
  whatIf,
} from './analytics/what-if';
export {
  type EvaluasiBatch,
  type PrepareEvaluasiBatchOptions,
  prepareEvaluasiBatch,
} from './batch/evaluasi-batch';
export {
  BASIS_SARAN,
  type HasilEvaluasiBatch,
  type JejakBatch,
  type ScoreEvaluasiBatchOptions,
  scoreEvaluasiBatch,
  TIDAK_DINILAI,
} from './batch/score-evaluasi-batch';
export { type HitungHariKerjaOptions, hitungHariKerja } from './calendar/hitung-hari-kerja';
export { type HitunganHariKerja, HitunganHariKerjaSchema } from './calendar/hitungan-hari-kerja';
export { isHariKerja } from './calendar/is-hari-kerja';
export { type KalenderKerja, type KalenderKerjaInput, KalenderKerjaSchema } from './calendar/kalender-kerja';
export { NAMA_HARI, type NamaHari, NamaHariSchema, namaHari } from './calendar/nama-hari';
export { tambahHariKerja } from './calendar/tambah-hari-kerja';
export {
  type AngkaKreditInput,
  AngkaKreditInputSchema,
  angkaKredit,
  type HasilAngkaKredit,
} from './conversion/angka-kredit';
export {
  type AngkaKreditKumulatifInput,
  AngkaKreditKumulatifInputSchema,
  type AngkaKreditPeriode,
  angkaKreditKumulatif,
  type HasilAngkaKreditKumulatif,
} from './conversion/angka-kredit-kumulatif';
export { type HasilTpp, hitungTpp, type KomponenTpp, type PotonganTpp } from './conversion/hitung-tpp';
export {
  type KekuranganAngkaKredit,
  type KekuranganAngkaKreditInput,
  KekuranganAngkaKreditInputSchema,
  kekuranganAngkaKredit,
} from './conversion/kekurangan-angka-kredit';
export { KONVERSI_ANGKA_KREDIT } from './conversion/konversi-angka-kredit';
export {
  type KonversiAngkaKreditConfig,
  type KonversiAngkaKreditConfigInput,
  KonversiAngkaKreditConfigSchema,
  parseKonversiAngkaKreditConfig,
} from './conversion/konversi-angka-kredit-config';
export type {
  AngkaKreditKumulatifStep,
  AngkaKreditStep,
  AngkaKreditTraceStep,
  KekuranganAngkaKreditStep,
  KonversiTrace,
  TppBatasPotonganStep,
  TppHukumanDisiplinStep,
  TppKomponenStep,
  TppNetoStep,
  TppPaguStep,
  TppTraceStep,
} from './conversion/konversi-trace';
export {
  parseTppConfig,
  type TppConfig,
  type TppConfigInput,
  TppConfigSchema,
  type TppHukumanDisiplin,
  TppHukumanDisiplinSchema,
  type TppKomponen,
  TppKomponenSchema,
  type TppPotongan,
  TppPotonganSchema,
} from './conversion/tpp-config';
export {
  type Bulan,
  BulanSchema,
  type TppInput,
  type TppInputData,
  TppInputSchema,
} from './conversion/tpp-input';
export { Decimal, type DecimalInput, toCanonical } from './decimal/decimal';
export { type DecimalString, DecimalStringSchema } from './decimal/decimal-string';
export {
  type Rounding,
  type RoundingMode,
  RoundingModeSchema,
  RoundingSchema,
  roundDecimal,
  roundToInteger,
} from './decimal/rounding';
export {
  type CheckDistribusiInput,
  checkDistribusi,
  type PemeriksaanDistribusi,
  type PemeriksaanTrace,
  type PemeriksaanTraceStep,
} from './distribution/check-distribusi';
export {
  type KuotaBound,
  type KuotaDistribusi,
  type KuotaDistribusiBase,
  type KuotaGroup,
  type KuotaRentang,
  type KuotaTrace,
  type KuotaTraceStep,
  kuotaDistribusi,
} from './distribution/kuota-distribusi';
export type { KurvaInfeasibleReason } from './distribution/solve-kurva';
export { KinerjaError, RulePackError } from './errors/kinerja-error';
export { type FormatAngkaOptions, formatAngka } from './i18n/format-angka';
export { formatIssue, formatIssues } from './i18n/format-issue';
export { formatIssuePath } from './i18n/format-issue-path';
export { formatPersen } from './i18n/format-persen';
export { formatTanggal } from './i18n/format-tanggal';
export { ISSUE_MESSAGES, type IssueMessages } from './i18n/issue-messages';
export { label } from './i18n/label';
export { LABELS, type LabelKind, type LabelValueByKind } from './i18n/labels';
export { DEFAULT_LOCALE, type Locale, LocaleSchema, type LocalizedLabel, toLocale } from './i18n/locale';
export { fromZodIssues, parseWith } from './issues/from-zod';
export {
  type Issue,
  type IssueCode,
  type IssueOf,
  type IssueParamsByCode,
  type IssuePath,
  type IssueSeverity,
  issue,
} from './issues/issue';
export { fail, ok, type Result } from './issues/result';
export {
  type CapaianKinerjaOrganisasi,
  CapaianKinerjaOrganisasiSchema,
} from './model/capaian-kinerja-organisasi';
export {
  type EvaluasiPeriodik,
  EvaluasiPeriodikSchema,
  type EvaluasiTahunan,
  EvaluasiTahunanSchema,
  type RatingRhk,
  RatingRhkSchema,
} from './model/evaluasi';
export { type Id, IdSchema } from './model/ids';
export {
  type Akumulasi,
  AkumulasiSchema,
  type Aspek,
  AspekSchema,
  type IndikatorKinerjaIndividu,
  IndikatorKinerjaIndividuSchema,
  type Polaritas,
  PolaritasSchema,
  type Target,
  TargetSchema,
} from './model/indikator';
export {
  isJpt,
  type Jabatan,
  JabatanSchema,
  type JenisJabatan,
  JenisJabatanSchema,
  type Jenjang,
  JenjangSchema,
} from './model/jabatan';
export { type NipParts, parseNip, validateNiPppk, validateNip } from './model/nip';
export {
  type JenisKelamin,
  JenisKelaminSchema,
  type JenisPegawai,
  JenisPegawaiSchema,
  type Pegawai,
  PegawaiSchema,
  parsePegawai,
} from './model/pegawai';
export {
  NILAI_BERAKHLAK,
  type NilaiBerakhlak,
  NilaiBerakhlakSchema,
  PANDUAN_PERILAKU,
  type PerilakuKerja,
  PerilakuKerjaSchema,
} from './model/perilaku-kerja';
export {
  type JendelaPeriode,
  type JenisPeriodik,
  JenisPeriodikSchema,
  jumlahPeriode,
  type Periode,
  PeriodeSchema,
  periodeWindows,
} from './model/periode';
export {
  PREDIKAT_ORGANISASIS,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  PredikatOrganisasiSchema,
  PredikatSchema,
  RATINGS,
  type Rating,
  RatingSchema,
} from './model/predikat';
export {
  type BuktiDukung,
  BuktiDukungSchema,
  parseRealisasi,
  type Realisasi,
  RealisasiSchema,
} from './model/realisasi';
export {
  type JenisRhk,
  JenisRhkSchema,
  type Perspektif,
  PerspektifSchema,
  type RencanaHasilKerja,
  RencanaHasilKerjaSchema,
} from './model/rencana-hasil-kerja';
export {
  type LampiranSkp,
  LampiranSkpSchema,
  type Pendekatan,
  PendekatanSchema,
  parseSkp,
  type Skp,
  SkpSchema,
} from './model/skp';
export {
  daysInMonth,
  isExistingDate,
  type Tanggal,
  TanggalSchema,
  type Waktu,
  WaktuSchema,
} from './model/tanggal';
export { type UmpanBalik, UmpanBalikSchema } from './model/umpan-balik';
export {
  descendantUnitIds,
  parseUnitKerjaTree,
  type UnitKerja,
  UnitKerjaSchema,
  validateUnitKerjaTree,
} from './model/unit-kerja';
export type {
  AuditVerification,
  ImportBatch,
  ImportReport,
  Instansi,
  KinerjaReader,
  KinerjaStore,
  KinerjaTx,
  SaveResult,
} from './ports/kinerja-store';
// The older regimes, also published as the subpaths `@kinerja/core/permenpanrb-8-2021` and
// `@kinerja/core/pp-46-2011`; each index is a curated list.
export * from './regimes/permenpanrb-8-2021/index';
export * from './regimes/pp-46-2011/index';
export {
  type HasilIntegrasi2021,
  INTEGRASI_2021,
  type Integrasi2021Input,
  type Integrasi2021Options,
  type Integrasi2021Step,
  integrate2021,
  type SemesterIntegrasi2021,
  type SemesterIntegrasi2021Input,
  type TraceIntegrasi2021,
} from './rules/integrasi-2021';
export { type JsonSchema, overrideJsonSchema, rulePackJsonSchema } from './rules/json-schema';
export {
  applyOverride,
  applyOverrideWithRegistry,
  LOCKED_FIELDS,
  type Override,
  OverrideSchema,
  overrideChangesSchema,
  overrideSchema,
} from './rules/override';
export { PERMENPANRB_6_2022, permenpanrb62022Definition } from './rules/permenpanrb-6-2022/index';
export { compileRulePack62022, RATING_ORDINAL, type RulePack62022 } from './rules/permenpanrb-6-2022/pack';
export {
  AnnualAggregationSchema,
  type KurvaRule,
  KurvaRuleSchema,
  LocalizedTextSchema,
  type RulePack62022Definition,
  type RulePack62022Input,
  RulePack62022Schema,
} from './rules/permenpanrb-6-2022/schema';
export {
  type HasilTahun,
  type HasilTahunanByRegime,
  type RecomputeYearInput,
  type RegimeTahunan,
  recomputeYear,
} from './rules/recompute-year';
export {
  createRegistry,
  DEFAULT_REGISTRY,
  type Registry,
  type RulePackInterval,
  requireRegistry,
} from './rules/registry';
export { createRulePack, REGIMES, type Regime, type RulePack, requireRulePack } from './rules/rule-pack';
export { type OverrideRef, type RulePackRef, rulePackRef } from './rules/rule-pack-ref';
export { RULE_PACK_SCHEMAS } from './rules/rule-pack-schemas';
export { aggregateRatings } from './scoring/aggregate-ratings';
export {
  type CapaianIndikator,
  type CapaianIndikatorInput,
  capaianIndikator,
} from './scoring/capaian-indikator';
export {
  type EvaluasiPeriodikData,
  type EvaluasiPeriodikInput,
  EvaluasiPeriodikInputSchema,
  type EvaluasiTahunanData,
  type EvaluasiTahunanInput,
  EvaluasiTahunanInputSchema,
  type Penilaian,
  PenilaianSchema,
} from './scoring/evaluasi-input';
export { evaluatePeriodik } from './scoring/evaluate-periodik';
export { evaluateTahunan } from './scoring/evaluate-tahunan';
export type { CapaianIki, HasilEvaluasi } from './scoring/hasil-evaluasi';
export { type PredikatFromRatings, predikatFromRatings } from './scoring/predikat-from-ratings';
export { ratingPimpinanUnit } from './scoring/rating-pimpinan-unit';
export {
  type RatingRhkFromCapaian,
  type RatingRhkFromCapaianInput,
  ratingRhkFromCapaian,
} from './scoring/rating-rhk';
export { type SaranRatingHasilKerja, saranRatingHasilKerja } from './scoring/saran-rating-hasil-kerja';
export type {
  AgregasiStep,
  CapaianStep,
  MatriksPredikatStep,
  RatingAspect,
  RatingCounts,
  RatingFinalStep,
  RatingIndikatorStep,
  RatingPimpinanUnitStep,
  RatingRhkEntry,
  RatingRhkStep,
  RatingThresholds,
  RealisasiTahunanStep,
  SaranRatingHasilKerjaStep,
  TargetNumerik,
  TargetPeriodikStep,
  Trace,
  TraceStep,
  TraceStepKind,
} from './scoring/trace';
export type { HasilKeputusanKeberatan } from './services/keberatan-use-cases';
export {
  createKinerjaService,
  type KinerjaService,
  type KinerjaServiceOptions,
  type UseCase,
} from './services/kinerja-service';
export type { AnggotaKurva, PemeriksaanKurvaUnit } from './services/organisasi-use-cases';
export { type KinerjaServiceInput, KinerjaServiceInputs } from './services/service-inputs';
export {
  finalizeEvaluasi,
  type LingkupEvaluasi,
  type PenilaianEvaluasi,
  rateEvaluasi,
  reviseEvaluasiByKeberatan,
  tetapkanEvaluasi,
} from './workflow/evaluasi-lifecycle';
export { evaluasiPeriodikTahunan } from './workflow/evaluasi-periodik-tahunan';
export {
  batasKeberatan,
  decideKeberatan,
  explainKeberatan,
  fileKeberatan,
  type KeputusanKeberatan,
  type PengajuanKeberatan,
} from './workflow/keberatan-lifecycle';
export {
  checkPeriodeOpen,
  type JendelaSkp,
  jendelaSkp,
  type PembukaanInput,
  reopenPeriode,
} from './workflow/periode-window';
export {
  ACTIONS,
  type Action,
  authorize,
  type ForbiddenReason,
  type PolicyContext,
  type PolicyTarget,
  type Principal,
  ROLES,
  type Role,
  type SkpLink,
} from './workflow/policy';
export type {
  AuditEntry,
  AuditEvent,
  CapaianOrganisasiRecord,
  EvaluasiRecord,
  EvaluasiStatus,
  KeberatanRecord,
  KeberatanStatus,
  PembukaanPeriodeRecord,
  PenetapanRecord,
  PenetapSkp,
  PenugasanRecord,
  RealisasiRecord,
  SkpRecord,
  SkpStatus,
  UmpanBalikRecord,
} from './workflow/records';
export {
  checkSegments,
  combineSegments,
  type HasilTahunanSegmen,
  type PembagianSegmen,
  type SegmenDinilai,
  splitSegments,
} from './workflow/segmen-skp';
export {
  approveSkp,
  editSkp,
  isSkpEditable,
  newSkpDraft,
  type PenetapanSkpPengelola,
  rejectSkp,
  returnSkpForRevision,
  reviseApprovedSkp,
  SKP_EDITABLE,
  setSkpByPengelola,
  submitSkp,
} from './workflow/skp-lifecycle';
export {
  type AturanSegmen,
  batasSkp,
  DEFAULT_WORKFLOW_CONFIG,
  parseWorkflowConfig,
  type WorkflowConfig,
  type WorkflowConfigInput,
  WorkflowConfigSchema,
} from './workflow/workflow-config';
export { OFFSET_ZONA_WAKTU, tanggalLokal, type ZonaWaktu, ZonaWaktuSchema } from './workflow/zona-waktu';
