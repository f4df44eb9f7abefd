import type { Digest, Platform } from '../model.js';
import { NewsdigestError } from '../errors.js';

/** Where a scheduled digest goes: one channel of one workspace on one platform. */
export interface Destination {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

/**
 * The Delivery port: each platform adapter implements it. `deliver` posts a whole digest
 * (splitting it into as many messages as the platform needs); `notify` posts one short
 * plain message (e.g. "feed X was paused after 5 failures").
 */
export interface DeliveryChannel {
  readonly platform: Platform;
  deliver(destination: Destination, digest: Digest): Promise<void>;
  notify(destination: Destination, text: string): Promise<void>;
}

/** The destination no longer exists or the bot may not post there: pause, do not retry. */
export class DestinationGoneError extends NewsdigestError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super('DESTINATION_GONE', 'The bot can no longer post to this channel.', {
      ...options,
      detail,
    });
  }
}
