import { Option, type Command } from 'commander';
import { InvalidInputError } from '../../../src/errors.js';
import { inviteUrl, registerDiscordCommands } from '../../discord/register.js';
import { cliContext } from '../context.js';

/** `newsdigest discord register [--guild ID]`: publishes the slash commands. */
export function register(program: Command): void {
  const discord = program.command('discord').description('Discord bot set-up.');
  discord
    .command('register')
    .description(
      'Register the slash commands with Discord (globally, or in one server with --guild). Needs DISCORD_TOKEN.',
    )
    .option(
      '--guild <id>',
      'register in this server only (applies at once; global takes up to an hour)',
    )
    .addOption(new Option('--api <url>', 'Discord REST base URL (tests)').hideHelp())
    .action(async (flags: { guild?: string; api?: string }, command: Command) => {
      const { env } = cliContext(command);
      if (env.DISCORD_TOKEN === undefined) {
        throw new InvalidInputError(
          'Set DISCORD_TOKEN to the bot token of your Discord application.',
        );
      }
      if (flags.guild !== undefined && !/^\d{15,22}$/.test(flags.guild)) {
        throw new InvalidInputError(
          '--guild takes a server id (a number; enable Developer Mode to copy it).',
        );
      }
      const result = await registerDiscordCommands({
        token: env.DISCORD_TOKEN,
        ...(flags.guild !== undefined && { guildId: flags.guild }),
        ...(flags.api !== undefined && { restApi: flags.api }),
      });
      const where =
        result.scope === 'guild' ? `server ${flags.guild ?? ''}` : 'every server (global)';
      process.stdout.write(
        `Registered ${result.commands.length} commands in ${where}: /${result.commands.join(', /')}\n` +
          `Invite the bot: ${inviteUrl(result.applicationId)}\n`,
      );
    });
  discord.commands.forEach((sub) => sub.exitOverride());
}
