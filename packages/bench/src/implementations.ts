import type { ImplEntry } from './bench-impl';
import { floatImpl } from './impl/float';
import { jsonRulesEngineImpl } from './impl/json-rules-engine';
import { kinerjaKernelImpl, kinerjaPublicImpl } from './impl/kinerja';
import { kinerjaBatchImpl, kinerjaBatchTraceImpl } from './impl/kinerja-batch';

/** The size up to which the slow per-pegawai decimal implementations run by default. */
export const SLOW_MAX_SIZE = 100_000;
/** json-rules-engine takes some 100 µs per pegawai: beyond this its ratio is known and it only lengthens the run. */
export const JSON_RULES_ENGINE_MAX_SIZE = 100_000;

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
  { impl: jsonRulesEngineImpl, exact: false, traced: false, maxSize: JSON_RULES_ENGINE_MAX_SIZE },
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
