import { NotFoundError } from '../errors.js';
import type { Store } from '../store/store.js';

export type Resumed =
  | { kind: 'feed'; url: string; failures: number }
  | { kind: 'subscription'; id: string; previousStatus: string };

/**
 * Resumes what the scheduler paused: a feed that kept failing (by URL) or a subscription whose
 * channel was gone or failing (by id). Running schedulers notice within one reconcile.
 */
export async function resumePaused(store: Store, target: string): Promise<Resumed> {
  const feed = await store.getFeedState(target);
  if (feed !== undefined) {
    const { pausedAt: _pausedAt, lastError: _lastError, ...rest } = feed;
    await store.saveFeedState({ ...rest, consecutiveFailures: 0 });
    return { kind: 'feed', url: feed.url, failures: feed.consecutiveFailures };
  }
  const subscription = (await store.listAllSubscriptions()).find((s) => s.id === target);
  if (subscription !== undefined) {
    await store.setSubscriptionStatus(subscription.id, 'active');
    return { kind: 'subscription', id: subscription.id, previousStatus: subscription.status };
  }
  throw new NotFoundError(
    `Nothing to resume: "${target}" is neither a polled feed nor a subscription id (see "newsdigest status").`,
  );
}
