import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackBot, type SlackBot } from '../../adapters/slack/app.js';
import { createGuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';

describe('Slack bot in Socket Mode', () => {
  let fake: FakeSlack;
  let store: Store;
  let bot: SlackBot;
  let dir: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    fake.addWorkspace({ teamId: 'T1', token: 'xoxb-one', botUserId: 'UBOT', botId: 'BBOT' });
    dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-slack-socket-'));
    store = await openSqliteStore(path.join(dir, 'db.sqlite'));
    bot = createSlackBot({
      config: { mode: 'socket', botToken: 'xoxb-one', appToken: 'xapp-test' },
      store,
      fetcher: createGuardedFetcher({ policy: { allowLoopback: true, allowPrivate: false } }),
      clock: { now: () => new Date('2026-11-28T08:00:00Z') },
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    await bot.start();
    await fake.socketConnected();
  });

  afterAll(async () => {
    await bot.stop();
    await store.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the connection with the app token and acks a slash command envelope', async () => {
    expect(fake.callsOf('apps.connections.open')[0]?.token).toBe('xapp-test');
    const ack = await fake.sendEnvelope({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        team_id: 'T1',
        channel_id: 'C1',
        user_id: 'U1',
        command: '/newsdigest',
        text: 'help',
        response_url: fake.responseUrl('socket-help'),
        trigger_id: 't',
        api_app_id: 'A0NEWSDIGEST',
      },
    });
    expect(ack.envelope_id).toBe('env-1');
    const { body } = await fake.waitForResponse('socket-help');
    expect(String(body.text)).toContain('newsdigest help');
  });
});
