import type { AuditVerification } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { auditHash } from '../audit/audit-hash';
import type { KinerjaDatabase } from './kinerja-database';
import { auditEventFromRow } from './rows/periode-rows';
import type { SqlBackend } from './sql-backend';

/** Events read per page while verifying. */
const PAGE_SIZE = 1000;

/**
 * Verifies an instansi's audit chain page by page in sequence order (memory stays flat however
 * long the log): the same checks as `verifyAuditEvents`, in the same order — consecutive
 * sequence numbers from 1, each `prevHash` equal to the previous `hash`, each `hash` recomputed
 * from the stored content.
 *
 * @param db - a Kysely instance.
 * @param backend - the dialect.
 * @param instansiId - the tenant.
 * @returns `{ ok: true, count }` or the first broken link and why.
 * @example
 * ```ts
 * const v = await verifyAuditChainSql(db, backend, 'pemko');
 * if (!v.ok) console.error(v.firstBroken, v.reason);
 * ```
 */
export async function verifyAuditChainSql(
  db: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  instansiId: string,
): Promise<AuditVerification> {
  const count = Number(
    (
      await db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('instansi_id', '=', instansiId)
        .executeTakeFirstOrThrow()
    ).n,
  );
  let expectedSeq = 1;
  let prevHash = '';
  let afterSeq = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('instansi_id', '=', instansiId)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(PAGE_SIZE)
      .execute();
    for (const row of rows) {
      const e = auditEventFromRow(row, backend.codec);
      if (e.seq !== expectedSeq) return { ok: false, count, firstBroken: e.seq, reason: 'sequence_gap' };
      if (e.prevHash !== prevHash) return { ok: false, count, firstBroken: e.seq, reason: 'link_mismatch' };
      if (auditHash(e, e.seq, e.prevHash) !== e.hash) {
        return { ok: false, count, firstBroken: e.seq, reason: 'hash_mismatch' };
      }
      prevHash = e.hash;
      expectedSeq++;
      afterSeq = e.seq;
    }
    if (rows.length < PAGE_SIZE) return { ok: true, count };
  }
}
