import type { ImplEntry } from './bench-impl';
import { floatImpl } from './impl/float';
import { jsonRulesEngineImpl } from './impl/json-rules-engine';
import { kinerjaKernelImpl, kinerjaPublicImpl } from './impl/kinerja';
import { kinerjaBatchImpl, kinerjaBatchTraceImpl } from './impl/kinerja-batch';

/**
 * The size up to which the slow per-pegawai implementations run by default (the per-pegawai
 * decimal ones, and json-rules-engine at some 100 µs per pegawai: beyond this their ratios are
 * known and they only lengthen the run). `pnpm bench --slow-max=N` replaces it for all of them.
 *
 * @example
 * ```ts
 * IMPLEMENTATIONS.filter((e) => e.maxSize === SLOW_MAX_SIZE).map((e) => e.impl.name);
 * ```
 */
export const SLOW_MAX_SIZE = 100_000;

/**
 * Every implementation the driver measures, in report order. Adding one is one line here. The
 * first exact implementation that runs at a size is that size's engine (national recomputation,
 * what-if, kurva, bias) and the reference of the disagreement check; the first traced exact one
 * gives the "score with trace" part of the work. The engine is the batch kernel with its trace, so
 * the national recomputation is the annual evaluation with traces; `kinerja-batch` (no trace),
 * `kinerja-kernel` and `kinerja-public` are checked against it.
 */
export const IMPLEMENTATIONS: readonly ImplEntry[] = [
  { impl: floatImpl, exact: false, traced: false, maxSize: null },
  { impl: jsonRulesEngineImpl, exact: false, traced: false, maxSize: SLOW_MAX_SIZE },
  { impl: kinerjaBatchTraceImpl, exact: true, traced: true, maxSize: null },
  { impl: kinerjaBatchImpl, exact: true, traced: false, maxSize: null },
  { impl: kinerjaKernelImpl, exact: true, traced: true, maxSize: SLOW_MAX_SIZE },
  { impl: kinerjaPublicImpl, exact: true, traced: true, maxSize: SLOW_MAX_SIZE },
];

/**
 * Finds an implementation by name.
 *
 * @param name - its name.
 * @returns the entry.
 * @throws Error when there is none (the message lists the names).
 */
export function implEntry(name: string): ImplEntry {
  const e = IMPLEMENTATIONS.find((x) => x.impl.name === name);
  if (e === undefined) {
    throw new Error(
      `unknown implementation ${name}; known: ${IMPLEMENTATIONS.map((x) => x.impl.name).join(', ')}`,
    );
  }
  return e;
}

/**
 * The largest size an implementation runs at: the override by its name when there is one (even
 * `null`), else the registry's.
 *
 * @param entry - the implementation.
 * @param maxSize - size limits by name (`null` = any size), overriding the registry's.
 * @returns the limit in pegawai, or `null` for none.
 * @example
 * ```ts
 * sizeLimit(implEntry('kinerja-kernel'), {}); // SLOW_MAX_SIZE
 * sizeLimit(implEntry('kinerja-kernel'), { 'kinerja-kernel': null }); // null
 * ```
 */
export function sizeLimit(entry: ImplEntry, maxSize: Readonly<Record<string, number | null>>): number | null {
  return entry.impl.name in maxSize ? maxSize[entry.impl.name]! : entry.maxSize;
}
