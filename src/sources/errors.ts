/**
 * Typed errors of the sources area. Each has a short message fit for a chat user; the detail
 * (the URL, the underlying cause) stays in `message`/`cause` for the logs.
 */
import { NewsdigestError } from '../errors.js';

/** Why an address was refused; picks the user message. */
export type RefusalReason =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'metadata'
  | 'multicast'
  | 'reserved'
  | 'unspecified'
  | 'invalid';

const REFUSAL_MESSAGES: Record<RefusalReason, string> = {
  loopback: 'That address is not allowed: it points to this machine.',
  private: 'That address is not allowed: it points to a private network.',
  'link-local': 'That address is not allowed: it points to a link-local network.',
  metadata: 'That address is not allowed: it points to a cloud metadata service.',
  multicast: 'That address is not allowed: it is a multicast or broadcast address.',
  reserved: 'That address is not allowed: it is a reserved address.',
  unspecified: 'That address is not allowed: it is not a real destination.',
  invalid: 'That address is not allowed: it could not be understood.',
};

/** The URL, or an address its host resolves to, is on the deny list (SSRF guard). */
export class FetchRefusedError extends NewsdigestError {
  readonly reason: RefusalReason;
  /** The refused IP address or host name (for logs, not for users). */
  readonly address: string;

  constructor(reason: RefusalReason, address: string) {
    super('FETCH_REFUSED', REFUSAL_MESSAGES[reason], {
      detail: `refused ${address} (${reason})`,
    });
    this.reason = reason;
    this.address = address;
  }
}

/** Not a parseable absolute URL. */
export class InvalidUrlError extends NewsdigestError {
  constructor(input: string) {
    super('INVALID_URL', 'That is not a valid web address.', {
      detail: `invalid URL: ${input.slice(0, 200)}`,
    });
  }
}

/** A scheme other than http: or https: (file:, ftp:, data:, gopher:...). */
export class UnsupportedSchemeError extends NewsdigestError {
  readonly scheme: string;
  constructor(scheme: string) {
    super('UNSUPPORTED_SCHEME', 'Only http and https addresses can be fetched.', {
      detail: `unsupported scheme ${scheme}`,
    });
    this.scheme = scheme;
  }
}

export class TooManyRedirectsError extends NewsdigestError {
  readonly loop: boolean;
  constructor(url: string, loop: boolean) {
    super(
      'TOO_MANY_REDIRECTS',
      loop ? 'That address redirects in a loop.' : 'That address redirects too many times.',
      { detail: `${loop ? 'redirect loop' : 'too many redirects'} at ${url}` },
    );
    this.loop = loop;
  }
}

export class FetchTimeoutError extends NewsdigestError {
  constructor(url: string, timeoutMs: number, options?: { cause?: unknown }) {
    super('FETCH_TIMEOUT', 'The site took too long to answer.', {
      detail: `timed out after ${timeoutMs} ms: ${url}`,
      ...options,
    });
  }
}

export class ResponseTooLargeError extends NewsdigestError {
  readonly maxBytes: number;
  constructor(url: string, maxBytes: number) {
    super(
      'RESPONSE_TOO_LARGE',
      `That page is too large to fetch (over ${formatBytes(maxBytes)}).`,
      { detail: `response over ${maxBytes} bytes: ${url}` },
    );
    this.maxBytes = maxBytes;
  }
}

/** A non-2xx, non-304 answer. For 429 and 503, `retryAfterMs` says when to try again. */
export class HttpStatusError extends NewsdigestError {
  readonly status: number;
  /** From Retry-After (seconds or HTTP date), when the server sent one. */
  readonly retryAfterMs?: number;

  constructor(url: string, status: number, retryAfterMs?: number) {
    const slowDown = status === 429 || status === 503;
    super(
      'HTTP_STATUS',
      slowDown
        ? `The site asked us to slow down (HTTP ${status}); we will try again later.`
        : `The site answered with an error (HTTP ${status}).`,
      { detail: `HTTP ${status} from ${url}` },
    );
    this.status = status;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }

  /** True when the server asked for a back-off (429 Too Many Requests, 503 Unavailable). */
  get isRateLimit(): boolean {
    return this.status === 429 || this.status === 503;
  }
}

/** DNS failure, connection refused or reset, TLS failure... */
export class FetchFailedError extends NewsdigestError {
  constructor(url: string, options?: { cause?: unknown }) {
    const cause = options?.cause;
    super('FETCH_FAILED', 'Could not reach that site.', {
      detail: `fetch failed: ${url}${cause instanceof Error ? `: ${cause.message}` : ''}`,
      ...options,
    });
  }
}

export class FeedParseError extends NewsdigestError {
  constructor(userMessage: string, options?: { cause?: unknown; detail?: string }) {
    super('FEED_PARSE', userMessage, options);
  }
}

/** The answer is neither a feed nor an HTML page (an image, a PDF...). */
export class UnsupportedContentError extends NewsdigestError {
  constructor(contentType: string) {
    super('UNSUPPORTED_CONTENT', 'That address is not a feed or a web page.', {
      detail: `unsupported content type ${contentType}`,
    });
  }
}

/** A page where no article text could be found. */
export class NoArticleError extends NewsdigestError {
  constructor(url: string) {
    super('NO_ARTICLE', 'No article text was found on that page.', {
      detail: `no article in ${url}`,
    });
  }
}

/** A local folder or file that cannot be read as articles. */
export class SourceReadError extends NewsdigestError {
  constructor(userMessage: string, options?: { cause?: unknown; detail?: string }) {
    super('SOURCE_READ', userMessage, options);
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
