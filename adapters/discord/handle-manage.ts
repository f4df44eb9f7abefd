/** /unsubscribe, /subscriptions and /preview: everything scoped to the member's own guild. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { NotFoundError } from '../../src/errors.js';
import type { Subscription } from '../../src/model.js';
import {
  describeSchedule,
  getSubscription,
  listSubscriptions,
  nextRuns,
  unsubscribeChannel,
} from '../../src/subscriptions/index.js';
import { actorOf, type BotContext } from './bot-context.js';
import { packMessages } from './embed-layout.js';
import { noMentions } from './payload.js';
import { defer, sendReply } from './reply.js';
import { discordTime, renderDiscordMessages } from './render-embeds.js';

export async function handleUnsubscribe(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<void> {
  const actor = actorOf(interaction);
  const removed = await unsubscribeChannel(
    { store: context.store, clock: context.clock },
    actor,
    interaction.options.getString('subscription', true),
  );
  await sendReply(interaction, [
    {
      content: `Unsubscribed <#${removed.channelId}> from <${removed.sources.join('>, <')}> (\`${removed.id}\`).`,
      allowed_mentions: noMentions,
    },
  ]);
}

export async function handleSubscriptions(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<void> {
  const actor = actorOf(interaction);
  const subscriptions = await listSubscriptions({ store: context.store }, actor);
  if (subscriptions.length === 0) {
    await sendReply(
      interaction,
      packMessages(
        'No subscriptions in this server yet. A member with Manage Channels can add one with /subscribe.',
        [],
      ),
      true,
    );
    return;
  }
  const now = context.clock.now();
  const lines = [
    `**${subscriptions.length} subscription${subscriptions.length === 1 ? '' : 's'} in this server**`,
    ...subscriptions.map((subscription) => subscriptionLine(subscription, now)),
  ];
  await sendReply(interaction, packMessages(lines.join('\n'), []), true);
}

function subscriptionLine(subscription: Subscription, now: Date): string {
  const [next] = nextRuns(subscription, now, 1);
  const status =
    subscription.status === 'active'
      ? next === undefined
        ? ''
        : ` · next ${discordTime(next.toISOString(), 'R')}`
      : ` · **${subscription.status}**${subscription.statusReason === undefined ? '' : `: ${subscription.statusReason}`}`;
  return `\`${subscription.id}\` <#${subscription.channelId}> · <${subscription.sources.join('>, <')}> · ${describeSchedule(subscription)}${status}`;
}

/** /preview [subscription] — the digest the subscription would post now, seen only by the asker. */
export async function handlePreview(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<void> {
  const actor = actorOf(interaction);
  const deps = { store: context.store };
  const id = interaction.options.getString('subscription');
  let subscription: Subscription;
  if (id === null) {
    const [first] = await listSubscriptions(deps, actor, interaction.channelId);
    if (first === undefined) {
      throw new NotFoundError('This channel has no subscription: pick one with subscription:.');
    }
    subscription = first;
  } else {
    subscription = await getSubscription(deps, actor, id);
  }
  await defer(interaction, true);
  const articles = await context.store.listArticles({ sources: subscription.sources, limit: 500 });
  const digest = buildDigest(articles, {
    title: 'News digest (preview)',
    now: context.clock.now(),
    sentences: subscription.options.sentences,
    maxStories: subscription.options.maxStories,
    keywords: subscription.options.keywords,
  });
  await sendReply(interaction, renderDiscordMessages(digest), true);
}
