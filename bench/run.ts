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
  const started = performance.now();
  await module.default();
  // Peak memory of this process so far (child processes a bench spawns report their own).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `\n(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s, peak RSS of the bench process ${peakMb.toFixed(0)} MB)`,
  );
}
