import { PermissionFlagsBits, type BaseInteraction, type REST } from 'discord.js';
import { InvalidInputError } from '../../src/errors.js';
import type { AnalysisCache } from '../../src/ask/index.js';
import type { Logger } from '../../src/logger.js';
import type { Clock } from '../../src/schedule/clock.js';
import type { GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import type { Store } from '../../src/store/store.js';
import type { Actor, SourceCheck } from '../../src/subscriptions/index.js';

/** What every handler gets: the engine's ports, the REST client and the bot's own policy. */
export interface BotContext {
  store: Store;
  fetcher: GuardedFetcher;
  clock: Clock;
  logger: Logger;
  rest: REST;
  /** Parsed articles kept between questions, so answers stay fast. */
  askCache: AnalysisCache;
  /** Judges a source typed in /subscribe (form + address policy) and returns it normalised. */
  checkSource: SourceCheck;
  /** Channel name for a channel id, when the bot knows it (autocomplete labels). */
  channelName(channelId: string): string | undefined;
}

/**
 * The member as the subscription service sees them. Discord's interaction `permissions` are
 * the member's permissions in this channel, overwrites included, so Manage Channels here means
 * "may manage this channel".
 */
export function actorOf(interaction: BaseInteraction): Actor {
  if (!interaction.inGuild()) {
    throw new InvalidInputError('Subscriptions belong to server channels: run this in a server.');
  }
  const permissions = interaction.memberPermissions;
  return {
    platform: 'discord',
    workspaceId: interaction.guildId,
    userId: interaction.user.id,
    canManage:
      permissions.has(PermissionFlagsBits.ManageChannels) ||
      permissions.has(PermissionFlagsBits.ManageGuild),
  };
}
