import path from 'node:path';
import { loadDigestDefinitions } from '../../src/config/digest-definition.js';
import { systemClock } from '../../src/schedule/clock.js';
import type { DeliveryChannel } from '../../src/schedule/delivery.js';
import { createScheduler } from '../../src/schedule/scheduler.js';
import { createDiscordBot } from '../discord/client.js';
import { createSlackBot } from '../slack/app.js';
import { slackConfigFromEnvironment } from '../slack/config.js';
import { createFetcher, type CliContext } from '../cli/context.js';
import { createLogger } from './logger.js';
import { createPollFeed } from './poll-feed.js';
import { untilSignal } from './signals.js';

/** How long in-flight deliveries may take to finish after SIGTERM/SIGINT. */
const shutdownDeadlineMs = 10_000;

/**
 * The composition root with platform tokens: one store, one guarded fetcher, one clock, the
 * bots that are configured, and the scheduler posting through their delivery channels.
 * Returns after a graceful shutdown on SIGTERM or SIGINT.
 */
export async function runBots(context: CliContext): Promise<void> {
  const { env } = context;
  const logger = createLogger(env.LOG_LEVEL);
  // A bug in one handler must not take the bot down: log it and keep serving.
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );

  const store = await context.openStore();
  const fetcher = createFetcher(env);
  const clock = systemClock;
  const localSources = { seeds: path.resolve(env.NEWSDIGEST_SEEDS_DIR) };
  const addressPolicy = {
    allowLoopback: env.NEWSDIGEST_ALLOW_LOOPBACK,
    allowPrivate: env.NEWSDIGEST_ALLOW_PRIVATE,
  };
  const channels: DeliveryChannel[] = [];
  const stops: (() => Promise<void>)[] = [];

  if (env.DISCORD_TOKEN !== undefined) {
    const discord = createDiscordBot({
      token: env.DISCORD_TOKEN,
      store,
      fetcher,
      clock,
      logger: logger.child({ platform: 'discord' }),
      addressPolicy,
      localSources,
      ...(env.DISCORD_API_URL !== undefined && { restApi: env.DISCORD_API_URL }),
    });
    await discord.start();
    channels.push(discord.delivery);
    stops.push(() => discord.stop());
    logger.info({ platform: 'discord' }, 'Discord bot ready');
  }

  const slackConfig = slackConfigFromEnvironment(env);
  if (slackConfig !== undefined) {
    const slack = createSlackBot({
      config: slackConfig,
      store,
      fetcher,
      clock,
      logger: logger.child({ platform: 'slack' }),
      ...(env.SLACK_API_URL !== undefined && { slackApiUrl: env.SLACK_API_URL }),
    });
    await slack.start(env.PORT);
    channels.push(slack.delivery);
    stops.push(() => slack.stop());
    logger.info({ platform: 'slack', mode: slackConfig.mode }, 'Slack bot ready');
  }

  const scheduler = createScheduler({
    store,
    channels,
    clock,
    definitions: loadDigestDefinitions(path.resolve(env.NEWSDIGEST_DIGESTS_DIR)),
    pollFeed: createPollFeed(fetcher),
    logger: logger.child({ component: 'scheduler' }),
  });
  await scheduler.start();
  logger.info({ jobs: scheduler.jobs().length }, 'scheduler started');

  const signal = await untilSignal(['SIGTERM', 'SIGINT']);
  logger.info({ signal }, 'shutting down');
  const { finished } = await scheduler.stop(shutdownDeadlineMs);
  if (!finished) logger.warn({}, 'some deliveries did not finish; they resume after the lease');
  await Promise.allSettled(stops.map((stop) => stop()));
  await fetcher.close();
  await store.close();
}
