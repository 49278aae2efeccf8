/**
 * Expected problems are values: every issue has a snake_case `code`, the `path` to the offending
 * field and structured `params`. {@link formatIssue} renders one in Indonesian or English.
 */

/** A path into the input: object keys and array indexes, e.g. `['rencanaHasilKerja', 0, 'indikator']`. */
export type IssuePath = readonly (string | number)[];

/** The structured parameters of each issue code. Every code has a message in every locale. */
export interface IssueParamsByCode {
  // — shape of the input (mapped from zod) —
  /** A value of the wrong type; `expected` names the type, `received` what came. */
  invalid_type: { expected: string; received: string };
  /** A required field is missing. */
  required: Record<string, never>;
  /** A value outside an enumeration. */
  invalid_value: { options: readonly string[]; received: string };
  /** A number, string or list that is too small. */
  too_small: { minimum: string; inclusive: boolean; origin: string };
  /** A number, string or list that is too big. */
  too_big: { maximum: string; inclusive: boolean; origin: string };
  /** A string that does not match the expected format. */
  invalid_format: { format: string };
  /** Fields that the schema does not know. */
  unrecognized_keys: { keys: readonly string[] };
  /** A value that matched none of the allowed forms. */
  invalid_union: Record<string, never>;
  /** A decimal that cannot be read (use `.` as the decimal separator). */
  invalid_decimal: Record<string, never>;
  /** A calendar date that does not exist or is not `YYYY-MM-DD`. */
  invalid_date: { received: string };
  /**
   * The end of an interval lies before (or below) its start: dates `YYYY-MM-DD` (a period) or
   * numbers (e.g. rating thresholds, a band of capaian, years).
   */
  invalid_interval: { start: string; end: string };
  /** Two items share an id that must be unique. */
  duplicate_id: { id: string };
  /** A reference to an item that does not exist. */
  unknown_reference: { kind: string; id: string };
  /** A tree (unit kerja) that loops back on itself. */
  cycle: { id: string };

  // — identity numbers —
  /** A NIP or NI PPPK that is not 18 digits. */
  nip_format: { received: string };
  /** Digits 1–8 of a NIP are not an existing birth date. */
  nip_birth_date: { value: string };
  /** Digits 9–14 of a NIP are not a valid TMT year and month. */
  nip_tmt: { value: string };
  /** Digit 15 of a NIP is not 1 (male) or 2 (female). */
  nip_gender: { value: string };

  // — SKP —
  /** An SKP has no rencana hasil kerja utama. */
  skp_without_rhk_utama: Record<string, never>;
  /** A rencana hasil kerja has no indikator. */
  rhk_without_indikator: { rhkId: string };
  /** A JPT's RHK has no perspektif. */
  rhk_without_perspektif: { rhkId: string };
  /** The perilaku kerja section does not hold each BerAKHLAK value exactly once. */
  perilaku_incomplete: { missing: readonly string[] };
  /** A range target whose lower end is above its upper end. */
  target_range_inverted: { min: string; max: string };

  // — scoring —
  /** A target of zero: capaian cannot be computed. */
  target_zero: { indikatorId: string };
  /** A target that is narrative (kualitatif): no capaian can be computed. */
  target_not_numeric: { indikatorId: string };
  /** No realisasi for an indikator in the evaluated period. */
  realisasi_missing: { indikatorId: string };
  /** A capaian was raised to the pack's floor or lowered to its ceiling. */
  capaian_clamped: { indikatorId: string; raw: string; clamped: string };
  /**
   * The pejabat penilai rated some RHK but not this one: the suggested rating hasil kerja counts
   * it as di bawah ekspektasi.
   */
  rating_rhk_missing: { rhkId: string };
  /** The pejabat penilai's rating differs from the rating suggested by the rules. */
  rating_deviates: { aspect: string; given: string; suggested: string };
  /** A unit leader's rating hasil kerja was set from the unit's predikat organisasi. */
  rating_from_predikat_organisasi: { predikatOrganisasi: string; rating: string };
  /** No periodic evaluation and no rating to derive an annual result from. */
  evaluasi_missing: { aspect: string };
  /** A periodic evaluation refers to a period the SKP does not have. */
  periode_unknown: { periodeKe: number };

