import type { z } from 'zod';
import { Decimal, toCanonical } from '../../decimal/decimal';
import { HUNDRED, roundDecimal, ZERO } from '../../decimal/rounding';
import { parseWith } from '../../issues/from-zod';
import { type Issue, type IssuePath, issue } from '../../issues/issue';
import { fail, ok, type Result } from '../../issues/result';
import { PERMENPANRB_8_2021 } from '../../rules/permenpanrb-8-2021';
import type { RulePack82021 } from '../../rules/permenpanrb-8-2021/pack';
import { toTargetDecimal } from '../../scoring/compute-capaian';
import { checkIki82021, computeCapaianIki82021, targetZeroIssue } from './capaian-iki-8-2021';
import {
  EvaluasiTahunan82021InputSchema,
  type KinerjaUtama82021InputSchema,
} from './evaluasi-tahunan-8-2021-input';
import type { HasilEvaluasi82021, HasilIki82021 } from './hasil-evaluasi-8-2021';
import { computeNilaiCapaianIki82021 } from './nilai-capaian-iki-8-2021';
import { computeNilaiKinerja82021 } from './nilai-kinerja-8-2021';
import { computeNilaiKinerjaTambahan82021 } from './nilai-kinerja-tambahan-8-2021';
import { computeNilaiKinerjaUtama82021 } from './nilai-kinerja-utama-8-2021';
import { computeNilaiPerilaku82021, perilakuAboveMaximum } from './nilai-perilaku-8-2021';
import { computeNilaiSkp82021 } from './nilai-skp-8-2021';
import { predikatFrom82021 } from './predikat-from-82021';
import { computePredikatKinerja82021 } from './predikat-kinerja-8-2021';
import { newTrace82021, type Trace82021 } from './trace-8-2021';

type Input = z.output<typeof EvaluasiTahunan82021InputSchema>;
type IkiInput = z.output<typeof KinerjaUtama82021InputSchema> & { readonly bobotLingkupPenugasan?: string };

/** The checks the schema cannot make: they depend on the pack or span several fields. */
function check(v: Input, pack: RulePack82021): Issue[] {
  const issues: Issue[] = [];
  const c = pack.compiled;
  const lists = [
    ['kinerjaUtama', v.kinerjaUtama],
    ['kinerjaTambahan', v.kinerjaTambahan],
  ] as const;
  const ids = new Set<string>();
  for (const [list, items] of lists) {
    items.forEach((iki, i) => {
      checkIki82021(iki.target, iki.realisasi, iki.id, [list, i], issues);
      if (iki.id !== undefined) {
        if (ids.has(iki.id)) issues.push(issue('duplicate_id', [list, i, 'id'], { id: iki.id }));
        ids.add(iki.id);
      }
    });
  }
  if ((v.jpt ? c.utama.jpt : c.utama.nonJpt) === 'WEIGHTED') {
    let total = ZERO;
    let complete = true;
    v.kinerjaUtama.forEach((iki, i) => {
      if (iki.bobot === undefined) {
        complete = false;
        issues.push(issue('required', ['kinerjaUtama', i, 'bobot'], {}));
      } else total = total.plus(iki.bobot);
    });
    if (complete && !total.eq(c.totalBobot)) {
      issues.push(
        issue('bobot_total_invalid', ['kinerjaUtama'], {
          total: toCanonical(total),
          expected: pack.definition.nilaiSkp.totalBobot,
        }),
      );
    }
  }
  if ((v.jpt ? c.tambahan.jpt : c.tambahan.nonJpt).method === 'KATEGORI_BOBOT') {
    v.kinerjaTambahan.forEach((kt, i) => {
      const at: IssuePath = ['kinerjaTambahan', i, 'bobotLingkupPenugasan'];
      if (kt.bobotLingkupPenugasan === undefined) issues.push(issue('required', at, {}));
      else if (HUNDRED.lt(kt.bobotLingkupPenugasan)) {
        issues.push(issue('too_big', at, { maximum: '100', inclusive: true, origin: 'number' }));
      }
    });
  }
  issues.push(...perilakuAboveMaximum(v.perilaku, pack, ['perilaku']));
  return issues;
}

