import type { Environment } from '../../src/config/environment.js';

/**
 * How the bot reaches Slack. One value decides the receiver and the authorisation:
 * - `http`: one workspace, bot token + signing secret, Slack POSTs to /slack/events.
 * - `socket`: one workspace, bot token + app-level token (`xapp-`), no public URL needed.
 * - `oauth`: many workspaces over HTTP; "Add to Slack" stores each workspace's bot token in our
 *   database and every request is authorised from it.
 */
export type SlackConfig =
  | { mode: 'http'; botToken: string; signingSecret: string }
  | { mode: 'socket'; botToken: string; appToken: string }
  | {
      mode: 'oauth';
      signingSecret: string;
      clientId: string;
      clientSecret: string;
      stateSecret: string;
    };

/** The bot scopes requested at install; keep in step with slack-manifest.yml. */
export const slackBotScopes = [
  'app_mentions:read',
  'chat:write',
  'commands',
  'im:history',
  'users:read',
];

/** The Slack configuration the environment describes, or undefined when Slack is not set up. */
export function slackConfigFromEnvironment(env: Environment): SlackConfig | undefined {
  const { SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_SIGNING_SECRET } = env;
  if (
    SLACK_CLIENT_ID !== undefined &&
    SLACK_CLIENT_SECRET !== undefined &&
    SLACK_STATE_SECRET !== undefined &&
    SLACK_SIGNING_SECRET !== undefined
  ) {
    return {
      mode: 'oauth',
      clientId: SLACK_CLIENT_ID,
      clientSecret: SLACK_CLIENT_SECRET,
      stateSecret: SLACK_STATE_SECRET,
      signingSecret: SLACK_SIGNING_SECRET,
    };
  }
  if (env.SLACK_BOT_TOKEN === undefined) return undefined;
  if (env.SLACK_APP_TOKEN !== undefined) {
    return { mode: 'socket', botToken: env.SLACK_BOT_TOKEN, appToken: env.SLACK_APP_TOKEN };
  }
  if (SLACK_SIGNING_SECRET !== undefined) {
    return { mode: 'http', botToken: env.SLACK_BOT_TOKEN, signingSecret: SLACK_SIGNING_SECRET };
  }
  return undefined;
}
