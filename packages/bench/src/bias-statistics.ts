import { raterBiasFromTally, type TallyBias } from '@kinerja/core';

/** The rater-bias findings counted over every pejabat penilai. */
export interface BiasSummary {
  /** Pejabat penilai in all, and those judged (enough bawahan). */
  readonly raters: number;
  readonly judged: number;
  /** Findings per code (`TERLALU_LUNAK`, `TERLALU_KETAT`, `KECENDERUNGAN_TENGAH`, `SAMPEL_KECIL`). */
  readonly findings: Readonly<Record<string, number>>;
  /** Raters with at least one finding other than SAMPEL_KECIL. */
  readonly ratersWithFindings: number;
}

/**
 * The rater-bias statistics of one shard (an instansi) by the core's `raterBiasFromTally` on the
 * shard's `TallyBias` — exactly `raterBias`'s rules and digits: per pejabat penilai and aspect,
 * the leniency index against the instansi, the middle share and the variance ratio; fewer than 5
 * bawahan → SAMPEL_KECIL. Only the counts of raters and findings are kept.
 *
 * @param bias - one shard's rater tally (it counts one instansi).
 * @returns the counts of raters and findings.
 * @throws Error when the core rejects the tally (never for a tally built by `addChunkToTally`).
 * @example
 * ```ts
 * const bias = newTallyBias();
 * addChunkToTally(tally, bias, spec.ns, chunk, outcomesA, outcomesB);
 * biasStatistics(bias).raters; // pejabat penilai of the shard
 * ```
 */
export function biasStatistics(bias: TallyBias): BiasSummary {
  const r = raterBiasFromTally(bias);
  if (!r.ok) throw new Error(`raterBiasFromTally: ${JSON.stringify(r.issues.slice(0, 3))}`);
  const findings: Record<string, number> = {};
  let judged = 0;
  let ratersWithFindings = 0;
  for (const p of r.value.penilai) {
    if (p.status === 'DINILAI') judged++;
    let any = false;
    for (const t of p.temuan) {
      findings[t.code] = (findings[t.code] ?? 0) + 1;
      if (t.code !== 'SAMPEL_KECIL') any = true;
    }
    if (any) ratersWithFindings++;
  }
  return { raters: r.value.penilai.length, judged, findings, ratersWithFindings };
}

/**
 * Adds the counts of `from` to `into` (raters never span shards, and each is judged against its
 * own instansi, so the statistics of the shards add up to those of the nation).
 *
 * @param into - the totals so far, or `null` for none.
 * @param from - one shard's statistics.
 * @returns the new totals.
 * @example
 * ```ts
 * let total: BiasSummary | null = null;
 * for (const shard of shardSummaries) total = addBiasSummary(total, shard);
 * ```
 */
export function addBiasSummary(into: BiasSummary | null, from: BiasSummary): BiasSummary {
  if (into === null) return from;
  const findings: Record<string, number> = { ...into.findings };
  for (const [k, v] of Object.entries(from.findings)) findings[k] = (findings[k] ?? 0) + v;
  return {
    raters: into.raters + from.raters,
    judged: into.judged + from.judged,
    findings,
    ratersWithFindings: into.ratersWithFindings + from.ratersWithFindings,
  };
}
