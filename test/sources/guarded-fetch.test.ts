import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGuardedFetcher, type GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import {
  FetchRefusedError,
  FetchTimeoutError,
  HttpStatusError,
  ResponseTooLargeError,
  TooManyRedirectsError,
  UnsupportedSchemeError,
} from '../../src/sources/errors.js';
import { startHttpServer, type FakeHttpServer } from '../fakes/http-server.js';

const LOOPBACK_OK = { allowLoopback: true, allowPrivate: false };

let server: FakeHttpServer;
let fetcher: GuardedFetcher;

beforeEach(async () => {
  server = await startHttpServer();
  fetcher = createGuardedFetcher({ policy: LOOPBACK_OK, timeoutMs: 10_000, maxBytes: 1024 * 1024 });
});

afterEach(async () => {
  await fetcher.close();
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the fetch to fail');
}

describe('guarded fetcher: responses', () => {
  it('returns the decoded body, media type and validators of a 200', async () => {
    server.serve('/feed.xml', {
      headers: {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Wed, 18 Nov 2026 08:00:00 GMT',
      },
      body: '<rss>café</rss>',
    });
    const result = await fetcher.fetch(`${server.url}/feed.xml`);
    expect(result).toEqual({
      status: 200,
      url: `${server.url}/feed.xml`,
      body: '<rss>café</rss>',
      contentType: 'application/rss+xml',
      etag: '"v1"',
      lastModified: 'Wed, 18 Nov 2026 08:00:00 GMT',
    });
    expect(server.requests[0]?.headers['user-agent']).toMatch(/newsdigest/);
  });

  it('sends If-None-Match and returns 304 when the ETag still matches', async () => {
    server.route('GET', '/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"' }).end('<rss/>');
    });
    const first = await fetcher.fetch(`${server.url}/feed.xml`);
    expect(first.status).toBe(200);
    const second = await fetcher.fetch(`${server.url}/feed.xml`, { etag: '"v1"' });
    expect(second).toEqual({ status: 304, url: `${server.url}/feed.xml` });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
  });

  it('sends If-Modified-Since and returns 304 when Last-Modified still matches', async () => {
    const stamp = 'Wed, 18 Nov 2026 08:00:00 GMT';
    server.route('GET', '/feed.xml', (req, res) => {
      if (req.headers['if-modified-since'] === stamp) res.writeHead(304).end();
      else res.writeHead(200, { 'last-modified': stamp }).end('<rss/>');
    });
    const result = await fetcher.fetch(`${server.url}/feed.xml`, { lastModified: stamp });
    expect(result.status).toBe(304);
    expect(server.requests[0]?.headers['if-modified-since']).toBe(stamp);
  });

  it('decompresses a gzip body', async () => {
    server.serve('/z', {
      headers: { 'content-encoding': 'gzip', 'content-type': 'text/plain' },
      body: gzipSync(Buffer.from('hello compressed world')),
    });
    const result = await fetcher.fetch(`${server.url}/z`);
    expect(result.status === 200 && result.body).toBe('hello compressed world');
  });

  it('reports a 404 as an HTTP status error', async () => {
    const error = await failure(fetcher.fetch(`${server.url}/missing`));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(404);
    expect((error as HttpStatusError).userMessage).toBe(
      'The site answered with an error (HTTP 404).',
    );
  });

  it('exposes Retry-After seconds of a 429 so the scheduler can back off', async () => {
    server.serve('/busy', { status: 429, headers: { 'retry-after': '120' } });
    const error = (await failure(fetcher.fetch(`${server.url}/busy`))) as HttpStatusError;
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error.isRateLimit).toBe(true);
    expect(error.retryAfterMs).toBe(120_000);
  });

  it('exposes a Retry-After HTTP date of a 503 relative to the clock', async () => {
    const clock = { now: () => new Date('2026-11-20T08:00:00Z') };
    const timed = createGuardedFetcher({ policy: LOOPBACK_OK, clock });
    server.serve('/down', {
      status: 503,
      headers: { 'retry-after': 'Fri, 20 Nov 2026 08:05:00 GMT' },
    });
    const error = (await failure(timed.fetch(`${server.url}/down`))) as HttpStatusError;
    await timed.close();
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(5 * 60_000);
  });
});

