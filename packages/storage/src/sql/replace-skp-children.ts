import { fail, issue, ok, type Result } from '@kinerja/core';
import type { Kysely } from 'kysely';
import { bulkWrite } from './bulk-upsert';
import type { IndikatorTable, KinerjaDatabase, RencanaHasilKerjaTable } from './kinerja-database';
import type { SqlBackend } from './sql-backend';

/** The columns of `rencana_hasil_kerja`, in insert order. */
export const RHK_COLUMNS: readonly (keyof RencanaHasilKerjaTable)[] = [
  'instansi_id',
  'skp_id',
  'id',
  'urutan',
  'uraian',
  'jenis',
  'rhk_atasan_id',
  'penugasan_dari',
  'perspektif',
];

/** The columns of `indikator`, in insert order. */
export const INDIKATOR_COLUMNS: readonly (keyof IndikatorTable)[] = [
  'instansi_id',
  'skp_id',
  'id',
  'rhk_id',
  'urutan',
  'uraian',
  'aspek',
  'target_jenis',
  'target_nilai',
  'target_min',
  'target_max',
  'target_uraian',
  'satuan',
  'polaritas',
  'akumulasi',
];

/**
 * Replaces the RHK and indikator of a stored SKP by new ones: rows with the same id are updated
 * in place (so the realisasi of a kept indikator stay attached), new rows are inserted, the
 * others deleted. An indikator that has realisasi cannot be removed: the result is an
 * `unknown_reference` issue naming it, and nothing is changed.
 *
 * @param db - the transaction.
 * @param backend - the dialect.
 * @param instansiId - the tenant.
 * @param skpId - the SKP.
 * @param rhk - its new RHK rows.
 * @param indikator - its new indikator rows.
 * @returns ok, or the issue of an indikator that realisasi still reference.
 * @example
 * ```ts
 * const r = await replaceSkpChildren(trx, backend, 'pemko', 'skp-1', rows.rhk, rows.indikator);
 * ```
 */
export async function replaceSkpChildren(
  db: Kysely<KinerjaDatabase>,
  backend: SqlBackend,
  instansiId: string,
  skpId: string,
  rhk: readonly RencanaHasilKerjaTable[],
  indikator: readonly IndikatorTable[],
): Promise<Result<void>> {
  const ikiIds = indikator.map((i) => i.id);
  const rhkIds = rhk.map((r) => r.id);
  let orphans = db
    .selectFrom('realisasi')
    .select('indikator_id')
    .where('instansi_id', '=', instansiId)
    .where('skp_id', '=', skpId);
  if (ikiIds.length > 0) orphans = orphans.where('indikator_id', 'not in', ikiIds);
  const orphan = await orphans.orderBy('indikator_id').limit(1).executeTakeFirst();
  if (orphan !== undefined) {
    return fail([
      issue('unknown_reference', ['skp', 'rencanaHasilKerja'], {
        kind: 'indikator',
        id: orphan.indikator_id,
      }),
    ]);
  }
  await bulkWrite(
    db,
    backend,
    {
      table: 'rencana_hasil_kerja',
      columns: RHK_COLUMNS,
      conflict: ['instansi_id', 'skp_id', 'id'],
      action: 'update',
    },
    rhk,
  );
  await bulkWrite(
    db,
    backend,
    {
      table: 'indikator',
      columns: INDIKATOR_COLUMNS,
      conflict: ['instansi_id', 'skp_id', 'id'],
      action: 'update',
    },
    indikator,
  );
  let staleIndikator = db
    .deleteFrom('indikator')
    .where('instansi_id', '=', instansiId)
    .where('skp_id', '=', skpId);
  if (ikiIds.length > 0) staleIndikator = staleIndikator.where('id', 'not in', ikiIds);
  await staleIndikator.execute();
  let staleRhk = db
    .deleteFrom('rencana_hasil_kerja')
    .where('instansi_id', '=', instansiId)
    .where('skp_id', '=', skpId);
  if (rhkIds.length > 0) staleRhk = staleRhk.where('id', 'not in', rhkIds);
  await staleRhk.execute();
  return ok(undefined);
}
