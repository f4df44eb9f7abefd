import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The public evaluation data lives beside the repository (../shared/eval), never inside it.
 * NEWSDIGEST_EVAL_DIR overrides the location.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const evalDir =
  process.env['NEWSDIGEST_EVAL_DIR'] ?? path.resolve(repoRoot, '../shared/eval');

/** Reads `<evalDir>/<name>.jsonl`, or returns undefined (after saying so) when it is absent. */
export function loadEvalSet<T>(name: string): T[] | undefined {
  const file = path.join(evalDir, `${name}.jsonl`);
  if (!existsSync(file)) {
    console.log(
      `skipped: ${name} — ${file} is not present (set NEWSDIGEST_EVAL_DIR to its folder).`,
    );
    return undefined;
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** The built CLI, which benchmarks drive as outside tools would. */
export const cliPath = path.join(repoRoot, 'dist/adapters/cli/main.js');
