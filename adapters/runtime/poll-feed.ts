import type { PollFeed } from '../../src/schedule/feed-poller.js';
import type { GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { fetchSource } from '../../src/sources/load-source.js';

/** The scheduler's feed port, served by the guarded fetcher with conditional requests. */
export function createPollFeed(fetcher: GuardedFetcher): PollFeed {
  return (url, validators) => fetchSource(url, { fetcher }, validators);
}
