import type { Subscription } from '../model.js';
import type { FeedState, Store } from '../store/store.js';
import { describeCron, nextRunTimes } from './cron-schedule.js';

export interface SubscriptionStatusLine {
  subscription: Subscription;
  schedule: string;
  nextRun?: string;
  lastSlot?: string;
  lastResult?: string;
}

export interface ScheduleStatus {
  subscriptions: SubscriptionStatusLine[];
  /** Feeds with at least one failure in a row, or paused. */
  failingFeeds: FeedState[];
}

/** What `newsdigest status` shows: every subscription's next run and last result, failing feeds. */
export async function readScheduleStatus(store: Store, now: Date): Promise<ScheduleStatus> {
  const subscriptions = await store.listAllSubscriptions();
  const lines: SubscriptionStatusLine[] = [];
  for (const subscription of subscriptions) {
    const latest = await store.latestDelivery(subscription.id);
    let nextRun: string | undefined;
    try {
      nextRun = nextRunTimes(
        subscription.schedule,
        subscription.timezone,
        now,
        1,
      )[0]?.toISOString();
    } catch {
      nextRun = undefined;
    }
    lines.push({
      subscription,
      schedule: describeCron(subscription.schedule, subscription.timezone),
      ...(subscription.status !== 'paused' && nextRun !== undefined && { nextRun }),
      ...(latest !== undefined && {
        lastSlot: latest.slot,
        lastResult:
          latest.status === 'failed'
            ? `failed: ${latest.lastError ?? 'unknown error'}`
            : `${latest.status} (${latest.articleIds.length} articles)`,
      }),
    });
  }
  const failingFeeds = (await store.listFeedStates()).filter(
    (feed) => feed.consecutiveFailures > 0 || feed.pausedAt !== undefined,
  );
  return { subscriptions: lines, failingFeeds };
}

/** Plain text, one subscription per line. */
export function formatScheduleStatus(status: ScheduleStatus): string {
  const out: string[] = [];
  out.push(`Subscriptions (${status.subscriptions.length}):`);
  for (const line of status.subscriptions) {
    const s = line.subscription;
    out.push(
      `  ${s.id}  ${s.platform}:${s.workspaceId}/${s.channelId}  ${line.schedule}  [${s.status}]` +
        `  next: ${line.nextRun ?? '-'}  last: ${line.lastSlot ?? 'never'}` +
        (line.lastResult === undefined ? '' : ` ${line.lastResult}`),
    );
  }
  out.push(`Failing feeds (${status.failingFeeds.length}):`);
  for (const feed of status.failingFeeds) {
    out.push(
      `  ${feed.url}  ${feed.pausedAt === undefined ? 'failing' : `paused since ${feed.pausedAt}`}` +
        `  ${feed.consecutiveFailures} failures in a row: ${feed.lastError ?? ''}`,
    );
  }
  return `${out.join('\n')}\n`;
}
