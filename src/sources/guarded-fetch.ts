/**
 * The one fetcher for every outside URL. It applies the address policy twice: to the URL of
 * every hop before connecting (scheme, IP literals, "localhost"), and inside the socket's DNS
 * lookup to every address the host name resolves to, at connection time, so a name that
 * resolves (or re-resolves, DNS rebinding) to a private address never gets a connection.
 * Redirects are followed by hand so each hop is re-checked; the body is capped while it
 * streams; the whole exchange has one deadline.
 */
import dns from 'node:dns';
import net from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Agent, buildConnector, request } from 'undici';
import { systemClock, type Clock } from '../schedule/clock.js';
import { NewsdigestError } from '../errors.js';
import { assertAllowedAddress, checkUrl, type AddressPolicy } from './address-policy.js';
import { decodeBody, mediaType } from './charset.js';
import {
  FetchFailedError,
  FetchTimeoutError,
  HttpStatusError,
  ResponseTooLargeError,
  TooManyRedirectsError,
} from './errors.js';

export interface GuardedFetcherOptions {
  policy: AddressPolicy;
  /** Deadline for the whole fetch, redirects included. Default 15 s. */
  timeoutMs?: number;
  /** Cap on the (decompressed) body. Default 10 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
  /** For Retry-After given as an HTTP date. */
  clock?: Clock;
  /** Host name → addresses. Default: the system resolver (dns.lookup, all addresses). */
  resolve?: ResolveHost;
}

export type ResolveHost = (hostname: string) => Promise<dns.LookupAddress[]>;

const resolveWithDns: ResolveHost = (hostname) => dns.promises.lookup(hostname, { all: true });

