/**
 * `digest` and `ingest` on feeds and pages served from 127.0.0.1, through the built command:
 * the guarded fetcher refuses loopback unless the operator allows it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type FakeHttpServer } from '../fakes/http-server.js';
import { runCli } from './run-cli.js';

const bridgeText = [
  'Engineers closed the Harbourton river bridge on Monday to replace its corroded steel cables.',
  'The bridge works in Harbourton will last eleven weeks, the transport office said.',
  'Buses will use the northern ring road while the crossing is shut.',
  'Shop owners near the bridge fear losing trade during the closure.',
]
  .map((sentence) => `<p>${sentence}</p>`)
  .join('');
const libraryText = [
  'The central library of Wexmoor reopened on Saturday after a two-year renovation.',
  'Readers queued from dawn to see the new reading room and its restored glass dome.',
  'The librarian said children borrowed more than a thousand books on the first day.',
  'A cafe and a recording studio for local musicians opened on the top floor.',
]
  .map((sentence) => `<p>${sentence}</p>`)
  .join('');

let server: FakeHttpServer;
const allow = { NEWSDIGEST_ALLOW_LOOPBACK: 'true' };

beforeAll(async () => {
  server = await startHttpServer();
  // A teaser-only item whose link is a page on this server.
  server.serve('/feed.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbourton Gazette</title>
      <item><title>Bridge repairs begin in Harbourton</title><link>${server.url}/bridge.html</link>
      <pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate><description>Teaser only.</description></item>
      </channel></rss>`,
  });
  server.serve('/bridge.html', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<html><head><title>Bridge repairs begin in Harbourton</title></head><body><nav>Home</nav><article><h1>Bridge repairs begin</h1>${bridgeText}</article></body></html>`,
  });
  server.serve('/library.html', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<html><head><title>Library reopens</title></head><body><article><h1>Library reopens</h1>${libraryText}</article></body></html>`,
  });
});

afterAll(async () => {
  await server.close();
});

const feedUrl = () => `${server.url}/feed.xml`;

describe('digest and ingest on feeds and pages', () => {
  it('refuses a loopback feed by default, in one line, without a request reaching it', async () => {
    const before = server.requests.length;
    const result = await runCli(['digest', '--source', feedUrl()]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^newsdigest: .*(not allowed|refused|private|loopback)/i);
    expect(server.requests.length).toBe(before);
  });

  it('builds a digest of a teaser feed (its page fetched) and a page when loopback is allowed', async () => {
    const result = await runCli(
      [
        'digest',
        '--source',
        feedUrl(),
        '--source',
        `${server.url}/library.html`,
        '--format',
        'json',
      ],
      { env: allow },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const digest = JSON.parse(result.stdout) as {
      stories: { headline: string; summary: { text: string }[] }[];
    };
    const headlines = digest.stories.map((story) => story.headline).sort();
    expect(headlines).toEqual(['Bridge repairs begin in Harbourton', 'Library reopens']);
    const bridge = digest.stories.find((story) => story.headline.startsWith('Bridge'));
    // The summary comes from the linked page, not the teaser.
    expect(bridge?.summary.map((s) => s.text).join(' ')).toContain('bridge works in Harbourton');
  });

  it('ingests a feed once: the second run finds nothing new', async () => {
    const db = path.join(mkdtempSync(path.join(tmpdir(), 'newsdigest-remote-')), 'news.db');
    const first = await runCli(['ingest', feedUrl(), '--db', db], { env: allow });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/1 new/);
    const second = await runCli(['ingest', feedUrl(), '--db', db], { env: allow });
    expect(second.stdout).toMatch(/0 new, 1 already stored/);
  });
});
