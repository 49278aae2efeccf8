import type { Issue } from '../issues/issue';
import { ok, type Result } from '../issues/result';
import type { JenisJabatan } from '../model/jabatan';
import type { Predikat, PredikatOrganisasi, Rating } from '../model/predikat';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { assertRulePack62022 } from '../rules/permenpanrb-6-2022/assert-rule-pack';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { type RulePackRef, rulePackRef } from '../rules/rule-pack-ref';
import type { Penilaian } from '../scoring/evaluasi-input';
import { scoreEvaluasi } from '../scoring/score-evaluasi';
import { type Dataset, type DatasetIndex, indexDataset, parseDataset } from './dataset';
import { createKurvaUnitResolver, type KurvaUnitResolver } from './kurva-unit-of';

/**
 * The annual result of one SKP, as the analytics use it: who, where (unit and kurva unit), the
 * kind of jabatan, the pejabat penilai, the two final ratings and the predikat.
 *
 * @example
 * ```ts
 * const h: HasilPegawai = {
 *   pegawaiId: 'p-1', skpId: 'skp-1', tahun: 2026, unitKerjaId: 'kel-sago', kurvaUnitId: 'kel-sago',
 *   jenisJabatan: 'PELAKSANA', pimpinanUnit: false, pejabatPenilaiId: 'p-lurah',
 *   ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI', predikat: 'BAIK',
 * };
 * ```
 */
export interface HasilPegawai {
  readonly pegawaiId: string;
  readonly skpId: string;
  readonly tahun: number;
  readonly unitKerjaId: string;
  /** The unit whose kurva distribusi the pegawai belongs to (see `kurvaUnitOf`), or `null`. */
  readonly kurvaUnitId: string | null;
  readonly jenisJabatan: JenisJabatan;
  /** A unit leader: the rating hasil kerja was set from the unit's predikat organisasi. */
  readonly pimpinanUnit: boolean;
  readonly pejabatPenilaiId: string | null;
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly predikat: Predikat;
}

/**
 * An SKP the rules could not score (e.g. `evaluasi_missing`), with the issues.
 *
 * @example
 * ```ts
 * const g: GagalEvaluasi = { skpId: 'skp-9', pegawaiId: 'p-9', issues: [issue('evaluasi_missing', ['penilaian', 'ratingPerilakuKerja'], { aspect: 'perilaku_kerja' })] };
 * ```
 */
export interface GagalEvaluasi {
  readonly skpId: string;
  readonly pegawaiId: string;
  readonly issues: readonly Issue[];
}

/**
 * The annual results of a whole dataset under one rule pack.
 *
 * @example
 * ```ts
 * const r = evaluateDataset(generateAgency());
 * if (r.ok) r.value.hasil.filter((h) => h.predikat === 'SANGAT_BAIK').length;
 * ```
 */
export interface EvaluasiDataset {
  readonly pack: RulePackRef;
  /** One row per SKP scored, ordered by `skpId`. */
  readonly hasil: readonly HasilPegawai[];
  /** The SKP that could not be scored, ordered by `skpId`. */
  readonly gagal: readonly GagalEvaluasi[];
}

/**
 * @internal Code-unit order of strings (not locale order): the same on every machine.
 *
 * @param a - a string.
 * @param b - another string.
 * @returns negative, zero or positive, as `Array.prototype.sort` expects.
 * @example
 * ```ts
 * ['b', 'a', 'B'].sort(compareId); // ['B', 'a', 'b']
 * ```
 */
export function compareId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @internal A parsed dataset with its lookups, shared by the analytics. */
export interface PreparedDataset {
  readonly dataset: Dataset;
  readonly index: DatasetIndex;
  readonly kurvaUnit: KurvaUnitResolver;
}

/**
 * @internal Indexes a parsed dataset once for several analyses.
 *
 * @param dataset - a dataset, parsed.
 * @returns the dataset with its lookups.
 * @example
 * ```ts
 * const prepared = prepareDataset(parsed);
 * ```
 */
export function prepareDataset(dataset: Dataset): PreparedDataset {
  return {
    dataset,
    index: indexDataset(dataset),
    kurvaUnit: createKurvaUnitResolver(dataset.unitKerja, dataset.capaianKinerjaOrganisasi),
  };
}

