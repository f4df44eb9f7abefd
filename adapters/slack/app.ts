import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { AnalysisCache } from '../../src/ask/index.js';
import { asNewsdigestError } from '../../src/errors.js';
import type { DeliveryChannel } from '../../src/schedule/delivery.js';
import type { SlackBotDeps } from './bot-deps.js';
import { registerCommand } from './command-router.js';
import { createSlackDelivery } from './delivery.js';
import { registerEvents } from './events.js';
import { silentLogger } from '../../src/logger.js';
import { boltLogger } from './logger.js';
import { createReceiver } from './receiver.js';

export interface SlackBot {
  /** HTTP modes listen on `port` (0: any free port) and report it; Socket Mode connects out. */
  start(port?: number): Promise<{ port?: number }>;
  stop(): Promise<void>;
  /** Posts scheduled digests; hand it to the scheduler. */
  readonly delivery: DeliveryChannel;
  /** The Bolt app, for the composition root's own health checks and for tests. */
  readonly app: App;
}

/**
 * The Slack side of newsdigest: the Bolt app with one `/newsdigest` command, DM and mention
 * questions, and the delivery channel for scheduled digests. The receiver (HTTP or Socket
 * Mode) and the authorisation (one token or OAuth installs from our database) come from
 * `deps.config`; everything else is the same in every mode.
 */
export function createSlackBot(deps: SlackBotDeps): SlackBot {
  const { config } = deps;
  const logger = deps.logger ?? silentLogger;
  const receiver = createReceiver(config, {
    store: deps.store,
    logger,
    ...(deps.slackApiUrl !== undefined && { slackApiUrl: deps.slackApiUrl }),
  });
  const app = new App({
    receiver,
    ...(config.mode !== 'oauth' && { token: config.botToken }),
    logger: boltLogger(logger),
    clientOptions: {
      ...(deps.slackApiUrl !== undefined && { slackApiUrl: deps.slackApiUrl }),
      ...(deps.retryConfig !== undefined && { retryConfig: deps.retryConfig }),
    },
    // auth.test runs in start(), not in the constructor, so building the bot never does I/O.
    deferInitialization: true,
  });

  const cache = new AnalysisCache();
  registerCommand(app, deps, cache);
  registerEvents(app, deps, cache);
  app.error(async (error) => {
    logger.error({ code: error.code, detail: asNewsdigestError(error).message }, 'slack error');
  });

  const delivery = createSlackDelivery({
    client: app.client,
    clock: deps.clock,
    tokenFor: tokenResolver(deps, app),
    ...(deps.deliveryIntervalMs !== undefined && { minIntervalMs: deps.deliveryIntervalMs }),
  });

  return {
    app,
    delivery,
    async start(port) {
      await app.init();
      if (config.mode === 'socket') {
        await app.start();
        return {};
      }
      const server = (await app.start(port ?? 3000)) as Server;
      return { port: (server.address() as AddressInfo).port };
    },
    stop: () => app.stop().then(() => undefined),
  };
}

/**
 * The bot token for a workspace. One-token modes serve only the workspace their token belongs
 * to (asked once via auth.test); OAuth reads each workspace's installation from the store.
 */
function tokenResolver(deps: SlackBotDeps, app: App) {
  const { config } = deps;
  if (config.mode === 'oauth') {
    return async (workspaceId: string) =>
      (await deps.store.getInstallation({ platform: 'slack', workspaceId }))?.botToken;
  }
  let team: Promise<string | undefined> | undefined;
  return async (workspaceId: string) => {
    team ??= app.client.auth
      .test({ token: config.botToken })
      .then((result) => result.team_id)
      .catch(() => {
        team = undefined;
        return undefined;
      });
    return (await team) === workspaceId ? config.botToken : undefined;
  };
}