export interface ConditionalRequest {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | {
      status: 200;
      /** The final URL, after redirects. */
      url: string;
      /** Decoded text. */
      body: string;
      /** Media type only, lowercased ("application/rss+xml"); '' when absent. */
      contentType: string;
      etag?: string;
      lastModified?: string;
    }
  | { status: 304; url: string };

export interface GuardedFetcher {
  fetch(url: string, conditional?: ConditionalRequest): Promise<FetchResult>;
  /** Releases pooled connections. */
  close(): Promise<void>;
}

const DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'newsdigest/0.1 (+feed reader)',
};

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, ' +
  'application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createGuardedFetcher(options: GuardedFetcherOptions): GuardedFetcher {
  const { policy } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
  const userAgent = options.userAgent ?? DEFAULTS.userAgent;
  const clock = options.clock ?? systemClock;

  const agent = new Agent({
    connect: guardedConnector(
      policy,
      options.resolve ?? resolveWithDns,
      Math.min(timeoutMs, 10_000),
    ),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  async function fetchOnce(url: string, conditional?: ConditionalRequest): Promise<FetchResult> {
    // Checked before the deadline is armed: a refused URL must not leave a timer behind.
    let current = checkUrl(url, policy);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const visited = new Set<string>();
    try {
      for (let hop = 0; ; hop++) {
        visited.add(current.href);
        const response = await request(current, {
          dispatcher: agent,
          method: 'GET',
          signal: deadline.signal,
          headers: requestHeaders(userAgent, conditional),
        });
        // undici errors a destroyed body (AbortError); reads see errors through their own
        // listeners, and this one keeps an early destroy from becoming an uncaught exception.
        response.body.on('error', () => undefined);
        const status = response.statusCode;
        const header = (name: string): string | undefined => firstHeader(response.headers[name]);

        if (REDIRECTS.has(status) && header('location') !== undefined) {
          response.body.destroy();
          if (hop >= maxRedirects) throw new TooManyRedirectsError(current.href, false);
          const next = checkUrl(new URL(header('location') ?? '', current).href, policy);
          if (visited.has(next.href)) throw new TooManyRedirectsError(next.href, true);
          current = next;
          continue;
        }
        if (status === 304) {
          response.body.destroy();
          return { status: 304, url: current.href };
        }
        if (status < 200 || status > 299) {
          response.body.destroy();
          throw new HttpStatusError(
            current.href,
            status,
            retryAfterMs(header('retry-after'), clock),
          );
        }

        const declaredLength = Number(header('content-length'));
        if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
          response.body.destroy();
          throw new ResponseTooLargeError(current.href, maxBytes);
        }
        const bytes = await readCapped(
          decompressed(response.body, header('content-encoding')),
          maxBytes,
          current.href,
        );
        const contentType = header('content-type');
        const etag = header('etag');
        const lastModified = header('last-modified');
        return {
          status: 200,
          url: current.href,
          body: decodeBody(bytes, contentType),
          contentType: mediaType(contentType),
          ...(etag === undefined ? {} : { etag }),
          ...(lastModified === undefined ? {} : { lastModified }),
        };
      }
    } catch (error) {
      throw toFetchError(error, current.href, deadline.signal.aborted, timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    fetch: fetchOnce,
    close: () => agent.close(),
  };
}

/**
 * An undici connector that refuses forbidden IP literals before connecting (Node skips the
 * DNS lookup for them) and checks every address a name resolves to inside the lookup itself.
 */
function guardedConnector(
  policy: AddressPolicy,
  resolve: ResolveHost,
  connectTimeoutMs: number,
): buildConnector.connector {
  const lookup: net.LookupFunction = (hostname, lookupOptions, callback) => {
    const checked = resolve(hostname).then((resolved) => {
      const family = lookupOptions.family;
      const wanted =
        family === 4 || family === 6 ? resolved.filter((a) => a.family === family) : resolved;
      if (wanted.length === 0) throw new FetchFailedError(hostname);
      // Every address, not just the first: the socket may try any of them.
      for (const { address } of wanted) assertAllowedAddress(address, policy);
      return wanted;
    });
    checked.then(
      (wanted) => {
        if (lookupOptions.all) callback(null, wanted);
        else callback(null, wanted[0]?.address ?? '', wanted[0]?.family);
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, ''),
    );
  };
  const connect = buildConnector({ lookup, timeout: connectTimeoutMs });
  return (connectOptions, callback) => {
    if (net.isIP(connectOptions.hostname) !== 0) {
      try {
        assertAllowedAddress(connectOptions.hostname, policy);
      } catch (refusal) {
        callback(refusal as Error, null);
        return;
      }
    }
    connect(connectOptions, callback);
  };
}

function requestHeaders(
  userAgent: string,
  conditional?: ConditionalRequest,
): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (conditional?.etag) headers['if-none-match'] = conditional.etag;
  if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;
  return headers;
}

function decompressed(body: Readable, encoding: string | undefined): Readable {
  const coding = encoding?.trim().toLowerCase();
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? zlib.createGunzip()
      : coding === 'deflate'
        ? zlib.createInflate()
        : coding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decoder) return body;
  // pipeline destroys both streams on error, so the socket is never left half-read.
  return pipeline(body, decoder, () => undefined);
}

/** Reads the whole stream, aborting as soon as it passes `maxBytes` (decompression bombs too). */
async function readCapped(stream: Readable, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new ResponseTooLargeError(url, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, clock: Clock): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - clock.now().getTime());
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Maps whatever undici or the guard threw to one typed error. */
function toFetchError(error: unknown, url: string, timedOut: boolean, timeoutMs: number): Error {
  const own = findInCauses(error);
  if (own) return own;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (
    timedOut ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  ) {
    return new FetchTimeoutError(url, timeoutMs, { cause: error });
  }
  return new FetchFailedError(url, { cause: error });
}

/** undici may wrap the connector's error; the guard's own refusal must come out as such. */
function findInCauses(error: unknown): NewsdigestError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof NewsdigestError) return current;
    current = current.cause;
  }
  return undefined;
}
