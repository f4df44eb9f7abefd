import type { Command } from 'commander';
import { slackConfigFromEnvironment } from '../../slack/config.js';
import { printDefinedDigests } from '../../runtime/offline.js';
import { cliContext } from '../context.js';

export function register(program: Command): void {
  program
    .command('start')
    .description(
      'Without platform tokens: store seeds/ and print every digest in digests/. With DISCORD_TOKEN or Slack settings: run the bots and the scheduler.',
    )
    .action(async (_flags: unknown, command: Command) => {
      const context = cliContext(command);
      const { env } = context;
      const hasPlatform =
        env.DISCORD_TOKEN !== undefined || slackConfigFromEnvironment(env) !== undefined;
      // The bots (discord.js, Bolt) load only when a platform is configured.
      if (hasPlatform) await (await import('../../runtime/bots.js')).runBots(context);
      else await printDefinedDigests(context, process.stdout);
    });
}
