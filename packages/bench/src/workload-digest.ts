import { createHash } from 'node:crypto';
import type { WorkItem } from './workload';

/** A running SHA-256 digest of workload items, fed chunk by chunk. */
export interface WorkloadDigest {
  /** Adds items, in order. */
  add(items: readonly WorkItem[]): void;
  /** The hex digest of every item added so far (the digest can no longer be fed afterwards). */
  hex(): string;
}

/** The scoring inputs of one item as one line of text (ids, targets, realisasi, ratings, kurva unit). */
function lineOf(item: WorkItem): string {
  const { skp } = item;
  let s = `${skp.id}|${skp.pegawaiId}|${skp.pendekatan}|${skp.pimpinanUnit ? 1 : 0}|${skp.pejabatPenilaiId ?? ''}|${item.kurvaUnitId ?? ''}|${item.predikatOrganisasi ?? ''}`;
  for (const rhk of skp.rencanaHasilKerja) {
    s += `|${rhk.jenis}`;
    for (const iki of rhk.indikator) {
      const t = iki.target;
      s += `;${t.jenis === 'TUNGGAL' ? t.nilai : t.jenis === 'RENTANG' ? `${t.min}-${t.max}` : 'N'},${iki.polaritas},${iki.akumulasi}`;
    }
  }
  for (const r of item.realisasi) s += `|${r.indikatorId.length}@${r.periodeKe}=${r.nilai ?? ''}`;
  for (const e of item.evaluasiPeriodik)
    s += `|${e.periodeKe}:${e.ratingHasilKerja}/${e.ratingPerilakuKerja}`;
  return `${s}\n`;
}

/**
 * A digest of a workload's scoring inputs (per item, in order: ids, pendekatan, rater, kurva unit,
 * targets, polaritas, akumulasi, realisasi values, periodic ratings): the same seed gives the same
 * digest, so a result file names the data it was measured on. A few µs per pegawai.
 *
 * @returns an empty digest.
 */
export function createWorkloadDigest(): WorkloadDigest {
  const hash = createHash('sha256');
  return {
    add(items) {
      let text = '';
      for (const item of items) text += lineOf(item);
      hash.update(text);
    },
    hex: () => hash.digest('hex'),
  };
}
