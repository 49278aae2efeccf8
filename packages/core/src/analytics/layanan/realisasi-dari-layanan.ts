import { dayNumberOf } from '../../calendar/day-number';
import { countHariKerja } from '../../calendar/hitung-hari-kerja';
import { compileKalenderKerja } from '../../calendar/kalender-kerja';
import { Decimal, toCanonical } from '../../decimal/decimal';
import { roundDecimal } from '../../decimal/rounding';
import { parseWith } from '../../issues/from-zod';
import { type Issue, issue } from '../../issues/issue';
import { fail, ok, type Result } from '../../issues/result';
import { type PermohonanLayanan, parsePermohonanLayanan } from './permohonan-layanan';
import {
  type RealisasiDariLayananOptions,
  RealisasiDariLayananOptionsSchema,
} from './realisasi-dari-layanan-options';
import type {
  AlasanPengecualian,
  PermohonanTrace,
  RealisasiLayanan,
  RealisasiUkuran,
} from './realisasi-layanan';
import { standarHariKerja } from './standar-waktu';
import { medianHari, rataRataHari } from './statistik-hari';
import { UKURAN_LAYANAN, type UkuranLayanan } from './ukuran-layanan';

const ALASAN: Readonly<Record<Exclude<PermohonanLayanan['status'], 'SELESAI'>, AlasanPengecualian>> = {
  DIPROSES: 'MASIH_DIPROSES',
  DITOLAK: 'DITOLAK',
  DIBATALKAN: 'DIBATALKAN',
};

const asWarning = (i: Issue): Issue => ({ ...i, severity: 'warning' }) as Issue;

/** Validates every row; flags every occurrence of an id used more than once. */
function parseRows(input: unknown): {
  readonly rows: readonly { readonly index: number; readonly value: PermohonanLayanan }[];
  readonly issues: readonly Issue[];
} {
  if (!Array.isArray(input)) {
    const received = input === null ? 'null' : input === undefined ? 'undefined' : typeof input;
    return {
      rows: [],
      issues: [
        input === undefined
          ? issue('required', [], {})
          : issue('invalid_type', [], { expected: 'array', received }),
      ],
    };
  }
  const issues: Issue[] = [];
  const rejected = new Set<number>();
  const parsed: { index: number; value: PermohonanLayanan }[] = [];
  for (let index = 0; index < input.length; index++) {
    const r = parsePermohonanLayanan(input[index], [index]);
    if (r.ok) parsed.push({ index, value: r.value });
    else {
      issues.push(...r.issues);
      rejected.add(index);
    }
  }
  const byId = new Map<string, number[]>();
  for (const { index, value } of parsed) {
    const list = byId.get(value.id);
    if (list === undefined) byId.set(value.id, [index]);
    else list.push(index);
  }
  for (const [id, indexes] of byId) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      issues.push(issue('duplicate_id', [index, 'id'], { id }));
      rejected.add(index);
    }
  }
  issues.sort((a, b) => Number(a.path[0] ?? -1) - Number(b.path[0] ?? -1));
  return { rows: parsed.filter((r) => !rejected.has(r.index)), issues };
}

/**
 * The realisasi of a petugas (the pegawai who handles a public service desk) in one window, from
 * a list of citizens' service requests: how many were received and completed, how many within
 * the service standard and what share, and the median and mean working days to completion —
 * ready-made realisasi for the indikator kinerja individu they feed, with a trace of every
 * request of the petugas (counted, or why not).
 *
 * Counting (decision 0017):
 * - received: `diterimaPada` in [awal, akhir], any status;
 * - completed: status `SELESAI` and `selesaiPada` in [awal, akhir], whenever received; requests
 *   still in process, rejected or cancelled, and those completed outside the window are listed
 *   in the trace with the reason and not counted;
 * - working days to completion: {@link hitungHariKerja} from `diterimaPada` to `selesaiPada`
 *   under the `kalender` and `hitungan` options (default: the day of receipt not counted, so
 *   the same day is 0 and Friday → Monday is 1); within the standard when ≤ the standard of the
 *   request's `jenisLayanan`;
 * - share within the standard, median and mean over the completed requests:
 *
 * $$P = 100 \times \frac{\text{tepat waktu}}{\text{selesai}} \qquad \bar{h} = \frac{1}{n}\sum h_i \qquad \tilde{h} = \text{median}(h_i)$$
 *
 * exact with `Decimal`; the share and the mean are also rounded per `rounding` (the realisasi
 * carry the rounded values; the median is exact, at most a half). A measure without any
 * completion in the window has no value and no realisasi: a `realisasi_missing` warning.
 *
 * Validation: each row is checked with {@link PermohonanLayananSchema}; issues carry the row
 * index (`[3, 'selesaiPada']`), options issues the prefix `options`. A row whose id repeats is a
 * `duplicate_id` at each occurrence. Invalid rows fail the result, or, with
 * `invalidRows: 'EXCLUDE'`, are left out with their issues as warnings in `trace.flags`. The
 * order of the rows never changes the numbers. Never throws on malformed input.
 *
 * @param input - the service requests (anything; validated row by row).
 * @param options - the petugas, the window, the standard, the calendar and the mapping, see
 * {@link RealisasiDariLayananOptionsSchema}; validated.
 * @returns the counts, shares, median, mean and realisasi with their trace, or the issues.
 * @example
 * ```ts
 * const r = realisasiDariLayanan(
 *   [
 *     { id: 'A', jenisLayanan: 'DOMISILI', diterimaPada: '2026-01-02', selesaiPada: '2026-01-05', status: 'SELESAI', petugasId: 'p1' },
 *     { id: 'B', jenisLayanan: 'DOMISILI', diterimaPada: '2026-01-05', selesaiPada: '2026-01-05', status: 'SELESAI', petugasId: 'p1' },
 *     { id: 'C', jenisLayanan: 'SKCK', diterimaPada: '2026-01-05', selesaiPada: '2026-01-09', status: 'SELESAI', petugasId: 'p1' },
 *   ],
 *   {
 *     petugasId: 'p1', awal: '2026-01-01', akhir: '2026-03-31',
 *     standarWaktu: { default: 3, jenisLayanan: { DOMISILI: 1 } },
 *     indikator: { PERSEN_TEPAT_WAKTU: 'iki-2', MEDIAN_HARI: 'iki-3' },
 *   },
 * );
 * if (r.ok) {
 *   r.value.persenTepatWaktuDibulatkan; // '66.67' (C took 4 working days, its standard is 3)
 *   r.value.medianHari; // '1'
 *   r.value.realisasi; // [{ indikatorId: 'iki-2', ukuran: 'PERSEN_TEPAT_WAKTU', nilai: '66.67' }, { indikatorId: 'iki-3', ukuran: 'MEDIAN_HARI', nilai: '1' }]
 * }
 * ```
 */
