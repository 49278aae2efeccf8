/**
 * `@kinerja/core/permenpanrb-8-2021` — the regime of PP 30/2019 with PermenPANRB 8/2021 (performance
 * periods from 1 July to 31 December 2021): its rule pack, the capaian and nilai formulas, the
 * nilai kinerja and the predikat bands, each with a trace.
 *
 * @packageDocumentation
 */

export { PERMENPANRB_8_2021, permenpanrb82021Definition } from '../../rules/permenpanrb-8-2021/index';
export { compileRulePack82021, type RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
export {
  type KategoriBand82021,
  KategoriBand82021Schema,
  type KinerjaTambahanRule82021,
  KinerjaTambahanRule82021Schema,
  type PredikatBand82021,
  PredikatBand82021Schema,
  type RulePack82021Definition,
  type RulePack82021Input,
  RulePack82021Schema,
  type SkemaPerilaku82021,
} from '../../rules/permenpanrb-8-2021/schema';
export { type CapaianIki82021, type CapaianIki82021Input, capaianIki82021 } from './capaian-iki-8-2021';
export {
  type EvaluasiTahunan82021Input,
  EvaluasiTahunan82021InputSchema,
  KinerjaTambahan82021InputSchema,
  KinerjaUtama82021InputSchema,
} from './evaluasi-tahunan-8-2021-input';
export { evaluateTahunan82021 } from './evaluate-tahunan-8-2021';
export type { HasilEvaluasi82021, HasilIki82021 } from './hasil-evaluasi-8-2021';
export {
  KATEGORI_CAPAIAN_8_2021,
  type KategoriCapaian82021,
  KategoriCapaian82021Schema,
} from './kategori-capaian-8-2021';
export {
  type NilaiCapaianIki82021,
  type NilaiCapaianIki82021Options,
  nilaiCapaianIki82021,
} from './nilai-capaian-iki-8-2021';
export { type NilaiKinerja82021, nilaiKinerja82021 } from './nilai-kinerja-8-2021';
export {
  type KinerjaTambahanItem82021,
  type NilaiKinerjaTambahan82021,
  nilaiKinerjaTambahan82021,
} from './nilai-kinerja-tambahan-8-2021';
export {
  type KinerjaUtamaItem82021,
  type NilaiKinerjaUtama82021,
  nilaiKinerjaUtama82021,
} from './nilai-kinerja-utama-8-2021';
export {
  type NilaiPerilaku82021,
  nilaiPerilaku82021,
  type PenilaianPerilaku82021,
  type PenilaianPerilaku82021Input,
  PenilaianPerilaku82021Schema,
} from './nilai-perilaku-8-2021';
export {
  type NilaiPeriodikSkp82021,
  type NilaiPeriodikSkp82021Input,
  NilaiPeriodikSkp82021InputSchema,
  nilaiPeriodikSkp82021,
} from './nilai-periodik-skp-8-2021';
export { type NilaiSkp82021, nilaiSkp82021 } from './nilai-skp-8-2021';
export { PREDIKAT_8_2021, type Predikat82021, Predikat82021Schema } from './predikat-8-2021';
export { predikatFrom82021 } from './predikat-from-82021';
export { type PredikatKinerja82021, predikatKinerja82021 } from './predikat-kinerja-8-2021';
export type {
  CapaianIki82021Step,
  NilaiCapaianIki82021Step,
  NilaiKinerja82021Step,
  NilaiKinerjaTambahan82021Step,
  NilaiKinerjaUtama82021Step,
  NilaiPerilaku82021Step,
  NilaiPeriodikSkp82021Step,
  NilaiSkp82021Step,
  PredikatKinerja82021Step,
  Trace82021,
  TraceStep82021,
} from './trace-8-2021';
