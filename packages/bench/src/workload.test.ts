import { Decimal, toCanonical } from '@kinerja/core';
import { describe, expect, it } from 'vitest';
import { buildWorkload, workloadParts } from './workload';
import { createWorkloadDigest } from './workload-digest';

function digestOf(size: number, seed: number, edge = false): string {
  const d = createWorkloadDigest();
  for (const chunk of workloadParts({ size, seed, edge, chunkSize: 200 })) d.add(chunk.items);
  return d.hex();
}

describe('the workload', () => {
  it('is deterministic: the same seed gives the same digest, another seed another', () => {
    expect(digestOf(300, 11)).toBe(digestOf(300, 11));
    expect(digestOf(300, 11)).not.toBe(digestOf(300, 12));
    expect(digestOf(300, 11, true)).toBe(digestOf(300, 11, true));
    expect(digestOf(300, 11, true)).not.toBe(digestOf(300, 11));
  });

  it('streams chunks whose concatenation is buildWorkload, at any chunk size', () => {
    const { workload } = buildWorkload({ size: 500, seed: 3 });
    expect(workload.items).toHaveLength(500);
    for (const chunkSize of [0, 120, 10_000]) {
      const chunks = [...workloadParts({ size: 500, seed: 3, chunkSize })];
      if (chunkSize === 10_000) expect(chunks).toHaveLength(1);
      for (const c of chunks.slice(0, -1)) expect(c.items.length).toBeGreaterThanOrEqual(chunkSize);
      expect(chunks.flatMap((c) => c.items)).toEqual(workload.items);
      expect(chunks.flatMap((c) => c.unitKerja)).toEqual(workload.unitKerja);
      expect(chunks.reduce((s, c) => s + c.realisasiCount, 0)).toBe(workload.realisasiCount);
    }
  });

  it('shapes every SKP as 5 RHK × 2 IKI with quarterly realisasi, and keeps the agency for storage', () => {
    const { workload, agency } = buildWorkload({ size: 200, seed: 5, keepAgency: true });
    for (const item of workload.items) {
      expect(item.skp.rencanaHasilKerja).toHaveLength(5);
      for (const rhk of item.skp.rencanaHasilKerja) expect(rhk.indikator).toHaveLength(2);
      expect(item.realisasi).toHaveLength(40);
    }
    expect(agency?.skp.map((s) => s.id)).toEqual(workload.items.map((i) => i.skp.id));
    expect(agency?.realisasi).toHaveLength(workload.realisasiCount);
    expect(agency?.pegawai).toHaveLength(200);
  });

  it('puts the edge workload on x.xx5: every RHK mean capaian is exactly 99.995 or 100.995', () => {
    const { workload } = buildWorkload({ size: 300, seed: 5, edge: true });
    let checked = 0;
    for (const item of workload.items) {
      for (const rhk of item.skp.rencanaHasilKerja) {
        let sum = new Decimal(0);
        for (const iki of rhk.indikator) {
          if (iki.target.jenis !== 'TUNGGAL') throw new Error('edge targets are single values');
          const values = item.realisasi
            .filter((r) => r.indikatorId === iki.id)
            .sort((a, b) => a.periodeKe - b.periodeKe)
            .map((r) => new Decimal(r.nilai!));
          expect(values).toHaveLength(4);
          const total = values.reduce((a, b) => a.plus(b), new Decimal(0));
          const annual =
            iki.akumulasi === 'JUMLAH' ? total : iki.akumulasi === 'RATA_RATA' ? total.div(4) : values[3]!;
          const ratio = annual.times(100).div(iki.target.nilai);
          sum = sum.plus(iki.polaritas === 'MAKSIMALISASI' ? ratio : new Decimal(200).minus(ratio));
        }
        expect(['99.995', '100.995']).toContain(toCanonical(sum.div(2)));
        checked++;
      }
    }
    expect(checked).toBe(300 * 5);
  });
});
