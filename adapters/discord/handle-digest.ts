import type { ChatInputCommandInteraction } from 'discord.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { parseSince } from '../../src/digest/parse-since.js';
import { NotFoundError } from '../../src/errors.js';
import { listSubscriptions } from '../../src/subscriptions/index.js';
import type { BotContext } from './bot-context.js';
import { defer, sendReply } from './reply.js';
import { renderDiscordMessages } from './render-embeds.js';

/**
 * /digest [topic] [since] — stories from the sources this channel subscribes to, or from
 * every stored article when it subscribes to none.
 */
export async function handleDigest(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<void> {
  const now = context.clock.now();
  const topic = interaction.options.getString('topic')?.trim() || undefined;
  const sinceOption = interaction.options.getString('since');
  const since = sinceOption === null ? undefined : parseSince(sinceOption, now);
  await defer(interaction);
  const sources = interaction.inGuild()
    ? (
        await listSubscriptions(
          { store: context.store },
          { platform: 'discord', workspaceId: interaction.guildId },
          interaction.channelId,
        )
      ).flatMap((subscription) => subscription.sources)
    : [];
  const articles = await context.store.listArticles({
    ...(sources.length > 0 && { sources: [...new Set(sources)] }),
    ...(since !== undefined && { since }),
    limit: 500,
  });
  const digest = buildDigest(articles, {
    title: topic === undefined ? 'News digest' : `News digest: ${topic}`,
    now,
    ...(topic !== undefined && { topic }),
  });
  if (digest.stories.length === 0 && topic !== undefined) {
    throw new NotFoundError(`No stored story about "${topic.slice(0, 100)}" yet.`);
  }
  await sendReply(interaction, renderDiscordMessages(digest));
}
