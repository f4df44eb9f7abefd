import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedParseError, UnsupportedContentError } from '../../src/sources/errors.js';
import { loadFolderArticles } from '../../src/sources/folder.js';
import { createGuardedFetcher, type GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { fetchSource, loadSource } from '../../src/sources/load-source.js';
import { startHttpServer, type FakeHttpServer } from '../fakes/http-server.js';

const BODY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the full story about the harbour bridge reopening after repairs, with detail enough for Readability to keep it as article text.</p>`,
).join('');
const PAGE = `<!doctype html><html><head><title>Bridge reopens | Harbour Times</title>
<meta property="article:published_time" content="2026-11-20T06:30:00Z">
<meta property="og:site_name" content="Harbour Times"></head><body><nav>Home News</nav>
<article><h1>Bridge reopens</h1><p class="byline">By Eva Stone</p>${BODY}</article></body></html>`;

let server: FakeHttpServer;
let fetcher: GuardedFetcher;
beforeEach(async () => {
  server = await startHttpServer();
  fetcher = createGuardedFetcher({
    policy: { allowLoopback: true, allowPrivate: false },
    timeoutMs: 10_000,
  });
});
afterEach(async () => {
  await fetcher.close();
  await server.close();
});

function teaserFeed(): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour feed</title>
<item><title>Bridge reopens</title><link>${server.url}/bridge</link><description>Teaser only.</description></item>
<item><title>Gone story</title><link>${server.url}/gone</link><description>Another teaser.</description></item>
</channel></rss>`;
}

describe('loadSource', () => {
  it('fetches the linked page of a teaser-only item, and keeps a failing item as its teaser', async () => {
    server.serve('/feed', {
      headers: { 'content-type': 'application/rss+xml' },
      body: teaserFeed(),
    });
    server.serve('/bridge', { headers: { 'content-type': 'text/html' }, body: PAGE });
    const articles = await loadSource(`${server.url}/feed`, { fetcher });
    expect(articles.map((a) => a.title)).toEqual(['Bridge reopens', 'Gone story']);
    expect(articles[0]?.text).toContain('Paragraph 5 of the full story');
    expect(articles[0]?.source).toBe('Harbour feed');
    expect(articles[1]?.text).toBe('Another teaser.');
  });

  it('extracts an article from a page URL', async () => {
    server.serve('/bridge', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: PAGE,
    });
    const [article] = await loadSource(`${server.url}/bridge`, { fetcher });
    expect(article?.title).toMatch(/Bridge reopens/);
    expect(article?.source).toBe('Harbour Times');
    expect(article?.publishedAt).toBe('2026-11-20T06:30:00.000Z');
    expect(article?.text).not.toContain('Home News');
  });

  it('gives a clear error for a broken feed and for an entity bomb served over HTTP', async () => {
    server.serve('/broken', {
      headers: { 'content-type': 'application/rss+xml' },
      body: '<rss><channel><item>',
    });
    server.serve('/bomb', {
      headers: { 'content-type': 'application/xml' },
      body: '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>',
    });
    await expect(loadSource(`${server.url}/broken`, { fetcher })).rejects.toBeInstanceOf(
      FeedParseError,
    );
    await expect(loadSource(`${server.url}/bomb`, { fetcher })).rejects.toBeInstanceOf(
      FeedParseError,
    );
  });
});

describe('fetchSource', () => {
  it('returns the validators, sends them back, and reports a 304 as not modified', async () => {
    let broken = false;
    server.route('GET', '/feed', (req, res) => {
      if (broken) return void res.writeHead(500).end();
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
        .end(
          `<rss version="2.0"><channel><title>F</title><item><title>One</title><description>${'Long text. '.repeat(60)}</description></item></channel></rss>`,
        );
    });
    const url = `${server.url}/feed`;
    const first = await fetchSource(url, { fetcher });
    expect(first.notModified).toBe(false);
    expect(first.articles.map((a) => a.title)).toEqual(['One']);
    expect(first.etag).toBe('"v1"');
    const second = await fetchSource(url, { fetcher }, { etag: '"v1"' });
    expect(second).toEqual({ notModified: true, articles: [] });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
    broken = true;
    await expect(fetchSource(url, { fetcher })).rejects.toThrow(/500/);
  });

  it('refuses a page where a feed was expected', async () => {
    server.route('GET', '/page', (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body><p>Hi</p></body></html>');
    });
    await expect(fetchSource(`${server.url}/page`, { fetcher })).rejects.toBeInstanceOf(
      UnsupportedContentError,
    );
  });
});

describe('loadFolderArticles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdigest-folder-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the header-less seed article with a first-sentence title and the folder as source', async () => {
    const [seed] = await loadFolderArticles('seeds/000_e0db0117a95bea2e.txt');
    expect(seed?.source).toBe('seeds');
    expect(seed?.title.length).toBeLessThanOrEqual(91);
    expect(seed?.title).toMatch(/^U\.S\. Attorney General Jeff Sessions/);
    expect(seed?.text).toContain('Coats did not act on the request');
  });

  it('reads headers, JSON articles, and skips README and other files', async () => {
    await writeFile(
      join(dir, 'a.txt'),
      'Title: Harbour news\nSource: Wire\nPublished: 2026-11-20T08:00:00Z\nURL: https://wire.example/a\nAuthor: Ann\n\nFirst para.\n\nSecond\npara.\n',
    );
    await writeFile(join(dir, 'b.json'), JSON.stringify({ title: 'JSON one', text: 'Body text.' }));
    await writeFile(join(dir, 'README.md'), '# not an article');
    await writeFile(join(dir, 'c.png'), 'x');
    const articles = await loadFolderArticles(dir);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      title: 'Harbour news',
      source: 'Wire',
      url: 'https://wire.example/a',
      publishedAt: '2026-11-20T08:00:00.000Z',
      author: 'Ann',
      text: 'First para.\n\nSecond para.',
    });
    expect(articles[1]).toMatchObject({ title: 'JSON one', text: 'Body text.' });
  });

  it('refuses a missing folder with a clear error', async () => {
    await expect(loadFolderArticles(join(dir, 'nope'))).rejects.toThrow(/no such file or folder/);
  });
});
