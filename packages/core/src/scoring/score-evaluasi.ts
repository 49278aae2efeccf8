import { Decimal } from '../decimal/decimal';
import { type Issue, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { EvaluasiPeriodik, RatingRhk } from '../model/evaluasi';
import { jumlahPeriode } from '../model/periode';
import type { PredikatOrganisasi, Rating } from '../model/predikat';
import type { Realisasi } from '../model/realisasi';
import type { Skp } from '../model/skp';
import type { RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { aggregateKernel } from './aggregate-ratings';
import { computeCapaian, toTargetDecimal } from './compute-capaian';
import type { Penilaian } from './evaluasi-input';
import type { CapaianIki, HasilEvaluasi } from './hasil-evaluasi';
import { lookupPredikat } from './predikat-from-ratings';
import { ratingPimpinanUnit } from './rating-pimpinan-unit';
import { rateRhk } from './rating-rhk';
import { realisasiTahunan } from './realisasi-tahunan';
import { suggestRatingHasilKerja } from './saran-rating-hasil-kerja';
import { targetPeriodik } from './target-periodik';
import { newTrace, type RatingAspect, type RatingRhkEntry, type Trace } from './trace';

/**
 * @internal A validated evaluation input (annual when `periodeKe` is absent). The kernel trusts
 * it: run it through `EvaluasiTahunanInputSchema` / `EvaluasiPeriodikInputSchema` first, or build
 * it from data validated once (a batch over stored, valid SKPs).
 */
export interface EvaluasiData {
  readonly skp: Skp;
  readonly realisasi: readonly Realisasi[];
  readonly penilaian: Penilaian;
  readonly predikatOrganisasi?: PredikatOrganisasi;
  readonly evaluasiPeriodik?: readonly EvaluasiPeriodik[];
  readonly periodeKe?: number;
}

const NONE: readonly never[] = Object.freeze([]);
const byPeriode = (a: EvaluasiPeriodik, b: EvaluasiPeriodik): number => a.periodeKe - b.periodeKe;
const PENILAIAN_FIELD = { hasil_kerja: 'ratingHasilKerja', perilaku_kerja: 'ratingPerilakuKerja' } as const;

/** The RHK ratings given by the pejabat penilai, in SKP order; an unrated RHK counts as di bawah. */
function ratingRhkFromPenilai(skp: Skp, given: readonly RatingRhk[], trace: Trace): RatingRhkEntry[] {
  const byId = new Map<string, Rating>();
  for (const r of given) byId.set(r.rhkId, r.rating);
  const out: RatingRhkEntry[] = [];
  for (const rhk of skp.rencanaHasilKerja) {
    let rating = byId.get(rhk.id);
    if (rating === undefined) {
      rating = 'DI_BAWAH_EKSPEKTASI';
      trace.flags.push(issue('rating_rhk_missing', ['penilaian', 'ratingRhk'], { rhkId: rhk.id }, 'warning'));
    }
    out.push({ rhkId: rhk.id, jenis: rhk.jenis, rating });
  }
  return out;
}

interface Kuantitatif {
  readonly capaian: CapaianIki[];
  readonly ratingRhk: RatingRhkEntry[];
  readonly rating: Rating;
}

/**
 * The suggestion of the kuantitatif approach: realisasi (annual: combined by `akumulasi`) →
 * capaian per indikator → rating per RHK → suggestion. `null` when there is no realisasi in scope,
 * or when an indikator's capaian cannot be computed (a zero target; flagged): the suggestion then
 * rests on the next basis.
 */
function suggestFromCapaian(data: EvaluasiData, pack: RulePack62022, trace: Trace): Kuantitatif | null {
  const { skp, periodeKe } = data;
  const byIki = new Map<string, Realisasi[]>();
  for (const r of data.realisasi) {
    if (r.nilai === undefined || (periodeKe !== undefined && r.periodeKe !== periodeKe)) continue;
    const list = byIki.get(r.indikatorId);
    if (list === undefined) byIki.set(r.indikatorId, [r]);
    else list.push(r);
  }
  if (byIki.size === 0) return null;

  const windows = jumlahPeriode(skp.jenisPeriodik);
  const capaian: CapaianIki[] = [];
  const ratingRhk: RatingRhkEntry[] = [];
  let complete = true;
  const rhks = skp.rencanaHasilKerja;
  for (let i = 0; i < rhks.length; i++) {
    const rhk = rhks[i]!;
    const indikator: CapaianIki[] = [];
    const values: (Decimal | null)[] = [];
    for (let j = 0; j < rhk.indikator.length; j++) {
      const iki = rhk.indikator[j]!;
      const path = ['skp', 'rencanaHasilKerja', i, 'indikator', j];
      if (iki.target.jenis === 'NARATIF') {
        // Unreachable for a valid KUANTITATIF SKP; kept as a flag rather than a crash.
        trace.flags.push(issue('target_not_numeric', path, { indikatorId: iki.id }, 'warning'));
        complete = false;
        continue;
      }
      const list = byIki.get(iki.id);
      if (list === undefined) {
        trace.flags.push(issue('realisasi_missing', path, { indikatorId: iki.id }, 'warning'));
        indikator.push({
          rhkId: rhk.id,
          indikatorId: iki.id,
          realisasi: null,
          capaian: null,
          capaianDibulatkan: null,
          rating: 'DI_BAWAH_EKSPEKTASI',
        });
        values.push(null);
        continue;
      }
      let realisasi: Decimal;
      let realisasiText: string;
      let target = toTargetDecimal(iki.target);
      let targetTrace: typeof iki.target = iki.target;
      if (periodeKe === undefined) {
        const annual = realisasiTahunan(iki.id, iki.akumulasi, list, trace);
        realisasi = annual.value;
        realisasiText = annual.text;
      } else {
        realisasiText = list[0]!.nilai!;
        realisasi = new Decimal(realisasiText);
        const t = targetPeriodik(iki.id, iki.akumulasi, target, iki.target, periodeKe, windows, trace);
        target = t.target;
        targetTrace = t.trace;
      }
      const c = computeCapaian(
        target,
        targetTrace,
        realisasi,
        realisasiText,
        iki.polaritas,
        pack,
        iki.id,
        trace,
        path,
      );
      if (c === null) {
        trace.flags.push(issue('target_zero', [...path, 'target'], { indikatorId: iki.id }, 'warning'));
        complete = false;
        continue;
      }
      indikator.push({
        rhkId: rhk.id,
        indikatorId: iki.id,
        realisasi: c.realisasiText,
        capaian: c.capaianText,
        capaianDibulatkan: c.dibulatkanText,
        rating: c.rating,
      });
      values.push(c.capaian);
    }
    if (!complete) continue;
    const rating = rateRhk(rhk.id, rhk.jenis, indikator, values, pack, trace);
    ratingRhk.push({ rhkId: rhk.id, jenis: rhk.jenis, rating });
    for (const entry of indikator) capaian.push(entry);
  }
  if (!complete) return null;
  const { rating } = suggestRatingHasilKerja(ratingRhk, 'CAPAIAN', pack, trace);
  return { capaian, ratingRhk, rating };
}

/**
 * The final rating of one aspect: the pejabat penilai's when given (flagged when it differs from
 * the suggestion), else the suggestion; neither is an `evaluasi_missing` error.
 */
function finalRating(
  aspect: RatingAspect,
  given: Rating | undefined,
  suggested: Rating | undefined,
  trace: Trace,
  errors: Issue[],
): Rating | undefined {
  if (given !== undefined) {
    if (suggested !== undefined && suggested !== given) {
      trace.flags.push(
        issue(
          'rating_deviates',
          ['penilaian', PENILAIAN_FIELD[aspect]],
          { aspect, given, suggested },
          'warning',
        ),
      );
    }
    trace.steps.push({
      kind: 'rating_final',
      aspect,
      given,
      suggested: suggested ?? null,
      source: 'PENILAI',
      rating: given,
    });
    return given;
  }
  if (suggested !== undefined) {
    trace.steps.push({
      kind: 'rating_final',
      aspect,
      given: null,
      suggested,
      source: 'SARAN',
      rating: suggested,
    });
    return suggested;
  }
  errors.push(issue('evaluasi_missing', ['penilaian', PENILAIAN_FIELD[aspect]], { aspect }));
  return undefined;
}

/**
 * @internal The evaluation kernel shared by {@link evaluateTahunan} and {@link evaluatePeriodik}:
 * no zod, the input is trusted (see {@link EvaluasiData}). Rating hasil kerja, suggested from the
 * first basis that applies:
 *
 * (a) a unit leader (`skp.pimpinanUnit`): the predikat organisasi via `ratingPimpinanUnit`, which
 *     is *set* as the rating (a different penilai rating is flagged and loses); required in the
 *     annual evaluation (`predikat_organisasi_missing`), applied in a periodic one only when given;
 * (b) the penilai's RHK ratings → `saranRatingHasilKerja` (an unrated RHK: `rating_rhk_missing`,
 *     counted di bawah);
 * (c) KUANTITATIF with realisasi in scope: capaian per indikator → RHK rating → suggestion;
 * (d) annual only: the periodic ratings hasil kerja via `aggregateRatings`.
 *
 * Rating perilaku kerja: annual only, the periodic ratings via `aggregateRatings`. Final rating:
 * the penilai's when given (a `rating_deviates` warning when it differs), else the suggestion;
 * neither → `evaluasi_missing` (error). Then the predikat from the matrix.
 */
export function scoreEvaluasi(data: EvaluasiData, pack: RulePack62022): Result<HasilEvaluasi> {
  const trace = newTrace(pack);
  const errors: Issue[] = [];
  const { skp, penilaian, periodeKe } = data;
  const annual = periodeKe === undefined;
  const evaluasi =
    annual && data.evaluasiPeriodik !== undefined && data.evaluasiPeriodik.length > 0
      ? data.evaluasiPeriodik.slice().sort(byPeriode)
      : NONE;

  let saranHasil: Rating | undefined;
  let capaian: readonly CapaianIki[] = NONE;
  let ratingRhk: readonly RatingRhkEntry[] = NONE;
  let ratingHasilKerja: Rating | undefined;

  if (skp.pimpinanUnit && (annual || data.predikatOrganisasi !== undefined)) {
    // (a) The unit's capaian is set as the leader's rating hasil kerja (§1.5).
    if (data.predikatOrganisasi === undefined) {
      errors.push(
        issue('predikat_organisasi_missing', ['predikatOrganisasi'], {
          unitKerjaId: skp.unitKerjaId,
          tahun: skp.tahun,
        }),
      );
    } else {
      const { rating, step } = ratingPimpinanUnit(data.predikatOrganisasi, pack);
      trace.steps.push(step);
      trace.flags.push(
        issue(
          'rating_from_predikat_organisasi',
          ['predikatOrganisasi'],
          { predikatOrganisasi: data.predikatOrganisasi, rating },
          'warning',
        ),
      );
      saranHasil = rating;
      ratingHasilKerja = rating;
      const given = penilaian.ratingHasilKerja;
      if (given !== undefined && given !== rating) {
        trace.flags.push(
          issue(
            'rating_deviates',
            ['penilaian', 'ratingHasilKerja'],
            { aspect: 'hasil_kerja', given, suggested: rating },
            'warning',
          ),
        );
      }
      trace.steps.push({
        kind: 'rating_final',
        aspect: 'hasil_kerja',
        given: given ?? null,
        suggested: rating,
        source: 'PREDIKAT_ORGANISASI',
        rating,
      });
    }
  } else {
    const given = penilaian.ratingRhk;
    if (given !== undefined && given.length > 0) {
      // (b)
      ratingRhk = ratingRhkFromPenilai(skp, given, trace);
      saranHasil = suggestRatingHasilKerja(ratingRhk, 'RATING_RHK', pack, trace).rating;
    } else if (skp.pendekatan === 'KUANTITATIF') {
      // (c)
      const k = suggestFromCapaian(data, pack, trace);
      if (k !== null) {
        saranHasil = k.rating;
        capaian = k.capaian;
        ratingRhk = k.ratingRhk;
      }
    }
    if (saranHasil === undefined && evaluasi.length > 0) {
      // (d)
      const { rating, step } = aggregateKernel(
        evaluasi.map((e) => e.ratingHasilKerja),
        pack,
        'hasil_kerja',
      );
      trace.steps.push(step);
      saranHasil = rating;
    }
    ratingHasilKerja = finalRating('hasil_kerja', penilaian.ratingHasilKerja, saranHasil, trace, errors);
  }

  let saranPerilaku: Rating | undefined;
  if (evaluasi.length > 0) {
    const { rating, step } = aggregateKernel(
      evaluasi.map((e) => e.ratingPerilakuKerja),
      pack,
      'perilaku_kerja',
    );
    trace.steps.push(step);
    saranPerilaku = rating;
  }
  const ratingPerilakuKerja = finalRating(
    'perilaku_kerja',
    penilaian.ratingPerilakuKerja,
    saranPerilaku,
    trace,
    errors,
  );

  if (errors.length > 0 || ratingHasilKerja === undefined || ratingPerilakuKerja === undefined) {
    return fail(errors);
  }
  const predikat = lookupPredikat(ratingHasilKerja, ratingPerilakuKerja, pack, trace);
  const saran: { ratingHasilKerja?: Rating; ratingPerilakuKerja?: Rating } = {};
  if (saranHasil !== undefined) saran.ratingHasilKerja = saranHasil;
  if (saranPerilaku !== undefined) saran.ratingPerilakuKerja = saranPerilaku;
  const base = {
    skpId: skp.id,
    ratingHasilKerja,
    ratingPerilakuKerja,
    predikat,
    saran,
    capaian,
    ratingRhk,
    trace,
  };
  return ok(annual ? base : { ...base, periodeKe });
}
