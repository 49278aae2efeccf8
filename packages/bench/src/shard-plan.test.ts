import { describe, expect, it } from 'vitest';
import { planShards } from './shard-plan';

describe('planShards', () => {
  it('splits a size into even independent agencies with distinct seeds and namespaces', () => {
    const plan = planShards(4_300_000, 62022, 50_000);
    expect(plan).toHaveLength(86);
    expect(plan.reduce((s, p) => s + p.size, 0)).toBe(4_300_000);
    expect(Math.max(...plan.map((p) => p.size)) - Math.min(...plan.map((p) => p.size))).toBeLessThanOrEqual(
      1,
    );
    expect(new Set(plan.map((p) => p.seed)).size).toBe(86);
    expect(new Set(plan.map((p) => p.ns)).size).toBe(86);
    expect(plan[0]!.seed).toBe(62022);
  });

  it('keeps a small size whole, with the workload seed', () => {
    expect(planShards(10_000, 7, 50_000)).toEqual([{ index: 0, size: 10_000, seed: 7, ns: 'instansi-001' }]);
    expect(planShards(100_001, 7, 50_000).map((p) => p.size)).toEqual([33_334, 33_334, 33_333]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => planShards(0, 1)).toThrow(/invalid size/);
    expect(() => planShards(10, 1, 0)).toThrow(/invalid shard size/);
  });
});
