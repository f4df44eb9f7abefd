import type { ChatInputCommandInteraction } from 'discord.js';
import { PermissionDeniedError } from '../../src/errors.js';
import {
  describeSchedule,
  nextRuns,
  splitKeywords,
  subscribeChannel,
  type SubscribeInput,
} from '../../src/subscriptions/index.js';
import { actorOf, type BotContext } from './bot-context.js';
import { defer, sendReply } from './reply.js';
import { noMentions } from './payload.js';
import { discordTime } from './render-embeds.js';

/**
 * /subscribe source: schedule: [timezone] [sentences] [max_stories] [keywords]. The service
 * enforces who may subscribe; the adapter refuses non-managers at once, before deferring.
 */
export async function handleSubscribe(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<void> {
  const actor = actorOf(interaction);
  if (!actor.canManage) throw new PermissionDeniedError();
  const { options } = interaction;
  const timezone = options.getString('timezone');
  const sentences = options.getInteger('sentences');
  const maxStories = options.getInteger('max_stories');
  const input: SubscribeInput = {
    channelId: interaction.channelId,
    source: options.getString('source', true),
    schedule: options.getString('schedule', true),
    keywords: splitKeywords(options.getString('keywords') ?? undefined),
    ...(timezone !== null && { timezone }),
    ...(sentences !== null && { sentences }),
    ...(maxStories !== null && { maxStories }),
  };
  await defer(interaction);
  const subscription = await subscribeChannel(
    { store: context.store, clock: context.clock, checkSource: context.checkSource },
    actor,
    input,
  );
  const [next] = nextRuns(subscription, context.clock.now(), 1);
  const lines = [
    `Subscribed <#${subscription.channelId}> to <${subscription.sources.join('>, <')}>: ${describeSchedule(subscription)}.`,
    ...(next === undefined ? [] : [`Next digest: ${discordTime(next.toISOString(), 'f')}.`]),
    `Subscription id: \`${subscription.id}\` (use /preview to see it, /unsubscribe to stop it).`,
  ];
  await sendReply(interaction, [{ content: lines.join('\n'), allowed_mentions: noMentions }]);
}
