import {
  type Akumulasi,
  type CapaianIndikator,
  capaianIndikator,
  Decimal,
  evaluateTahunan,
  type HasilEvaluasi,
  type IndikatorKinerjaIndividu,
  type Issue,
  type JendelaPeriode,
  parseSkp,
  periodeWindows,
  type Realisasi,
  type RealisasiLayanan,
  type RencanaHasilKerja,
  realisasiDariLayanan,
  type Skp,
  toCanonical,
} from '@kinerja/core';
import {
  EVALUASI_PERIODIK,
  INDIKATOR_LAYANAN,
  KALENDER_2026,
  REALISASI_MANUAL,
  REGISTER_LAYANAN,
  SKP_INPUT,
  STANDAR_WAKTU,
} from './data';

/** The service register's result for one quarter, with and without the holiday list. */
export interface LayananTriwulan {
  readonly jendela: JendelaPeriode;
  readonly hasil: RealisasiLayanan;
  /** The same quarter if the agency had listed no holidays (to show what the list changes). */
  readonly tanpaLibur: RealisasiLayanan;
}

/** One indikator's way from its quarterly realisasi to its annual capaian. */
export interface CapaianTahunan {
  readonly rhk: RencanaHasilKerja;
  readonly indikator: IndikatorKinerjaIndividu;
  /** The quarterly values, in order. */
  readonly periodik: readonly { readonly periodeKe: number; readonly nilai: string }[];
  /** The annual realisasi combined by the indikator's akumulasi. */
  readonly realisasiTahunan: string;
  readonly hasil: CapaianIndikator;
}

/** Everything the printout shows, computed step by step. */
export interface SkpManual {
  readonly skp: Skp;
  readonly layanan: readonly LayananTriwulan[];
  readonly realisasi: readonly Realisasi[];
  readonly capaian: readonly CapaianTahunan[];
  readonly evaluasi: HasilEvaluasi;
}

/** Where a step stopped, and why. */
export interface Kegagalan {
  readonly langkah: string;
  readonly issues: readonly Issue[];
}

/** The annual realisasi of periodic values by akumulasi: the sum, the mean, or the last one. */
export function gabungkan(akumulasi: Akumulasi, nilai: readonly string[]): string {
  if (akumulasi === 'TERAKHIR') return toCanonical(nilai[nilai.length - 1]!);
  const sum = nilai.reduce((s, v) => s.plus(v), new Decimal(0));
  return toCanonical(akumulasi === 'JUMLAH' ? sum : sum.div(nilai.length));
}

/**
 * Scores the example's SKP by hand, one library call per step:
 * 1. `parseSkp` reads the SKP;
 * 2. per quarter, `realisasiDariLayanan` turns the register into realisasi of IKI 1–3;
 * 3. with the typed-in realisasi of IKI 4–5, each indikator's quarterly values are combined by
 *    its akumulasi and `capaianIndikator` gives the annual capaian and rating;
 * 4. `evaluateTahunan` gives the ratings and the predikat, with its own trace.
 *
 * @returns the computation, or the step that failed with its issues.
 */
export function computeSkpManual(): { ok: true; value: SkpManual } | { ok: false; error: Kegagalan } {
  const parsed = parseSkp(SKP_INPUT);
  if (!parsed.ok) return { ok: false, error: { langkah: 'parseSkp', issues: parsed.issues } };
  const skp = parsed.value;

  const layanan: LayananTriwulan[] = [];
  const realisasi: Realisasi[] = [];
  for (const jendela of periodeWindows({ tahun: skp.tahun, jenisPeriodik: skp.jenisPeriodik })) {
    const options = {
      petugasId: skp.pegawaiId,
      awal: jendela.awal,
      akhir: jendela.akhir,
      standarWaktu: STANDAR_WAKTU,
      kalender: KALENDER_2026,
      indikator: INDIKATOR_LAYANAN,
    };
    const hasil = realisasiDariLayanan(REGISTER_LAYANAN, options);
    if (!hasil.ok) return { ok: false, error: { langkah: 'realisasiDariLayanan', issues: hasil.issues } };
    const tanpaLibur = realisasiDariLayanan(REGISTER_LAYANAN, { ...options, kalender: { hariLibur: [] } });
    if (!tanpaLibur.ok)
      return { ok: false, error: { langkah: 'realisasiDariLayanan', issues: tanpaLibur.issues } };
    layanan.push({ jendela, hasil: hasil.value, tanpaLibur: tanpaLibur.value });
    for (const r of hasil.value.realisasi) {
      realisasi.push({
        id: `r-${r.indikatorId}-tw${jendela.ke}`,
        skpId: skp.id,
        indikatorId: r.indikatorId,
        periodeKe: jendela.ke,
        nilai: r.nilai,
        buktiDukung: [
          {
            id: `bd-${r.indikatorId}-tw${jendela.ke}`,
            uraian: `Rekap register layanan PATEN ${jendela.awal} s.d. ${jendela.akhir}`,
            tautan: `https://drive.example/senapelan/paten/register-tw${jendela.ke}.csv`,
          },
        ],
      });
    }
  }
  realisasi.push(...REALISASI_MANUAL);

  const capaian: CapaianTahunan[] = [];
  for (const rhk of skp.rencanaHasilKerja) {
    for (const indikator of rhk.indikator) {
      const periodik = realisasi
        .filter((r) => r.indikatorId === indikator.id && r.nilai !== undefined)
        .sort((a, b) => a.periodeKe - b.periodeKe)
        .map((r) => ({ periodeKe: r.periodeKe, nilai: r.nilai! }));
      const realisasiTahunan = gabungkan(
        indikator.akumulasi,
        periodik.map((p) => p.nilai),
      );
      const hasil = capaianIndikator({
        indikatorId: indikator.id,
        target: indikator.target,
        realisasi: realisasiTahunan,
        polaritas: indikator.polaritas,
      });
      if (!hasil.ok) return { ok: false, error: { langkah: 'capaianIndikator', issues: hasil.issues } };
      capaian.push({ rhk, indikator, periodik, realisasiTahunan, hasil: hasil.value });
    }
  }

  const evaluasi = evaluateTahunan({ skp, realisasi, evaluasiPeriodik: EVALUASI_PERIODIK });
  if (!evaluasi.ok) return { ok: false, error: { langkah: 'evaluateTahunan', issues: evaluasi.issues } };
  return { ok: true, value: { skp, layanan, realisasi, capaian, evaluasi: evaluasi.value } };
}