  // — PP 30/2019 + PermenPANRB 8/2021 —
  /**
   * Weights (bobot, in percent) that must add up to `expected` add up to `total`: a JPT's IKI
   * bobot (8/2021), a rule pack's weights (e.g. PP 46/2011's 60/40), a TPP configuration's
   * komponen.
   */
  bobot_total_invalid: { total: string; expected: string };
  /**
   * A capaian fell between two kategori bands of 8/2021 (e.g. 99.5 %), where the regulation says
   * nothing: `kategori` is the one the rule pack's gap policy gave it.
   */
  capaian_in_band_gap: { indikatorId: string; capaian: string; kategori: string };
  /** A nilai kinerja above the rule pack's maximum (`raw`) was lowered to it (`capped`). */
  nilai_kinerja_capped: { raw: string; capped: string };
  /**
   * The instansi does not apply the 360° assessment: the nilai perilaku is the atasan's alone and
   * the given ratings of `rekan` peers and `bawahan` subordinates are ignored.
   */
  penilaian_360_ignored: { rekan: number; bawahan: number };

  // — kurva distribusi —
  /** Fewer pegawai in the named predikat than the kurva requires. */
  kurva_below_minimum: {
    ruleId: string;
    predikat: readonly string[];
    minimum: number;
    actual: number;
    share: string;
  };
  /** More pegawai in the named predikat than the kurva allows. */
  kurva_above_maximum: {
    ruleId: string;
    predikat: readonly string[];
    maximum: number;
    actual: number;
    share: string;
  };
  /** The predikat the kurva expects to be the most frequent is not. */
  kurva_not_modal: { ruleId: string; predikat: string; actual: number; modal: readonly string[] };
  /** No distribution of this headcount can satisfy the kurva. */
  kurva_infeasible: { headcount: number; predikatOrganisasi: string; reason: string; required: number };
  /** The unit's predikat organisasi for the year is not set. */
  predikat_organisasi_missing: { unitKerjaId: string; tahun: number };

  // — storage and workflow —
  /** The record changed since it was read: reload and try again. */
  version_conflict: { entity: string; id: string; expected: number; actual: number | null };
  /** A record with the same natural key already exists (e.g. the same NIP). */
  duplicate_key: { entity: string; key: string };
  /** A record that does not exist. */
  not_found: { entity: string; id: string };
  /** The storage failed for a reason that is not the data's (connection, disk); details are in the server log. */
  storage_error: { operation: string };
  /** A workflow step that the record's state does not allow, e.g. approving a draft. */
  transition_not_allowed: { entity: string; from: string; action: string };
  /** The principal may not do this to this record; `reason` is a short code, e.g. `self`, `outside_chain`. */
  forbidden: { action: string; reason: string };
  /** The atasan's SKP for the year does not exist yet, so no RHK can intervene it. */
  skp_atasan_missing: { pejabatPenilaiId: string; tahun: number };
  /** An RHK intervenes an RHK that is not in the atasan's SKP. */
  rhk_atasan_unknown: { rhkId: string; rhkAtasanId: string };
  /** A periodic window is closed for entry (its deadline passed and it was not reopened). */
  periode_closed: { periodeKe: number; batas: string };
  /** A deadline has not passed yet, e.g. the pengelola kinerja may set an SKP only after it. */
  deadline_not_passed: { batas: string };
  /** The time allowed for a keberatan has passed. */
  keberatan_expired: { batas: string };
  /** The year of a unit was frozen by its penetapan. */
  penetapan_frozen: { unitKerjaId: string; tahun: number };
  /**
   * The annual evaluation of an SKP (segment) is not final: `status` is `NONE` when it does not
   * exist, else its status (`DRAFT`). The penetapan and the annual result of a year of several
   * segments need every segment's annual evaluation final.
   */
  evaluasi_not_final: { skpId: string; status: string };

