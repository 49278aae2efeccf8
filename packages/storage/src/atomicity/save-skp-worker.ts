/**
 * A child process for the concurrency tests: opens a store, reads an SKP, prints `ready`, waits
 * for a line `go` on stdin, then saves the SKP with the version it read (the optimistic writer of
 * a real deployment) and prints `result <Result JSON>`.
 *
 *   node --import tsx --conditions=@kinerja/source save-skp-worker.ts \
 *     <sqlite|postgres> <file|url> <instansiId> <skpId> <catatan>
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openStore, parseTarget } from './open-store';

const say = (line: string) => writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const [backend, where, instansiId, skpId, catatan] = process.argv.slice(2);
  const store = await openStore(parseTarget(backend, where));
  const seen = await store.getSkp(instansiId!, skpId!);
  if (!seen) throw new Error(`no SKP ${skpId}`);
  say('ready');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) if (line.trim() === 'go') break;
  lines.close();
  const result = await store.transaction(async (tx) =>
    tx.saveSkp({ ...seen, status: 'REVISI', catatan: catatan! }, seen.version),
  );
  say(`result ${JSON.stringify(result)}`);
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