/** Capaian, kategori and nilai of each IKI of a list; `target_zero` issues go to `issues`. */
function scoreList(
  list: 'kinerjaUtama' | 'kinerjaTambahan',
  items: readonly IkiInput[],
  pack: RulePack82021,
  trace: Trace82021,
  issues: Issue[],
): { readonly iki: IkiInput; readonly nilai: Decimal; readonly hasil: Omit<HasilIki82021, 'kontribusi'> }[] {
  const out: { iki: IkiInput; nilai: Decimal; hasil: Omit<HasilIki82021, 'kontribusi'> }[] = [];
  items.forEach((iki, i) => {
    if (iki.target.jenis === 'NARATIF') return; // rejected by check()
    const path: IssuePath = [list, i];
    const c = computeCapaianIki82021(
      toTargetDecimal(iki.target),
      iki.target,
      new Decimal(iki.realisasi),
      iki.realisasi,
      iki.polaritas,
      pack,
      iki.id,
      trace,
      path,
    );
    if (c === null) {
      issues.push(targetZeroIssue(iki.target, iki.id, path));
      return;
    }
    const n = computeNilaiCapaianIki82021(
      c.capaian,
      c.capaianText,
      iki.targetMaksimal,
      pack,
      iki.id,
      trace,
      path,
    );
    const hasil: Omit<HasilIki82021, 'kontribusi'> = {
      realisasi: iki.realisasi,
      capaian: c.capaianText,
      capaianDibulatkan: c.dibulatkanText,
      compared: toCanonical(n.compared),
      kategori: n.kategori,
      nilai: toCanonical(n.nilai),
      nilaiDibulatkan: toCanonical(roundDecimal(n.nilai, pack.definition.rounding.nilai)),
      gap: n.gap,
      bobot: list === 'kinerjaUtama' ? (iki.bobot ?? null) : null,
      bobotLingkupPenugasan: list === 'kinerjaTambahan' ? (iki.bobotLingkupPenugasan ?? null) : null,
    };
    out.push({
      iki,
      nilai: n.nilai,
      hasil: iki.id === undefined ? hasil : { indikatorId: iki.id, ...hasil },
    });
  });
  return out;
}

/**
 * The annual evaluation of one SKP under PP 30/2019 and PermenPANRB 8/2021 (performance periods
 * of July–December 2021), every number exact (decimal) and traced:
 *
 * 1. per IKI (utama and tambahan): the capaian ({@link capaianIki82021}), then its kategori and
 *    nilai capaian IKI ({@link nilaiCapaianIki82021});
 * 2. the nilai kinerja utama ({@link nilaiKinerjaUtama82021}: weighted by bobot for a JPT, the
 *    mean otherwise) and the nilai kinerja tambahan ({@link nilaiKinerjaTambahan82021}, capped at
 *    10); their sum is the nilai SKP ({@link nilaiSkp82021});
 * 3. the nilai perilaku from the atasan, rekan and bawahan ({@link nilaiPerilaku82021});
 * 4. the nilai kinerja, 70/30 or with a 360° assessment 60/40, capped at 120
 *    ({@link nilaiKinerja82021});
 * 5. the predikat ({@link predikatKinerja82021}), with its 6/2022 counterpart.
 *
 * Every parameter comes from the pack. Never throws on malformed input: shape problems, negative
 * numbers (`too_small`), narrative targets (`target_not_numeric`), zero targets (`target_zero`),
 * duplicate ids (`duplicate_id`), missing bobot (`required`), bobot not adding up to 100
 * (`bobot_total_invalid`), bobot lingkup penugasan above 100 or perilaku above the maximum
 * (`too_big`) come back as issues. Review flags (`capaian_clamped`, `capaian_in_band_gap`,
 * `penilaian_360_ignored`, `nilai_kinerja_capped`) are in `trace.flags`.
 *
 * @param input - see {@link EvaluasiTahunan82021InputSchema}; anything is accepted and validated.
 * @param pack - the rule pack (default {@link PERMENPANRB_8_2021}).
 * @returns the evaluation with every intermediate number and its trace, or the issues.
 * @example
 * ```ts
 * const r = evaluateTahunan82021({
 *   jpt: true,
 *   kinerjaUtama: [
 *     { id: 'iki-1', target: { jenis: 'TUNGGAL', nilai: '85' }, realisasi: '85', bobot: '40' },
 *     { id: 'iki-2', target: { jenis: 'TUNGGAL', nilai: '95' }, realisasi: '93', bobot: '60' },
 *   ],
 *   perilaku: { atasan: '100' },
 * });
 * if (r.ok) {
 *   r.value.nilaiSkp;     // '96.4' (109 × 40 % + 88 × 60 %)
 *   r.value.nilaiKinerja; // '97.48' (70 % × 96.4 + 30 % × 100)
 *   r.value.predikat;     // 'BAIK'
 * }
 * ```
 */