describe('guarded fetcher: redirects', () => {
  it('follows a relative redirect and reports the final URL', async () => {
    server.serve('/old', { status: 301, headers: { location: '/new?x=1' } });
    server.serve('/new', { headers: { 'content-type': 'text/plain' }, body: 'moved here' });
    const result = await fetcher.fetch(`${server.url}/old`);
    expect(result).toMatchObject({ status: 200, url: `${server.url}/new?x=1`, body: 'moved here' });
  });

  it('stops a redirect loop with a clear error', async () => {
    server.serve('/a', { status: 302, headers: { location: '/b' } });
    server.serve('/b', { status: 302, headers: { location: '/a' } });
    const error = (await failure(fetcher.fetch(`${server.url}/a`))) as TooManyRedirectsError;
    expect(error).toBeInstanceOf(TooManyRedirectsError);
    expect(error.loop).toBe(true);
    expect(error.userMessage).toBe('That address redirects in a loop.');
    expect(server.requests.map((r) => r.path)).toEqual(['/a', '/b']);
  });

  it('stops after the redirect limit', async () => {
    for (let i = 0; i < 10; i++) {
      server.serve(`/r${i}`, { status: 307, headers: { location: `/r${i + 1}` } });
    }
    const limited = createGuardedFetcher({ policy: LOOPBACK_OK, maxRedirects: 3 });
    const error = (await failure(limited.fetch(`${server.url}/r0`))) as TooManyRedirectsError;
    await limited.close();
    expect(error).toBeInstanceOf(TooManyRedirectsError);
    expect(error.loop).toBe(false);
    expect(server.requests).toHaveLength(4);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://10.0.0.1/admin', 'private'],
    ['http://[::ffff:192.168.1.1]/', 'private'],
  ])('refuses a redirect to %s without following it', async (target, reason) => {
    server.serve('/go', { status: 302, headers: { location: target } });
    const error = (await failure(fetcher.fetch(`${server.url}/go`))) as FetchRefusedError;
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.reason).toBe(reason);
  });

  it('refuses a redirect to a file: URL', async () => {
    server.serve('/go', { status: 302, headers: { location: 'file:///etc/passwd' } });
    expect(await failure(fetcher.fetch(`${server.url}/go`))).toBeInstanceOf(UnsupportedSchemeError);
  });
});

describe('guarded fetcher: limits', () => {
  it('aborts a 50 MB streamed body at the size cap', async () => {
    let sent = 0;
    let finished = false;
    server.route('GET', '/huge', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.on('error', () => undefined);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      while (sent < 50 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          // Whichever comes first; the other listener goes, or they pile up per chunk.
          await new Promise<void>((resolve) => {
            const done = (): void => {
              res.off('drain', done);
              res.off('close', done);
              resolve();
            };
            res.once('drain', done);
            res.once('close', done);
          });
        }
      }
      finished = !res.destroyed;
      res.end();
    });
    const error = (await failure(fetcher.fetch(`${server.url}/huge`))) as ResponseTooLargeError;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.maxBytes).toBe(1024 * 1024);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(finished).toBe(false);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a body whose declared length is over the cap before reading it', async () => {
    server.route('GET', '/declared', (_req, res) => {
      res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      res.on('error', () => undefined);
      res.write('a');
    });
    expect(await failure(fetcher.fetch(`${server.url}/declared`))).toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it('caps the decompressed size of a gzip bomb', async () => {
    server.serve('/bomb.gz', {
      headers: { 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.alloc(20 * 1024 * 1024)),
    });
    expect(await failure(fetcher.fetch(`${server.url}/bomb.gz`))).toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it('times out on a server that never answers', async () => {
    server.route('GET', '/slow', () => undefined);
    const quick = createGuardedFetcher({ policy: LOOPBACK_OK, timeoutMs: 300 });
    const error = await failure(quick.fetch(`${server.url}/slow`));
    await quick.close();
    expect(error).toBeInstanceOf(FetchTimeoutError);
    expect((error as FetchTimeoutError).userMessage).toBe('The site took too long to answer.');
  });

  it('times out on a server that trickles its body', async () => {
    server.route('GET', '/drip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.on('error', () => undefined);
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('.')), 50);
      res.on('close', () => clearInterval(timer));
    });
    const quick = createGuardedFetcher({ policy: LOOPBACK_OK, timeoutMs: 400 });
    const error = await failure(quick.fetch(`${server.url}/drip`));
    await quick.close();
    expect(error).toBeInstanceOf(FetchTimeoutError);
  });
});

