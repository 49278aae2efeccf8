/**
 * `@kinerja/core` — the scoring engine for the performance management of Indonesia's civil
 * servants (ASN) under PermenPANRB 6/2022: the model, rule packs as data, scoring with traces,
 * the kurva distribusi, and issues in Indonesian and English. No I/O; runs in Node and browsers.
 *
 * @packageDocumentation
 */

// Decimals
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
// Errors
export { KinerjaError, RulePackError } from './errors/kinerja-error';
export { fromZodIssues, parseWith } from './issues/from-zod';
// Issues
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
export { type CapaianKinerjaOrganisasi, CapaianKinerjaOrganisasiSchema } from './model/capaian-kinerja-organisasi';
export {
  type EvaluasiPeriodik,
  EvaluasiPeriodikSchema,
  type EvaluasiTahunan,
  EvaluasiTahunanSchema,
  type RatingRhk,
  RatingRhkSchema,
} from './model/evaluasi';
// Model
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
  type JendelaPeriode,
  type JenisPeriodik,
  JenisPeriodikSchema,
  jumlahPeriode,
  type Periode,
  PeriodeSchema,
  periodeWindows,
} from './model/periode';
export {
  type Predikat,
  PREDIKAT_ORGANISASIS,
  PREDIKATS,
  type PredikatOrganisasi,
  PredikatOrganisasiSchema,
  PredikatSchema,
  RATINGS,
  type Rating,
  RatingSchema,
} from './model/predikat';
export {
  NILAI_BERAKHLAK,
  type NilaiBerakhlak,
  NilaiBerakhlakSchema,
  PANDUAN_PERILAKU,
  type PerilakuKerja,
  PerilakuKerjaSchema,
} from './model/perilaku-kerja';
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
export { daysInMonth, isExistingDate, type Tanggal, TanggalSchema, type Waktu, WaktuSchema } from './model/tanggal';
export { type UmpanBalik, UmpanBalikSchema } from './model/umpan-balik';
export {
  descendantUnitIds,
  parseUnitKerjaTree,
  type UnitKerja,
  UnitKerjaSchema,
  validateUnitKerjaTree,
} from './model/unit-kerja';
// Rule packs
export { PERMENPANRB_6_2022, permenpanrb62022Definition } from './rules/permenpanrb-6-2022/index';
export {
  createRulePack,
  RATING_ORDINAL,
  type RulePack,
  type RulePackRef,
  requireRulePack,
  rulePackRef,
} from './rules/rule-pack';
export {
  AnnualAggregationSchema,
  type KurvaRule,
  KurvaRuleSchema,
  LocalizedTextSchema,
  type RulePack62022Definition,
  type RulePack62022Input,
  RulePack62022Schema,
} from './rules/rule-pack-schema';