export function realisasiDariLayanan(
  input: unknown,
  options: RealisasiDariLayananOptions,
): Result<RealisasiLayanan> {
  const opts = parseWith(RealisasiDariLayananOptionsSchema, options, ['options']);
  const rows = parseRows(input);
  if (!opts.ok) return fail([...opts.issues, ...rows.issues]);
  const o = opts.value;
  if (rows.issues.length > 0 && (o.invalidRows === 'FAIL' || !Array.isArray(input))) return fail(rows.issues);

  const kalender = compileKalenderKerja(o.kalender);
  const permohonan: PermohonanTrace[] = [];
  const days: number[] = [];
  let lain = 0;
  let diterima = 0;
  let tepat = 0;
  for (const { index, value: p } of rows.rows) {
    if (p.petugasId !== o.petugasId) {
      lain++;
      continue;
    }
    const diterimaDalamPeriode = o.awal <= p.diterimaPada && p.diterimaPada <= o.akhir;
    if (diterimaDalamPeriode) diterima++;
    const selesaiPada = p.selesaiPada ?? null;
    let hariKerja: number | null = null;
    let standarHari: number | null = null;
    let tepatWaktu: boolean | null = null;
    let alasan: AlasanPengecualian | null;
    if (p.status === 'SELESAI' && selesaiPada !== null) {
      hariKerja = countHariKerja(
        kalender,
        dayNumberOf(p.diterimaPada)!,
        dayNumberOf(selesaiPada)!,
        o.hitungan,
      );
      standarHari = standarHariKerja(o.standarWaktu, p.jenisLayanan);
      tepatWaktu = hariKerja <= standarHari;
      alasan = o.awal <= selesaiPada && selesaiPada <= o.akhir ? null : 'SELESAI_DI_LUAR_PERIODE';
      if (alasan === null) {
        days.push(hariKerja);
        if (tepatWaktu) tepat++;
      }
    } else {
      alasan = p.status === 'SELESAI' ? 'SELESAI_DI_LUAR_PERIODE' : ALASAN[p.status];
    }
    permohonan.push({
      index,
      id: p.id,
      jenisLayanan: p.jenisLayanan,
      status: p.status,
      diterimaPada: p.diterimaPada,
      selesaiPada,
      diterimaDalamPeriode,
      hariKerja,
      standarHari,
      tepatWaktu,
      dihitung: alasan === null,
      alasan,
    });
  }

  const round = (d: Decimal | null): string | null =>
    d === null ? null : toCanonical(o.rounding === null ? d : roundDecimal(d, o.rounding));
  const exact = (d: Decimal | null): string | null => (d === null ? null : toCanonical(d));
  const selesai = days.length;
  const persen = selesai === 0 ? null : new Decimal(tepat).times(100).div(selesai);
  const median = medianHari(days);
  const mean = rataRataHari(days);

  const values: Readonly<Record<UkuranLayanan, string | null>> = {
    JUMLAH_DITERIMA: String(diterima),
    JUMLAH_SELESAI: String(selesai),
    JUMLAH_TEPAT_WAKTU: String(tepat),
    PERSEN_TEPAT_WAKTU: round(persen),
    MEDIAN_HARI: exact(median),
    RATA_RATA_HARI: round(mean),
  };
  const flags: Issue[] = o.invalidRows === 'EXCLUDE' ? rows.issues.map(asWarning) : [];
  const realisasi: RealisasiUkuran[] = [];
  for (const ukuran of UKURAN_LAYANAN) {
    const indikatorId = o.indikator[ukuran];
    if (indikatorId === undefined) continue;
    const nilai = values[ukuran];
    if (nilai === null) {
      flags.push(issue('realisasi_missing', ['options', 'indikator', ukuran], { indikatorId }, 'warning'));
    } else {
      realisasi.push({ indikatorId, ukuran, nilai });
    }
  }

  return ok({
    petugasId: o.petugasId,
    awal: o.awal,
    akhir: o.akhir,
    jumlahDiterima: diterima,
    jumlahSelesai: selesai,
    jumlahTepatWaktu: tepat,
    persenTepatWaktu: exact(persen),
    persenTepatWaktuDibulatkan: values.PERSEN_TEPAT_WAKTU,
    medianHari: values.MEDIAN_HARI,
    rataRataHari: exact(mean),
    rataRataHariDibulatkan: values.RATA_RATA_HARI,
    realisasi,
    trace: {
      hitungan: o.hitungan,
      kalender: o.kalender,
      standarWaktu: o.standarWaktu,
      rounding: o.rounding,
      permohonan,
      permohonanPetugasLain: lain,
      flags,
    },
  });
}