describe('guarded fetcher: charsets', () => {
  it('decodes ISO-8859-1 declared in Content-Type', async () => {
    server.serve('/latin1', {
      headers: { 'content-type': 'text/plain; charset=ISO-8859-1' },
      body: Buffer.from('Zürich café', 'latin1'),
    });
    const result = await fetcher.fetch(`${server.url}/latin1`);
    expect(result.status === 200 && result.body).toBe('Zürich café');
  });

  it('decodes windows-1252 declared only in the XML declaration', async () => {
    const xml =
      '<?xml version="1.0" encoding="windows-1252"?><rss>\u201Cquoted\u201D \u20AC5</rss>';
    const bytes = Buffer.from(
      xml.replace('\u201C', '\x93').replace('\u201D', '\x94').replace('\u20AC', '\x80'),
      'latin1',
    );
    server.serve('/cp1252.xml', { headers: { 'content-type': 'application/xml' }, body: bytes });
    const result = await fetcher.fetch(`${server.url}/cp1252.xml`);
    expect(result.status === 200 && result.body).toContain('\u201Cquoted\u201D \u20AC5');
  });

  it('decodes Shift_JIS declared in an HTML meta tag', async () => {
    // "日本" in Shift_JIS.
    const body = Buffer.concat([
      Buffer.from('<html><head><meta charset="shift_jis"></head><body>'),
      Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
      Buffer.from('</body></html>'),
    ]);
    server.serve('/sjis', { headers: { 'content-type': 'text/html' }, body });
    const result = await fetcher.fetch(`${server.url}/sjis`);
    expect(result.status === 200 && result.body).toContain('<body>日本</body>');
  });

  it('reads Latin-1 bytes mislabelled as UTF-8 as Windows-1252', async () => {
    server.serve('/wrong', {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: Buffer.from('déjà vu', 'latin1'),
    });
    const result = await fetcher.fetch(`${server.url}/wrong`);
    expect(result.status === 200 && result.body).toBe('déjà vu');
  });

  it('falls back to UTF-8 for an unknown charset label', async () => {
    server.serve('/klingon', {
      headers: { 'content-type': 'text/plain; charset=x-klingon' },
      body: Buffer.from('naïve', 'utf8'),
    });
    const result = await fetcher.fetch(`${server.url}/klingon`);
    expect(result.status === 200 && result.body).toBe('naïve');
  });

  it('honours a UTF-16 byte-order mark', async () => {
    server.serve('/utf16', {
      headers: { 'content-type': 'text/plain' },
      body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ωmega', 'utf16le')]),
    });
    const result = await fetcher.fetch(`${server.url}/utf16`);
    expect(result.status === 200 && result.body).toBe('Ωmega');
  });
});

describe('guarded fetcher: address policy end to end', () => {
  it('never sends a request to a live loopback server when loopback is not allowed', async () => {
    server.serve('/feed.xml', { body: '<rss/>' });
    const strict = createGuardedFetcher({ policy: { allowLoopback: false, allowPrivate: false } });
    const { port } = server;
    for (const url of [
      `${server.url}/feed.xml`,
      `http://localhost:${port}/feed.xml`,
      `http://[::1]:${port}/feed.xml`,
      `http://0x7f000001:${port}/feed.xml`,
      `http://2130706433:${port}/feed.xml`,
      `http://0177.0.0.1:${port}/feed.xml`,
      `http://[::ffff:127.0.0.1]:${port}/feed.xml`,
    ]) {
      const error = await failure(strict.fetch(url));
      expect(error, url).toBeInstanceOf(FetchRefusedError);
      expect((error as FetchRefusedError).reason, url).toBe('loopback');
    }
    await strict.close();
    expect(server.requests).toHaveLength(0);
  });

  it('leaves no timer behind after a refusal, so a one-shot command exits at once', async () => {
    const strict = createGuardedFetcher({ policy: { allowLoopback: false, allowPrivate: false } });
    const timers = () =>
      process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    await failure(strict.fetch(`${server.url}/feed.xml`));
    await failure(strict.fetch('file:///etc/passwd'));
    expect(timers()).toBe(before);
    await strict.close();
  });

  it('checks the resolved address of a host name at connection time', async () => {
    server.serve('/feed.xml', { body: '<rss/>' });
    // A name that "resolves" to the loopback server, as a hostile DNS record would.
    const resolve = async (): Promise<{ address: string; family: number }[]> => [
      { address: '127.0.0.1', family: 4 },
    ];
    const strict = createGuardedFetcher({
      policy: { allowLoopback: false, allowPrivate: false },
      resolve,
    });
    const error = await failure(strict.fetch(`http://feeds.test:${server.port}/feed.xml`));
    await strict.close();
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect((error as FetchRefusedError).address).toBe('127.0.0.1');
    expect(server.requests).toHaveLength(0);

    // The same name is fetched when loopback is allowed: the resolver really is in the path.
    const open = createGuardedFetcher({ policy: LOOPBACK_OK, resolve });
    const result = await open.fetch(`http://feeds.test:${server.port}/feed.xml`);
    await open.close();
    expect(result.status).toBe(200);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a name when any one of its resolved addresses is forbidden', async () => {
    server.serve('/feed.xml', { body: '<rss/>' });
    const mixed = createGuardedFetcher({
      policy: LOOPBACK_OK,
      resolve: async () => [
        { address: '127.0.0.1', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ],
    });
    const error = await failure(mixed.fetch(`http://rebind.test:${server.port}/feed.xml`));
    await mixed.close();
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect((error as FetchRefusedError).reason).toBe('private');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a redirect to a name that resolves to a forbidden address', async () => {
    server.serve('/go', { status: 302, headers: { location: 'http://internal.test/secret' } });
    const guarded = createGuardedFetcher({
      policy: LOOPBACK_OK,
      resolve: async (hostname) =>
        hostname === 'internal.test'
          ? [{ address: '192.168.1.1', family: 4 }]
          : [{ address: '127.0.0.1', family: 4 }],
    });
    const error = await failure(guarded.fetch(`http://entry.test:${server.port}/go`));
    await guarded.close();
    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(server.requests.map((r) => r.path)).toEqual(['/go']);
  });
});
