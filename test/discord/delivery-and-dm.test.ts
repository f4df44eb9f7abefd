import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.js';
import { DestinationGoneError, type Destination } from '../../src/schedule/delivery.js';
import { directMessage } from '../fakes/discord/payloads.js';
import { sessionsArticle, travelBanArticle } from './articles.js';
import { alice, fixedNow, guildA, startHarness, textsOf, type Harness } from './harness.js';

let h: Harness;
const channelId = guildA.channels[0]!.id;
const destination: Destination = { platform: 'discord', workspaceId: guildA.id, channelId };
const digest = () =>
  buildDigest([sessionsArticle, travelBanArticle], { title: 'Morning digest', now: fixedNow });

beforeAll(async () => {
  h = await startHarness({ heartbeatIntervalMs: 100 });
  await h.store.saveArticles([sessionsArticle, travelBanArticle], 'test');
});

afterAll(async () => {
  await h?.close();
});

const posts = (channel: string) =>
  h.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

describe('the gateway session', () => {
  it('identifies with the Guilds and DirectMessages intents and gets its heartbeats acknowledged', async () => {
    const identify = h.fake.gatewayReceived.find((payload) => payload.op === 2);
    expect((identify?.d as { intents: number }).intents).toBe((1 << 0) | (1 << 12));
    await expect.poll(() => h.fake.heartbeatAcks(), { timeout: 5000 }).toBeGreaterThan(0);
    expect(h.bot.client.guilds.cache.map((guild) => guild.id).sort()).toEqual(
      [guildA.id, '100000000000000002'].sort(),
    );
  });
});

describe('scheduled digests through the Discord DeliveryChannel', () => {
  it('posts the digest as embeds to the channel with the bot token and no mentions', async () => {
    const before = posts(channelId).length;
    await h.bot.delivery.deliver(destination, digest());
    const [post] = posts(channelId).slice(before);
    expect(post?.authorization).toMatch(/^Bot /);
    const body = post?.body as {
      content: string;
      embeds: { title: string }[];
      allowed_mentions: unknown;
    };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toContain('## Morning digest');
    expect(body.embeds.map((embed) => embed.title).sort()).toEqual(
      [sessionsArticle.title, travelBanArticle.title].sort(),
    );
  });

  it('waits out a 429 with retry_after and posts once it is allowed', async () => {
    h.fake.script('POST', new RegExp(`^/channels/${channelId}/messages$`), {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
    });
    const before = posts(channelId).length;
    await h.bot.delivery.deliver(destination, digest());
    expect(posts(channelId).length - before).toBe(2);
  });

  it('retries a 502 from Discord and succeeds', async () => {
    h.fake.script('POST', new RegExp(`^/channels/${channelId}/messages$`), {
      status: 502,
      body: { message: 'Bad Gateway', code: 0 },
    });
    const before = posts(channelId).length;
    await h.bot.delivery.deliver(destination, digest());
    expect(posts(channelId).length - before).toBe(2);
  });

  it('reports a channel the bot may no longer post to (403 Missing Access) as gone', async () => {
    h.fake.script('POST', /^\/channels\/999\/messages$/, {
      status: 403,
      body: { message: 'Missing Access', code: 50001 },
    });
    const gone = { ...destination, channelId: '999' };
    await expect(h.bot.delivery.deliver(gone, digest())).rejects.toBeInstanceOf(
      DestinationGoneError,
    );
  });

  it('reports a deleted channel (404 Unknown Channel) as gone', async () => {
    h.fake.script('POST', /^\/channels\/998\/messages$/, {
      status: 404,
      body: { message: 'Unknown Channel', code: 10003 },
    });
    const gone = { ...destination, channelId: '998' };
    await expect(h.bot.delivery.notify(gone, 'Feed paused')).rejects.toBeInstanceOf(
      DestinationGoneError,
    );
  });
});

describe('direct messages', () => {
  const dmChannel = '400000000000000001';

  it('answers a DM question from stored articles, with the source linked', async () => {
    h.fake.dispatch(
      'MESSAGE_CREATE',
      directMessage({
        channelId: dmChannel,
        user: alice,
        content: 'Who did Sessions meet during the campaign?',
      }),
    );
    const reply = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${dmChannel}/messages`,
    );
    const text = textsOf(reply.body);
    expect(text).toContain('Kislyak');
    expect(text).toContain(`(${sessionsArticle.url})`);
    expect((reply.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it('lists what the bot can do when the DM says help', async () => {
    const before = posts(dmChannel).length;
    h.fake.dispatch(
      'MESSAGE_CREATE',
      directMessage({ channelId: dmChannel, user: alice, content: 'help' }),
    );
    await expect.poll(() => posts(dmChannel).length, { timeout: 10_000 }).toBe(before + 1);
    expect(textsOf(posts(dmChannel).at(-1)?.body)).toContain('/subscribe source: schedule:');
  });

  it("ignores other bots' messages", async () => {
    const before = posts(dmChannel).length;
    h.fake.dispatch(
      'MESSAGE_CREATE',
      directMessage({
        channelId: dmChannel,
        user: { id: '5', username: 'otherbot' },
        content: 'help',
        bot: true,
      }),
    );
    h.fake.dispatch(
      'MESSAGE_CREATE',
      directMessage({ channelId: dmChannel, user: alice, content: 'help' }),
    );
    await expect.poll(() => posts(dmChannel).length, { timeout: 10_000 }).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(posts(dmChannel).length).toBe(before + 1);
  });
});
