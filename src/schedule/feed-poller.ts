import { NewsdigestError } from '../errors.js';
import type { Article } from '../model.js';
import type { FeedState, Store } from '../store/store.js';
import type { Clock } from './clock.js';
import { createKeyedLimiter } from './keyed-limiter.js';
import type { Logger } from '../logger.js';

/** One conditional fetch of a feed (pollFeed from src/sources behind this port). */
export type PollFeed = (
  url: string,
  validators: { etag?: string; lastModified?: string },
) => Promise<FeedPollResult>;

export interface FeedPollResult {
  /** 304: nothing changed since the validators. */
  notModified: boolean;
  articles: Article[];
  etag?: string;
  lastModified?: string;
}

export interface FeedPollerOptions {
  /** How often a healthy feed is fetched. */
  intervalMs: number;
  /**
   * Consecutive failures after which a feed is paused and its channels told once. Failed
   * polls back off (interval × 2^(n-1), capped), so 5 failures at a 15-minute interval span
   * about 4 hours.
   */
  pauseAfterFailures: number;
  maxBackoffMs: number;
  perHostConcurrency: number;
  concurrency: number;
  /** How often due feeds are looked for. */
  tickMs: number;
}

export const defaultFeedPollerOptions: FeedPollerOptions = {
  intervalMs: 15 * 60_000,
  pauseAfterFailures: 5,
  maxBackoffMs: 6 * 3600_000,
  perHostConcurrency: 2,
  concurrency: 8,
  tickMs: 30_000,
};

export interface FeedPollerDeps {
  store: Store;
  clock: Clock;
  pollFeed: PollFeed;
  logger: Logger;
  /** Called once when a feed becomes paused (the poller's caller tells the channels). */
  onPaused: (state: FeedState) => Promise<void>;
}

export interface FeedPoller {
  /** The feeds to keep fresh (http/https sources of every scheduled job). */
  setFeeds(urls: Iterable<string>): void;
  start(): void;
  /** Stops the timer and waits for polls in flight. */
  stop(): Promise<void>;
  /** Polls these feeds now unless polled within `maxAgeMs` (before a slot is claimed). */
  refresh(urls: string[], maxAgeMs: number): Promise<void>;
  /** Polls every due feed (what the timer calls). */
  tick(): Promise<void>;
}

interface Tracked {
  nextAt: number;
  lastPolledAt?: number;
  inFlight?: Promise<void>;
  paused: boolean;
  /** The last poll failed: wait for nextAt (backoff, Retry-After) even before a slot. */
  backingOff: boolean;
}

