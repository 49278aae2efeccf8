import { Decimal, toCanonical } from '../../decimal/decimal';
import { roundDecimal } from '../../decimal/rounding';
import { parseWith } from '../../issues/from-zod';
import { issue } from '../../issues/issue';
import { ok, type Result } from '../../issues/result';
import type { Aspek } from '../../model/indikator';
import { PP_46_2011 } from '../../rules/pp-46-2011';
import type { RulePackPp46 } from '../../rules/pp-46-2011/pack';
import { ASPEK_PERILAKU_PP46, type AspekPerilakuPp46 } from './aspek-perilaku-pp46';
import type { HasilPp46, NilaiAspekPp46, NilaiKegiatanPp46, NilaiPp46 } from './hasil-pp46';
import { nilaiCapaianKegiatan } from './nilai-capaian-kegiatan';
import { nilaiCapaianSkp } from './nilai-capaian-skp';
import { nilaiEfisiensi } from './nilai-efisiensi';
import { nilaiKreativitas } from './nilai-kreativitas';
import { nilaiPerilakuKerja } from './nilai-perilaku-kerja';
import { nilaiPrestasiKerja } from './nilai-prestasi-kerja';
import { nilaiRasio } from './nilai-rasio';
import { tierTugasTambahan } from './nilai-tugas-tambahan';
import { predikatPp46FromNilai } from './predikat-pp46-from-nilai';
import { type KegiatanPp46, SkpPp46InputSchema } from './skp-pp46-input';
import { type NilaiPerilakuKerjaStep, newTracePp46, type RumusAspekPp46, type TracePp46 } from './trace-pp46';

/** A value as the result shows it, with the text the trace shows. */
interface Shown extends NilaiPp46 {
  readonly value: Decimal;
  readonly compared: string;
}

/**
 * Significant digits a result keeps. The working precision is 40 digits, so a chain of divisions
 * (thirds, sixths, means) can leave noise in the last digits — 84.65 computed as
 * 84.65000000000000000000000000000000000001, or 90.995 as 90.99499999… — which would flip a
 * half-up rounding or a category bound. Rounding each result to 34 digits (decimal128's
 * precision) removes that noise; the formulas' own boundary tests are exact (decision 0011).
 */
const SIGNIFICANT_DIGITS = 34;

/** A computed value with the noise of the working precision removed. */
function clean(value: Decimal): Decimal {
  return value.toSignificantDigits(SIGNIFICANT_DIGITS, Decimal.ROUND_HALF_UP);
}

/** @internal The value (rounded when `pembulatan.antara`), its rounded text and its category. */
function show(computed: Decimal, pack: RulePackPp46): Shown {
  const p = pack.definition.pembulatan;
  const exact = clean(computed);
  const rounded = roundDecimal(exact, p.nilai);
  const value = p.antara ? rounded : exact;
  const kategori = predikatPp46FromNilai(value, pack);
  return {
    value,
    nilai: toCanonical(value),
    dibulatkan: toCanonical(rounded),
    predikat: kategori.predikat,
    compared: toCanonical(kategori.compared),
  };
}

/** An aspect value: as computed, and as the result shows it. */
interface AspekShown {
  readonly shown: Shown;
  readonly hasil: NilaiAspekPp46;
}

function plain(s: Shown): NilaiPp46 {
  return { nilai: s.nilai, dibulatkan: s.dibulatkan, predikat: s.predikat };
}

function aspekStep(
  trace: TracePp46,
  kegiatanId: string,
  aspek: Aspek,
  target: string,
  realisasi: string,
  formula: RumusAspekPp46,
  efisiensi: Decimal | null,
  s: Shown,
  pack: RulePackPp46,
): NilaiAspekPp46 {
  const e = pack.definition.efisiensi;
  const efisiensiText = efisiensi === null ? null : toCanonical(clean(efisiensi));
  trace.steps.push({
    kind: 'aspek',
    kegiatanId,
    aspek,
    target,
    realisasi,
    formula,
    efisiensi: efisiensiText,
    batasEfisiensi: efisiensi === null ? null : { nilai: e.batas, inklusif: e.batasInklusif },
    nilai: s.nilai,
    nilaiDibulatkan: s.dibulatkan,
    compared: s.compared,
    predikat: s.predikat,
  });
  return { ...plain(s), efisiensi: efisiensiText };
}

