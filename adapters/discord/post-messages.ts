import { Routes, type REST } from 'discord.js';
import type { DiscordMessagePayload } from './payload.js';

/**
 * Posts messages to a channel in order through discord.js's REST client, which queues per
 * route, waits out 429s (retry_after) and retries 5xx and network errors.
 */
export async function postMessages(
  rest: REST,
  channelId: string,
  payloads: readonly DiscordMessagePayload[],
): Promise<void> {
  for (const payload of payloads) {
    await rest.post(Routes.channelMessages(channelId), { body: payload });
  }
}
