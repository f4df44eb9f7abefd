import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDiscordCommands } from '../../adapters/discord/register.js';
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
});
