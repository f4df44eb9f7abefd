import { REST, Routes, type APIApplication } from 'discord.js';
import { NewsdigestError } from '../../src/errors.js';
import { commandDefinitions } from './commands.js';

export interface RegisterOptions {
  token: string;
  /** Register in one guild (instant; good while developing) instead of globally. */
  guildId?: string;
  /** REST base URL (tests). */
  restApi?: string;
}

export interface RegisterResult {
  applicationId: string;
  scope: 'global' | 'guild';
  commands: string[];
}

/**
 * Replaces the application's slash commands with ours (`PUT` is idempotent: commands we no
 * longer define disappear). The application id comes from the token itself.
 */
export async function registerDiscordCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST({
    ...(options.restApi !== undefined && { api: options.restApi }),
    retries: 2,
  }).setToken(options.token);
  let application: APIApplication;
  try {
    application = (await rest.get(Routes.currentApplication())) as APIApplication;
  } catch (error) {
    throw new NewsdigestError(
      'DISCORD_REGISTER',
      'Discord refused the request: check DISCORD_TOKEN (the bot token of your application).',
      { cause: error },
    );
  }
  const route =
    options.guildId === undefined
      ? Routes.applicationCommands(application.id)
      : Routes.applicationGuildCommands(application.id, options.guildId);
  const definitions = commandDefinitions();
  try {
    await rest.put(route, { body: definitions });
  } catch (error) {
    throw new NewsdigestError(
      'DISCORD_REGISTER',
      options.guildId === undefined
        ? 'Discord refused the commands.'
        : 'Discord refused the commands: is the bot in that server, invited with the applications.commands scope?',
      { cause: error, detail: error instanceof Error ? error.message : String(error) },
    );
  }
  return {
    applicationId: application.id,
    scope: options.guildId === undefined ? 'global' : 'guild',
    commands: definitions.map((definition) => definition.name),
  };
}

/** The invite URL: the bot and applications.commands scopes with exactly the permissions used. */
export function inviteUrl(applicationId: string): string {
  // View Channels (1024) + Send Messages (2048) + Embed Links (16384).
  const permissions = 1024 + 2048 + 16384;
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${permissions}`;
}
