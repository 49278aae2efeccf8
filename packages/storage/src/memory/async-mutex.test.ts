import { describe, expect, it } from 'vitest';
import { AsyncMutex } from './async-mutex';

describe('AsyncMutex', () => {
  it('runs work one at a time, in the order it was queued', async () => {
    const mutex = new AsyncMutex();
    const log: string[] = [];
    const job = (name: string, steps: number) =>
      mutex.run(async () => {
        log.push(`${name}:start`);
        for (let i = 0; i < steps; i++) await Promise.resolve();
        log.push(`${name}:end`);
        return name;
      });
    expect(await Promise.all([job('a', 5), job('b', 1), job('c', 3)])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });

  it('a failed job rejects its caller and does not stop the queue', async () => {
    const mutex = new AsyncMutex();
    const boom = new Error('boom');
    const failed = mutex.run(async () => {
      throw boom;
    });
    const next = mutex.run(async () => 'next');
    await expect(failed).rejects.toBe(boom);
    expect(await next).toBe('next');
  });
});
