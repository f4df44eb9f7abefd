import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';
import { tempDbPath } from './temp-db.js';

const body = (topic: string): string =>
  `${topic} was discussed at length by officials on Monday. The discussion covered budgets, ` +
  `timelines and the reactions of residents who attended the public meeting in the town hall.`;

function article(partial: Partial<Article> & { id: string }): Article {
  return { source: 'Example News', title: partial.id, text: body(partial.id), ...partial };
}

const execFileAsync = promisify(execFile);
const fixture = fileURLToPath(new URL('./fixtures/save-batch.ts', import.meta.url));

let store: Store;
let file: string;
let other: Store;
let cleanup: () => void;
const now = new Date('2026-11-28T10:00:00Z');

beforeAll(async () => {
  const temp = tempDbPath();
  cleanup = temp.cleanup;
  file = temp.file;
  store = await openSqliteStore(temp.file, { clock: { now: () => now } });
  // A second instance on the same file, as a second process would have.
  other = await openSqliteStore(temp.file, { clock: { now: () => now } });
});
afterAll(async () => {
  await store.close();
  await other.close();
  cleanup();
});

describe('saveArticles', () => {
  it('stores an article once even when its URL carries tracking parameters', async () => {
    const first = await store.saveArticles([
      article({
        id: 'bridge',
        url: 'https://news.example.com/bridge?utm_source=rss',
        title: 'Bridge',
      }),
    ]);
    expect(first.inserted.map((a) => a.id)).toEqual(['bridge']);
    const again = await store.saveArticles([
      article({
        id: 'bridge-2',
        url: 'https://NEWS.example.com/bridge#comments',
        title: 'Bridge (updated)',
        text: 'A different text entirely, still the same page though.',
      }),
    ]);
    expect(again).toEqual({ inserted: [], duplicates: 1 });
    expect((await store.getArticle('bridge'))?.title).toBe('Bridge');
  });

  it('treats the same text under another URL as a duplicate', async () => {
    const text = body('The river festival');
    await store.saveArticles([article({ id: 'fest-a', url: 'https://a.example/fest', text })]);
    const rewrite = await store.saveArticles([
      article({
        id: 'fest-b',
        url: 'https://b.example/other-path',
        text: `  ${text.toUpperCase()}`,
      }),
    ]);
    expect(rewrite.duplicates).toBe(1);
    expect(await store.getArticle('fest-b')).toBeUndefined();
  });

  it('counts duplicates inside one batch and assigns content ids when none is given', async () => {
    const text = body('The harbour expansion');
    const result = await store.saveArticles([
      { id: '', source: 'seeds', title: 'Harbour', text },
      { id: '', source: 'seeds', title: 'Harbour again', text },
    ]);
    expect(result.inserted).toHaveLength(1);
    expect(result.duplicates).toBe(1);
    expect(result.inserted[0]?.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('round-trips every field and normalises the publication time', async () => {
    await store.saveArticles([
      article({
        id: 'full',
        url: 'https://example.org/full',
        title: 'Full',
        author: 'Ada Writer',
        publishedAt: '2026-11-27T09:30:00+01:00',
      }),
    ]);
    expect(await store.getArticle('full')).toEqual({
      id: 'full',
      url: 'https://example.org/full',
      source: 'Example News',
      title: 'Full',
      author: 'Ada Writer',
      publishedAt: '2026-11-27T08:30:00.000Z',
      text: body('full'),
    });
  });
});

describe('listArticles', () => {
  beforeAll(async () => {
    await store.saveArticles(
      [
        article({ id: 'old', source: 'Feed A', publishedAt: '2026-11-01T00:00:00Z' }),
        article({ id: 'mid', source: 'Feed A', publishedAt: '2026-11-20T00:00:00Z' }),
        article({ id: 'new', source: 'Feed B', publishedAt: '2026-11-27T00:00:00Z' }),
      ],
      'https://feeds.example/list.xml',
    );
  });

  it('returns newest first and honours since, ids and limit', async () => {
    const ids = (await store.listArticles({ ids: ['old', 'mid', 'new'] })).map((a) => a.id);
    expect(ids).toEqual(['new', 'mid', 'old']);
    const recent = await store.listArticles({
      ids: ['old', 'mid', 'new'],
      since: '2026-11-15T00:00:00Z',
    });
    expect(recent.map((a) => a.id)).toEqual(['new', 'mid']);
    expect(
      (await store.listArticles({ ids: ['old', 'mid', 'new'], limit: 1 })).map((a) => a.id),
    ).toEqual(['new']);
  });

  it('filters by source name or by the origin the articles were ingested from', async () => {
    expect((await store.listArticles({ sources: ['Feed A'] })).map((a) => a.id)).toEqual([
      'mid',
      'old',
    ]);
    const fromOrigin = await store.listArticles({ sources: ['https://feeds.example/list.xml'] });
    expect(fromOrigin.map((a) => a.id)).toEqual(['new', 'mid', 'old']);
    expect(await store.listArticles({ sources: ['nobody'] })).toEqual([]);
  });

  it('remembers a second origin for an article that was already stored', async () => {
    const result = await store.saveArticles(
      [article({ id: 'mid', source: 'Feed A' })],
      'folder:seeds',
    );
    expect(result.duplicates).toBe(1);
    expect((await store.listArticles({ sources: ['folder:seeds'] })).map((a) => a.id)).toEqual([
      'mid',
    ]);
  });

  it('refuses a since value that is not a date', async () => {
    await expect(store.listArticles({ since: 'yesterday-ish' })).rejects.toThrow(/not a date/);
  });
});

describe('searchArticles', () => {
  beforeAll(async () => {
    await store.saveArticles([
      {
        id: 'sessions',
        source: 'Wire',
        title: 'Graham defends Sessions',
        text:
          'Senator Lindsey Graham said Attorney General Jeff Sessions acted properly. ' + body('x'),
        publishedAt: '2026-11-26T00:00:00Z',
      },
      {
        id: 'weather',
        source: 'Wire',
        title: 'Storms expected',
        text: 'Forecasters say heavy storms will reach the coast by Friday evening. ' + body('y'),
        publishedAt: '2026-11-10T00:00:00Z',
      },
    ]);
  });

  it('ranks by BM25 with stemming and returns higher-is-better scores', async () => {
    const hits = await store.searchArticles('what did Graham say about sessions?');
    expect(hits[0]?.article.id).toBe('sessions');
    expect(hits[0]!.score).toBeGreaterThan(0);
    const storms = await store.searchArticles('storm forecast');
    expect(storms[0]?.article.id).toBe('weather');
  });

  it('never lets user text break the FTS syntax', async () => {
    for (const hostile of [
      '"unbalanced',
      'NEAR(graham',
      'title:storms',
      '-graham *',
      'AND OR NOT',
      "'; drop table articles; --",
      '^x',
    ]) {
      await expect(store.searchArticles(hostile)).resolves.toBeInstanceOf(Array);
    }
    expect(await store.searchArticles('?!...')).toEqual([]);
    expect((await store.searchArticles('title:storms'))[0]?.article.id).toBe('weather');
  });

  it('filters by since and by all-terms mode', async () => {
    const hits = await store.searchArticles('storms graham', { since: '2026-11-20T00:00:00Z' });
    expect(hits.map((hit) => hit.article.id)).toEqual(['sessions']);
    expect(await store.searchArticles('storms graham', { mode: 'all' })).toEqual([]);
  });

  it('counts the articles matching each query, stems and hostile text included', async () => {
    const before = await store.countMatches([]);
    const counted = await store.countMatches(['storm', 'graham forecasters', 'zeppelinx', '"-*']);
    expect(counted.matches).toEqual([1, 2, 0, 0]);
    expect(counted.documents).toBe(before.documents);
    expect(counted.documents).toBe((await store.listArticles()).length);
  });

  it('sees articles written by another store instance on the same file', async () => {
    await other.saveArticles([
      {
        id: 'remote',
        source: 'Other',
        title: 'Zeppelin returns',
        text: 'A zeppelin flew over the city today.',
      },
    ]);
    expect((await store.searchArticles('zeppelin'))[0]?.article.id).toBe('remote');
  });

  it('stores each article once when two processes save the same batch at the same time', async () => {
    // Separate processes: better-sqlite3 is synchronous, so a real lock wait needs another process.
    const run = () =>
      execFileAsync(process.execPath, ['--import', 'tsx', fixture, file, '30'], {
        cwd: process.cwd(),
      });
    const outputs = await Promise.all([run(), run()]);
    const [a, b] = outputs.map(
      (output) => JSON.parse(output.stdout) as { inserted: number; duplicates: number },
    );
    expect(a!.inserted + b!.inserted).toBe(30);
    expect(a!.duplicates + b!.duplicates).toBe(30);
    expect(await store.listArticles({ sources: ['Race'] })).toHaveLength(30);
  }, 180_000);
});
