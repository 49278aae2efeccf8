import { z } from 'zod';
import type { HitunganHariKerja } from '../../calendar/hitungan-hari-kerja';
import type { KalenderKerja } from '../../calendar/kalender-kerja';
import type { Rounding } from '../../decimal/rounding';
import type { Issue } from '../../issues/issue';
import type { StatusPermohonan } from './permohonan-layanan';
import type { StandarWaktu } from './standar-waktu';
import type { UkuranLayanan } from './ukuran-layanan';

/**
 * Why a request of the petugas is not among the completed requests of the window:
 * `MASIH_DIPROSES` (still in process), `DITOLAK` (rejected), `DIBATALKAN` (cancelled),
 * `SELESAI_DI_LUAR_PERIODE` (completed before or after the window).
 *
 * @example
 * ```ts
 * AlasanPengecualianSchema.parse('SELESAI_DI_LUAR_PERIODE');
 * ```
 */
export const AlasanPengecualianSchema = z.enum([
  'MASIH_DIPROSES',
  'DITOLAK',
  'DIBATALKAN',
  'SELESAI_DI_LUAR_PERIODE',
]);

/**
 * Why a request is not counted as completed in the window, see {@link AlasanPengecualianSchema}.
 *
 * @example
 * ```ts
 * const alasan: AlasanPengecualian = 'MASIH_DIPROSES';
 * ```
 */
export type AlasanPengecualian = z.infer<typeof AlasanPengecualianSchema>;

/**
 * One request of the petugas as the trace shows it: its dates, whether it was received in the
 * window, its working days to completion and the standard (requests with status `SELESAI`),
 * whether it counts among the completed requests of the window, and if not, why.
 *
 * @example
 * ```ts
 * const p: PermohonanTrace = {
 *   index: 0, id: 'PTN-0001', jenisLayanan: 'SURAT_KETERANGAN_DOMISILI', status: 'SELESAI',
 *   diterimaPada: '2026-01-02', selesaiPada: '2026-01-05', diterimaDalamPeriode: true,
 *   hariKerja: 1, standarHari: 1, tepatWaktu: true, dihitung: true, alasan: null,
 * };
 * ```
 */
export interface PermohonanTrace {
  /** The row's index in the input list. */
  readonly index: number;
  readonly id: string;
  readonly jenisLayanan: string;
  readonly status: StatusPermohonan;
  readonly diterimaPada: string;
  readonly selesaiPada: string | null;
  /** Received in [awal, akhir]: counted in `jumlahDiterima`. */
  readonly diterimaDalamPeriode: boolean;
  /** Working days from receipt to completion (status `SELESAI`), else `null`. */
  readonly hariKerja: number | null;
  /** The service standard of its `jenisLayanan` (status `SELESAI`), else `null`. */
  readonly standarHari: number | null;
  /** `hariKerja ≤ standarHari` (status `SELESAI`), else `null`. */
  readonly tepatWaktu: boolean | null;
  /** Completed in [awal, akhir]: counted in `jumlahSelesai`, the share, the median and the mean. */
  readonly dihitung: boolean;
  /** Why it is not counted, or `null` when it is. */
  readonly alasan: AlasanPengecualian | null;
}

/**
 * A realisasi ready for an indikator: the measure it comes from and its value as a canonical
 * decimal string. Add `id`, `skpId` and `periodeKe` to make a `Realisasi`.
 *
 * @example
 * ```ts
 * const r: RealisasiUkuran = { indikatorId: 'iki-3', ukuran: 'RATA_RATA_HARI', nilai: '1.67' };
 * ```
 */
export interface RealisasiUkuran {
  readonly indikatorId: string;
  readonly ukuran: UkuranLayanan;
  readonly nilai: string;
}

/**
 * How a {@link RealisasiLayanan} was reached: the calendar, convention, standard and rounding
 * used; every request of the petugas with how it was counted, in input order; how many requests
 * belong to other petugas; and warnings (`realisasi_missing` for a measure without a value, the
 * issues of rows left out under `invalidRows: 'EXCLUDE'`).
 *
 * @example
 * ```ts
 * const r = realisasiDariLayanan(rows, options);
 * if (r.ok) r.value.trace.permohonan.filter((p) => !p.dihitung).map((p) => [p.id, p.alasan]);
 * ```
 */
export interface TraceLayanan {
  readonly hitungan: HitunganHariKerja;
  readonly kalender: KalenderKerja;
  readonly standarWaktu: StandarWaktu;
  readonly rounding: Rounding | null;
  readonly permohonan: readonly PermohonanTrace[];
  /** Valid rows of other petugas (not listed). */
  readonly permohonanPetugasLain: number;
  readonly flags: readonly Issue[];
}

/**
 * The realisasi of a petugas in a window, from a service register: counts, the share completed
 * within the service standard, the median and mean working days to completion, the realisasi
 * for the mapped indikator, and the trace.
 *
 * Decimals are canonical strings. `…Dibulatkan` values are rounded per the `rounding` option
 * (equal to the exact ones when it is `null`); the median is always exact (an integer or a
 * half). Values without a completed request in the window are `null`.
 *
 * @example
 * ```ts
 * const r = realisasiDariLayanan(rows, options);
 * if (r.ok) {
 *   r.value.jumlahTepatWaktu; // 2
 *   r.value.jumlahSelesai; // 3
 *   r.value.persenTepatWaktuDibulatkan; // '66.67'
 * }
 * ```
 */
export interface RealisasiLayanan {
  readonly petugasId: string;
  readonly awal: string;
  readonly akhir: string;
  /** Requests received in the window (any status). */
  readonly jumlahDiterima: number;
  /** Requests with status `SELESAI` completed in the window. */
  readonly jumlahSelesai: number;
  /** Of those, completed within the service standard. */
  readonly jumlahTepatWaktu: number;
  /** 100 × jumlahTepatWaktu ÷ jumlahSelesai, exact (40 significant digits); `null` without completions. */
  readonly persenTepatWaktu: string | null;
  readonly persenTepatWaktuDibulatkan: string | null;
  /** The median working days to completion, exact; `null` without completions. */
  readonly medianHari: string | null;
  /** The mean working days to completion, exact (40 significant digits); `null` without completions. */
  readonly rataRataHari: string | null;
  readonly rataRataHariDibulatkan: string | null;
  /** One per mapped measure that has a value, in the order of `UKURAN_LAYANAN`. */
  readonly realisasi: readonly RealisasiUkuran[];
  readonly trace: TraceLayanan;
}
