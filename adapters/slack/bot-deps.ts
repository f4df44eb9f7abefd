import type { webApi } from '@slack/bolt';
import type { Clock } from '../../src/schedule/clock.js';
import type { GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import type { Store } from '../../src/store/store.js';
import type { SourceCheck } from '../../src/subscriptions/index.js';
import type { SlackConfig } from './config.js';
import type { Logger } from '../../src/logger.js';

/** Everything the Slack bot needs, passed in by the composition root. */
export interface SlackBotDeps {
  config: SlackConfig;
  store: Store;
  /** The guarded fetcher: every URL a user types goes through it. */
  fetcher: GuardedFetcher;
  clock: Clock;
  logger?: Logger;
  /** Web API base URL (default https://slack.com/api/); tests point it at a loopback fake. */
  slackApiUrl?: string;
  /** WebClient retry policy; tests pass `{ retries: 0 }` so a failing fake fails fast. */
  retryConfig?: webApi.RetryOptions;
  /** Judges sources typed in `subscribe` (default: public http(s) URLs only). */
  checkSource?: SourceCheck;
  /** Minimum gap between two scheduled posts to one channel (default 1000 ms). */
  deliveryIntervalMs?: number;
}

/** What one command or message handler sees: the deps and who asked, where. */
export interface RequestContext {
  deps: SlackBotDeps;
  teamId: string;
  channelId: string;
  userId: string;
  /** The WebClient already authorised for this workspace. */
  client: webApi.WebClient;
}
