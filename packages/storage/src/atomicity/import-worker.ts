/**
 * A child process for the atomicity tests: imports a generated agency into a store, batch by
 * batch, and reports on stdout, one line each: `ready`, `start <key>`, `done <key> <report JSON>`,
 * `finished`. With a trap key it springs the driver trap in that batch's transaction (prints
 * `inside <key>` and blocks until killed).
 *
 *   node --import tsx --conditions=@kinerja/source import-worker.ts \
 *     <sqlite|postgres> <file|url> <jumlahPegawai> <seed> [trapKey]
 */
import { writeSync } from 'node:fs';
import { generateAgency } from '@kinerja/core/testing';
import { agencyImportBatches } from '../testing/agency-import-batches';
import { installDriverTrap } from './driver-trap';
import { openStore, parseTarget } from './open-store';

const say = (line: string) => writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const [backend, where, jumlah, seed, trapKey] = process.argv.slice(2);
  const trap = installDriverTrap(3);
  const agency = generateAgency({ jumlahPegawai: Number(jumlah), seed: Number(seed) });
  const store = await openStore(parseTarget(backend, where));
  const saved = await store.transaction(async (tx) => tx.saveInstansi(agency.instansi));
  if (!saved.ok) throw new Error(`saveInstansi: ${JSON.stringify(saved.issues)}`);
  say('ready');
  for (const batch of agencyImportBatches(agency)) {
    if (batch.key === trapKey) trap.arm(batch.key);
    say(`start ${batch.key}`);
    const report = await store.importBatch(batch);
    if (!report.ok)
      throw new Error(`importBatch ${batch.key}: ${JSON.stringify(report.issues).slice(0, 2000)}`);
    say(`done ${batch.key} ${JSON.stringify(report.value)}`);
  }
  await store.close();
  say('finished');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