function scoreKegiatan(k: KegiatanPp46, i: number, pack: RulePackPp46, trace: TracePp46): NilaiKegiatanPp46 {
  const rasio = (aspek: Aspek, target: string, realisasi: string): AspekShown => {
    const s = show(nilaiRasio(target, realisasi), pack);
    return { shown: s, hasil: aspekStep(trace, k.id, aspek, target, realisasi, 'RASIO', null, s, pack) };
  };
  const efisiensi = (aspek: Aspek, target: string, realisasi: string): AspekShown => {
    const e = nilaiEfisiensi(target, realisasi, pack);
    const s = show(e.nilai, pack);
    const formula = e.sampaiBatas ? 'EFISIENSI_SAMPAI_BATAS' : 'EFISIENSI_DI_ATAS_BATAS';
    return {
      shown: s,
      hasil: aspekStep(trace, k.id, aspek, target, realisasi, formula, e.efisiensi, s, pack),
    };
  };

  const kuantitas = rasio('KUANTITAS', k.kuantitas.target, k.kuantitas.realisasi);
  const kualitas = rasio('KUALITAS', k.kualitas.target, k.kualitas.realisasi);
  const waktu = efisiensi('WAKTU', k.waktu.target, k.waktu.realisasi);
  let biaya: AspekShown | null = null;
  if (k.biaya !== undefined && k.biaya !== null) {
    if (k.biaya.target !== '0') {
      biaya = efisiensi('BIAYA', k.biaya.target, k.biaya.realisasi);
    } else if (k.biaya.realisasi !== '0') {
      // A realisasi biaya without a target: biaya is not scored (§3.1: only where targeted).
      trace.flags.push(
        issue('target_zero', ['kegiatan', i, 'biaya', 'target'], { indikatorId: k.id }, 'warning'),
      );
    }
  }

  const nc = nilaiCapaianKegiatan(
    {
      kuantitas: kuantitas.shown.value,
      kualitas: kualitas.shown.value,
      waktu: waktu.shown.value,
      biaya: biaya === null ? null : biaya.shown.value,
    },
    pack,
  );
  const s = show(nc.nilai, pack);
  const aspek: Aspek[] =
    biaya === null ? ['KUANTITAS', 'KUALITAS', 'WAKTU'] : ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'];
  const penghitungan = toCanonical(clean(nc.penghitungan));
  trace.steps.push({
    kind: 'nilai_capaian_kegiatan',
    kegiatanId: k.id,
    aspek,
    penghitungan,
    pembagi: nc.pembagi,
    nilai: s.nilai,
    nilaiDibulatkan: s.dibulatkan,
    compared: s.compared,
    predikat: s.predikat,
  });
  const hasil: NilaiKegiatanPp46 = {
    id: k.id,
    kuantitas: kuantitas.hasil,
    kualitas: kualitas.hasil,
    waktu: waktu.hasil,
    biaya: biaya === null ? null : biaya.hasil,
    penghitungan,
    pembagi: nc.pembagi,
    nilaiCapaian: plain(s),
  };
  return k.uraian === undefined ? hasil : { ...hasil, uraian: k.uraian };
}

