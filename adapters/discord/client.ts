/**
 * The composition of the Discord door: a discord.js Client whose listeners hand interactions
 * and DMs to the handlers, and the Delivery port the scheduler posts digests through.
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { AnalysisCache } from '../../src/ask/index.js';
import { NewsdigestError } from '../../src/errors.js';
import type { Clock } from '../../src/schedule/clock.js';
import type { DeliveryChannel } from '../../src/schedule/delivery.js';
import type { AddressPolicy } from '../../src/sources/address-policy.js';
import type { GuardedFetcher } from '../../src/sources/guarded-fetch.js';
import type { Store } from '../../src/store/store.js';
import type { Logger } from '../../src/logger.js';
import type { BotContext } from './bot-context.js';
import { createDiscordDelivery } from './delivery.js';
import { handleDirectMessage } from './dm.js';
import { routeInteraction } from './router.js';
import { createSubscribeSourceCheck } from './subscribe-source.js';

export interface DiscordBotDeps {
  token: string;
  store: Store;
  /** The guarded fetcher: every URL a user gives goes through it. */
  fetcher: GuardedFetcher;
  clock: Clock;
  logger: Logger;
  /** REST base URL, e.g. `http://127.0.0.1:PORT/api` for the test fake. Default: Discord's. */
  restApi?: string;
  /** Addresses a /subscribe source may name; keep it the fetcher's policy. Default: public only. */
  addressPolicy?: AddressPolicy;
  /** Local folders a chat user may subscribe to by name ("seeds" → "/app/seeds"). */
  localSources?: Readonly<Record<string, string>>;
  /** REST retries of 5xx and network errors (discord.js's default is 3). */
  restRetries?: number;
  /** How long start() waits for the gateway's READY. Default 30 s. */
  readyTimeoutMs?: number;
}

export interface DiscordBot {
  readonly client: Client;
  /** Posts scheduled digests; usable before start() (REST only). */
  readonly delivery: DeliveryChannel;
  /** Logs in and resolves once the gateway is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createDiscordBot(deps: DiscordBotDeps): DiscordBot {
  const client = new Client({
    // DMs need DirectMessages and the Channel partial; message content of DMs comes without
    // the privileged MessageContent intent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: {
      ...(deps.restApi !== undefined && { api: deps.restApi }),
      ...(deps.restRetries !== undefined && { retries: deps.restRetries }),
    },
  });
  client.rest.setToken(deps.token);
  const { logger } = deps;
  const context: BotContext = {
    store: deps.store,
    fetcher: deps.fetcher,
    clock: deps.clock,
    logger,
    rest: client.rest,
    askCache: new AnalysisCache(),
    checkSource: createSubscribeSourceCheck(deps),
    channelName: (id) => {
      const channel = client.channels.cache.get(id);
      return channel !== undefined && 'name' in channel && channel.name !== null
        ? channel.name
        : undefined;
    },
  };

  // Listeners never throw: an error in one would be an uncaught exception.
  client.on(Events.InteractionCreate, (interaction) => {
    routeInteraction(interaction, context).catch((error: unknown) =>
      logger.error({ err: error }, 'interaction handler failed'),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    handleDirectMessage(message, context).catch((error: unknown) =>
      logger.error({ err: error, channel: message.channelId }, 'direct message handler failed'),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      {
        route: info.route,
        method: info.method,
        retryAfterMs: info.retryAfter,
        global: info.global,
      },
      'discord rate limit: waiting',
    ),
  );

  return {
    client,
    delivery: createDiscordDelivery({ rest: client.rest }),
    async start() {
      const ready = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new NewsdigestError('DISCORD_NOT_READY', 'Discord did not become ready.')),
          deps.readyTimeoutMs ?? 30_000,
        );
        client.once(Events.ClientReady, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      try {
        await client.login(deps.token);
      } catch (error) {
        // The token is never echoed, not even in the detail.
        throw new NewsdigestError(
          'DISCORD_LOGIN',
          'Discord refused the bot token (DISCORD_TOKEN).',
          {
            cause: error,
          },
        );
      }
      await ready;
      logger.info(
        { user: client.user?.tag, guilds: client.guilds.cache.size },
        'discord bot ready',
      );
    },
    async stop() {
      await client.destroy();
    },
  };
}
