import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEvent, AuditVerification } from '@kinerja/core';
import { canonicalJson } from './canonical-json';

/**
 * The hash of an audit event: SHA-256 (hex) over the previous hash and the canonical JSON of the
 * event's content (instansi, sequence, time, actor, action, entity, before and after).
 *
 * @param entry - the entry's content.
 * @param seq - its 1-based sequence number in the instansi's log.
 * @param prevHash - the hash of the previous event, `''` for the first.
 * @returns the hex digest.
 * @example
 * ```ts
 * const hash = auditHash(entry, 1, '');
 * ```
 */
export function auditHash(entry: AuditEntry, seq: number, prevHash: string): string {
  const content = canonicalJson({
    instansiId: entry.instansiId,
    seq,
    at: entry.at,
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/**
 * Numbers and chains a new audit entry after the last event of its instansi.
 *
 * @param entry - the entry.
 * @param last - the instansi's last event, if any.
 * @returns the chained event.
 * @example
 * ```ts
 * const event = chainAuditEvent(entry, await lastEventOf(entry.instansiId));
 * ```
 */
export function chainAuditEvent(
  entry: AuditEntry,
  last: Pick<AuditEvent, 'seq' | 'hash'> | undefined,
): AuditEvent {
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? '';
  return {
    ...entry,
    before: entry.before ?? null,
    after: entry.after ?? null,
    seq,
    prevHash,
    hash: auditHash(entry, seq, prevHash),
  };
}

/**
 * Verifies an instansi's audit events in sequence order: consecutive sequence numbers, each
 * `prevHash` equal to the previous `hash`, and each `hash` recomputed from the content.
 *
 * @param events - the events, ordered by `seq`.
 * @returns `{ ok: true, count }`, or the first broken link and why.
 * @example
 * ```ts
 * const v = verifyAuditEvents(await store.listAudit('pekanbaru'));
 * if (!v.ok) console.error(`audit log broken at event ${v.firstBroken}: ${v.reason}`);
 * ```
 */
export function verifyAuditEvents(events: readonly AuditEvent[]): AuditVerification {
  let prev = '';
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.seq !== i + 1)
      return { ok: false, count: events.length, firstBroken: e.seq, reason: 'sequence_gap' };
    if (e.prevHash !== prev)
      return { ok: false, count: events.length, firstBroken: e.seq, reason: 'link_mismatch' };
    if (auditHash(e, e.seq, e.prevHash) !== e.hash) {
      return { ok: false, count: events.length, firstBroken: e.seq, reason: 'hash_mismatch' };
    }
    prev = e.hash;
  }
  return { ok: true, count: events.length };
}
