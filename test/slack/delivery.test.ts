import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackDelivery } from '../../adapters/slack/delivery.js';
import { DestinationGoneError } from '../../src/schedule/delivery.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack.js';
import { digest, story } from './digest-fixture.js';

const destination = { platform: 'slack' as const, workspaceId: 'T1', channelId: 'C1' };

/** A clock that only moves when the delivery sleeps, so pacing is observable without waiting. */
function steppedTime() {
  let now = Date.parse('2026-11-28T08:00:00Z');
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: { now: () => new Date(now) },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe('Slack delivery', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack();
    fake.addWorkspace({ teamId: 'T1', token: 'xoxb-one', botUserId: 'UBOT', botId: 'BBOT' });
  });
  afterEach(() => fake.close());

  function delivery(retries = 0) {
    const time = steppedTime();
    const client = new webApi.WebClient(undefined, {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries, factor: 1, minTimeout: 0, maxTimeout: 0 },
    });
    const channel = createSlackDelivery({
      client,
      clock: time.clock,
      sleep: time.sleep,
      tokenFor: async (workspaceId) => (workspaceId === 'T1' ? 'xoxb-one' : undefined),
    });
    return { channel, time };
  }

  it('posts every message of a digest to the channel with the workspace token, in order', async () => {
    const stories = Array.from({ length: 30 }, (_, i) => story(`s${i}`, [`Sentence ${i}.`]));
    const { channel } = delivery();
    await channel.deliver(destination, digest(stories));
    const posts = fake.callsOf('chat.postMessage');
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.every((post) => post.token === 'xoxb-one' && post.params.channel === 'C1')).toBe(
      true,
    );
    expect(posts[0]?.params.text).toContain('Morning digest');
    expect(posts[1]?.params.text).toContain('(continued)');
    expect(Array.isArray(posts[0]?.params.blocks)).toBe(true);
  });

  it('paces posts to one channel about a second apart but not posts to different channels', async () => {
    const { channel, time } = delivery();
    await Promise.all([
      channel.notify(destination, 'one'),
      channel.notify(destination, 'two'),
      channel.notify({ ...destination, channelId: 'C2' }, 'elsewhere'),
    ]);
    expect(fake.callsOf('chat.postMessage').map((call) => call.params.text)).toEqual([
      'one',
      'elsewhere',
      'two',
    ]);
    expect(time.sleeps).toEqual([1000]);
  });

  it('retries a rate-limited post after the Retry-After delay', async () => {
    fake.script('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { ok: false, error: 'ratelimited' },
    });
    const { channel } = delivery(2);
    await channel.notify(destination, 'after the limit');
    const posts = fake.callsOf('chat.postMessage');
    expect(posts.map((post) => post.params.text)).toEqual(['after the limit', 'after the limit']);
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive'])(
    'turns %s into DestinationGoneError',
    async (error) => {
      fake.script('chat.postMessage', { body: { ok: false, error } });
      const { channel } = delivery();
      await expect(channel.notify(destination, 'x')).rejects.toBeInstanceOf(DestinationGoneError);
    },
  );

  it('keeps other Slack failures as they are, so the scheduler retries them', async () => {
    fake.script('chat.postMessage', { body: { ok: false, error: 'internal_error' } });
    const { channel } = delivery();
    const failure = await channel.notify(destination, 'x').catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(DestinationGoneError);
    expect(failure).toBeInstanceOf(Error);
  });

  it('refuses a workspace the app is not installed in without calling Slack', async () => {
    const { channel } = delivery();
    await expect(channel.notify({ ...destination, workspaceId: 'T2' }, 'x')).rejects.toBeInstanceOf(
      DestinationGoneError,
    );
    expect(fake.callsOf('chat.postMessage')).toEqual([]);
  });

  it('escapes notification text', async () => {
    const { channel } = delivery();
    await channel.notify(destination, 'Feed <!channel> & co paused');
    expect(fake.callsOf('chat.postMessage')[0]?.params.text).toBe(
      'Feed &lt;!channel&gt; &amp; co paused',
    );
  });
});