/**
 * Scores one SKP under PP 46/2011 + Perka BKN 1/2013, as the official form does, exactly in
 * decimals, with the constants and choices of the rule pack:
 *
 * 1. per kegiatan, each aspect (§3.1): kuantitas `RO/TO × 100`, kualitas `RK/TK × 100`, waktu and
 *    — where biaya is targeted (TB > 0) — biaya by the efficiency formula ({@link nilaiEfisiensi});
 *    the penghitungan (their sum) and the nilai capaian, penghitungan / 3 (or / 4 with biaya);
 * 2. the nilai capaian SKP: the mean over the kegiatan plus the points for tugas tambahan (by
 *    number: 0 / 1–3 / 4–6 / ≥ 7 → 0 / 1 / 2 / 3) and kreativitas (3 / 6 / 12 by reach [U]);
 * 3. the nilai perilaku kerja: the mean of the aspects over 6 (pejabat struktural, with
 *    kepemimpinan) or 5;
 * 4. the nilai prestasi kerja: 60 % nilai SKP + 40 % nilai perilaku.
 *
 * $$\text{NPK} = 0.6 \left(\frac{1}{n}\sum_i \frac{\sum \text{aspek}_i}{3\,(4)} + \text{TT} + \text{K}\right) + 0.4\,\frac{\sum \text{perilaku}}{5\,(6)}$$
 *
 * Each value comes exact (`nilai`, kept to 34 significant digits so that the noise of the 40-digit
 * working precision never flips a rounding: 76.175 stays 76.175, shown 76.18), rounded per the
 * pack (`dibulatkan`, 2 places half-up) and with its category ({@link predikatPp46FromNilai}). With the pack's `pembulatan.antara`, each
 * value is rounded before the next step uses it. The trace lists every step with the pack's id
 * and version; a biaya realisasi without a biaya target is flagged (`target_zero`, a warning) and
 * not scored.
 *
 * Never throws on malformed input: every problem comes back as issues (see {@link SkpPp46InputSchema}).
 *
 * @param input - the SKP, see {@link SkpPp46Input}; anything is accepted and validated.
 * @param pack - the rule pack (default {@link PP_46_2011}).
 * @returns every value of the appraisal with its trace, or the issues.
 * @example
 * ```ts
 * // The Perka BKN example: 100 + 90 + 76 + 76 = 342; 342 / 4 = 85.50 (Baik).
 * const r = evaluatePp46({
 *   kegiatan: [{
 *     id: 'k-1', kuantitas: { target: 1, realisasi: 1 }, kualitas: { target: 100, realisasi: 90 },
 *     waktu: { target: 12, realisasi: 12 }, biaya: { target: '170395000', realisasi: '170395000' },
 *   }],
 *   perilakuKerja: { orientasiPelayanan: 80, integritas: 80, komitmen: 80, disiplin: 80, kerjaSama: 80 },
 * });
 * if (r.ok) r.value.nilaiSkp; // { nilai: '85.5', dibulatkan: '85.5', predikat: 'BAIK' }
 * ```
 */
