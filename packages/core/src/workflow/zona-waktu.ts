import { z } from 'zod';
import { daysFromCivil, tanggalFromDayNumber } from '../calendar/day-number';
import { issue } from '../issues/issue';
import { fail, ok, type Result } from '../issues/result';
import { isExistingDate } from '../model/tanggal';

/**
 * The time zones of Indonesia, in which deadlines are counted: WIB (`Asia/Jakarta`, the
 * default), WITA (`Asia/Makassar`) and WIT (`Asia/Jayapura`). Indonesia has no daylight saving
 * time, so each zone is a fixed offset from UTC.
 *
 * @example
 * ```ts
 * ZonaWaktuSchema.parse('Asia/Makassar');
 * ```
 */
export const ZonaWaktuSchema = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);

/** A time zone of Indonesia: `Asia/Jakarta` (WIB), `Asia/Makassar` (WITA) or `Asia/Jayapura` (WIT). */
export type ZonaWaktu = z.infer<typeof ZonaWaktuSchema>;

/**
 * The fixed offset from UTC of each zone, in minutes: WIB +07:00, WITA +08:00, WIT +09:00.
 *
 * @example
 * ```ts
 * OFFSET_ZONA_WAKTU['Asia/Jayapura']; // 540
 * ```
 */
export const OFFSET_ZONA_WAKTU: Readonly<Record<ZonaWaktu, number>> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The calendar date an instant falls on in a zone of Indonesia, by integer arithmetic on the
 * written date, time and offset: no `Date`, so the machine's own time zone (`TZ`) never changes
 * the answer.
 *
 * $$d_{lokal} = \left\lfloor \frac{m_{UTC} + o_{zona}}{1440} \right\rfloor$$
 * where $m_{UTC}$ is the instant in minutes since 1970-01-01T00:00Z and $o_{zona}$ the zone's offset.
 *
 * @param waktu - an ISO 8601 instant with `Z` or an offset, e.g. `2026-01-31T18:30:00Z`.
 * @param zona - the zone (default `Asia/Jakarta`).
 * @returns the local date `YYYY-MM-DD`, or `invalid_format` (`format: 'datetime'`) when the
 *   text is not such an instant.
 * @example
 * ```ts
 * tanggalLokal('2026-01-31T18:30:00Z'); // { ok: true, value: '2026-02-01' } (01:30 WIB)
 * tanggalLokal('2026-01-31T18:30:00Z', 'Asia/Jakarta');
 * ```
 */
export function tanggalLokal(waktu: string, zona: ZonaWaktu = 'Asia/Jakarta'): Result<string> {
  const m = typeof waktu === 'string' ? ISO_INSTANT.exec(waktu) : null;
  const bad = () => fail<string>([issue('invalid_format', [], { format: 'datetime' })]);
  if (m === null) return bad();
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (!isExistingDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return bad();
  let offset = 0;
  if (m[7] !== 'Z') {
    const oh = Number(m[9]);
    const om = Number(m[10]);
    if (oh > 23 || om > 59) return bad();
    offset = (m[8] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const offsetZona = OFFSET_ZONA_WAKTU[zona];
  if (offsetZona === undefined) return bad();
  // Seconds never move the date: they are below one minute.
  const menitUtc = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offset;
  return ok(tanggalFromDayNumber(Math.floor((menitUtc + offsetZona) / 1440)));
}
