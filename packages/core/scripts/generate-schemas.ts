// Writes the JSON Schema files for editors to packages/core/schemas/: for every regime the schema
// of a rule pack and of an override file. Run with `pnpm --filter @kinerja/core schemas` after a
// change to a rule pack schema; a test fails while the committed files are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '../src/rules/json-schema';

const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
mkdirSync(dir, { recursive: true });
const files = jsonSchemaFiles();
for (const name of readdirSync(dir)) {
  if (name.endsWith('.schema.json') && !Object.hasOwn(files, name)) {
    rmSync(`${dir}${name}`);
    console.log(`removed ${name}`);
  }
}
for (const [name, text] of Object.entries(files)) {
  writeFileSync(`${dir}${name}`, text);
  console.log(`wrote schemas/${name}`);
}
