/**
 * A reader's direct message to the bot as Slack delivers it over the Events API: a signed
 * `message` event from an `im` channel. Both the single-workspace and the OAuth tests send one
 * and wait for the bot's reply in that channel.
 */
import type { FakeSlack, SlackApiCall } from './fake-slack.js';
import { postEvent } from './signed-request.js';

export interface DirectMessage {
  teamId: string;
  channel: string;
  user: string;
  text: string;
  ts: string;
  /** Set when the bot itself wrote the message (it must never answer itself). */
  botId?: string;
}

/** The `message` event of a DM, as Slack puts it in an `event_callback`. */
export function directMessageEvent(message: DirectMessage): Record<string, unknown> {
  return {
    type: 'message',
    channel_type: 'im',
    channel: message.channel,
    user: message.user,
    ...(message.botId !== undefined && { bot_id: message.botId }),
    text: message.text,
    ts: message.ts,
  };
}

/** Posts the DM, signed with `secret`, to the bot's events URL and returns the HTTP response. */
export function postDirectMessage(
  eventsUrl: string,
  message: DirectMessage,
  secret: string,
): Promise<Response> {
  return postEvent(eventsUrl, message.teamId, directMessageEvent(message), secret);
}

/**
 * Sends the DM and resolves with the bot's reply in the same channel (the `chat.postMessage`
 * the fake recorded). Rejects when the events endpoint does not accept the event.
 */
export async function askByDirectMessage(
  fake: FakeSlack,
  eventsUrl: string,
  message: DirectMessage,
  secret: string,
): Promise<SlackApiCall> {
  const response = await postDirectMessage(eventsUrl, message, secret);
  if (response.status !== 200) {
    throw new Error(`The events endpoint answered the DM with HTTP ${response.status}.`);
  }
  return fake.waitForCall('chat.postMessage', (call) => call.params.channel === message.channel);
}
