/**
 * `pnpm --filter @kinerja-examples/recompute-pp46 start`: recomputes the 2019 SKP of a pelaksana
 * at Kecamatan Senapelan under PP 46/2011 + Perka BKN 1/2013 and prints every value of the form.
 *
 * Options: `--lang=en` (or `KINERJA_LANG=en`) for English.
 */
import { evaluatePp46, formatIssue, PP_46_2011, toLocale } from '@kinerja/core';
import { renderReport } from './report';
import { IDENTITAS_2019, SKP_2019 } from './skp-2019';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv
    .slice(2)
    .find((a) => a.startsWith(prefix))
    ?.slice(prefix.length);
}

const locale = toLocale(option('lang') ?? process.env.KINERJA_LANG);
const r = evaluatePp46(SKP_2019, PP_46_2011);
if (!r.ok) {
  for (const i of r.issues) process.stderr.write(`${formatIssue(i, locale)}\n`);
  process.exit(1);
}
process.stdout.write(renderReport(r.value, SKP_2019, IDENTITAS_2019, PP_46_2011, { locale }));
