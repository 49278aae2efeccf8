/**
 * `@kinerja/core/testing` — test data for Kinerja and for the systems that embed it: a seeded
 * generator of a realistic agency (by default Kecamatan Senapelan, Kota Pekanbaru, with its six
 * kelurahan; any size by parameter), and fast-check arbitraries of every model type
 * (fast-check is an optional peer dependency, needed by this entry point only).
 *
 * @packageDocumentation
 */

export type { Agency, AgencyPart, Instansi } from './agency';
export {
  arbDecimalString,
  arbDistribusi,
  arbEvaluasiPeriodik,
  arbId,
  arbIndikator,
  arbNiPppk,
  arbNip,
  arbPegawai,
  arbPredikat,
  arbPredikatOrganisasi,
  arbRating,
  arbRealisasi,
  arbRencanaHasilKerja,
  arbSkp,
  arbTanggal,
  arbTarget,
  arbUnitKerjaTree,
  type DecimalStringConstraints,
  type DistribusiConstraints,
  type IndikatorConstraints,
  type PegawaiConstraints,
  type RencanaHasilKerjaConstraints,
  type SkpConstraints,
  type TargetConstraints,
  type UnitKerjaTreeConstraints,
} from './arbitraries';
export {
  agencyOfParts,
  DEFAULT_JUMLAH_PEGAWAI,
  type GenerateAgencyOptions,
  generateAgency,
  generateAgencyParts,
  planAgency,
} from './generate-agency';
export {
  DEFAULT_SEED,
  DEFAULT_TAHUN,
  type GenerateKecamatanOptions,
  generateKecamatan,
  type KecamatanPlan,
} from './generate-kecamatan';
export { kurvaUnitOf } from './kurva-unit-of';
export { type GenerateNamaOptions, generateNama, type Pendidikan } from './names';
export { type KurvaRating, type KurvaUnitPlan, planPredikat, predikatPimpinan } from './plan-predikat';
export { createRandom, deriveSeed, type Random } from './random';
export { WILAYAH_PEKANBARU, type WilayahKecamatan } from './wilayah-pekanbaru';
