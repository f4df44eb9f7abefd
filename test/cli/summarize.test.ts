import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

const seedFile = 'seeds/000_e0db0117a95bea2e.txt';
const seedText = readFileSync(path.join(repoRoot, seedFile), 'utf8');

describe('newsdigest summarize', () => {
  it('prints three verbatim sentences of the seed article, opening with Sessions and Trump', async () => {
    const result = await runCli(['summarize', seedFile, '--sentences', '3']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(seedText).toContain(line);
    expect(lines[0]).toMatch(
      /^U\.S\. Attorney General Jeff Sessions’ relationship with President Donald Trump/,
    );
  });

  it('gives scores and offsets with --json', async () => {
    const result = await runCli(['summarize', seedFile, '--json', '--sentences', '2']);
    const summary = JSON.parse(result.stdout) as {
      sentences: { text: string; start: number; end: number; index: number }[];
    };
    expect(summary.sentences).toHaveLength(2);
    for (const sentence of summary.sentences) {
      expect(seedText.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('reads an article from standard input', async () => {
    const result = await runCli(['summarize', '-', '--sentences', '1'], {
      input: 'The council approved the budget on Monday. It takes effect in March.',
    });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a malformed option with one line on stderr', async () => {
    const result = await runCli(['summarize', seedFile, '--sentences', 'zero']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--sentences.*whole number/);
    expect(result.stdout).toBe('');
  });

  it('refuses an unreadable file and empty text with one line on stderr', async () => {
    const missing = await runCli(['summarize', 'no/such/article.txt']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no/such/article.txt');

    const empty = await runCli(['summarize', '-'], { input: '   \n' });
    expect(empty.code).not.toBe(0);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('streams --jsonl in order, turning a bad line into an error and going on', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: seedText, sentences: 2 }),
      '{not json',
      JSON.stringify({ id: 'b', text: '' }),
      JSON.stringify({
        id: 'c',
        title: 'Budget',
        text: 'The council approved the budget. It starts in March.',
      }),
    ].join('\n');
    const result = await runCli(['summarize', '--jsonl'], { input });
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string | null; summary?: string[]; error?: string });
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'b', 'c']);
    expect(lines[0]!.summary).toHaveLength(2);
    expect(lines[1]!.error).toBeTruthy();
    expect(lines[2]!.error).toBeTruthy();
    expect(lines[3]!.summary!.length).toBeGreaterThan(0);
  });

  it('documents itself with --help', async () => {
    const result = await runCli(['summarize', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--sentences <n>');
    expect(result.stdout).toContain('--jsonl');
  });
});
