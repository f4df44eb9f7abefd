import type { webApi } from '@slack/bolt';
import type { Digest } from '../../src/model.js';
import type { Clock } from '../../src/schedule/clock.js';
import {
  DestinationGoneError,
  type DeliveryChannel,
  type Destination,
} from '../../src/schedule/delivery.js';
import { escapeMrkdwn } from './escape.js';
import { messageBody } from './message-body.js';
import { renderSlackMessages, type SlackMessagePayload } from './render-blocks.js';

/** Slack errors that mean the channel or the installation is gone: pause, do not retry. */
const goneErrors = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'token_revoked',
  'team_access_not_granted',
]);

export interface SlackDeliveryOptions {
  /** The app's WebClient; it honours 429 Retry-After itself (retryConfig decides how often). */
  client: webApi.WebClient;
  /** The bot token for a workspace, or undefined when the app is not installed there. */
  tokenFor(workspaceId: string): Promise<string | undefined>;
  clock: Clock;
  /** Minimum gap between two posts to one channel; Slack allows about one a second. */
  minIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The Slack side of the Delivery port: chat.postMessage, paced per channel. */
export function createSlackDelivery(options: SlackDeliveryOptions): DeliveryChannel {
  const interval = options.minIntervalMs ?? 1000;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const lanes = new Map<string, { tail: Promise<void>; lastPostAt: number }>();

  /** Runs `post` after the previous post to the same channel, at least `interval` later. */
  function paced<T>(key: string, post: () => Promise<T>): Promise<T> {
    const lane = lanes.get(key) ?? { tail: Promise.resolve(), lastPostAt: -Infinity };
    lanes.set(key, lane);
    const run = lane.tail.then(async () => {
      const wait = lane.lastPostAt + interval - options.clock.now().getTime();
      if (wait > 0) await sleep(wait);
      try {
        return await post();
      } finally {
        lane.lastPostAt = options.clock.now().getTime();
      }
    });
    lane.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  async function postAll(destination: Destination, messages: SlackMessagePayload[]) {
    const token = await options.tokenFor(destination.workspaceId);
    if (token === undefined) {
      throw new DestinationGoneError(`no Slack installation for ${destination.workspaceId}`);
    }
    const key = `${destination.workspaceId}/${destination.channelId}`;
    for (const message of messages) {
      await paced(key, () =>
        options.client.chat
          .postMessage({
            token,
            channel: destination.channelId,
            ...messageBody(message),
            unfurl_links: false,
            unfurl_media: false,
          })
          .catch((error: unknown) => {
            throw asDeliveryError(error);
          }),
      );
    }
  }

  return {
    platform: 'slack',
    deliver: (destination: Destination, digest: Digest) =>
      postAll(destination, renderSlackMessages(digest)),
    notify: (destination: Destination, text: string) =>
      postAll(destination, [{ text: escapeMrkdwn(text), blocks: [] }]),
  };
}

/** The Slack error code of a Web API failure (`{ data: { error } }`), if it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

function asDeliveryError(error: unknown): unknown {
  const code = slackErrorCode(error);
  return code !== undefined && goneErrors.has(code)
    ? new DestinationGoneError(`Slack answered ${code}`, { cause: error })
    : error;
}
