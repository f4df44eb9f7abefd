import { buildDigest } from '../digest/build-digest.js';
import type { Article } from '../model.js';
import type { DeliveryRecord, Store } from '../store/store.js';
import type { Clock } from './clock.js';
import { DestinationGoneError, type DeliveryChannel } from './delivery.js';
import { destinationKey, type ScheduledJob } from './scheduled-job.js';
import type { Logger } from '../logger.js';

export interface RetryPolicy {
  /** Delivery attempts per slot before it is marked failed. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface SlotDeps {
  store: Store;
  clock: Clock;
  channels: ReadonlyMap<string, DeliveryChannel>;
  /** This process's identity in claim rows. */
  owner: string;
  leaseMs: number;
  retry: RetryPolicy;
  /** The first digest of a job looks back this far for already-published articles. */
  lookbackMs: number;
  /** Articles one slot takes at most; the rest wait for the next slot. */
  maxArticlesPerSlot: number;
  logger: Logger;
  /** Waits, unless the signal aborts first (then resolves false). */
  sleep: (ms: number, signal: AbortSignal) => Promise<boolean>;
}

export type SlotOutcome =
  | 'delivered'
  | 'empty'
  | 'already-claimed'
  | 'destination-gone'
  | 'failed'
  | 'abandoned'
  | 'lost-lease'
  | 'no-channel';

/** Claims a slot and, when won, posts it. The claim comes first: nothing is posted unclaimed. */
export async function claimAndDeliver(
  deps: SlotDeps,
  job: ScheduledJob,
  slot: Date,
  since: string,
  signal: AbortSignal,
): Promise<SlotOutcome> {
  if (!deps.channels.has(job.destination.platform)) return 'no-channel';
  const now = deps.clock.now();
  const publishedSince = new Date(Date.parse(since) - deps.lookbackMs).toISOString();
  const record = await deps.store.claimSlot({
    subscriptionId: job.id,
    slot: slot.toISOString(),
    destination: destinationKey(job.destination),
    owner: deps.owner,
    now: now.toISOString(),
    leaseMs: deps.leaseMs,
    articles: {
      sources: job.sources,
      storedSince: since,
      publishedSince,
      limit: deps.maxArticlesPerSlot,
    },
  });
  if (record === undefined) return 'already-claimed';
  return deliverClaimed(deps, job, record, signal);
}

/**
 * Posts a claimed slot with exactly the articles reserved at claim time, so a run recovered
 * after a crash posts what the crashed run would have. Retries with backoff; a destination
 * that is gone pauses the subscription; on abort (shutdown deadline) the claim is left for
 * its lease to expire and another run to complete.
 */
export async function deliverClaimed(
  deps: SlotDeps,
  job: ScheduledJob,
  record: DeliveryRecord,
  signal: AbortSignal,
): Promise<SlotOutcome> {
  const key = { subscriptionId: record.subscriptionId, slot: record.slot };
  const channel = deps.channels.get(job.destination.platform);
  if (channel === undefined) return 'no-channel';
  const articles = await loadArticles(deps.store, record.articleIds);
  const digest = buildDigest(articles, {
    title: job.title,
    now: new Date(record.slot),
    sentences: job.options.sentences,
    maxStories: job.options.maxStories,
    keywords: job.options.keywords,
  });
  if (digest.stories.length === 0) {
    await deps.store.completeSlot(key, deps.owner, deps.clock.now().toISOString());
    return 'empty';
  }

  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) return 'abandoned';
    // A fresh claim needs no renewal; a retry (or a slow digest) extends the lease first.
    const nowMs = deps.clock.now().getTime();
    if (attempt > 1 || Date.parse(record.leaseExpiresAt) - nowMs < deps.leaseMs / 2) {
      const leaseUntil = new Date(nowMs + deps.leaseMs).toISOString();
      if (!(await deps.store.renewLease(key, deps.owner, leaseUntil))) return 'lost-lease';
    }
    try {
      await channel.deliver(job.destination, digest);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const now = deps.clock.now().toISOString();
      if (error instanceof DestinationGoneError) {
        await deps.store.failSlot(key, deps.owner, now, reason);
        if (job.kind === 'subscription') {
          await deps.store.setSubscriptionStatus(job.id, 'paused', error.userMessage);
        }
        deps.logger.warn({ job: job.id, slot: record.slot, reason }, 'destination gone; paused');
        return 'destination-gone';
      }
      await deps.store.recordAttempt(key, deps.owner, reason);
      if (attempt >= deps.retry.maxAttempts) {
        await deps.store.failSlot(key, deps.owner, now, reason);
        if (job.kind === 'subscription') {
          await deps.store.setSubscriptionStatus(
            job.id,
            'failing',
            'The last digest could not be posted.',
          );
        }
        deps.logger.error({ job: job.id, slot: record.slot, reason, attempt }, 'delivery failed');
        return 'failed';
      }
      const delay = Math.min(deps.retry.maxDelayMs, deps.retry.baseDelayMs * 2 ** (attempt - 1));
      deps.logger.warn(
        { job: job.id, slot: record.slot, reason, attempt, delay },
        'delivery retry',
      );
      if (!(await deps.sleep(delay, signal))) return 'abandoned';
      continue;
    }
    await deps.store.completeSlot(key, deps.owner, deps.clock.now().toISOString());
    if (job.kind === 'subscription' && (attempt > 1 || job.failing === true)) {
      await deps.store.setSubscriptionStatus(job.id, 'active');
    }
    return 'delivered';
  }
}

/** The reserved articles, in the order they were reserved (the store returns them by date). */
async function loadArticles(store: Store, ids: string[]): Promise<Article[]> {
  if (ids.length === 0) return [];
  const found = await store.listArticles({ ids, limit: ids.length });
  const byId = new Map(found.map((article) => [article.id, article]));
  return ids
    .map((id) => byId.get(id))
    .filter((article): article is Article => article !== undefined);
}
