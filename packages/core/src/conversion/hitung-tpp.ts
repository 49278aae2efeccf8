import { Decimal, toCanonical } from '../decimal/decimal';
import { roundDecimal } from '../decimal/rounding';
import { parseWith } from '../issues/from-zod';
import { type Issue, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { rulePackRef } from '../rules/rule-pack-ref';
import type { KonversiTrace, TppPaguStep, TppTraceStep } from './konversi-trace';
import { resolveTppConfig, type TppConfig, type TppHukumanDisiplin, type TppPotongan } from './tpp-config';
import { type Bulan, type TppInputData, TppInputSchema } from './tpp-input';

/**
 * One component of a computed TPP: its share of the pagu (`alokasi`, exact), the percentage paid,
 * the amount before deductions (`nominal`), its deductions and what is left.
 *
 * @example
 * ```ts
 * const k: KomponenTpp = {
 *   kode: 'DISIPLIN', nama: 'Disiplin kerja', jenis: 'DISIPLIN', bobot: '40', alokasi: '1600000',
 *   persen: '100', nominal: '1600000', potongan: '32000', neto: '1568000',
 * };
 * ```
 */
export interface KomponenTpp {
  readonly kode: string;
  readonly nama: string;
  readonly jenis: 'KINERJA' | 'DISIPLIN' | 'INPUT';
  readonly bobot: string;
  readonly alokasi: string;
  readonly persen: string;
  readonly nominal: string;
  readonly potongan: string;
  readonly neto: string;
}

/**
 * One deduction line of a computed TPP:
 *
 * - `DISIPLIN`: a row of a disiplin component's table, `jumlah` times its percentage of the
 *   component's alokasi;
 * - `BATAS_POTONGAN`: a negative correction that brings a disiplin component's deductions down
 *   to its `batasPotongan` (no `uraian`: render it from `jenis`);
 * - `HUKUMAN_DISIPLIN`: the hukuman disiplin in force, its percentage of the configured base.
 *
 * @example
 * ```ts
 * const line: PotonganTpp = {
 *   kode: 'TL2', uraian: 'Terlambat 31–60 menit', jenis: 'DISIPLIN', komponen: 'DISIPLIN',
 *   jumlah: 2, satuan: 'KEJADIAN', persen: '2', nominal: '32000',
 * };
 * ```
 */
export interface PotonganTpp {
  readonly kode: string;
  readonly uraian: string | null;
  readonly jenis: 'DISIPLIN' | 'BATAS_POTONGAN' | 'HUKUMAN_DISIPLIN';
  /** The component deducted from, or `null` for a hukuman disiplin (the whole TPP). */
  readonly komponen: string | null;
  readonly jumlah: number | null;
  readonly satuan: 'KEJADIAN' | 'HARI' | null;
  readonly persen: string;
  readonly nominal: string;
}

/**
 * The TPP of one pegawai for one month. Every amount is a canonical decimal string in rupiah,
 * rounded per the configuration's `pembulatan`; `bruto` is the sum of the components' `nominal`,
 * and `neto = bruto − totalPotongan` (before taxes and contributions, which are outside Kinerja).
 *
 * @example
 * ```ts
 * const r = hitungTpp(input, config);
 * if (r.ok) console.log(r.value.bruto, r.value.potongan.map((p) => p.kode), r.value.neto);
 * ```
 */
export interface HasilTpp {
  readonly pegawaiId?: string;
  readonly periode: Bulan;
  readonly pagu: string;
  readonly bruto: string;
  readonly perKomponen: readonly KomponenTpp[];
  readonly potongan: readonly PotonganTpp[];
  readonly totalPotongan: string;
  readonly neto: string;
  readonly trace: KonversiTrace<TppTraceStep>;
}

function resolvePagu(input: TppInputData, config: TppConfig, issues: Issue[]): TppPaguStep | null {
  if (input.pagu !== undefined) return { kind: 'tpp_pagu', sumber: 'INPUT', pagu: input.pagu };
  const { perPegawai, perKelasJabatan } = config.pagu;
  if (
    input.pegawaiId !== undefined &&
    perPegawai !== undefined &&
    Object.hasOwn(perPegawai, input.pegawaiId)
  ) {
    return {
      kind: 'tpp_pagu',
      sumber: 'PEGAWAI',
      pegawaiId: input.pegawaiId,
      pagu: perPegawai[input.pegawaiId]!,
    };
  }
  if (input.kelasJabatan !== undefined) {
    const pagu = perKelasJabatan?.[String(input.kelasJabatan) as keyof typeof perKelasJabatan];
    if (pagu !== undefined)
      return { kind: 'tpp_pagu', sumber: 'KELAS_JABATAN', kelasJabatan: input.kelasJabatan, pagu };
    issues.push(
      issue('unknown_reference', ['kelasJabatan'], { kind: 'kelasJabatan', id: String(input.kelasJabatan) }),
    );
    return null;
  }
  if (input.pegawaiId !== undefined && perPegawai !== undefined) {
    issues.push(issue('unknown_reference', ['pegawaiId'], { kind: 'pegawai', id: input.pegawaiId }));
    return null;
  }
  issues.push(issue('required', [perKelasJabatan !== undefined ? 'kelasJabatan' : 'pegawaiId'], {}));
  return null;
}

/** The references of the input to the configuration: kodes, kelompok, the kinerja basis. */
function crossCheck(input: TppInputData, config: TppConfig, issues: Issue[]): void {
  const potongan = new Set<string>();
  const kelompok = new Set<string>();
  const inputKomponen = new Set<string>();
  let needsPredikat = false;
  let needsCapaian = false;
  for (const k of config.komponen) {
    if (k.jenis === 'KINERJA') {
      if (k.dasar === 'PREDIKAT') needsPredikat = true;
      else needsCapaian = true;
    } else if (k.jenis === 'INPUT') {
      inputKomponen.add(k.kode);
      if (!Object.hasOwn(input.persenKomponen, k.kode))
        issues.push(issue('required', ['persenKomponen', k.kode], {}));
    } else {
      for (const row of k.potongan) {
        potongan.add(row.kode);
        if (row.kelompok !== undefined) kelompok.add(row.kelompok);
      }
    }
  }
  if (needsPredikat && input.predikat === undefined) issues.push(issue('required', ['predikat'], {}));
  if (needsCapaian && input.capaian === undefined) issues.push(issue('required', ['capaian'], {}));
  for (const kode of Object.keys(input.persenKomponen)) {
    if (!inputKomponen.has(kode)) {
      issues.push(issue('unknown_reference', ['persenKomponen', kode], { kind: 'komponen', id: kode }));
    }
  }
  input.disiplin.kejadian.forEach((e, i) => {
    if (!potongan.has(e.kode)) {
      issues.push(
        issue('unknown_reference', ['disiplin', 'kejadian', i, 'kode'], { kind: 'potongan', id: e.kode }),
      );
    }
  });
  input.disiplin.kejadianMenit.forEach((e, i) => {
    if (!kelompok.has(e.kelompok)) {
      issues.push(
        issue('unknown_reference', ['disiplin', 'kejadianMenit', i, 'kelompok'], {
          kind: 'kelompok',
          id: e.kelompok,
        }),
      );
    }
  });
  const hukuman = new Set(config.hukumanDisiplin?.jenis.map((h) => h.kode) ?? []);
  input.hukumanDisiplin.forEach((h, i) => {
    if (!hukuman.has(h.kode)) {
      issues.push(
        issue('unknown_reference', ['hukumanDisiplin', i, 'kode'], { kind: 'hukumanDisiplin', id: h.kode }),
      );
    }
  });
}

/** How many occurrences (or days) of each deduction row the month has. */
function countKejadian(input: TppInputData, config: TppConfig): Map<string, number> {
  const count = new Map<string, number>();
  const add = (kode: string, n: number) => count.set(kode, (count.get(kode) ?? 0) + n);
  for (const e of input.disiplin.kejadian) add(e.kode, e.jumlah);
  const bands = new Map<string, TppPotongan[]>();
  for (const k of config.komponen) {
    if (k.jenis !== 'DISIPLIN') continue;
    for (const row of k.potongan) {
      if (row.kelompok === undefined || row.batasMenit === undefined) continue;
      bands.set(row.kelompok, [...(bands.get(row.kelompok) ?? []), row]);
    }
  }
  for (const list of bands.values()) list.sort((a, b) => b.batasMenit! - a.batasMenit!);
  for (const e of input.disiplin.kejadianMenit) {
    // The row with the greatest batasMenit ≤ menit; below every row, nothing is deducted.
    const row = bands.get(e.kelompok)?.find((r) => r.batasMenit! <= e.menit);
    if (row !== undefined) add(row.kode, 1);
  }
  return count;
}

/**
 * Shares a rounded total out over exact amounts by the largest remainder: each amount gets its
 * value rounded down to the unit (10^−scale), and the units left go to the largest remainders
 * (the earlier amount on a tie). The shares add up to `total`, each within one unit of its amount.
 */
function distribute(exacts: readonly Decimal[], total: Decimal, scale: number): Decimal[] {
  const floors = exacts.map((e) => e.toDecimalPlaces(scale, Decimal.ROUND_FLOOR));
  const unit = new Decimal(10).pow(-scale);
  let left = total
    .minus(floors.reduce((a, f) => a.plus(f), new Decimal(0)))
    .div(unit)
    .round()
    .toNumber();
  const order = exacts
    .map((e, i) => ({ i, rest: e.minus(floors[i]!) }))
    .sort((a, b) => b.rest.cmp(a.rest) || a.i - b.i);
  const shares = [...floors];
  for (const { i, rest } of order) {
    if (left <= 0 || rest.isZero()) break;
    shares[i] = shares[i]!.plus(unit);
    left--;
  }
  return shares;
}

/** The hukuman disiplin in force in the month with the highest percentage (the first on a tie). */
function hukumanInForce(
  input: TppInputData,
  config: TppConfig,
): { jenis: TppHukumanDisiplin; bulanKe: number } | null {
  const current = input.periode.tahun * 12 + input.periode.bulan - 1;
  let best: { jenis: TppHukumanDisiplin; bulanKe: number } | null = null;
  for (const h of input.hukumanDisiplin) {
    const jenis = config.hukumanDisiplin?.jenis.find((j) => j.kode === h.kode);
    if (jenis === undefined) continue;
    const bulanKe = current - (h.mulai.tahun * 12 + h.mulai.bulan - 1) + 1;
    if (bulanKe < 1 || bulanKe > jenis.lamaBulan) continue;
    if (best === null || new Decimal(jenis.persen).gt(best.jenis.persen)) best = { jenis, bulanKe };
  }
  return best;
}

/**
 * The monthly TPP (tambahan penghasilan pegawai) of one pegawai under an agency's configuration
 * (see {@link TppConfigSchema}; no region's formula is built in). With P the pagu and, for each
 * component, $w$ its weight and $p$ the percentage paid:
 *
 * $$\text{bruto} = \sum_k \text{round}\left(P \times \frac{w_k}{100} \times \frac{p_k}{100}\right) \qquad \text{neto} = \text{bruto} - \sum \text{potongan}$$
 *
 * - kinerja: $p$ from the table by the monthly predikat or capaian; input: $p$ from
 *   `persenKomponen`; disiplin: $p = 100$, minus its deductions: one line per table row,
 *   `jumlah` × the row's percentage of the component's alokasi. Their total,
 *   $\text{round}(\text{alokasi} \times \sum \text{persen} / 100)$, is rounded once and shared out
 *   over the lines by the largest remainder; it is at most `batasPotongan` percent of the alokasi
 *   (else a `BATAS_POTONGAN` correction line and a `potongan_capped` warning in `trace.flags`);
 * - a hukuman disiplin in force (the highest, when several are) takes its percentage of the
 *   bruto (`BRUTO`) or of what the disiplin deductions leave (`SETELAH_POTONGAN`), never more
 *   than what is left, so the neto is never negative.
 *
 * Amounts are rounded per `pembulatan` (whole rupiah, half-up by default) and the totals are sums
 * of the rounded lines, so a printed sheet adds up. More (or longer) lateness never raises the
 * TPP; a better predikat never lowers the kinerja component (decision 0015).
 *
 * @param input - see {@link TppInputSchema}; of any shape, validated and checked against the configuration.
 * @param config - the configuration (see {@link parseTppConfig}); validated here unless it came
 *   from {@link parseTppConfig}; its issues have paths under `config`.
 * @returns the TPP with each component and deduction line and the trace, or the issues.
 * @example
 * ```ts
 * const r = hitungTpp(
 *   { kelasJabatan: 7, periode: { tahun: 2026, bulan: 3 }, predikat: 'BAIK',
 *     disiplin: { kejadianMenit: [{ kelompok: 'TERLAMBAT', menit: 45 }] } },
 *   config,
 * );
 * if (r.ok) r.value.neto; // '3276000' with the example configuration of the docs
 * ```
 */
export function hitungTpp(input: unknown, config: unknown): Result<HasilTpp> {
  const c = resolveTppConfig(config);
  if (!c.ok) return c;
  const parsed = parseWith(TppInputSchema, input);
  if (!parsed.ok) return parsed;
  const cfg = c.value;
  const data = parsed.value;
  const issues: Issue[] = [];
  const paguStep = resolvePagu(data, cfg, issues);
  crossCheck(data, cfg, issues);
  if (paguStep === null || issues.length > 0) return fail(issues);

  const round = (d: Decimal): Decimal => roundDecimal(d, cfg.pembulatan);
  const pagu = new Decimal(paguStep.pagu);
  const steps: TppTraceStep[] = [paguStep];
  const flags: Issue[] = [];
  const perKomponen: KomponenTpp[] = [];
  const lines: PotonganTpp[] = [];
  const count = countKejadian(data, cfg);
  let bruto = new Decimal(0);
  let potonganDisiplin = new Decimal(0);

  for (const k of cfg.komponen) {
    const alokasi = pagu.times(k.bobot).div(100);
    let persen = '100';
    let nilai: string | null = null;
    let baris: string | null = null;
    let dasar: 'PREDIKAT' | 'CAPAIAN' | 'INPUT' | 'DISIPLIN' = 'DISIPLIN';
    if (k.jenis === 'KINERJA' && k.dasar === 'PREDIKAT') {
      dasar = 'PREDIKAT';
      nilai = data.predikat!;
      baris = nilai;
      persen = k.tabel[data.predikat!];
    } else if (k.jenis === 'KINERJA') {
      dasar = 'CAPAIAN';
      nilai = data.capaian!;
      const capaian = new Decimal(nilai);
      let row: { capaianMinimal: string; persen: string } | undefined;
      for (const r of k.tabel) {
        if (
          capaian.gte(r.capaianMinimal) &&
          (row === undefined || new Decimal(r.capaianMinimal).gt(row.capaianMinimal))
        ) {
          row = r;
        }
      }
      baris = row?.capaianMinimal ?? null;
      persen = row?.persen ?? '0';
    } else if (k.jenis === 'INPUT') {
      dasar = 'INPUT';
      nilai = data.persenKomponen[k.kode]!;
      persen = nilai;
    }
    const nominal = round(alokasi.times(persen).div(100));
    bruto = bruto.plus(nominal);
    steps.push({
      kind: 'tpp_komponen',
      kode: k.kode,
      jenis: k.jenis,
      bobot: k.bobot,
      alokasi: toCanonical(alokasi),
      dasar,
      nilai,
      baris,
      persen,
      nominal: toCanonical(nominal),
    });

    let potongan = new Decimal(0);
    if (k.jenis === 'DISIPLIN') {
      const rows = k.potongan.flatMap((row) => {
        const jumlah = count.get(row.kode) ?? 0;
        if (jumlah === 0) return [];
        const persen = new Decimal(row.persen).times(jumlah);
        return [{ row, jumlah, persen, exact: alokasi.times(persen).div(100) }];
      });
      const persenSum = rows.reduce((a, r) => a.plus(r.persen), new Decimal(0));
      // The total is rounded once (so it only grows with the percentage), then shared out.
      potongan = round(alokasi.times(persenSum).div(100));
      const shares = distribute(
        rows.map((r) => r.exact),
        potongan,
        cfg.pembulatan.scale,
      );
      rows.forEach((r, j) => {
        lines.push({
          kode: r.row.kode,
          uraian: r.row.uraian,
          jenis: 'DISIPLIN',
          komponen: k.kode,
          jumlah: r.jumlah,
          satuan: r.row.satuan,
          persen: toCanonical(r.persen),
          nominal: toCanonical(shares[j]!),
        });
      });
      if (persenSum.gt(k.batasPotongan)) {
        const batas = round(alokasi.times(k.batasPotongan).div(100));
        const koreksi = batas.minus(potongan);
        lines.push({
          kode: 'BATAS_POTONGAN',
          uraian: null,
          jenis: 'BATAS_POTONGAN',
          komponen: k.kode,
          jumlah: null,
          satuan: null,
          persen: toCanonical(new Decimal(k.batasPotongan).minus(persenSum)),
          nominal: toCanonical(koreksi),
        });
        steps.push({
          kind: 'tpp_batas_potongan',
          komponen: k.kode,
          persenSebelumBatas: toCanonical(persenSum),
          batasPotongan: k.batasPotongan,
          nominalSebelumBatas: toCanonical(potongan),
          nominalBatas: toCanonical(batas),
          koreksi: toCanonical(koreksi),
        });
        flags.push(
          issue(
            'potongan_capped',
            ['disiplin'],
            { komponen: k.kode, raw: toCanonical(persenSum), cap: k.batasPotongan },
            'warning',
          ),
        );
        potongan = batas;
      }
      potonganDisiplin = potonganDisiplin.plus(potongan);
    }
    perKomponen.push({
      kode: k.kode,
      nama: k.nama,
      jenis: k.jenis,
      bobot: k.bobot,
      alokasi: toCanonical(alokasi),
      persen,
      nominal: toCanonical(nominal),
      potongan: toCanonical(potongan),
      neto: toCanonical(nominal.minus(potongan)),
    });
  }

  const hukuman = cfg.hukumanDisiplin === undefined ? null : hukumanInForce(data, cfg);
  let potonganHukuman = new Decimal(0);
  if (hukuman !== null && cfg.hukumanDisiplin !== undefined) {
    const sisa = bruto.minus(potonganDisiplin);
    const { dasar } = cfg.hukumanDisiplin;
    const nilaiDasar = dasar === 'BRUTO' ? bruto : sisa;
    potonganHukuman = Decimal.min(round(nilaiDasar.times(hukuman.jenis.persen).div(100)), sisa);
    lines.push({
      kode: hukuman.jenis.kode,
      uraian: hukuman.jenis.uraian,
      jenis: 'HUKUMAN_DISIPLIN',
      komponen: null,
      jumlah: null,
      satuan: null,
      persen: hukuman.jenis.persen,
      nominal: toCanonical(potonganHukuman),
    });
    steps.push({
      kind: 'tpp_hukuman_disiplin',
      kode: hukuman.jenis.kode,
      bulanKe: hukuman.bulanKe,
      lamaBulan: hukuman.jenis.lamaBulan,
      persen: hukuman.jenis.persen,
      dasar,
      nilaiDasar: toCanonical(nilaiDasar),
      nominal: toCanonical(potonganHukuman),
    });
  }

  const totalPotongan = potonganDisiplin.plus(potonganHukuman);
  const neto = bruto.minus(totalPotongan);
  steps.push({
    kind: 'tpp_neto',
    bruto: toCanonical(bruto),
    potongan: toCanonical(totalPotongan),
    neto: toCanonical(neto),
  });
  const value: HasilTpp = {
    periode: data.periode,
    pagu: paguStep.pagu,
    bruto: toCanonical(bruto),
    perKomponen,
    potongan: lines,
    totalPotongan: toCanonical(totalPotongan),
    neto: toCanonical(neto),
    trace: { config: rulePackRef(cfg), steps, flags },
  };
  return ok(data.pegawaiId === undefined ? value : { pegawaiId: data.pegawaiId, ...value });
}
