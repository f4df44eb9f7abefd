import { InvalidInputError, NotFoundError, PermissionDeniedError } from '../errors.js';
import type { Platform, Subscription } from '../model.js';
import type { Clock } from '../schedule/clock.js';
import { checkSchedule, describeCron, nextRunTimes } from '../schedule/cron-schedule.js';
import type { SubscriptionStore } from '../store/store.js';
import { createSourceCheck, type SourceCheck } from './source-check.js';
import { parseSubscribeInput, type SubscribeInput } from './subscription-input.js';

/**
 * Who is asking, as the adapter saw it. The adapter decides `canManage` from the platform's
 * permissions (Discord: Manage Channels or Manage Guild; Slack: workspace admin or owner).
 */
export interface Actor {
  platform: Platform;
  workspaceId: string;
  userId: string;
  canManage: boolean;
}

export interface SubscriptionDeps {
  store: SubscriptionStore;
  clock: Clock;
  /** Validates and normalises the source; default: URL form only (see createSourceCheck). */
  checkSource?: SourceCheck;
  /** Subscriptions one workspace may hold; keeps one tenant from flooding the scheduler. */
  maxPerWorkspace?: number;
}

export const defaultMaxSubscriptionsPerWorkspace = 50;

/** Subscribes a channel of the actor's workspace to one source on a cron schedule. */
export async function subscribeChannel(
  deps: SubscriptionDeps,
  actor: Actor,
  input: SubscribeInput,
): Promise<Subscription> {
  requireManager(actor);
  const parsed = parseSubscribeInput(input);
  const schedule = checkSchedule(parsed.schedule, parsed.timezone, deps.clock.now());
  const source = await (deps.checkSource ?? createSourceCheck())(parsed.source);
  const scope = { platform: actor.platform, workspaceId: actor.workspaceId };
  const existing = await deps.store.listSubscriptions(scope);
  const limit = deps.maxPerWorkspace ?? defaultMaxSubscriptionsPerWorkspace;
  if (existing.length >= limit) {
    throw new InvalidInputError(
      `This workspace already has ${limit} subscriptions; remove one before adding another.`,
    );
  }
  const duplicate = existing.find(
    (subscription) =>
      subscription.channelId === parsed.channelId &&
      subscription.schedule === schedule &&
      subscription.timezone === parsed.timezone &&
      subscription.sources.includes(source),
  );
  if (duplicate !== undefined) {
    throw new InvalidInputError(
      `This channel already gets that source on that schedule (subscription ${duplicate.id}).`,
    );
  }
  return deps.store.createSubscription({
    platform: actor.platform,
    workspaceId: actor.workspaceId,
    channelId: parsed.channelId,
    sources: [source],
    schedule,
    timezone: parsed.timezone,
    options: {
      sentences: parsed.sentences,
      maxStories: parsed.maxStories,
      keywords: parsed.keywords,
    },
    createdBy: actor.userId,
  });
}

/**
 * Removes a subscription of the actor's workspace. Managers may remove any; others only their
 * own. An id from another workspace is reported exactly like an unknown id.
 */
export async function unsubscribeChannel(
  deps: SubscriptionDeps,
  actor: Actor,
  subscriptionId: string,
): Promise<Subscription> {
  const scope = { platform: actor.platform, workspaceId: actor.workspaceId };
  const id = subscriptionId.trim();
  const subscription = id === '' ? undefined : await deps.store.getSubscription(scope, id);
  if (subscription === undefined) {
    throw new NotFoundError('No subscription with that id in this workspace.');
  }
  if (!actor.canManage && subscription.createdBy !== actor.userId) {
    throw new PermissionDeniedError();
  }
  const deleted = await deps.store.deleteSubscription(scope, id);
  if (!deleted) throw new NotFoundError('No subscription with that id in this workspace.');
  return subscription;
}

/** The actor's workspace's subscriptions, optionally of one channel. Anyone may list. */
export async function listSubscriptions(
  deps: Pick<SubscriptionDeps, 'store'>,
  actor: Pick<Actor, 'platform' | 'workspaceId'>,
  channelId?: string,
): Promise<Subscription[]> {
  const scope = { platform: actor.platform, workspaceId: actor.workspaceId };
  const subscriptions = await deps.store.listSubscriptions(
    channelId === undefined ? scope : { ...scope, channelId },
  );
  return subscriptions.filter(
    (subscription) =>
      subscription.platform === actor.platform && subscription.workspaceId === actor.workspaceId,
  );
}

/** Finds one subscription of the actor's workspace (for /preview); NotFoundError otherwise. */
export async function getSubscription(
  deps: Pick<SubscriptionDeps, 'store'>,
  actor: Pick<Actor, 'platform' | 'workspaceId'>,
  subscriptionId: string,
): Promise<Subscription> {
  const scope = { platform: actor.platform, workspaceId: actor.workspaceId };
  const id = subscriptionId.trim();
  const subscription = id === '' ? undefined : await deps.store.getSubscription(scope, id);
  if (subscription === undefined) {
    throw new NotFoundError('No subscription with that id in this workspace.');
  }
  return subscription;
}

/** The next `count` scheduled runs strictly after `from`. */
export function nextRuns(
  subscription: Pick<Subscription, 'schedule' | 'timezone'>,
  from: Date,
  count: number,
): Date[] {
  return nextRunTimes(subscription.schedule, subscription.timezone, from, count);
}

/** "every day at 08:00 (Europe/Berlin)", or the cron expression when it has no short name. */
export function describeSchedule(
  subscription: Pick<Subscription, 'schedule' | 'timezone'>,
): string {
  return describeCron(subscription.schedule, subscription.timezone);
}

function requireManager(actor: Actor): void {
  if (!actor.canManage) throw new PermissionDeniedError();
}
