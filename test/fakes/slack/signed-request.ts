/**
 * Requests signed the way Slack signs them: `x-slack-signature: v0=` + hex HMAC-SHA256 of
 * `v0:{timestamp}:{raw body}` with the app's signing secret.
 */
import { createHmac } from 'node:crypto';

export interface SignedRequestOptions {
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Sign with this secret instead (a wrong one makes a bad signature). */
  secret: string;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  options: SignedRequestOptions,
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(options.secret, timestamp, body),
    },
    body,
  });
}

/** A slash command body as Slack sends it (form-encoded). */
export function slashCommandBody(fields: {
  teamId: string;
  channelId: string;
  userId: string;
  text: string;
  responseUrl: string;
  command?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.teamId,
    team_domain: 'example',
    channel_id: fields.channelId,
    channel_name: 'general',
    user_id: fields.userId,
    user_name: 'someone',
    command: fields.command ?? '/newsdigest',
    text: fields.text,
    api_app_id: 'A0NEWSDIGEST',
    response_url: fields.responseUrl,
    trigger_id: '123.456.abc',
  }).toString();
}

let eventCounter = 0;

/** An Events API `event_callback` body (JSON). */
export function eventCallbackBody(teamId: string, event: Record<string, unknown>): string {
  eventCounter += 1;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0NEWSDIGEST',
    event,
    type: 'event_callback',
    event_id: `Ev${eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false },
    ],
  });
}

/** Posts one signed Events API callback, as Slack would, and returns the response. */
export function postEvent(
  url: string,
  teamId: string,
  event: Record<string, unknown>,
  secret: string,
): Promise<Response> {
  return postSigned(url, eventCallbackBody(teamId, event), 'application/json', { secret });
}
