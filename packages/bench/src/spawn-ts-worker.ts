import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

let tsxApi: string | undefined;

/** The file URL of tsx's ESM API (`tsx/esm/api`, import condition), resolved from this package. */
function tsxEsmApi(): string {
  if (tsxApi === undefined) {
    const require = createRequire(import.meta.url);
    const pkgFile = require.resolve('tsx/package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
      exports: Record<string, { import?: { default?: string } } | string>;
    };
    const entry = pkg.exports['./esm/api'];
    const file = typeof entry === 'object' ? entry.import?.default : undefined;
    if (file === undefined) throw new Error('tsx/esm/api has no import entry');
    tsxApi = pathToFileURL(path.join(path.dirname(pkgFile), file)).href;
  }
  return tsxApi;
}

/**
 * Starts a worker thread on a TypeScript module. Node 20 does not apply `--import tsx` to a
 * worker's entry module, so the worker starts from a tiny ESM bootstrap that registers tsx's
 * loader (`tsx/esm/api` `register()`) and then imports the module; `--conditions=@kinerja/source`
 * makes `@kinerja/*` resolve to their sources, as in the main thread. Works under `tsx` and vitest.
 *
 * @param module - the worker module's URL (e.g. `new URL('./worker.ts', import.meta.url)`).
 * @param workerData - the worker's `workerData`.
 * @param maxOldGenerationSizeMb - the worker's old-generation heap limit (V8 collects harder near
 *   it, which keeps the process's RSS flat); `undefined` for V8's default.
 * @returns the worker.
 */
export function spawnTsWorker(module: URL, workerData: unknown, maxOldGenerationSizeMb?: number): Worker {
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(bootstrap, {
    eval: true,
    workerData,
    execArgv: ['--conditions=@kinerja/source'],
    ...(maxOldGenerationSizeMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb } }),
  });
}
