import { DiscordAPIError, RESTJSONErrorCodes, type REST } from 'discord.js';
import { NewsdigestError } from '../../src/errors.js';
import {
  DestinationGoneError,
  type DeliveryChannel,
  type Destination,
} from '../../src/schedule/delivery.js';
import { packMessages } from './embed-layout.js';
import { safeText } from './mentions.js';
import { postMessages } from './post-messages.js';
import { renderDiscordMessages } from './render-embeds.js';

/** Discord errors that mean the bot cannot post there any more: retrying will not help. */
const goneCodes = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
]);

/** The Discord side of the Delivery port: a digest becomes embeds posted to the channel. */
export function createDiscordDelivery(options: { rest: REST }): DeliveryChannel {
  async function post(destination: Destination, payloads: Parameters<typeof postMessages>[2]) {
    try {
      await postMessages(options.rest, destination.channelId, payloads);
    } catch (error) {
      throw asDeliveryError(error, destination);
    }
  }
  return {
    platform: 'discord',
    deliver: (destination, digest) => post(destination, renderDiscordMessages(digest)),
    notify: (destination, text) => post(destination, packMessages(safeText(text), [])),
  };
}

/**
 * 403/404 (Missing Access, Unknown Channel...) → DestinationGoneError, so the scheduler pauses
 * the subscription; anything else (5xx after discord.js's own retries, timeouts) is transient.
 */
export function asDeliveryError(error: unknown, destination: Destination): NewsdigestError {
  const where = `discord channel ${destination.channelId} of guild ${destination.workspaceId}`;
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : 0;
    if (goneCodes.has(code) || error.status === 403 || error.status === 404) {
      return new DestinationGoneError(`${where}: ${error.status} ${error.message}`, {
        cause: error,
      });
    }
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new NewsdigestError(
    'DELIVERY_FAILED',
    'The digest could not be posted; it will be retried.',
    {
      cause: error,
      detail: `${where}: ${reason}`,
    },
  );
}
