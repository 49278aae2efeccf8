import os from 'node:os';

/** The machine a run was measured on. */
export interface Machine {
  readonly cpu: string;
  /** Logical CPUs visible, and what Node reports as available parallelism. */
  readonly cores: number;
  readonly availableParallelism: number;
  readonly totalMemGiB: number;
  readonly platform: string;
  readonly node: string;
  /** The Node and V8 options of the run (`process.execArgv`), e.g. the garbage-collector flags. */
  readonly nodeOptions: readonly string[];
}

/**
 * The options of a Node command line that change how it runs (V8 and Node flags), without the
 * module-loading ones (`--import tsx`, `--conditions=…`).
 *
 * @param execArgv - `process.execArgv`.
 * @returns e.g. `['--single-threaded-gc', '--max-semi-space-size=64']`.
 */
export function runtimeOptions(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (a === '--import' || a === '--require' || a === '-r' || a === '--conditions' || a === '-C') i++;
    else if (!a.startsWith('--import=') && !a.startsWith('--require=') && !a.startsWith('--conditions='))
      out.push(a);
  }
  return out;
}

/**
 * Describes this machine.
 *
 * @returns CPU model, cores, memory, OS and Node version.
 */
export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    nodeOptions: runtimeOptions(process.execArgv),
  };
}

/**
 * The 1-minute load average, rounded: other processes competing for the cores slow every
 * wall-clock figure, so each run records it before and after.
 *
 * @returns `os.loadavg()[0]` to two decimals.
 */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}
