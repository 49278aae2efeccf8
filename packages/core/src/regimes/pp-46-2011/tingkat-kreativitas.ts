import { z } from 'zod';
import type { LocalizedLabel } from '../../i18n/locale';

/**
 * The reach of a kreativitas (a new idea or method that improves the work) under Perka BKN
 * 1/2013, which fixes its points: `UNIT_KERJA` (useful to the unit, set by the head of the unit),
 * `ORGANISASI` (useful to the organisation, set by the pejabat pembina kepegawaian) or
 * `NASIONAL` (useful to the state, set by the President). The points are rule pack data
 * (`kreativitas.nilai`: 3, 6, 12 [U]).
 *
 * @example
 * ```ts
 * TingkatKreativitasSchema.parse('UNIT_KERJA');
 * ```
 */
export const TingkatKreativitasSchema = z.enum(['UNIT_KERJA', 'ORGANISASI', 'NASIONAL']);

/**
 * The reach of a kreativitas: `UNIT_KERJA`, `ORGANISASI` or `NASIONAL`.
 *
 * @example
 * ```ts
 * const t: TingkatKreativitas = 'ORGANISASI';
 * ```
 */
export type TingkatKreativitas = z.infer<typeof TingkatKreativitasSchema>;

/**
 * The display label of each reach of a kreativitas, in Indonesian and English.
 *
 * @example
 * ```ts
 * TINGKAT_KREATIVITAS_LABELS.NASIONAL.id; // 'Nasional (ditetapkan Presiden)'
 * ```
 */
export const TINGKAT_KREATIVITAS_LABELS: Readonly<Record<TingkatKreativitas, LocalizedLabel>> = {
  UNIT_KERJA: {
    id: 'Unit kerja (ditetapkan pimpinan unit kerja)',
    en: 'Work unit (set by the head of the unit)',
  },
  ORGANISASI: {
    id: 'Organisasi (ditetapkan pejabat pembina kepegawaian)',
    en: 'Organisation (set by the staffing authority)',
  },
  NASIONAL: { id: 'Nasional (ditetapkan Presiden)', en: 'National (set by the President)' },
};
