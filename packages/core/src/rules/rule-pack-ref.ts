/** The name and version of an override applied to a base rule pack. */
export interface OverrideRef {
  readonly name: string;
  readonly version: string;
}

/**
 * What every result carries to say which rules produced it: the pack's id and version and, when
 * an agency or analyst changed the pack, the override's name and version.
 *
 * @example
 * ```ts
 * const ref: RulePackRef = { id: 'permenpanrb-6-2022', version: '1.0.0', override: { name: 'kurva-ketat', version: '1' } };
 * ```
 */
export interface RulePackRef {
  readonly id: string;
  readonly version: string;
  readonly override?: OverrideRef;
}

/**
 * The reference of a pack, as results carry it.
 *
 * @param pack - any rule pack.
 * @returns `{ id, version }`, plus `override` when the pack was overridden.
 * @example
 * ```ts
 * rulePackRef(PERMENPANRB_6_2022); // { id: 'permenpanrb-6-2022', version: '1.0.0' }
 * ```
 */
export function rulePackRef(pack: {
  readonly id: string;
  readonly version: string;
  readonly override?: OverrideRef;
}): RulePackRef {
  return pack.override
    ? { id: pack.id, version: pack.version, override: pack.override }
    : { id: pack.id, version: pack.version };
}