export function evaluatePp46(input: unknown, pack: RulePackPp46 = PP_46_2011): Result<HasilPp46> {
  const parsed = parseWith(SkpPp46InputSchema, input);
  if (!parsed.ok) return parsed;
  const skp = parsed.value;
  const trace = newTracePp46(pack);

  const kegiatan = skp.kegiatan.map((k, i) => scoreKegiatan(k, i, pack, trace));

  const tier = tierTugasTambahan(skp.tugasTambahan.length, pack);
  const tugasTambahan = { jumlah: skp.tugasTambahan.length, nilai: toCanonical(tier.nilai) };
  trace.steps.push({
    kind: 'tugas_tambahan',
    jumlah: tugasTambahan.jumlah,
    jumlahMinimum: tier.jumlahMinimum,
    nilai: tugasTambahan.nilai,
  });
  const tingkat = skp.kreativitas.map((k) => k.tingkat);
  const kreativitasNilai = nilaiKreativitas(tingkat, pack);
  const kreativitas = { jumlah: tingkat.length, nilai: toCanonical(kreativitasNilai) };
  trace.steps.push({
    kind: 'kreativitas',
    tingkat,
    agregasi: pack.definition.kreativitas.agregasi,
    nilai: kreativitas.nilai,
  });

  const skpValue = nilaiCapaianSkp(
    kegiatan.map((k) => k.nilaiCapaian.nilai),
    { tugasTambahan: tier.nilai, kreativitas: kreativitasNilai },
  );
  const nilaiSkp = show(skpValue.nilai, pack);
  const rataRataKegiatan = toCanonical(clean(skpValue.rataRata));
  trace.steps.push({
    kind: 'nilai_capaian_skp',
    jumlahKegiatan: kegiatan.length,
    rataRataKegiatan,
    tugasTambahan: tugasTambahan.nilai,
    kreativitas: kreativitas.nilai,
    nilai: nilaiSkp.nilai,
    nilaiDibulatkan: nilaiSkp.dibulatkan,
    compared: nilaiSkp.compared,
    predikat: nilaiSkp.predikat,
  });

  const aspek: Partial<Record<AspekPerilakuPp46, NilaiPp46>> = {};
  const values: Partial<Record<AspekPerilakuPp46, Decimal>> = {};
  const aspekSteps: NilaiPerilakuKerjaStep['aspek'][number][] = [];
  for (const a of ASPEK_PERILAKU_PP46) {
    const v = skp.perilakuKerja[a];
    if (v === undefined) continue;
    const s = show(new Decimal(v), pack);
    aspek[a] = plain(s);
    values[a] = s.value;
    aspekSteps.push({ aspek: a, nilai: s.nilai, compared: s.compared, predikat: s.predikat });
  }
  const perilaku = nilaiPerilakuKerja(values, skp.struktural, pack);
  const nilaiPerilaku = show(perilaku.nilai, pack);
  const jumlahPerilaku = toCanonical(perilaku.jumlah);
  trace.steps.push({
    kind: 'nilai_perilaku_kerja',
    struktural: skp.struktural,
    aspek: aspekSteps,
    jumlah: jumlahPerilaku,
    pembagi: perilaku.pembagi,
    nilai: nilaiPerilaku.nilai,
    nilaiDibulatkan: nilaiPerilaku.dibulatkan,
    compared: nilaiPerilaku.compared,
    predikat: nilaiPerilaku.predikat,
  });

  const prestasi = nilaiPrestasiKerja(nilaiSkp.value, nilaiPerilaku.value, pack);
  const nilaiPrestasi = show(prestasi.nilai, pack);
  const bagianSkp = toCanonical(clean(prestasi.bagianSkp));
  const bagianPerilakuKerja = toCanonical(clean(prestasi.bagianPerilakuKerja));
  const bobot = pack.definition.bobot;
  trace.steps.push({
    kind: 'nilai_prestasi_kerja',
    nilaiSkp: nilaiSkp.nilai,
    bobotSkp: bobot.nilaiSkp,
    bagianSkp,
    nilaiPerilakuKerja: nilaiPerilaku.nilai,
    bobotPerilakuKerja: bobot.nilaiPerilakuKerja,
    bagianPerilakuKerja,
    nilai: nilaiPrestasi.nilai,
    nilaiDibulatkan: nilaiPrestasi.dibulatkan,
    compared: nilaiPrestasi.compared,
    predikat: nilaiPrestasi.predikat,
  });

  const hasil: HasilPp46 = {
    kegiatan,
    rataRataKegiatan,
    tugasTambahan,
    kreativitas,
    nilaiSkp: plain(nilaiSkp),
    perilakuKerja: {
      struktural: skp.struktural,
      aspek,
      jumlah: jumlahPerilaku,
      pembagi: perilaku.pembagi,
      nilai: plain(nilaiPerilaku),
    },
    prestasiKerja: { bagianSkp, bagianPerilakuKerja, nilai: plain(nilaiPrestasi) },
    trace,
  };
  return ok(skp.skpId === undefined ? hasil : { skpId: skp.skpId, ...hasil });
}
