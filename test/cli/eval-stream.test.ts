import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

// The public evaluation data sits beside the repository and is never copied into it; on a
// machine without it this file says so and runs nothing.
const evalFile = path.resolve(
  process.env['NEWSDIGEST_EVAL_DIR'] ?? path.join(repoRoot, '../shared/eval'),
  'summaries_cnndm_dev.jsonl',
);
const present = existsSync(evalFile);
if (!present) console.log(`eval-stream: ${evalFile} is absent, so the CNN/DM stream is not run.`);

describe.runIf(present)('--jsonl over the CNN/DailyMail dev set', () => {
  const input = present ? readFileSync(evalFile, 'utf8') : '';
  const ids = input
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { id: string }).id);

  const stream = async (command: string) => {
    const result = await runCli([command, '--jsonl'], { input });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  };

  it('summarizes every article in one process, in order, without an error line', async () => {
    const lines = await stream('summarize');
    expect(ids).toHaveLength(467);
    expect(lines.map((line) => line['id'])).toEqual(ids);
    expect(lines.filter((line) => 'error' in line)).toEqual([]);
    for (const line of lines) expect((line['summary'] as string[]).length).toBeGreaterThan(0);
  }, 240_000);

  it('finds entities in every article in one process, in order, without an error line', async () => {
    const lines = await stream('entities');
    expect(lines.map((line) => line['id'])).toEqual(ids);
    expect(lines.filter((line) => 'error' in line)).toEqual([]);
    expect(lines.every((line) => Array.isArray(line['entities']))).toBe(true);
  }, 240_000);
});
