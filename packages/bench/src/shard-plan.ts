import { deriveSeed } from '@kinerja/core/testing';

/** One independent agency of the national workload. */
export interface ShardSpec {
  /** 0-based position in the plan. */
  readonly index: number;
  /** Pegawai in the shard. */
  readonly size: number;
  /** The generator's seed: the workload's seed for shard 0, derived from it and the index otherwise. */
  readonly seed: number;
  /** The shard's instansi id, the namespace of its kurva units and raters in the tally. */
  readonly ns: string;
}

/** The default most pegawai per shard. */
export const DEFAULT_SHARD_SIZE = 50_000;

/**
 * Splits a national workload of `size` pegawai into independent agencies (a nation is many
 * instansi) of at most `shardSize` pegawai each, as even as possible. The plan depends on the size,
 * seed and shard size only — not on the number of threads — so every run of a size scores the
 * same pegawai. A size up to `shardSize` is one shard with the workload's own seed:
 * `buildWorkload({ size, seed })`.
 *
 * @param size - pegawai in all.
 * @param seed - the workload's seed.
 * @param shardSize - the most pegawai per shard.
 * @returns the shards, in order.
 * @throws Error when a number is not a positive integer.
 */
export function planShards(size: number, seed: number, shardSize: number = DEFAULT_SHARD_SIZE): ShardSpec[] {
  if (!Number.isSafeInteger(size) || size < 1) throw new Error(`invalid size ${size}`);
  if (!Number.isSafeInteger(shardSize) || shardSize < 1) throw new Error(`invalid shard size ${shardSize}`);
  const count = Math.ceil(size / shardSize);
  const base = Math.floor(size / count);
  const extra = size - base * count;
  const width = Math.max(3, String(count).length);
  return Array.from({ length: count }, (_, index) => ({
    index,
    size: base + (index < extra ? 1 : 0),
    seed: index === 0 ? seed : deriveSeed(seed, 'shard', index),
    ns: `instansi-${String(index + 1).padStart(width, '0')}`,
  }));
}
