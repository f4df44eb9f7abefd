/** Direct messages: any DM is a question answered from stored articles; `help` explains. */
import type { Message } from 'discord.js';
import type { BotContext } from './bot-context.js';
import { answerMessages } from './handle-ask.js';
import { packMessages } from './embed-layout.js';
import { postMessages } from './post-messages.js';
import type { DiscordMessagePayload } from './payload.js';

export const helpText = [
  '**newsdigest** answers questions about the news it has stored, with sources.',
  'Send me a question, e.g. *What did Lindsey Graham say about Sessions?* or *What is new on the travel ban?*',
  '',
  'In a server:',
  '• `/summarize url:` or `text:` — a summary with people, organizations and places in bold',
  '• `/entities url:` or `text:` — who and what an article names',
  '• `/digest [topic] [since]` — the latest stories',
  '• `/ask question:` — the same answers as here',
  '• `/subscribe source: schedule:` — a digest of a feed posted on a schedule (Manage Channels)',
  '• `/subscriptions`, `/preview`, `/unsubscribe` — see and manage this server’s subscriptions',
].join('\n');

export function isHelpRequest(text: string): boolean {
  return /^[/!]?(help|\?|commands)$/i.test(text.trim()) || text.trim() === '';
}

/** Handles one MESSAGE_CREATE; ignores bots (itself included) and server messages. */
export async function handleDirectMessage(message: Message, context: BotContext): Promise<void> {
  if (message.author.bot || message.inGuild()) return;
  const text = message.content.trim();
  const payloads: DiscordMessagePayload[] = isHelpRequest(text)
    ? packMessages(helpText, [])
    : await answerMessages(context, text, `discord:${message.author.id}`);
  await postMessages(context.rest, message.channelId, payloads);
}
