import { z } from 'zod';
import { KinerjaError } from '../errors/kinerja-error';
import { parseWith } from '../issues/from-zod';
import { type Issue, issue } from '../issues/issue';
import { addIssues } from '../model/refine';
import { TanggalSchema } from '../model/tanggal';
import { dayNumberOf, isoWeekday } from './day-number';
import { NAMA_HARI, type NamaHari, NamaHariSchema } from './nama-hari';

const DEFAULT_AKHIR_PEKAN: readonly NamaHari[] = ['SABTU', 'MINGGU'];

/**
 * The working calendar of an agency: which days of the week are not working days (`akhirPekan`,
 * default Saturday and Sunday; `['MINGGU']` for an office with a six-day week) and the list of
 * non-working dates (`hariLibur`: hari libur nasional, cuti bersama, regional holidays) as
 * `YYYY-MM-DD`. Kinerja holds no national calendar: the list comes from the agency (see the
 * guide "Realisasi dari data layanan" for an illustrative 2026 list).
 *
 * Checked: existing dates; each weekend day at most once; at least one working day per week
 * (at most six weekend days). Unknown keys are rejected so that a misspelt option is not
 * silently ignored.
 *
 * @example
 * ```ts
 * KalenderKerjaSchema.parse({ hariLibur: ['2026-01-01', '2026-01-16'] });
 * // { akhirPekan: ['SABTU', 'MINGGU'], hariLibur: ['2026-01-01', '2026-01-16'] }
 * ```
 */
export const KalenderKerjaSchema = z
  .strictObject({
    akhirPekan: z
      .array(NamaHariSchema)
      .max(6)
      .default(() => [...DEFAULT_AKHIR_PEKAN]),
    hariLibur: z.array(TanggalSchema).default(() => []),
  })
  .superRefine((k, ctx) => {
    const seen = new Set<string>();
    const issues: Issue[] = [];
    k.akhirPekan.forEach((hari, i) => {
      if (seen.has(hari)) issues.push(issue('duplicate_id', ['akhirPekan', i], { id: hari }));
      seen.add(hari);
    });
    addIssues(ctx, issues);
  });

/**
 * A working calendar as callers write it: every field optional.
 *
 * @example
 * ```ts
 * const enamHariKerja: KalenderKerjaInput = { akhirPekan: ['MINGGU'], hariLibur: ['2026-08-17'] };
 * ```
 */
export type KalenderKerjaInput = z.input<typeof KalenderKerjaSchema>;

/**
 * A validated working calendar (defaults filled in).
 *
 * @example
 * ```ts
 * const k: KalenderKerja = KalenderKerjaSchema.parse({});
 * k.akhirPekan; // ['SABTU', 'MINGGU']
 * ```
 */
export type KalenderKerja = z.output<typeof KalenderKerjaSchema>;

/** @internal A working calendar ready for arithmetic on day numbers. */
export interface CompiledKalenderKerja {
  readonly kalender: KalenderKerja;
  /** Indexed by ISO weekday 1–7 (index 0 unused): `true` for a weekend day. */
  readonly weekend: readonly boolean[];
  /** Working days in a week without holidays (1–7). */
  readonly perWeek: number;
  /** Every listed holiday, as day numbers. */
  readonly holidays: ReadonlySet<number>;
  /** The listed holidays that fall on a weekday that is otherwise a working day: sorted, unique. */
  readonly workdayHolidays: readonly number[];
}

/** @internal Compiles a validated calendar. */
export function compileKalenderKerja(kalender: KalenderKerja): CompiledKalenderKerja {
  const weekend = new Array<boolean>(8).fill(false);
  for (const hari of kalender.akhirPekan) weekend[NAMA_HARI.indexOf(hari) + 1] = true;
  const holidays = new Set<number>();
  for (const t of kalender.hariLibur) holidays.add(dayNumberOf(t)!);
  const workdayHolidays = [...holidays].filter((d) => !weekend[isoWeekday(d)]).sort((a, b) => a - b);
  return {
    kalender,
    weekend,
    perWeek: weekend.slice(1).filter((w) => !w).length,
    holidays,
    workdayHolidays,
  };
}

/**
 * @internal Validates and compiles the calendar options of the public calendar functions.
 * @throws {@link KinerjaError} `invalid_calendar` (with the issues as `cause`) for invalid options.
 */
export function requireKalenderKerja(options: unknown, fn: string): CompiledKalenderKerja {
  const r = parseWith(KalenderKerjaSchema, options ?? {});
  if (!r.ok) {
    const codes = r.issues.map((i) => `${i.code} at ${JSON.stringify(i.path)}`).join('; ');
    throw new KinerjaError('invalid_calendar', `${fn}: invalid calendar options: ${codes}`, {
      cause: r.issues,
    });
  }
  return compileKalenderKerja(r.value);
}

/** @internal Whether a day number is a working day of a compiled calendar. */
export function isWorkingDay(k: CompiledKalenderKerja, day: number): boolean {
  return !k.weekend[isoWeekday(day)] && !k.holidays.has(day);
}
