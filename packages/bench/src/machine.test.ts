import { describe, expect, it } from 'vitest';
import { runtimeOptions } from './machine';

describe('runtimeOptions', () => {
  it('keeps the V8 and Node flags of a run, without the module-loading ones', () => {
    expect(
      runtimeOptions([
        '--single-threaded-gc',
        '--max-semi-space-size=64',
        '--import',
        'tsx',
        '--conditions=@kinerja/source',
      ]),
    ).toEqual(['--single-threaded-gc', '--max-semi-space-size=64']);
    expect(runtimeOptions(['--import=tsx', '--conditions', '@kinerja/source', '--cpu-prof'])).toEqual([
      '--cpu-prof',
    ]);
    expect(runtimeOptions([])).toEqual([]);
  });
});
