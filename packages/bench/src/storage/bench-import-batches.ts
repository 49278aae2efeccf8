import type { ImportBatch } from '@kinerja/core';
import type { Agency } from '@kinerja/core/testing';
import { agencyImportBatches } from '@kinerja/storage/testing';

/** Options of {@link benchImportBatches}. */
export interface BenchImportBatchesOptions {
  /** Prefix of the batch keys. Default `bench`. */
  readonly keyPrefix?: string;
  /**
   * The most SKP, realisasi or evaluasi records one batch carries (`0` = no limit: the four
   * batches of `agencyImportBatches`). The master batch (unit tree, jabatan, pegawai) is never
   * split, so that a unit's parent always comes with it. Default 100 000.
   */
  readonly maxRecords?: number;
}

function chunks<T>(items: readonly T[] | undefined, size: number): (readonly T[])[] {
  if (items === undefined || items.length === 0) return [];
  if (size <= 0 || items.length <= size) return [items];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The import batches of a (reshaped) agency, in dependency order: `agencyImportBatches` from
 * `@kinerja/storage/testing` (master, skp with capaian organisasi, realisasi, evaluasi), with the
 * SKP, realisasi and evaluasi batches split into batches of at most `maxRecords` records, keyed
 * `…/skp/0001`, `…/realisasi/0001`, … — as a nightly import of a large agency would run.
 *
 * @param agency - the agency (e.g. from `buildWorkload({ keepAgency: true })`).
 * @param options - key prefix and batch size.
 * @returns the batches, to import in order.
 * @example
 * ```ts
 * for (const b of benchImportBatches(agency, { maxRecords: 50_000 })) await store.importBatch(b);
 * ```
 */
export function benchImportBatches(agency: Agency, options: BenchImportBatchesOptions = {}): ImportBatch[] {
  const max = options.maxRecords ?? 100_000;
  const out: ImportBatch[] = [];
  for (const batch of agencyImportBatches(agency, { keyPrefix: options.keyPrefix ?? 'bench' })) {
    const { skp, realisasi, evaluasi, capaianOrganisasi } = batch;
    const lists = [skp, realisasi, evaluasi].filter((l) => l !== undefined && l.length > max);
    if (max <= 0 || lists.length === 0) {
      out.push(batch);
      continue;
    }
    const base = { instansiId: batch.instansiId };
    const pad = (i: number) => String(i + 1).padStart(4, '0');
    chunks(skp, max).forEach((list, i) => {
      out.push({
        ...base,
        key: `${batch.key}/${pad(i)}`,
        skp: list,
        ...(i === 0 && capaianOrganisasi !== undefined ? { capaianOrganisasi } : {}),
      });
    });
    chunks(realisasi, max).forEach((list, i) => {
      out.push({ ...base, key: `${batch.key}/${pad(i)}`, realisasi: list });
    });
    chunks(evaluasi, max).forEach((list, i) => {
      out.push({ ...base, key: `${batch.key}/${pad(i)}`, evaluasi: list });
    });
  }
  return out;
}
