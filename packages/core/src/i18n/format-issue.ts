import type { Issue } from '../issues/issue';
import { formatIssuePath } from './format-issue-path';
import { ISSUE_MESSAGES } from './issue-messages';
import { DEFAULT_LOCALE, type Locale } from './locale';

/**
 * Renders an issue as one sentence for a user, in Indonesian (default) or English. The message
 * names the field (see {@link formatIssuePath}) and shows enumeration values by their labels and
 * numbers in the locale's format. An issue that comes from outside with an unknown code or
 * malformed params never throws: it falls back to its code (and path).
 *
 * @param issue - the issue.
 * @param locale - `'id'` (default) or `'en'`.
 * @returns the message.
 * @example
 * ```ts
 * formatIssue({
 *   code: 'kurva_above_maximum',
 *   path: [],
 *   params: { ruleId: 'baik.baik-maks-70', predikat: ['BAIK'], maximum: 7, actual: 8, share: '70' },
 * });
 * // 'Jumlah pegawai dengan predikat Baik (8) melebihi batas kurva distribusi: paling banyak 7 (70% dari jumlah pegawai).'
 * formatIssue({ code: 'required', path: ['pegawai', 'nama'], params: {} }, 'en');
 * // 'Field pegawai.nama is required.'
 * ```
 */
export function formatIssue(issue: Issue, locale: Locale = DEFAULT_LOCALE): string {
  const messages = ISSUE_MESSAGES[locale === 'en' ? 'en' : 'id'];
  const raw = issue as { code?: unknown; path?: unknown; params?: unknown };
  const code = String(raw.code);
  let path = '';
  try {
    path = Array.isArray(raw.path) ? formatIssuePath(raw.path) : '';
  } catch {
    path = '';
  }
  if (Object.hasOwn(messages, code)) {
    const message = messages[code as keyof typeof messages] as (params: unknown, path: string) => string;
    try {
      const text = message(raw.params ?? {}, path);
      if (text !== '') return text;
    } catch {
      // Malformed params from outside: fall back to the code below.
    }
  }
  return path === '' ? code : `${code} (${locale === 'en' ? 'field' : 'kolom'} ${path})`;
}

/**
 * Renders several issues, one message per line (see {@link formatIssue}).
 *
 * @param issues - the issues, e.g. of a failed `Result`.
 * @param locale - `'id'` (default) or `'en'`.
 * @returns the messages joined by `\n`; `''` for no issues.
 * @example
 * ```ts
 * const r = parseWith(PegawaiSchema, input);
 * if (!r.ok) console.error(formatIssues(r.issues));
 * ```
 */
export function formatIssues(issues: readonly Issue[], locale: Locale = DEFAULT_LOCALE): string {
  return issues.map((i) => formatIssue(i, locale)).join('\n');
}
