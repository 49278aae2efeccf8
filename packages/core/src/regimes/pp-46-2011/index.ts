/**
 * `@kinerja/core/pp-46-2011` — the regime of PP 46/2011 with Perka BKN 1/2013 (SKP from 2014 to
 * June 2021): its rule pack, the kuantitas, kualitas, waktu and biaya formulas, tugas tambahan,
 * kreativitas, perilaku kerja, nilai prestasi kerja and the five categories, each with a trace.
 *
 * @packageDocumentation
 */

export { PP_46_2011, pp462011Definition } from '../../rules/pp-46-2011/index';
export { compileRulePackPp46, type RulePackPp46 } from '../../rules/pp-46-2011/pack';
export {
  type RulePackPp46Definition,
  type RulePackPp46Input,
  RulePackPp46Schema,
} from '../../rules/pp-46-2011/schema';
export {
  ASPEK_PERILAKU_PP46,
  ASPEK_PERILAKU_PP46_LABELS,
  type AspekPerilakuPp46,
  AspekPerilakuPp46Schema,
} from './aspek-perilaku-pp46';
export { evaluatePp46 } from './evaluate-pp46';
export type { HasilPp46, NilaiAspekPp46, NilaiKegiatanPp46, NilaiPp46 } from './hasil-pp46';
export {
  type AspekKegiatanPp46,
  type NilaiCapaianKegiatan,
  nilaiCapaianKegiatan,
} from './nilai-capaian-kegiatan';
export { type NilaiCapaianSkp, nilaiCapaianSkp } from './nilai-capaian-skp';
export { type NilaiEfisiensi, nilaiEfisiensi } from './nilai-efisiensi';
export { nilaiKreativitas } from './nilai-kreativitas';
export { type NilaiPerilakuKerja, nilaiPerilakuKerja } from './nilai-perilaku-kerja';
export { type NilaiPrestasiKerja, nilaiPrestasiKerja } from './nilai-prestasi-kerja';
export { nilaiRasio } from './nilai-rasio';
export { nilaiTugasTambahan } from './nilai-tugas-tambahan';
export { PREDIKAT_PP46, PREDIKAT_PP46_LABELS, type PredikatPp46, PredikatPp46Schema } from './predikat-pp46';
export { type KategoriPp46, predikatPp46FromNilai } from './predikat-pp46-from-nilai';
export {
  type KegiatanPp46,
  KegiatanPp46Schema,
  type PerilakuKerjaPp46,
  PerilakuKerjaPp46Schema,
  type SkpPp46,
  type SkpPp46Input,
  SkpPp46InputSchema,
} from './skp-pp46-input';
export {
  TINGKAT_KREATIVITAS_LABELS,
  type TingkatKreativitas,
  TingkatKreativitasSchema,
} from './tingkat-kreativitas';
export type {
  AspekPp46Step,
  KreativitasStep,
  NilaiCapaianKegiatanStep,
  NilaiCapaianSkpStep,
  NilaiPerilakuKerjaStep,
  NilaiPrestasiKerjaStep,
  RumusAspekPp46,
  TracePp46,
  TraceStepPp46,
  TugasTambahanStep,
} from './trace-pp46';
