import type { APIEmbed } from 'discord.js';

/** Nothing in a message the bot sends may ping anyone: not users, roles, @everyone or @here. */
export const noMentions = { parse: [] as [] };

/**
 * One message as Discord's REST API receives it (`POST /channels/{id}/messages` body).
 * `allowed_mentions` is required by the type so that no code path can forget it.
 */
export interface DiscordMessagePayload {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions: typeof noMentions;
  /** 64 = ephemeral (interaction replies only). */
  flags?: number;
}

export const ephemeralFlag = 64;