export function evaluateTahunan82021(
  input: unknown,
  pack: RulePack82021 = PERMENPANRB_8_2021,
): Result<HasilEvaluasi82021> {
  const parsed = parseWith(EvaluasiTahunan82021InputSchema, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const issues = check(v, pack);
  if (issues.length > 0) return fail(issues);

  const trace = newTrace82021(pack);
  const utama = scoreList('kinerjaUtama', v.kinerjaUtama, pack, trace, issues);
  const tambahan = scoreList('kinerjaTambahan', v.kinerjaTambahan, pack, trace, issues);
  if (issues.length > 0) return fail(issues);

  const ku = computeNilaiKinerjaUtama82021(
    utama.map((u) => ({
      indikatorId: u.iki.id,
      nilai: u.nilai,
      bobot: u.iki.bobot === undefined ? null : new Decimal(u.iki.bobot),
    })),
    v.jpt,
    pack,
    trace,
  );
  const kuStep = trace.steps[trace.steps.length - 1];
  const kt = computeNilaiKinerjaTambahan82021(
    tambahan.map((t) => ({
      indikatorId: t.iki.id,
      kategori: t.hasil.kategori,
      nilai: t.nilai,
      bobotLingkupPenugasan:
        t.iki.bobotLingkupPenugasan === undefined ? null : new Decimal(t.iki.bobotLingkupPenugasan),
    })),
    v.jpt,
    pack,
    trace,
  );
  const ktStep = trace.steps[trace.steps.length - 1];
  const skp = computeNilaiSkp82021(ku, kt.nilai, trace);
  const perilaku = computeNilaiPerilaku82021(v.perilaku, v.penilaian360, pack, trace, ['perilaku']);
  const nk = computeNilaiKinerja82021(skp, perilaku.nilai, v.penilaian360, pack, trace, []);
  const predikat = computePredikatKinerja82021(nk.nilai, v.inovasi, pack, trace);

  const kuItems = kuStep?.kind === 'nilai_kinerja_utama_82021' ? kuStep.items : [];
  const ktItems = ktStep?.kind === 'nilai_kinerja_tambahan_82021' ? ktStep.items : [];
  const nilai = (d: Decimal) => toCanonical(roundDecimal(d, pack.definition.rounding.nilai));
  return ok({
    jpt: v.jpt,
    inovasi: v.inovasi,
    penilaian360: v.penilaian360,
    kinerjaUtama: utama.map((u, i) => ({ ...u.hasil, kontribusi: kuItems[i]?.kontribusi ?? null })),
    kinerjaTambahan: tambahan.map((t, i) => ({ ...t.hasil, kontribusi: ktItems[i]?.kontribusi ?? null })),
    nilaiKinerjaUtama: toCanonical(ku),
    jumlahKinerjaTambahan: toCanonical(kt.jumlah),
    nilaiKinerjaTambahan: toCanonical(kt.nilai),
    nilaiSkp: toCanonical(skp),
    nilaiSkpDibulatkan: nilai(skp),
    skemaPerilaku: perilaku.skema,
    nilaiPerilaku: toCanonical(perilaku.nilai),
    nilaiPerilakuDibulatkan: nilai(perilaku.nilai),
    nilaiKinerjaRaw: toCanonical(nk.raw),
    nilaiKinerja: toCanonical(nk.nilai),
    nilaiKinerjaDibulatkan: nilai(nk.nilai),
    predikat: predikat.predikat,
    predikat62022: predikatFrom82021(predikat.predikat),
    trace,
  });
}
