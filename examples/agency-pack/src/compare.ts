/**
 * The example's computation, without I/O: validate the agency's override and TPP configuration,
 * then score each pegawai for the month with the built-in PermenPANRB 6/2022 pack and with the
 * overridden pack, and compute the monthly TPP (and, for a jabatan fungsional, the angka kredit)
 * from each predikat.
 */
import {
  angkaKredit,
  applyOverride,
  evaluatePeriodik,
  fail,
  type HasilEvaluasi,
  type HasilTpp,
  hitungTpp,
  issue,
  ok,
  PERMENPANRB_6_2022,
  parseTppConfig,
  type Result,
  type RulePack62022,
  type TppConfig,
} from '@kinerja/core';
import { PEGAWAI, PERIODE, type PegawaiContoh, realisasiOf, skpOf } from './pegawai';

/** What one set of rules gives a pegawai for the month. */
export interface HasilAturan {
  readonly evaluasi: HasilEvaluasi;
  readonly tpp: HasilTpp;
  /** The angka kredit of the month for a jabatan fungsional, else `null`. */
  readonly angkaKredit: string | null;
}

/** One pegawai under the built-in pack and under the agency's override. */
export interface BarisPerbandingan {
  readonly pegawai: PegawaiContoh;
  readonly dasar: HasilAturan;
  readonly instansi: HasilAturan;
}

/** The whole comparison. */
export interface Perbandingan {
  readonly dasar: RulePack62022;
  readonly instansi: RulePack62022;
  readonly tpp: TppConfig;
  readonly periode: typeof PERIODE;
  readonly baris: readonly BarisPerbandingan[];
}

/**
 * Applies the override file to PermenPANRB 6/2022 (it must stay a 6/2022 pack, the regime the
 * example scores with).
 */
export function loadOverride(json: unknown): Result<RulePack62022> {
  const r = applyOverride(PERMENPANRB_6_2022, json);
  if (!r.ok) return r;
  if (r.value.regime !== 'permenpanrb-6-2022') {
    return fail([
      issue('regime_mismatch', ['base', 'id'], {
        expected: ['permenpanrb-6-2022'],
        received: r.value.regime,
      }),
    ]);
  }
  return ok(r.value);
}

/** Validates the TPP configuration file. */
export function loadTpp(json: unknown): Result<TppConfig> {
  return parseTppConfig(json);
}

function under(pack: RulePack62022, tpp: TppConfig, p: PegawaiContoh): Result<HasilAturan> {
  const evaluasi = evaluatePeriodik(
    {
      skp: skpOf(p),
      realisasi: realisasiOf(p),
      periodeKe: PERIODE.bulan,
      penilaian: { ratingPerilakuKerja: p.ratingPerilakuKerja },
    },
    pack,
  );
  if (!evaluasi.ok) return evaluasi;
  const { predikat } = evaluasi.value;
  const hasilTpp = hitungTpp(
    {
      pegawaiId: p.id,
      kelasJabatan: p.kelasJabatan,
      periode: PERIODE,
      predikat,
      disiplin: p.disiplin,
      hukumanDisiplin: p.hukumanDisiplin ?? [],
    },
    tpp,
  );
  if (!hasilTpp.ok) return hasilTpp;
  let ak: string | null = null;
  if (p.jenjang !== undefined) {
    const r = angkaKredit({ jenjang: p.jenjang, predikat, bulan: 1 });
    if (!r.ok) return r;
    ak = r.value.angkaKredit;
  }
  return ok({ evaluasi: evaluasi.value, tpp: hasilTpp.value, angkaKredit: ak });
}

/**
 * Scores every pegawai under both packs and computes the TPP of each.
 *
 * @param instansi - the overridden pack.
 * @param tpp - the validated TPP configuration.
 * @param pegawai - the pegawai (default: the example's five).
 * @returns the comparison, or the first pegawai's issues.
 */
export function compare(
  instansi: RulePack62022,
  tpp: TppConfig,
  pegawai: readonly PegawaiContoh[] = PEGAWAI,
): Result<Perbandingan> {
  const baris: BarisPerbandingan[] = [];
  for (const p of pegawai) {
    const dasar = under(PERMENPANRB_6_2022, tpp, p);
    if (!dasar.ok) return dasar;
    const lokal = under(instansi, tpp, p);
    if (!lokal.ok) return lokal;
    baris.push({ pegawai: p, dasar: dasar.value, instansi: lokal.value });
  }
  return ok({ dasar: PERMENPANRB_6_2022, instansi, tpp, periode: PERIODE, baris });
}
