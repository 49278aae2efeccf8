/**
 * `pnpm --filter @kinerja-examples/skp-manual start`: scores one SKP by hand, step by step — a
 * pelaksana of the PATEN desk of Kecamatan Senapelan, with realisasi from the service register —
 * and prints every step.
 *
 * Options: `--lang=en` (or `KINERJA_LANG=en`) for English.
 */
import { toLocale } from '@kinerja/core';
import { computeSkpManual } from './compute';
import { renderSkpManual } from './render';

const lang = process.argv
  .slice(2)
  .find((a) => a.startsWith('--lang='))
  ?.slice('--lang='.length);
const result = computeSkpManual();
process.stdout.write(renderSkpManual(result, toLocale(lang ?? process.env.KINERJA_LANG)));
if (!result.ok) process.exit(1);