export function createFeedPoller(
  deps: FeedPollerDeps,
  overrides: Partial<FeedPollerOptions> = {},
): FeedPoller {
  const options = { ...defaultFeedPollerOptions, ...overrides };
  const limiter = createKeyedLimiter(options.perHostConcurrency, options.concurrency);
  const feeds = new Map<string, Tracked>();
  let timer: NodeJS.Timeout | undefined;

  const poll = (url: string, tracked: Tracked): Promise<void> => {
    if (tracked.inFlight !== undefined) return tracked.inFlight;
    const run = limiter
      .run(hostOf(url), () => pollOnce(url, tracked))
      .catch((error: unknown) => {
        deps.logger.error({ feed: url, error: String(error) }, 'feed poll crashed');
      })
      .finally(() => {
        delete tracked.inFlight;
      });
    tracked.inFlight = run;
    return run;
  };

  const pollOnce = async (url: string, tracked: Tracked): Promise<void> => {
    const state: FeedState = (await deps.store.getFeedState(url)) ?? {
      url,
      consecutiveFailures: 0,
    };
    if (state.pausedAt !== undefined) {
      tracked.paused = true;
      return;
    }
    const started = deps.clock.now();
    tracked.lastPolledAt = started.getTime();
    const validators = {
      ...(state.etag !== undefined && { etag: state.etag }),
      ...(state.lastModified !== undefined && { lastModified: state.lastModified }),
    };
    let result: FeedPollResult;
    try {
      result = await deps.pollFeed(url, validators);
    } catch (error) {
      await recordFailure(url, tracked, state, error);
      return;
    }
    if (!result.notModified && result.articles.length > 0) {
      await deps.store.saveArticles(result.articles, url);
    }
    const now = deps.clock.now();
    const { lastError: _lastError, ...healthy } = state;
    await deps.store.saveFeedState({
      ...healthy,
      ...(result.etag !== undefined && { etag: result.etag }),
      ...(result.lastModified !== undefined && { lastModified: result.lastModified }),
      lastSuccessAt: now.toISOString(),
      lastAttemptAt: now.toISOString(),
      consecutiveFailures: 0,
    });
    tracked.nextAt = now.getTime() + options.intervalMs;
    tracked.backingOff = false;
  };

  const recordFailure = async (
    url: string,
    tracked: Tracked,
    state: FeedState,
    error: unknown,
  ): Promise<void> => {
    const now = deps.clock.now();
    const failures = state.consecutiveFailures + 1;
    const reason =
      error instanceof NewsdigestError ? error.userMessage : 'The feed could not be fetched.';
    const next: FeedState = {
      ...state,
      consecutiveFailures: failures,
      lastAttemptAt: now.toISOString(),
      lastError: reason,
    };
    deps.logger.warn(
      { feed: url, failures, detail: error instanceof Error ? error.message : String(error) },
      'feed poll failed',
    );
    if (failures >= options.pauseAfterFailures) {
      next.pausedAt = now.toISOString();
      await deps.store.saveFeedState(next);
      tracked.paused = true;
      await deps.onPaused(next);
      return;
    }
    await deps.store.saveFeedState(next);
    const backoff = Math.min(options.maxBackoffMs, options.intervalMs * 2 ** (failures - 1));
    const retryAfter = retryAfterOf(error) ?? 0;
    tracked.nextAt = now.getTime() + Math.max(backoff, Math.min(retryAfter, options.maxBackoffMs));
    tracked.backingOff = true;
  };

  const tick = async () => {
    const now = deps.clock.now().getTime();
    const due = [...feeds].filter(([, tracked]) => !tracked.paused && tracked.nextAt <= now);
    await Promise.all(due.map(([url, tracked]) => poll(url, tracked)));
  };

  return {
    setFeeds(urls) {
      const wanted = new Set(urls);
      for (const url of feeds.keys()) if (!wanted.has(url)) feeds.delete(url);
      const now = deps.clock.now().getTime();
      for (const url of wanted) {
        const tracked = feeds.get(url);
        if (tracked === undefined) {
          feeds.set(url, { nextAt: now, paused: false, backingOff: false });
        } else if (tracked.paused) {
          // Look at the stored state again on the next tick: `newsdigest resume` may have
          // lifted the pause from another process (a still-paused feed is skipped there).
          tracked.paused = false;
          tracked.nextAt = now;
        }
      }
    },
    start() {
      if (timer !== undefined) return;
      timer = setInterval(() => void tick(), options.tickMs);
      timer.unref();
      void tick();
    },
    async stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      await Promise.all([...feeds.values()].map((tracked) => tracked.inFlight));
    },
    async refresh(urls, maxAgeMs) {
      const now = deps.clock.now().getTime();
      await Promise.all(
        urls.map((url) => {
          const tracked = feeds.get(url);
          if (tracked === undefined || tracked.paused) return undefined;
          if (tracked.backingOff && tracked.nextAt > now) return undefined;
          if (tracked.inFlight !== undefined) return tracked.inFlight;
          if (tracked.lastPolledAt !== undefined && now - tracked.lastPolledAt < maxAgeMs) {
            return undefined;
          }
          return poll(url, tracked);
        }),
      );
    },
    tick,
  };
}

export function isFeedUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** HttpStatusError (src/sources) carries the server's Retry-After for 429 and 503. */
function retryAfterOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('retryAfterMs' in error)) return undefined;
  const value = error.retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
