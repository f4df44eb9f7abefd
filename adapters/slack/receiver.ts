import { HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { InstallationStore } from '../../src/store/store.js';
import type { SlackConfig } from './config.js';
import { slackBotScopes } from './config.js';
import { createBoltInstallationStore } from './installation-store.js';
import type { Logger } from '../../src/logger.js';
import { boltLogger } from './logger.js';

export interface ReceiverDeps {
  store: InstallationStore;
  logger: Logger;
  /** Where OAuth and Socket Mode reach the Web API (a loopback fake in tests). */
  slackApiUrl?: string;
}

/**
 * The transport, chosen once from the configuration: Slack POSTing signed requests to our HTTP
 * server, or our WebSocket to Slack (Socket Mode). The App never branches on the mode again.
 */
export function createReceiver(config: SlackConfig, deps: ReceiverDeps): Receiver {
  const logger = boltLogger(deps.logger);
  const clientOptions = deps.slackApiUrl === undefined ? {} : { slackApiUrl: deps.slackApiUrl };
  switch (config.mode) {
    case 'socket':
      return new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        installerOptions: { clientOptions },
      });
    case 'http':
      return new HTTPReceiver({ signingSecret: config.signingSecret, logger });
    case 'oauth':
      return new HTTPReceiver({
        signingSecret: config.signingSecret,
        logger,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        stateSecret: config.stateSecret,
        scopes: slackBotScopes,
        installationStore: createBoltInstallationStore(deps.store),
        installerOptions: { directInstall: true, clientOptions },
      });
  }
}
