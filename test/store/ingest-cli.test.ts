import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { runCli } from '../cli/run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (topic: string): string =>
  `${topic} was approved by the council on Monday. Residents asked questions about the cost and the timeline of the work.`;

// Each case spawns the built CLI (twice for some): generous timeouts for a loaded machine.
describe('newsdigest ingest', { timeout: 240_000 }, () => {
  it('stores --jsonl lines, reports duplicates and bad lines, and goes on', async () => {
    const db = path.join(dir, 'jsonl', 'news.db');
    const input = [
      {
        id: 'a',
        title: 'Bridge',
        text: text('The bridge'),
        url: 'https://x.example/bridge?utm_source=rss',
      },
      {
        id: 'b',
        title: 'Bridge again',
        text: text('The bridge repair'),
        url: 'https://x.example/bridge',
      },
      '{not json',
      { id: 'c', title: 'Empty', text: '' },
      { id: 'd', title: 'Park', text: text('The park'), publishedAt: '2026-11-27T08:00:00Z' },
    ]
      .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
      .join('\n');
    const result = await runCli(['--db', db, 'ingest', '--jsonl'], { input });
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 'a', articleId: 'a', status: 'inserted' },
      { id: 'b', articleId: 'b', status: 'duplicate' },
      { id: null, error: 'malformed JSON line' },
      { id: 'c', error: '"text" must be a non-empty string.' },
      { id: 'd', articleId: 'd', status: 'inserted' },
    ]);
    const store = await openSqliteStore(db);
    expect((await store.listArticles()).map((article) => article.id).sort()).toEqual(['a', 'd']);
    await store.close();
  });

  it('reads the database path from NEWSDIGEST_DB when --db is absent', async () => {
    const db = path.join(dir, 'env', 'news.db');
    const input = JSON.stringify({ id: 'e', title: 'Env', text: text('The library') });
    const result = await runCli(['ingest', '--jsonl'], {
      input,
      env: { NEWSDIGEST_DB: db },
      cwd: dir,
    });
    expect(result.code).toBe(0);
    const store = await openSqliteStore(db);
    expect((await store.getArticle('e'))?.title).toBe('Env');
    await store.close();
  });

  it('ingests a folder of articles and says how many were new', async () => {
    const folder = path.join(dir, 'articles');
    const db = path.join(dir, 'folder', 'news.db');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'one.txt'),
      `Harbour works begin\n\n${text('The harbour expansion')}\n`,
    );
    const first = await runCli(['--db', db, 'ingest', folder]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('1 new, 0 already stored');
    const second = await runCli(['--db', db, 'ingest', folder]);
    expect(second.stdout).toContain('0 new, 1 already stored');
    const store = await openSqliteStore(db);
    expect(await store.listArticles({ sources: [folder] })).toHaveLength(1);
    await store.close();
  });

  it('fails with one line and a non-zero exit when given nothing to ingest or a missing path', async () => {
    const db = path.join(dir, 'none', 'news.db');
    const nothing = await runCli(['--db', db, 'ingest']);
    expect(nothing.code).not.toBe(0);
    expect(nothing.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['--db', db, 'ingest', path.join(dir, 'does-not-exist')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/does-not-exist/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});
