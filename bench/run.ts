/**
 * `npm run bench`: runs every bench/*.bench.ts in name order (or those named on the command
 * line, e.g. `npm run bench -- summaries`) and prints their tables.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}\n`);
  const module = (await import(pathToFileURL(path.join(benchDir, file)).href)) as {
    default: () => Promise<void>;
  };
  await module.default();
}
