import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackBot, type SlackBot } from '../../adapters/slack/app.js';
import { loadFolderArticles } from '../../src/sources/folder.js';
import { createGuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';
import { askByDirectMessage, postDirectMessage } from '../fakes/slack/direct-message.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';
import { postEvent, postSigned, slashCommandBody } from '../fakes/slack/signed-request.js';

const secret = 'test-signing-secret';
const now = new Date('2026-11-28T08:00:00Z');

describe('Slack bot over the wire (HTTP mode)', () => {
  let fake: FakeSlack;
  let store: Store;
  let bot: SlackBot;
  let eventsUrl: string;
  let dir: string;
  let counter = 0;

  beforeAll(async () => {
    fake = await startFakeSlack();
    fake.addWorkspace({ teamId: 'T1', token: 'xoxb-one', botUserId: 'UBOT', botId: 'BBOT' });
    fake.setUser('UADMIN', { is_admin: true });
    dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-slack-'));
    store = await openSqliteStore(path.join(dir, 'db.sqlite'), { clock: { now: () => now } });
    await store.saveArticles(await loadFolderArticles(path.resolve('seeds')), 'seeds');
    bot = createSlackBot({
      config: { mode: 'http', botToken: 'xoxb-one', signingSecret: secret },
      store,
      fetcher: createGuardedFetcher({ policy: { allowLoopback: true, allowPrivate: false } }),
      clock: { now: () => now },
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const { port } = await bot.start(0);
    eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  });

  afterAll(async () => {
    await bot.stop();
    await store.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function command(text: string, user = 'UMEMBER', team = 'T1') {
    counter += 1;
    const id = `r${counter}`;
    const response = await postSigned(
      eventsUrl,
      slashCommandBody({
        teamId: team,
        channelId: 'C1',
        userId: user,
        text,
        responseUrl: fake.responseUrl(id),
      }),
      'application/x-www-form-urlencoded',
      { secret },
    );
    expect(response.status).toBe(200);
    return fake.waitForResponse(id);
  }

  function allText(body: Record<string, unknown>): string {
    return JSON.stringify(body);
  }

  it('answers help with the subcommands, ephemerally', async () => {
    const { body } = await command('help');
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toContain('newsdigest help');
    expect(allText(body)).toContain('subscribe <feed-url>');
  });

  it('summarizes pasted text with sentences from it', async () => {
    const { body } = await command(
      'summarize The council approved the budget on Monday. The vote was close. Critics said the plan cuts parks.',
    );
    expect(allText(body)).toContain('The council approved the budget on Monday.');
  });

  it('lists entities of pasted text', async () => {
    const { body } = await command(
      'entities Jeff Sessions met officials from Microsoft in Washington on Tuesday.',
    );
    expect(allText(body)).toContain('Sessions');
  });

  it('builds a digest of the stored articles as Block Kit', async () => {
    const { body } = await command('digest');
    expect(Array.isArray(body.blocks)).toBe(true);
    expect((body.blocks as { type: string }[])[0]?.type).toBe('header');
  }, 60_000);

  it('answers ask from the stored articles with a source link', async () => {
    const { body } = await command('ask What did Sessions do?');
    expect(allText(body)).toMatch(/Sessions/);
  });

  it('refuses subscribe to a plain member and accepts it from an admin, then lists and removes it', async () => {
    const refused = await command(
      'subscribe https://news.example/feed.xml "0 8 * * *" Europe/Berlin',
    );
    expect(String(refused.body.text)).toContain(':warning:');
    const made = await command(
      'subscribe https://news.example/feed.xml 0 8 * * * Europe/Berlin',
      'UADMIN',
    );
    const id = /`([0-9a-z]{10})`/.exec(allText(made.body))?.[1];
    expect(id).toBeDefined();
    const listed = await command('list');
    expect(allText(listed.body)).toContain(id);
    const memberRemove = await command(`unsubscribe ${id}`);
    expect(String(memberRemove.body.text)).toContain(':warning:');
    const removed = await command(`unsubscribe ${id}`, 'UADMIN');
    expect(allText(removed.body)).toContain('Removed');
    expect(await store.listSubscriptions({ platform: 'slack', workspaceId: 'T1' })).toEqual([]);
  });

  it('never shows or changes another workspace subscription', async () => {
    const other = await store.createSubscription({
      platform: 'slack',
      workspaceId: 'T2',
      channelId: 'C9',
      sources: ['https://other.example/feed'],
      schedule: '0 9 * * *',
      timezone: 'UTC',
      options: { sentences: 2, maxStories: 5, keywords: [] },
      createdBy: 'UADMIN',
    });
    const listed = await command('list', 'UADMIN');
    expect(allText(listed.body)).not.toContain(other.id);
    const removed = await command(`unsubscribe ${other.id}`, 'UADMIN');
    expect(String(removed.body.text)).toContain('No subscription with that id');
    const preview = await command(`preview ${other.id}`, 'UADMIN');
    expect(String(preview.body.text)).toContain('No subscription with that id');
    expect(
      await store.getSubscription({ platform: 'slack', workspaceId: 'T2' }, other.id),
    ).toBeDefined();
  });

  it('keeps a hostile article from pinging or linking, in a command reply and a scheduled post', async () => {
    const hostile =
      'Zanzibar ferry operators <!channel> cancelled every crossing on Tuesday. ' +
      'A spokesman told <!here> and <!everyone> to read <https://evil.example|the ferry notice> ' +
      'before <@U0ADMIN> and <#C0GENERAL> were warned & nobody was hurt. ' +
      'The Zanzibar ferry service will resume when the storm passes, officials said.';
    await store.saveArticles(
      [
        {
          id: 'hostile-ferry',
          source: 'Harbour Wire',
          title: 'Zanzibar ferry <!channel> crossings cancelled',
          text: hostile,
          url: 'https://news.example/ferry',
          publishedAt: '2026-11-28T07:00:00.000Z',
        },
      ],
      'test',
    );
    const { buildDigest } = await import('../../src/digest/build-digest.js');
    const digest = buildDigest(
      (await store.listArticles()).filter((article) => article.id === 'hostile-ferry'),
      { title: 'Ferries', now },
    );
    await bot.delivery.deliver({ platform: 'slack', workspaceId: 'T1', channelId: 'C8' }, digest);
    const posted = await fake.waitForCall(
      'chat.postMessage',
      (call) => call.params.channel === 'C8',
    );
    const reply = await command('digest Zanzibar');
    for (const payload of [allText(posted.params), allText(reply.body)]) {
      expect(payload).toContain('Zanzibar');
      for (const control of [
        '<!channel>',
        '<!here>',
        '<!everyone>',
        '<@U0ADMIN>',
        '<#C0GENERAL>',
      ]) {
        expect(payload).not.toContain(control);
      }
      expect(payload).not.toContain('<https://evil.example');
      expect(payload).toContain('&lt;!channel&gt;');
    }
  }, 60_000);

  it('answers an unknown subcommand with help instead of failing', async () => {
    const { body } = await command('frobnicate <!channel>');
    expect(allText(body)).toContain('Unknown subcommand');
    expect(allText(body)).not.toContain('<!channel>');
  });

  it('answers a DM in a thread and ignores its own messages', async () => {
    const reply = await askByDirectMessage(
      fake,
      eventsUrl,
      {
        teamId: 'T1',
        channel: 'D1',
        user: 'UMEMBER',
        text: 'What about the travel ban?',
        ts: '1700000001.000100',
      },
      secret,
    );
    expect(reply.params.thread_ts).toBe('1700000001.000100');
    expect(reply.token).toBe('xoxb-one');
    await postDirectMessage(
      eventsUrl,
      {
        teamId: 'T1',
        channel: 'D2',
        user: 'UBOT',
        botId: 'BBOT',
        text: 'my own answer',
        ts: '1700000002.000100',
      },
      secret,
    );
    // A later mention is answered; the bot's own DM never was.
    await postEvent(
      eventsUrl,
      'T1',
      {
        type: 'app_mention',
        channel: 'C5',
        user: 'UMEMBER',
        text: '<@UBOT> what happened with the heatwave?',
        ts: '1700000003.000100',
      },
      secret,
    );
    const mention = await fake.waitForCall(
      'chat.postMessage',
      (call) => call.params.channel === 'C5',
    );
    expect(mention.params.thread_ts).toBe('1700000003.000100');
    expect(fake.callsOf('chat.postMessage').some((call) => call.params.channel === 'D2')).toBe(
      false,
    );
  });

  it('rejects a bad signature and a timestamp older than five minutes with 401', async () => {
    const body = slashCommandBody({
      teamId: 'T1',
      channelId: 'C1',
      userId: 'U1',
      text: 'help',
      responseUrl: fake.responseUrl('x'),
    });
    const wrong = await postSigned(eventsUrl, body, 'application/x-www-form-urlencoded', {
      secret: 'nope',
    });
    expect(wrong.status).toBe(401);
    const old = await postSigned(eventsUrl, body, 'application/x-www-form-urlencoded', {
      secret,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(old.status).toBe(401);
    expect(fake.responses.some((post) => post.id === 'x')).toBe(false);
  });

  it('delivers a scheduled digest to its channel and refuses another workspace', async () => {
    const { buildDigest } = await import('../../src/digest/build-digest.js');
    const digest = buildDigest(await store.listArticles(), { title: 'Morning', now });
    await bot.delivery.deliver({ platform: 'slack', workspaceId: 'T1', channelId: 'C7' }, digest);
    const post = await fake.waitForCall('chat.postMessage', (call) => call.params.channel === 'C7');
    expect(String(post.params.text)).toContain('Morning');
    await expect(
      bot.delivery.deliver({ platform: 'slack', workspaceId: 'T2', channelId: 'C7' }, digest),
    ).rejects.toThrow();
  });
});
