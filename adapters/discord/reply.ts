import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
} from 'discord.js';
import { asNewsdigestError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { neutraliseMentions } from './mentions.js';
import type { DiscordMessagePayload } from './payload.js';

type Interaction = ChatInputCommandInteraction;

/** Our payload → discord.js reply options; mentions parse nothing, always. */
function replyOptions(payload: DiscordMessagePayload, ephemeral: boolean): InteractionReplyOptions {
  return {
    ...(payload.content !== undefined && { content: payload.content }),
    embeds: payload.embeds ?? [],
    allowedMentions: { parse: [] },
    ...(ephemeral && { flags: MessageFlags.Ephemeral }),
  };
}

/** Acknowledges at once: Discord drops an interaction not answered within 3 seconds. */
export async function defer(interaction: Interaction, ephemeral = false): Promise<void> {
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/**
 * Sends messages as the interaction's answer: the first replaces the deferred reply (or is
 * the reply), the rest follow up. A reply that must split is several messages, never cut.
 */
export async function sendReply(
  interaction: Interaction,
  payloads: DiscordMessagePayload[],
  ephemeral = false,
): Promise<void> {
  const [first, ...rest] = payloads;
  if (first === undefined) return;
  if (interaction.deferred || interaction.replied) {
    const { flags: _flags, ...options } = replyOptions(first, false);
    await interaction.editReply(options);
  } else {
    await interaction.reply(replyOptions(first, ephemeral));
  }
  for (const payload of rest) await interaction.followUp(replyOptions(payload, ephemeral));
}

/**
 * A failure becomes a short message only the user sees: the error's user message, never a
 * stack trace. After a public deferral the "thinking…" reply is removed and the message sent
 * ephemerally instead.
 */
export async function sendError(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  const failure = asNewsdigestError(error);
  const log = { command: interaction.commandName, code: failure.code, detail: failure.message };
  if (failure.code === 'INTERNAL') logger.error({ ...log, err: error }, 'command failed');
  else logger.info(log, 'command refused');
  const content = neutraliseMentions(failure.userMessage);
  const options = {
    content,
    allowedMentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
  } as const;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(options);
  } else if (interaction.ephemeral === true) {
    await interaction.editReply({ content, embeds: [], allowedMentions: { parse: [] } });
  } else {
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp(options);
  }
}

/** Autocomplete must answer (even with nothing): Discord shows an error otherwise. */
export async function sendChoices(
  interaction: AutocompleteInteraction,
  choices: { name: string; value: string }[],
): Promise<void> {
  if (!interaction.responded) await interaction.respond(choices.slice(0, 25));
}
