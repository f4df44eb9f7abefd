/**
 * Installation to many workspaces: the real Bolt OAuth flow ("Add to Slack" → Slack's consent
 * page → our redirect URL) against the fake Slack, with installations in our SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackBot, type SlackBot } from '../../adapters/slack/app.js';
import { createGuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';
import { askByDirectMessage, postDirectMessage } from '../fakes/slack/direct-message.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';

const secret = 'oauth-signing-secret';
const now = new Date('2026-11-28T08:00:00Z');

describe('Slack OAuth installs (many workspaces)', () => {
  let fake: FakeSlack;
  let store: Store;
  let bot: SlackBot;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    fake = await startFakeSlack();
    // The token Slack will grant; auth.test knows it once the workspace has installed.
    fake.addWorkspace({ teamId: 'T2', token: 'xoxb-two', botUserId: 'UBOT2', botId: 'BBOT2' });
    fake.setOAuthGrant('good-code', {
      app_id: 'A1',
      authed_user: { id: 'UINSTALLER' },
      scope: 'app_mentions:read,chat:write,commands,im:history,users:read',
      token_type: 'bot',
      access_token: 'xoxb-two',
      bot_user_id: 'UBOT2',
      team: { id: 'T2', name: 'Second workspace' },
      enterprise: null,
      is_enterprise_install: false,
    });
    dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-slack-oauth-'));
    store = await openSqliteStore(path.join(dir, 'db.sqlite'), { clock: { now: () => now } });
    bot = createSlackBot({
      config: {
        mode: 'oauth',
        signingSecret: secret,
        clientId: '111.222',
        clientSecret: 'client-secret-do-not-log',
        stateSecret: 'state-secret',
      },
      store,
      fetcher: createGuardedFetcher({ policy: { allowLoopback: true, allowPrivate: false } }),
      clock: { now: () => now },
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const { port } = await bot.start(0);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await bot.stop();
    await store.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** "Add to Slack": the redirect to Slack's consent page, with the state and its cookie. */
  async function beginInstall(): Promise<{ state: string; cookie: string; location: URL }> {
    const response = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    const state = location.searchParams.get('state') ?? '';
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { state, cookie, location };
  }

  it('sends "Add to Slack" to the consent page with our client id and exactly our scopes', async () => {
    const { location, state, cookie } = await beginInstall();
    expect(location.hostname).toBe('slack.com');
    expect(location.pathname).toBe('/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('111.222');
    expect(location.searchParams.get('scope')?.split(',').sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'im:history', 'users:read'].sort(),
    );
    expect(state).not.toBe('');
    expect(cookie).toMatch(/^slack-app-oauth-state=/);
  });

  it('stores the installation from the redirect and answers that workspace with its own token', async () => {
    const { state, cookie } = await beginInstall();
    const callback = await fetch(
      `${base}/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`,
      { headers: { cookie }, redirect: 'manual' },
    );
    expect(callback.status).toBe(200);
    const exchange = fake.callsOf('oauth.v2.access').at(-1);
    expect(exchange?.params).toMatchObject({ code: 'good-code', client_id: '111.222' });

    const installation = await store.getInstallation({ platform: 'slack', workspaceId: 'T2' });
    expect(installation).toMatchObject({
      botToken: 'xoxb-two',
      botUserId: 'UBOT2',
      installedBy: 'UINSTALLER',
    });

    // A DM from the new workspace is authorised from the stored installation.
    const reply = await askByDirectMessage(
      fake,
      `${base}/slack/events`,
      {
        teamId: 'T2',
        channel: 'D9',
        user: 'UREADER',
        text: 'what is new on the harbour?',
        ts: '1700000009.000100',
      },
      secret,
    );
    expect(reply.token).toBe('xoxb-two');

    // And scheduled digests to that workspace use the same token.
    await bot.delivery.notify({ platform: 'slack', workspaceId: 'T2', channelId: 'C9' }, 'hello');
    const notice = await fake.waitForCall(
      'chat.postMessage',
      (call) => call.params.channel === 'C9',
    );
    expect(notice.token).toBe('xoxb-two');
  });

  it('refuses a callback whose state was not issued to this browser, and stores nothing', async () => {
    const { state } = await beginInstall();
    fake.setOAuthGrant('other-code', {
      access_token: 'xoxb-three',
      token_type: 'bot',
      bot_user_id: 'UBOT3',
      authed_user: { id: 'U3' },
      team: { id: 'T3' },
    });
    const callback = await fetch(
      `${base}/slack/oauth_redirect?code=other-code&state=${encodeURIComponent(state)}`,
      { redirect: 'manual' },
    );
    expect(callback.status).toBeGreaterThanOrEqual(400);
    expect(await store.getInstallation({ platform: 'slack', workspaceId: 'T3' })).toBeUndefined();
    expect(fake.callsOf('oauth.v2.access').some((call) => call.params.code === 'other-code')).toBe(
      false,
    );
  });

  it('ignores events from a workspace that never installed the app', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    const response = await postDirectMessage(
      `${base}/slack/events`,
      {
        teamId: 'T404',
        channel: 'D404',
        user: 'USTRANGER',
        text: 'hello?',
        ts: '1700000010.000100',
      },
      secret,
    );
    expect(response.status).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.callsOf('chat.postMessage').slice(before)).toEqual([]);
    await expect(
      bot.delivery.notify({ platform: 'slack', workspaceId: 'T404', channelId: 'C1' }, 'x'),
    ).rejects.toThrow();
  });
});
