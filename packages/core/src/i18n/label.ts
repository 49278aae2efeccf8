import { LABELS, type LabelKind, type LabelValueByKind } from './labels';
import type { Locale } from './locale';

/**
 * The display label of an enumeration value, in Indonesian (default) or English. The value is
 * type-checked against the enumeration `kind` names. A value that is not in the table at run time
 * (data from outside, a newer enum) is returned as it is instead of throwing.
 *
 * @param kind - the enumeration, e.g. `'predikat'` (see {@link LabelValueByKind}).
 * @param value - one of its values, e.g. `'KURANG'`.
 * @param locale - `'id'` (default) or `'en'`.
 * @returns the label, e.g. `'Kurang/Misconduct'`.
 * @example
 * ```ts
 * label('predikat', 'KURANG');                 // 'Kurang/Misconduct'
 * label('rating', 'DI_ATAS_EKSPEKTASI', 'en'); // 'Above expectations'
 * label('jenisJabatan', 'JPT_PRATAMA');        // 'Jabatan Pimpinan Tinggi Pratama'
 * ```
 */
export function label<K extends LabelKind>(
  kind: K,
  value: LabelValueByKind[K],
  locale: Locale = 'id',
): string {
  return lookupLabel(kind, value, locale);
}

/**
 * @internal Like {@link label} but for any string, e.g. an issue's params: unknown kinds or
 * values are returned as they are.
 */
export function lookupLabel(kind: LabelKind, value: string, locale: Locale = 'id'): string {
  const table = LABELS[kind] as Readonly<Record<string, { id: string; en: string }>> | undefined;
  if (table === undefined || !Object.hasOwn(table, value)) return String(value);
  const entry = table[value]!;
  return locale === 'en' ? entry.en : entry.id;
}
