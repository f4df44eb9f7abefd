import { InvalidInputError } from '../../../src/errors.js';
import {
  describeSchedule,
  listSubscriptions,
  nextRuns,
  subscribeChannel,
  unsubscribeChannel,
  type Actor,
} from '../../../src/subscriptions/index.js';
import type { RequestContext } from '../bot-deps.js';
import { canManageSubscriptions } from '../can-manage.js';
import { parseSubscribeArgs } from '../command-text.js';
import type { SlackMessagePayload } from '../render-blocks.js';
import { subscribedReply, subscriptionsReply, textReply } from '../replies.js';
import { escapeMrkdwn } from '../escape.js';

async function actorOf(context: RequestContext): Promise<Actor> {
  return {
    platform: 'slack',
    workspaceId: context.teamId,
    userId: context.userId,
    canManage: await canManageSubscriptions(context.client, context.userId),
  };
}

function subscriptionDeps(context: RequestContext) {
  const { store, clock, checkSource } = context.deps;
  return { store, clock, ...(checkSource !== undefined && { checkSource }) };
}

/** `subscribe <source> <cron> [tz]`: this channel gets the source's digest on that schedule. */
export async function subscribeCommand(
  context: RequestContext,
  args: string,
): Promise<SlackMessagePayload[]> {
  const parsed = parseSubscribeArgs(args);
  if (parsed === undefined) {
    throw new InvalidInputError(
      'Usage: subscribe <feed-url> <cron> [timezone], e.g. subscribe https://example.org/feed.xml "0 8 * * *" Europe/Berlin',
    );
  }
  const subscription = await subscribeChannel(subscriptionDeps(context), await actorOf(context), {
    channelId: context.channelId,
    ...parsed,
  });
  return subscribedReply(
    subscription,
    describeSchedule(subscription),
    nextRuns(subscription, context.deps.clock.now(), 2),
  );
}

/** `unsubscribe <id>`: for workspace admins, or whoever created the subscription. */
export async function unsubscribeCommand(
  context: RequestContext,
  args: string,
): Promise<SlackMessagePayload[]> {
  if (args.trim() === '') throw new InvalidInputError('Usage: unsubscribe <id> (see `list`).');
  const removed = await unsubscribeChannel(subscriptionDeps(context), await actorOf(context), args);
  return textReply(
    `Removed ${removed.id}`,
    `:wastebasket: Removed subscription \`${removed.id}\` (${escapeMrkdwn(removed.sources.join(', '))}).`,
  );
}

/** `list`: every subscription of this workspace (never another's). */
export async function listCommand(context: RequestContext): Promise<SlackMessagePayload[]> {
  const subscriptions = await listSubscriptions(context.deps, {
    platform: 'slack',
    workspaceId: context.teamId,
  });
  return subscriptionsReply(
    subscriptions.map((subscription) => ({
      subscription,
      schedule: describeSchedule(subscription),
    })),
  );
}
