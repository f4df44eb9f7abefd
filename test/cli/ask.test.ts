import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const bridge =
  'Engineers closed the Harbourton river bridge on Monday to replace its corroded cables. ' +
  'The works will last eleven weeks, the transport office said. ' +
  'Buses will use the northern ring road while the crossing is shut.';
const library =
  'The central library of Wexmoor reopened on Saturday after a two-year renovation. ' +
  'Readers queued from dawn to see the new reading room and its restored glass dome.';

describe('newsdigest ask', () => {
  it('streams --jsonl: articles write nothing, each question gets its answer, bad lines an error', async () => {
    const input = [
      JSON.stringify({ kind: 'article', id: 'bridge', title: 'Bridge closes', text: bridge }),
      JSON.stringify({ kind: 'article', id: 'library', title: 'Library reopens', text: library }),
      JSON.stringify({
        kind: 'question',
        id: 'q1',
        question: 'How long will the bridge works last?',
      }),
      '{oops',
      JSON.stringify({ kind: 'poem', id: 'q2' }),
      JSON.stringify({ kind: 'question', id: 'q3', question: 'What happened to the comet?' }),
      JSON.stringify({
        kind: 'question',
        id: 'q4',
        question: 'When did the Wexmoor library reopen?',
      }),
    ].join('\n');
    const result = await runCli(['ask', '--jsonl'], { input });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string | null;
            answer?: { articleId: string; text: string }[];
            error?: string;
          },
      );
    expect(lines.map((line) => line.id)).toEqual(['q1', null, 'q2', 'q3', 'q4']);
    // The clause that answers, its attribution cut and the cut marked.
    expect(lines[0]?.answer?.[0]?.text).toBe('The works will last eleven weeks…');
    expect(lines[1]?.error).toBe('malformed JSON line');
    expect(lines[2]?.error).toBe('"kind" must be "article" or "question".');
    expect(lines[3]?.answer).toEqual([]);
    expect(lines[4]?.answer?.[0]?.text).toContain('Wexmoor reopened on Saturday');
  });

  it('answers from the stored articles with their source', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'newsdigest-ask-')), 'news.db');
    await runCli(['ingest', 'seeds', '--db', db]);
    const result = await runCli(['ask', 'Who did Sessions meet?', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kislyak');
    expect(result.stdout).toMatch(/\n {2}— /);

    // The sanctions articles are from 2017: a first "what's new" says so, then gives the latest.
    const news = await runCli(['ask', "What's new on the Russia sanctions?", '--db', db]);
    expect(news.stdout).toMatch(
      /^Nothing new on Russia sanctions in the last day\. The latest I have:\n.*sanctions.*\n {2}— Northern Ledger, 2017-07-28, /,
    );
  });
});
