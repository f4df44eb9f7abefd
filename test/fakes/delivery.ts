import type { Digest, Platform } from '../../src/model.js';
import type { DeliveryChannel, Destination } from '../../src/schedule/delivery.js';

export interface RecordedDelivery {
  destination: Destination;
  digest: Digest;
}

export interface RecordedNotice {
  destination: Destination;
  text: string;
}

/**
 * An in-memory DeliveryChannel that records what would have been posted. `failWith` makes the
 * next deliveries throw (a function decides per call), to exercise retries and pausing.
 */
export interface RecordingDeliveryChannel extends DeliveryChannel {
  readonly deliveries: RecordedDelivery[];
  readonly notices: RecordedNotice[];
  /** Called before each delivery; throw from it to fail that attempt. */
  beforeDeliver?: ((destination: Destination, attempt: number) => void | Promise<void>) | undefined;
  attempts: number;
}

export function createRecordingDeliveryChannel(
  platform: Platform = 'discord',
): RecordingDeliveryChannel {
  const channel: RecordingDeliveryChannel = {
    platform,
    deliveries: [],
    notices: [],
    attempts: 0,
    async deliver(destination, digest) {
      channel.attempts += 1;
      await channel.beforeDeliver?.(destination, channel.attempts);
      channel.deliveries.push({ destination, digest });
    },
    notify(destination, text) {
      channel.notices.push({ destination, text });
      return Promise.resolve();
    },
  };
  return channel;
}
