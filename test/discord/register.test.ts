import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDiscordCommands } from '../../adapters/discord/register.js';
import { runCli } from '../cli/run-cli.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.js';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: 'register-token' });
});

afterAll(async () => {
  await fake?.close();
});

describe('newsdigest discord register', () => {
  it('replaces the guild commands with every definition, options and limits included', async () => {
    const result = await registerDiscordCommands({
      token: 'register-token',
      guildId: '100000000000000009',
      restApi: fake.restApi,
    });
    expect(result).toMatchObject({ applicationId: fake.applicationId, scope: 'guild' });
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(
      `/applications/${fake.applicationId}/guilds/100000000000000009/commands`,
    );
    expect(put?.authorization).toBe('Bot register-token');
    const commands = put?.body as {
      name: string;
      options?: { name: string; autocomplete?: boolean; max_length?: number }[];
      default_member_permissions?: string;
    }[];
    expect(commands.map((command) => command.name).sort()).toEqual([
      'ask',
      'digest',
      'entities',
      'preview',
      'subscribe',
      'subscriptions',
      'summarize',
      'unsubscribe',
    ]);
    const subscribe = commands.find((command) => command.name === 'subscribe');
    expect(subscribe?.default_member_permissions).toBe('16');
    expect(subscribe?.options?.find((option) => option.name === 'schedule')?.autocomplete).toBe(
      true,
    );
    const unsubscribe = commands.find((command) => command.name === 'unsubscribe');
    expect(unsubscribe?.options?.[0]).toMatchObject({ name: 'subscription', autocomplete: true });
  });

  it('registers globally without --guild', async () => {
    const result = await registerDiscordCommands({
      token: 'register-token',
      restApi: fake.restApi,
    });
    expect(result.scope).toBe('global');
    expect(fake.requests.at(-1)?.path).toBe(`/applications/${fake.applicationId}/commands`);
  });

  it('explains a refused token without echoing it', async () => {
    fake.script('GET', /^\/applications\/@me$/, {
      status: 401,
      body: { message: '401: Unauthorized', code: 0 },
    });
    const failure = registerDiscordCommands({ token: 'wrong-secret', restApi: fake.restApi });
    await expect(failure).rejects.toMatchObject({
      userMessage: expect.stringContaining('DISCORD_TOKEN'),
    });
    await expect(failure).rejects.not.toThrow(/wrong-secret/);
  });

  it('runs as `newsdigest discord register --guild` in its own process', async () => {
    const before = fake.requests.length;
    const result = await runCli(
      ['discord', 'register', '--guild', '100000000000000009', '--api', fake.restApi],
      { env: { DISCORD_TOKEN: 'register-token' } },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Registered 8 commands in server 100000000000000009: \/summarize, .*\/ask\n/,
    );
    expect(result.stdout).toContain(`client_id=${fake.applicationId}`);
    const put = fake.requests.slice(before).find((r) => r.method === 'PUT');
    expect(put?.path).toBe(
      `/applications/${fake.applicationId}/guilds/100000000000000009/commands`,
    );
  });

  it('refuses to run without DISCORD_TOKEN or with a bad server id, in one line', async () => {
    const noToken = await runCli(['discord', 'register', '--api', fake.restApi]);
    expect(noToken.code).toBe(1);
    expect(noToken.stderr.trim()).toBe(
      'newsdigest: Set DISCORD_TOKEN to the bot token of your Discord application.',
    );
    const badGuild = await runCli(['discord', 'register', '--guild', 'my-server'], {
      env: { DISCORD_TOKEN: 'register-token' },
    });
    expect(badGuild.code).toBe(1);
    expect(badGuild.stderr).toContain('--guild takes a server id');
    const refused = await runCli(['discord', 'register', '--api', fake.restApi], {
      env: { DISCORD_TOKEN: 'not-the-token' },
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toContain('not-the-token');
  });
});
