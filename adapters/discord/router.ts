/**
 * INTERACTION_CREATE → the command's handler. Every failure ends as a short ephemeral
 * message (or is logged when even that fails): a bad interaction never crashes the process.
 */
import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import { InvalidInputError } from '../../src/errors.js';
import { handleAutocomplete } from './autocomplete.js';
import type { BotContext } from './bot-context.js';
import { commandNames, type CommandName } from './commands.js';
import { handleEntities, handleSummarize } from './handle-article.js';
import { handleAsk } from './handle-ask.js';
import { handleDigest } from './handle-digest.js';
import { handlePreview, handleSubscriptions, handleUnsubscribe } from './handle-manage.js';
import { handleSubscribe } from './handle-subscribe.js';
import { sendError } from './reply.js';

type Handler = (interaction: ChatInputCommandInteraction, context: BotContext) => Promise<void>;

const handlers: Record<CommandName, Handler> = {
  [commandNames.summarize]: handleSummarize,
  [commandNames.entities]: handleEntities,
  [commandNames.digest]: handleDigest,
  [commandNames.subscribe]: handleSubscribe,
  [commandNames.unsubscribe]: handleUnsubscribe,
  [commandNames.subscriptions]: handleSubscriptions,
  [commandNames.preview]: handlePreview,
  [commandNames.ask]: handleAsk,
};

function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(handlers, name);
}

export async function routeInteraction(
  interaction: Interaction,
  context: BotContext,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    try {
      await handleAutocomplete(interaction, context);
    } catch (error) {
      context.logger.warn({ command: interaction.commandName, err: error }, 'autocomplete failed');
      await interaction.respond([]).catch(() => undefined);
    }
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  try {
    const name = interaction.commandName;
    if (!isCommandName(name)) throw new InvalidInputError('Unknown command.');
    await handlers[name](interaction, context);
  } catch (error) {
    await sendError(interaction, error, context.logger).catch((replyError: unknown) =>
      context.logger.error(
        { command: interaction.commandName, err: replyError },
        'could not report a command error',
      ),
    );
  }
}
