import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandInteraction,
  managerPermissions,
  stringOption,
  type CommandOption,
  type FakeUser,
} from '../fakes/discord/payloads.js';
import type { FakeGuild } from '../fakes/discord/payloads.js';
import {
  alice,
  bob,
  guildA,
  guildB,
  isCallback,
  isOriginalEdit,
  startHarness,
  type Harness,
} from './harness.js';

let h: Harness;
let feedUrl: string;

const feed = (
  base: string,
) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Ledger</title>
<link>${base}/</link><description>News</description>
<item><title>Council approves harbour plan</title><link>${base}/harbour</link>
<pubDate>Fri, 27 Nov 2026 08:00:00 GMT</pubDate>
<description>The city council approved the harbour plan on Thursday after a long debate. Mayor Ada Lindqvist said construction would start in the spring. Opponents said the plan ignored the fishing industry.</description></item>
</channel></rss>`;

beforeAll(async () => {
  h = await startHarness();
  h.web.serve('/feed.xml', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: feed(h.web.url),
  });
  feedUrl = `${h.web.url}/feed.xml`;
});

afterAll(async () => {
  await h?.close();
});

function send(
  name: string,
  options: CommandOption[],
  as: { user?: FakeUser; guild?: FakeGuild; manager?: boolean; autocomplete?: boolean } = {},
) {
  const guild = as.guild ?? guildA;
  const interaction = commandInteraction({
    applicationId: h.fake.applicationId,
    name,
    options,
    user: as.user ?? alice,
    guildId: guild.id,
    channelId: guild.channels[0]!.id,
    ...(as.manager === true && { permissions: managerPermissions }),
    ...(as.autocomplete === true && { autocomplete: true }),
  });
  const from = h.fake.requests.length;
  h.fake.dispatch('INTERACTION_CREATE', interaction);
  return { interaction, from };
}

async function instantReply(interaction: { id: string }) {
  const reply = await h.fake.waitForRequest((r) => isCallback(r, interaction.id));
  return reply.body as {
    type: number;
    data: { content?: string; flags?: number; choices?: unknown[] };
  };
}

describe('subscriptions over the wire', () => {
  it('refuses /subscribe from a member without Manage Channels, before fetching anything', async () => {
    const { interaction } = send('subscribe', [
      stringOption('source', feedUrl),
      stringOption('schedule', '0 8 * * *'),
    ]);
    const reply = await instantReply(interaction);
    expect(reply).toEqual({
      type: 4,
      data: expect.objectContaining({
        content: 'You need the Manage Channels permission to change subscriptions.',
        flags: 64,
      }),
    });
    expect(h.web.requests.some((request) => request.path === '/feed.xml')).toBe(false);
    expect(await h.store.listAllSubscriptions()).toEqual([]);
  });

  let subscriptionId = '';

  it('subscribes the channel for a manager, fetching the feed through the guarded fetcher', async () => {
    const { interaction } = send(
      'subscribe',
      [
        stringOption('source', feedUrl),
        stringOption('schedule', '0 8 * * *'),
        stringOption('timezone', 'Europe/Berlin'),
      ],
      { manager: true },
    );
    const edit = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const [subscription] = await h.store.listAllSubscriptions();
    expect(subscription).toMatchObject({
      platform: 'discord',
      workspaceId: guildA.id,
      channelId: guildA.channels[0]!.id,
      schedule: '0 8 * * *',
      timezone: 'Europe/Berlin',
      createdBy: alice.id,
    });
    subscriptionId = subscription!.id;
    const content = (edit.body as { content: string }).content;
    expect(content).toContain(`Subscribed <#${guildA.channels[0]!.id}> to <${feedUrl}>`);
    expect(content).toContain('every day at 08:00 (Europe/Berlin)');
    expect(content).toContain(subscriptionId);
    expect(h.web.requests.some((request) => request.path === '/feed.xml')).toBe(true);
  });

  it('refuses an unparsable schedule with the reason, ephemerally', async () => {
    const { interaction } = send(
      'subscribe',
      [stringOption('source', feedUrl), stringOption('schedule', 'every morning')],
      { manager: true },
    );
    const followUp = await h.fake.waitForRequest(
      (r) =>
        r.method === 'POST' && r.path === `/webhooks/${h.fake.applicationId}/${interaction.token}`,
    );
    expect(followUp.body).toMatchObject({ flags: 64 });
    expect((followUp.body as { content: string }).content).toMatch(/schedule|cron/i);
  });

  it("offers only this guild's subscriptions in autocomplete", async () => {
    const inA = send('unsubscribe', [stringOption('subscription', '', true)], {
      autocomplete: true,
    });
    const choicesA = await instantReply(inA.interaction);
    expect(choicesA.type).toBe(8);
    expect(choicesA.data.choices).toEqual([
      { name: expect.stringContaining('#news'), value: subscriptionId },
    ]);
    const inB = send('unsubscribe', [stringOption('subscription', '', true)], {
      guild: guildB,
      autocomplete: true,
    });
    expect((await instantReply(inB.interaction)).data.choices).toEqual([]);
  });

  it('keeps a subscription of guild A invisible from guild B, even with its id', async () => {
    const asB = { guild: guildB, user: bob, manager: true };
    const removal = send('unsubscribe', [stringOption('subscription', subscriptionId)], asB);
    expect((await instantReply(removal.interaction)).data).toMatchObject({
      content: 'No subscription with that id in this workspace.',
      flags: 64,
    });
    const preview = send('preview', [stringOption('subscription', subscriptionId)], asB);
    expect((await instantReply(preview.interaction)).data).toMatchObject({
      content: 'No subscription with that id in this workspace.',
      flags: 64,
    });
    const list = send('subscriptions', [], asB);
    expect((await instantReply(list.interaction)).data.content).toMatch(/^No subscriptions/);
    expect(await h.store.listAllSubscriptions()).toHaveLength(1);
  });

  it('lists the guild subscriptions ephemerally with their schedule', async () => {
    const { interaction } = send('subscriptions', []);
    const reply = await instantReply(interaction);
    expect(reply.data.flags).toBe(64);
    expect(reply.data.content).toContain(subscriptionId);
    expect(reply.data.content).toContain('every day at 08:00 (Europe/Berlin)');
  });

  it('previews the next digest ephemerally', async () => {
    const { interaction, from } = send('preview', []);
    const edit = await h.fake.waitForRequest((r) => isOriginalEdit(r, interaction.token));
    const defer = h.fake.requests.slice(from).find((r) => isCallback(r, interaction.id));
    expect(defer?.body).toEqual({ type: 5, data: { flags: 64 } });
    const body = edit.body as { embeds: { title: string; url: string }[] };
    expect(body.embeds[0]?.title).toBe('Council approves harbour plan');
    expect(body.embeds[0]?.url).toBe(`${h.web.url}/harbour`);
  });

  it('lets a manager of guild A unsubscribe', async () => {
    const { interaction } = send('unsubscribe', [stringOption('subscription', subscriptionId)], {
      manager: true,
    });
    const reply = await instantReply(interaction);
    expect(reply.data.content).toContain(`Unsubscribed <#${guildA.channels[0]!.id}>`);
    expect(await h.store.listAllSubscriptions()).toEqual([]);
  });
});