  // — rule packs —
  /** A rule pack's kurva rules for one predikat organisasi overlap in an unsupported way. */
  rule_pack_overlapping_groups: { predikatOrganisasi: string; predikat: string };
  /**
   * A rule pack table out of order: `value` must be greater (`ascending`) or smaller
   * (`descending`) than the `previous` entry, e.g. the PP 46/2011 category bounds.
   */
  rule_pack_unordered: { previous: string; value: string; order: 'ascending' | 'descending' };

  // — registry, overrides and recomputation —
  /**
   * Two rule packs of a registry are both in force from `from` to `until`: a registry holds one
   * pack per day. `id` and `otherId` are `id@version`; `otherIndex` is the other pack's position.
   */
  rule_pack_overlap: { id: string; otherId: string; otherIndex: number; from: string; until: string };
  /** No rule pack of the registry is in force on `tanggal`, a day of the year `tahun`. */
  rule_pack_missing: { tahun: number; tanggal: string };
  /**
   * An override is written for another base pack (`received`, as the file names it) than the
   * one it is applied to (`expected`, `id@version`, with `+name@version` of an override already applied).
   */
  override_base_mismatch: { expected: string; received: string };
  /** An override tries to change a field that identifies its base pack (`id`, `version`, `regime`). */
  override_field_locked: { field: string };
  /** Input for the regime `received` where the rules in force (`expected`) are another regime. */
  regime_mismatch: { expected: readonly string[]; received: string };

  // — conversions: angka kredit, TPP —
  /**
   * A percentage table out of order: the row `higher` (a better predikat or capaian, a longer
   * band of minutes) has a smaller percentage than the row `lower` before it.
   */
  tabel_not_monotonic: { higher: string; higherPersen: string; lower: string; lowerPersen: string };
  /** The deductions of a TPP component (`raw` percent) were capped at its `cap` percent. */
  potongan_capped: { komponen: string; raw: string; cap: string };
  /** The periods of one year add up to more than 12 months. */
  bulan_exceeds_year: { tahun: number; bulan: number };
  /** The angka kredit conversion has no kenaikan pangkat threshold for this jenjang. */
  kebutuhan_angka_kredit_missing: { jenjang: string };
}

/** Every issue code. */
export type IssueCode = keyof IssueParamsByCode;

/** Whether an issue stops the operation (`error`) or only asks for a look (`warning`). */
export type IssueSeverity = 'error' | 'warning';

/**
 * One expected problem, as data.
 *
 * @example
 * ```ts
 * const issue: Issue = { code: 'target_zero', path: ['indikator', 0, 'target'], params: { indikatorId: 'iki-1' } };
 * ```
 */
export type Issue = {
  [C in IssueCode]: {
    readonly code: C;
    readonly path: IssuePath;
    readonly params: Readonly<IssueParamsByCode[C]>;
    readonly severity?: IssueSeverity;
  };
}[IssueCode];

/** The issue with a given code. */
export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;

/**
 * Builds an issue, typed by its code.
 *
 * @param code - the issue code.
 * @param path - where in the input.
 * @param params - the code's parameters.
 * @param severity - `error` (default) or `warning`.
 * @returns the issue.
 * @example
 * ```ts
 * issue('target_zero', ['target'], { indikatorId: 'iki-1' });
 * ```
 */
export function issue<C extends IssueCode>(
  code: C,
  path: IssuePath,
  params: IssueParamsByCode[C],
  severity?: IssueSeverity,
): IssueOf<C> {
  return (severity ? { code, path, params, severity } : { code, path, params }) as IssueOf<C>;
}
