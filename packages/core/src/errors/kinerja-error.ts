/**
 * Thrown for broken invariants (a bug or a misconfigured pack), never for bad outside data:
 * that comes back as issues. Each error has a stable `code`.
 *
 * @example
 * ```ts
 * try { compileRulePack(pack); } catch (e) { if (e instanceof KinerjaError) console.error(e.code); }
 * ```
 */
export class KinerjaError extends Error {
  /** A stable, machine-readable code. */
  readonly code: string;

  /**
   * @param code - a stable code, snake_case.
   * @param message - an English message for developers.
   * @param options - the underlying cause, if any.
   */
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KinerjaError';
    this.code = code;
  }
}

/**
 * A rule pack that cannot be used (invalid definition or inconsistent tables).
 *
 * @example
 * ```ts
 * throw new RulePackError('rule_pack_invalid', 'kurva rules overlap');
 * ```
 */
export class RulePackError extends KinerjaError {
  override readonly name = 'RulePackError';
}
