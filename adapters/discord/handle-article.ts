import type { ChatInputCommandInteraction } from 'discord.js';
import { extractEntities } from '../../src/entities/index.js';
import { summarizeArticle } from '../../src/summarize/index.js';
import type { BotContext } from './bot-context.js';
import { articleInput, loadArticle } from './load-article.js';
import { defer, sendReply } from './reply.js';
import { renderEntityMessages, renderSummaryMessages } from './render-article.js';

/** /summarize url:|text: [sentences] — the summary with entity highlights. */
export async function handleSummarize(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<void> {
  const input = inputOf(interaction);
  const sentences = interaction.options.getInteger('sentences') ?? undefined;
  await defer(interaction);
  const article = await loadArticle(context, input);
  const summary = summarizeArticle(article, sentences === undefined ? {} : { sentences });
  const entities = extractEntities(article.text, { title: article.title });
  await sendReply(interaction, renderSummaryMessages(article, summary, entities));
}

/** /entities url:|text: — the people, organizations and places alone. */
export async function handleEntities(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<void> {
  const input = inputOf(interaction);
  await defer(interaction);
  const article = await loadArticle(context, input);
  const entities = extractEntities(article.text, { title: article.title });
  await sendReply(interaction, renderEntityMessages(article, entities));
}

/** The url: or text: option, validated before the reply is deferred. */
function inputOf(interaction: ChatInputCommandInteraction) {
  return articleInput(interaction.options.getString('url'), interaction.options.getString('text'));
}
