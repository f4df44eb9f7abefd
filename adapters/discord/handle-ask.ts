import type { ChatInputCommandInteraction } from 'discord.js';
import { answerQuestion } from '../../src/ask/index.js';
import type { BotContext } from './bot-context.js';
import type { DiscordMessagePayload } from './payload.js';
import { defer, sendReply } from './reply.js';
import { renderAnswerMessages } from './render-answer.js';

/** A question → answer messages; `asker` lets "what's new" remember per user. */
export async function answerMessages(
  context: BotContext,
  question: string,
  asker: string,
): Promise<DiscordMessagePayload[]> {
  const answer = await answerQuestion(question, {
    store: context.store,
    clock: context.clock,
    userKey: asker,
    cache: context.askCache,
  });
  return renderAnswerMessages(question, answer);
}

/** /ask question: — the same answer a DM gets, in the channel. */
export async function handleAsk(
  interaction: ChatInputCommandInteraction,
  context: BotContext,
): Promise<void> {
  const question = interaction.options.getString('question', true).trim();
  await defer(interaction);
  await sendReply(
    interaction,
    await answerMessages(context, question, `discord:${interaction.user.id}`),
  );
}
