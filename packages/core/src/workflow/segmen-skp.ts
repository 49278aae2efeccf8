import { Decimal, toCanonical } from '../decimal/decimal';
import { type Issue, issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import type { Predikat, Rating } from '../model/predikat';
import type { Skp } from '../model/skp';
import { PERMENPANRB_6_2022 } from '../rules/permenpanrb-6-2022';
import { RATING_ORDINAL, type RulePack62022 } from '../rules/permenpanrb-6-2022/pack';
import { type RulePackRef, rulePackRef } from '../rules/rule-pack-ref';
import { hariKe, jumlahHari, tambahHari } from './hari';
import type { SkpRecord } from './records';
import type { AturanSegmen } from './workflow-config';

/**
 * The two segments a mid-year change makes: the current one closed the day before the change,
 * and the next one, a new `DRAFT` SKP from the change to the end of the closed segment.
 *
 * @example
 * ```ts
 * const r = splitSegments(current, '2026-07-01', skpBaru);
 * if (r.ok) [r.value.ditutup.skp.periodeAkhir, r.value.baru.segmen]; // ['2026-06-30', 2]
 * ```
 */
export interface PembagianSegmen {
  readonly ditutup: SkpRecord;
  readonly baru: SkpRecord;
}

/**
 * Splits a pegawai's year at a mutasi or a change of pejabat penilai: the current segment ends
 * the day before `mulai`, and a new segment (`segmen` + 1, `DRAFT`, revision 0) runs from
 * `mulai` to the current segment's end. The current segment keeps its status (an approved SKP
 * stays approved for the shorter period); the change is recorded in the audit log.
 *
 * @param current - the pegawai's current (last) segment.
 * @param mulai - the first day of the new segment: after the current segment's first day and
 *   not after its last.
 * @param skpBaru - the new segment's SKP (new id, jabatan, unit, pejabat penilai, RHK), whose
 *   period must be `mulai` … the current segment's end.
 * @returns both segments (the new one has version 0 until stored), or `invalid_interval` /
 *   `invalid_value` / `duplicate_id`.
 * @example
 * ```ts
 * splitSegments(current, '2026-07-01', { ...skpBaru, periodeAwal: '2026-07-01', periodeAkhir: '2026-12-31' });
 * ```
 */
export function splitSegments(current: SkpRecord, mulai: string, skpBaru: Skp): Result<PembagianSegmen> {
  const lama = current.skp;
  const issues: Issue[] = [];
  if (!(mulai > lama.periodeAwal && mulai <= lama.periodeAkhir)) {
    issues.push(
      issue('invalid_interval', ['tanggal'], { start: tambahHari(lama.periodeAwal, 1), end: mulai }),
    );
  }
  if (skpBaru.pegawaiId !== lama.pegawaiId) {
    issues.push(
      issue('invalid_value', ['skpBaru', 'pegawaiId'], {
        options: [lama.pegawaiId],
        received: skpBaru.pegawaiId,
      }),
    );
  }
  if (skpBaru.tahun !== lama.tahun) {
    issues.push(
      issue('invalid_value', ['skpBaru', 'tahun'], {
        options: [String(lama.tahun)],
        received: String(skpBaru.tahun),
      }),
    );
  }
  if (skpBaru.id === lama.id) issues.push(issue('duplicate_id', ['skpBaru', 'id'], { id: skpBaru.id }));
  if (skpBaru.periodeAwal !== mulai || skpBaru.periodeAkhir !== lama.periodeAkhir) {
    issues.push(
      issue('invalid_interval', ['skpBaru', 'periodeAwal'], { start: mulai, end: skpBaru.periodeAwal }),
    );
  }
  if (issues.length > 0) return fail(issues);
  return ok({
    ditutup: { ...current, skp: { ...lama, periodeAkhir: tambahHari(mulai, -1) } },
    baru: {
      instansiId: current.instansiId,
      skp: skpBaru,
      segmen: current.segmen + 1,
      status: 'DRAFT',
      revisi: 0,
      version: 0,
    },
  });
}

/**
 * Checks the SKP segments of one pegawai's year: every segment inside its year, and no two
 * segments sharing a day. Gaps are allowed (e.g. unpaid leave between two posts).
 *
 * @param segmen - the segments' SKP (any order).
 * @returns the issues (`invalid_interval`, with the index of the offending segment in the path);
 *   empty when the segments are valid.
 * @example
 * ```ts
 * checkSegments([{ tahun: 2026, periodeAwal: '2026-01-01', periodeAkhir: '2026-06-30' }, { tahun: 2026, periodeAwal: '2026-06-15', periodeAkhir: '2026-12-31' }]);
 * // [{ code: 'invalid_interval', path: [1, 'periodeAwal'], … }]
 * ```
 */
export function checkSegments(
  segmen: readonly Pick<Skp, 'tahun' | 'periodeAwal' | 'periodeAkhir'>[],
): Issue[] {
  const issues: Issue[] = [];
  segmen.forEach((s, i) => {
    const y = String(s.tahun).padStart(4, '0');
    if (s.periodeAwal > s.periodeAkhir) {
      issues.push(
        issue('invalid_interval', [i, 'periodeAkhir'], { start: s.periodeAwal, end: s.periodeAkhir }),
      );
    }
    if (s.periodeAwal < `${y}-01-01`) {
      issues.push(issue('invalid_interval', [i, 'periodeAwal'], { start: `${y}-01-01`, end: s.periodeAwal }));
    }
    if (s.periodeAkhir > `${y}-12-31`) {
      issues.push(
        issue('invalid_interval', [i, 'periodeAkhir'], { start: s.periodeAkhir, end: `${y}-12-31` }),
      );
    }
  });
  const order = segmen
    .map((_, i) => i)
    .sort((a, b) => (segmen[a]!.periodeAwal < segmen[b]!.periodeAwal ? -1 : 1));
  for (let k = 1; k < order.length; k++) {
    const prev = segmen[order[k - 1]!]!;
    const next = segmen[order[k]!]!;
    if (next.periodeAwal <= prev.periodeAkhir) {
      issues.push(
        issue('invalid_interval', [order[k]!, 'periodeAwal'], {
          start: prev.periodeAkhir,
          end: next.periodeAwal,
        }),
      );
    }
  }
  return issues;
}

/**
 * One segment with its annual evaluation, as {@link combineSegments} reads it.
 *
 * @example
 * ```ts
 * const s: SegmenDinilai = { skpId: 'skp-1', periodeAwal: '2026-01-01', periodeAkhir: '2026-06-30', ratingHasilKerja: 'SESUAI_EKSPEKTASI', ratingPerilakuKerja: 'DI_ATAS_EKSPEKTASI', predikat: 'BAIK' };
 * ```
 */
export interface SegmenDinilai {
  readonly skpId: string;
  readonly periodeAwal: string;
  readonly periodeAkhir: string;
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly predikat: Predikat;
}

/**
 * The annual result of a pegawai's year of several SKP segments, with how it was reached.
 *
 * @example
 * ```ts
 * const r = combineSegments(segmen);
 * if (r.ok) [r.value.predikat, r.value.skorHasilKerja]; // ['BAIK', '2.4958…']
 * ```
 */
export interface HasilTahunanSegmen {
  readonly aturan: AturanSegmen;
  readonly ratingHasilKerja: Rating;
  readonly ratingPerilakuKerja: Rating;
  readonly predikat: Predikat;
  /** The segment whose SKP stands for the year: the longest (`SEGMEN_TERPANJANG`) or the last. */
  readonly skpId: string;
  /** Per segment in period order: its days and scores (1 di bawah, 2 sesuai, 3 di atas). */
  readonly rincian: readonly {
    readonly skpId: string;
    readonly hari: number;
    readonly skorHasilKerja: number;
    readonly skorPerilakuKerja: number;
  }[];
  /** The day-weighted mean scores (exact), `null` for `SEGMEN_TERPANJANG` or a single segment. */
  readonly skorHasilKerja: string | null;
  readonly skorPerilakuKerja: string | null;
  readonly rulePack: RulePackRef;
}

/**
 * The annual predikat of a pegawai whose year has several SKP segments (a mutasi or a new
 * pejabat penilai), each rated by its own pejabat penilai (decision 0019):
 *
 * - one segment: its own ratings and predikat;
 * - `RATA_RATA_HARI` (default): each rating scored 1 (di bawah), 2 (sesuai), 3 (di atas) and
 *   averaged over the segments weighted by their days $d_i$ (closed intervals),
 *   $$\bar s = \frac{\sum_i d_i\, s_i}{\sum_i d_i}$$
 *   exactly; each mean is compared with the pack's `annual.meanThresholds` (as periodic ratings
 *   are, decision 0003) and the two ratings give the predikat through the matrix;
 * - `SEGMEN_TERPANJANG`: the ratings and predikat of the segment with the most days; a tie goes
 *   to the later segment.
 *
 * @param segmen - the segments with their final annual evaluations (any order), valid per
 *   {@link checkSegments}.
 * @param aturan - the rule (default `RATA_RATA_HARI`).
 * @param pack - the rule pack: thresholds and matrix (default PermenPANRB 6/2022).
 * @returns the annual result, `evaluasi_not_final` (status `NONE`) for no segment, or the issues
 *   of {@link checkSegments}.
 * @example
 * ```ts
 * combineSegments([
 *   { skpId: 'a', periodeAwal: '2026-01-01', periodeAkhir: '2026-03-31', ratingHasilKerja: 'DI_BAWAH_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI', predikat: 'BUTUH_PERBAIKAN' },
 *   { skpId: 'b', periodeAwal: '2026-04-01', periodeAkhir: '2026-12-31', ratingHasilKerja: 'DI_ATAS_EKSPEKTASI', ratingPerilakuKerja: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' },
 * ]); // hasil (90·1 + 275·3) / 365 = 2.5068… → di atas; perilaku 2 → sesuai; predikat BAIK
 * ```
 */
export function combineSegments(
  segmen: readonly SegmenDinilai[],
  aturan: AturanSegmen = 'RATA_RATA_HARI',
  pack: RulePack62022 = PERMENPANRB_6_2022,
): Result<HasilTahunanSegmen> {
  if (segmen.length === 0) return fail([issue('evaluasi_not_final', [], { skpId: '', status: 'NONE' })]);
  const years = segmen.map((s) => Number(s.periodeAwal.slice(0, 4)));
  const issues = checkSegments(segmen.map((s, i) => ({ ...s, tahun: years[i]! })));
  if (issues.length > 0) return fail(issues);
  const sorted = [...segmen].sort((a, b) => hariKe(a.periodeAwal) - hariKe(b.periodeAwal));
  const rincian = sorted.map((s) => ({
    skpId: s.skpId,
    hari: jumlahHari(s.periodeAwal, s.periodeAkhir),
    skorHasilKerja: RATING_ORDINAL[s.ratingHasilKerja] + 1,
    skorPerilakuKerja: RATING_ORDINAL[s.ratingPerilakuKerja] + 1,
  }));
  const ref = rulePackRef(pack);
  const last = sorted[sorted.length - 1]!;
  if (sorted.length === 1 || aturan === 'SEGMEN_TERPANJANG') {
    let best = 0;
    rincian.forEach((r, i) => {
      if (r.hari >= rincian[best]!.hari) best = i;
    });
    const s = sorted[best]!;
    return ok({
      aturan,
      ratingHasilKerja: s.ratingHasilKerja,
      ratingPerilakuKerja: s.ratingPerilakuKerja,
      predikat: s.predikat,
      skpId: s.skpId,
      rincian,
      skorHasilKerja: null,
      skorPerilakuKerja: null,
      rulePack: ref,
    });
  }
  const total = rincian.reduce((n, r) => n + r.hari, 0);
  const mean = (pick: (r: (typeof rincian)[number]) => number) =>
    rincian.reduce((acc, r) => acc.plus(new Decimal(r.hari).times(pick(r))), new Decimal(0)).div(total);
  const toRating = (m: Decimal): Rating =>
    m.gte(pack.compiled.meanDiAtas)
      ? 'DI_ATAS_EKSPEKTASI'
      : m.gte(pack.compiled.meanSesuai)
        ? 'SESUAI_EKSPEKTASI'
        : 'DI_BAWAH_EKSPEKTASI';
  const mh = mean((r) => r.skorHasilKerja);
  const mp = mean((r) => r.skorPerilakuKerja);
  const ratingHasilKerja = toRating(mh);
  const ratingPerilakuKerja = toRating(mp);
  const predikat =
    pack.compiled.matrix[RATING_ORDINAL[ratingHasilKerja] * 3 + RATING_ORDINAL[ratingPerilakuKerja]]!;
  return ok({
    aturan,
    ratingHasilKerja,
    ratingPerilakuKerja,
    predikat,
    skpId: last.skpId,
    rincian,
    skorHasilKerja: toCanonical(mh),
    skorPerilakuKerja: toCanonical(mp),
    rulePack: ref,
  });
}