/**
 * @internal {@link evaluateDataset} on a prepared dataset.
 *
 * @param prepared - the dataset and its lookups.
 * @param pack - a 6/2022 rule pack (checked by the caller).
 * @returns the results.
 * @example
 * ```ts
 * evaluatePrepared(prepareDataset(parsed), PERMENPANRB_6_2022).hasil.length;
 * ```
 */
export function evaluatePrepared(prepared: PreparedDataset, pack: RulePack62022): EvaluasiDataset {
  const { dataset, index, kurvaUnit } = prepared;
  const skps = dataset.skp
    .filter((s) => dataset.tahun === undefined || s.tahun === dataset.tahun)
    .sort((a, b) => compareId(a.id, b.id));
  const hasil: HasilPegawai[] = [];
  const gagal: GagalEvaluasi[] = [];
  let previous: string | undefined;
  for (const skp of skps) {
    if (skp.id === previous) continue; // a duplicate id cannot pass parsing; never score twice
    previous = skp.id;
    const kurva = kurvaUnit(skp.unitKerjaId, skp.tahun);
    const annual = index.evaluasiTahunan.get(skp.id);
    const penilaian: Penilaian =
      annual === undefined
        ? {}
        : annual.ratingRhk.length > 0
          ? {
              ratingHasilKerja: annual.ratingHasilKerja,
              ratingPerilakuKerja: annual.ratingPerilakuKerja,
              ratingRhk: annual.ratingRhk,
            }
          : { ratingHasilKerja: annual.ratingHasilKerja, ratingPerilakuKerja: annual.ratingPerilakuKerja };
    const predikatOrganisasi: PredikatOrganisasi | undefined = skp.pimpinanUnit
      ? kurva?.predikatOrganisasi
      : undefined;
    const r = scoreEvaluasi(
      {
        skp,
        realisasi: index.realisasi.get(skp.id) ?? [],
        penilaian,
        evaluasiPeriodik: index.evaluasiPeriodik.get(skp.id) ?? [],
        ...(predikatOrganisasi === undefined ? {} : { predikatOrganisasi }),
      },
      pack,
    );
    if (!r.ok) {
      gagal.push({ skpId: skp.id, pegawaiId: skp.pegawaiId, issues: r.issues });
      continue;
    }
    hasil.push({
      pegawaiId: skp.pegawaiId,
      skpId: skp.id,
      tahun: skp.tahun,
      unitKerjaId: skp.unitKerjaId,
      kurvaUnitId: kurva?.unit.id ?? null,
      jenisJabatan: skp.jenisJabatan,
      pimpinanUnit: skp.pimpinanUnit,
      pejabatPenilaiId: skp.pejabatPenilaiId,
      ratingHasilKerja: r.value.ratingHasilKerja,
      ratingPerilakuKerja: r.value.ratingPerilakuKerja,
      predikat: r.value.predikat,
    });
  }
  return { pack: rulePackRef(pack), hasil, gagal };
}

/**
 * Evaluates every SKP of a dataset for its year with the annual evaluation of PermenPANRB
 * 6/2022 (the kernel of `evaluateTahunan`): the SKP's realisasi, periodic evaluations and, when
 * present, the pejabat penilai's annual ratings (`evaluasiTahunan`); a unit leader's rating hasil
 * kerja follows the predikat organisasi of his or her kurva unit (the unit itself or the nearest
 * ancestor with one, as `kurvaUnitOf`). An SKP the rules cannot score is listed in `gagal` with
 * its issues; the rest are rows ready for tables.
 *
 * @param input - a dataset of any shape (see {@link DatasetSchema}); it is validated.
 * @param pack - the rule pack (default PermenPANRB 6/2022).
 * @returns the results, ordered by `skpId` (the same for any order of the input), or the issues
 *   of an invalid dataset.
 * @throws {@link RulePackError} when `pack` is not a 6/2022 rule pack made by `createRulePack`.
 * @example
 * ```ts
 * const r = evaluateDataset(generateAgency());
 * if (r.ok) r.value.hasil.length; // 90
 * ```
 */
export function evaluateDataset(
  input: unknown,
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<EvaluasiDataset> {
  assertRulePack62022(pack, 'pack');
  const parsed = parseDataset(input);
  if (!parsed.ok) return parsed;
  return ok(evaluatePrepared(prepareDataset(parsed.value), pack));
}
