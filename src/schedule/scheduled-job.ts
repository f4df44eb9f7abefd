import type { DigestDefinition } from '../config/digest-definition.js';
import type { Subscription, SubscriptionOptions } from '../model.js';
import type { Destination } from './delivery.js';

/**
 * One thing the scheduler runs: a stored subscription, or one destination of a declarative
 * digest definition. Both become the same shape so that claiming and posting have one path.
 */
export interface ScheduledJob {
  /** The subscription id, or "digest:<name>:<destination>" for a definition. */
  id: string;
  kind: 'subscription' | 'definition';
  title: string;
  destination: Destination;
  sources: string[];
  schedule: string;
  timezone: string;
  options: SubscriptionOptions;
  /** When the job began (a subscription's createdAt); definitions learn it from the store. */
  since?: string;
  /** The subscription's last digest failed: a success sets it active again. */
  failing?: boolean;
}

/** "discord:guild:channel": the unit that never receives one article twice. */
export function destinationKey(destination: Destination): string {
  return `${destination.platform}:${destination.workspaceId}:${destination.channelId}`;
}

export function jobFromSubscription(subscription: Subscription): ScheduledJob {
  return {
    id: subscription.id,
    kind: 'subscription',
    title: 'News digest',
    destination: {
      platform: subscription.platform,
      workspaceId: subscription.workspaceId,
      channelId: subscription.channelId,
    },
    sources: subscription.sources,
    schedule: subscription.schedule,
    timezone: subscription.timezone,
    options: subscription.options,
    since: subscription.createdAt,
    ...(subscription.status === 'failing' && { failing: true }),
  };
}

/** One job per destination of a scheduled definition; none for an unscheduled one. */
export function jobsFromDefinition(definition: DigestDefinition): ScheduledJob[] {
  const schedule = definition.schedule;
  if (schedule === undefined) return [];
  return definition.destinations.map((destination) => ({
    id: `digest:${definition.name}:${destinationKey(destination)}`,
    kind: 'definition',
    title: definition.title,
    destination,
    sources: definition.sources,
    schedule,
    timezone: definition.timezone,
    options: {
      sentences: definition.sentences,
      maxStories: definition.maxStories,
      keywords: definition.keywords,
    },
  }));
}

/** Same schedule and content: an unchanged job keeps its running timer on reconcile. */
export function sameJob(a: ScheduledJob, b: ScheduledJob): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
