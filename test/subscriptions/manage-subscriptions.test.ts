import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  InvalidScheduleError,
  NotFoundError,
  PermissionDeniedError,
} from '../../src/errors.js';
import { FetchRefusedError } from '../../src/sources/errors.js';
import {
  createSourceCheck,
  describeSchedule,
  listSubscriptions,
  nextRuns,
  subscribeChannel,
  unsubscribeChannel,
  type Actor,
} from '../../src/subscriptions/index.js';
import { createMemorySubscriptionStore } from './memory-subscription-store.js';

const now = new Date('2026-03-27T12:00:00Z');
const clock = { now: () => now };
const manager: Actor = { platform: 'discord', workspaceId: 'g1', userId: 'u1', canManage: true };
const member: Actor = { ...manager, userId: 'u2', canManage: false };
const otherGuild: Actor = { ...manager, workspaceId: 'g2' };

function setup() {
  const store = createMemorySubscriptionStore();
  return { store, deps: { store, clock } };
}

const feed = 'https://news.example.org/feed.xml';

describe('subscribeChannel', () => {
  it('stores a subscription with defaults for the options', async () => {
    const { deps } = setup();
    const subscription = await subscribeChannel(deps, manager, {
      channelId: 'c1',
      source: feed,
      schedule: '0 8 * * *',
      timezone: 'Europe/Berlin',
    });
    expect(subscription).toMatchObject({
      platform: 'discord',
      workspaceId: 'g1',
      channelId: 'c1',
      sources: [feed],
      schedule: '0 8 * * *',
      timezone: 'Europe/Berlin',
      options: { sentences: 2, maxStories: 5, keywords: [] },
      createdBy: 'u1',
    });
  });

  it('refuses a member without the manage permission', async () => {
    const { deps, store } = setup();
    await expect(
      subscribeChannel(deps, member, { channelId: 'c1', source: feed, schedule: '0 8 * * *' }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(store.all).toHaveLength(0);
  });

  it('refuses an unparsable cron with a schedule error and an example', async () => {
    const { deps } = setup();
    const attempt = subscribeChannel(deps, manager, {
      channelId: 'c1',
      source: feed,
      schedule: 'every morning',
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidScheduleError);
    await expect(attempt).rejects.toMatchObject({
      userMessage: expect.stringContaining('0 8 * * *'),
    });
  });

  it('refuses a schedule that runs more often than every five minutes', async () => {
    const { deps } = setup();
    for (const schedule of [
      '* * * * *',
      '*/2 * * * *',
      '0,3 8 * * *',
      '0,58 7,8 * * *',
      '*/10 * * * * *',
    ]) {
      await expect(
        subscribeChannel(deps, manager, { channelId: 'c1', source: feed, schedule }),
        schedule,
      ).rejects.toBeInstanceOf(InvalidScheduleError);
    }
  });

  it('accepts every five minutes and a once-a-day schedule that ends and starts an hour', async () => {
    const { deps } = setup();
    await subscribeChannel(deps, manager, {
      channelId: 'c1',
      source: feed,
      schedule: '*/5 * * * *',
    });
    await subscribeChannel(deps, manager, {
      channelId: 'c2',
      source: feed,
      schedule: '0,58 8 * * *',
    });
  });

  it('refuses an unknown timezone', async () => {
    const { deps } = setup();
    await expect(
      subscribeChannel(deps, manager, {
        channelId: 'c1',
        source: feed,
        schedule: '0 8 * * *',
        timezone: 'Mars/Olympus',
      }),
    ).rejects.toBeInstanceOf(InvalidScheduleError);
  });

  it('refuses out-of-range options with a message naming the field', async () => {
    const { deps } = setup();
    await expect(
      subscribeChannel(deps, manager, {
        channelId: 'c1',
        source: feed,
        schedule: '0 8 * * *',
        sentences: 40,
      }),
    ).rejects.toMatchObject({ userMessage: expect.stringContaining('sentences') });
    await expect(
      subscribeChannel(deps, manager, {
        channelId: 'c1',
        source: feed,
        schedule: '0 8 * * *',
        keywords: Array.from({ length: 11 }, (_, i) => `k${i}`),
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('refuses sources that are not http(s) URLs or known local folders', async () => {
    const { deps } = setup();
    for (const source of [
      'file:///etc/passwd',
      '/etc',
      'ftp://example.org/x',
      'https://a:b@example.org/',
    ]) {
      await expect(
        subscribeChannel(deps, manager, { channelId: 'c1', source, schedule: '0 8 * * *' }),
        source,
      ).rejects.toBeInstanceOf(InvalidInputError);
    }
  });

  it('maps a known local folder name to its path', async () => {
    const { store } = setup();
    const checkSource = createSourceCheck({ localSources: { seeds: '/srv/newsdigest/seeds' } });
    const subscription = await subscribeChannel({ store, clock, checkSource }, manager, {
      channelId: 'c1',
      source: 'seeds',
      schedule: '0 8 * * *',
    });
    expect(subscription.sources).toEqual(['/srv/newsdigest/seeds']);
  });

  it('refuses a loopback or private address with the address policy message', async () => {
    const { deps, store } = setup();
    for (const source of [
      'http://127.0.0.1:8080/feed',
      'http://10.0.0.7/rss',
      'http://localhost/x',
    ]) {
      const attempt = subscribeChannel(deps, manager, {
        channelId: 'c1',
        source,
        schedule: '0 8 * * *',
      });
      await expect(attempt, source).rejects.toBeInstanceOf(FetchRefusedError);
      await expect(attempt, source).rejects.toMatchObject({
        userMessage: expect.stringContaining('not allowed'),
      });
    }
    expect(store.all).toHaveLength(0);
  });

  it('accepts loopback when the operator policy allows it, without the fragment', async () => {
    const { store } = setup();
    const checkSource = createSourceCheck({
      addressPolicy: { allowLoopback: true, allowPrivate: false },
    });
    const subscription = await subscribeChannel({ store, clock, checkSource }, manager, {
      channelId: 'c1',
      source: 'http://127.0.0.1:8080/feed#top',
      schedule: '0 8 * * *',
    });
    expect(subscription.sources).toEqual(['http://127.0.0.1:8080/feed']);
  });

  it('refuses the same source on the same schedule twice in one channel', async () => {
    const { deps } = setup();
    const input = { channelId: 'c1', source: feed, schedule: '0 8 * * *' };
    await subscribeChannel(deps, manager, input);
    await expect(subscribeChannel(deps, manager, input)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('caps the subscriptions one workspace may hold', async () => {
    const { store } = setup();
    const deps = { store, clock, maxPerWorkspace: 2 };
    await subscribeChannel(deps, manager, { channelId: 'c1', source: feed, schedule: '0 8 * * *' });
    await subscribeChannel(deps, manager, { channelId: 'c2', source: feed, schedule: '0 8 * * *' });
    await expect(
      subscribeChannel(deps, manager, { channelId: 'c3', source: feed, schedule: '0 8 * * *' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await subscribeChannel(deps, otherGuild, {
      channelId: 'c9',
      source: feed,
      schedule: '0 8 * * *',
    });
  });
});

describe('unsubscribeChannel and listSubscriptions', () => {
  it('never shows or removes another workspace subscription, even with its id', async () => {
    const { deps, store } = setup();
    const mine = await subscribeChannel(deps, manager, {
      channelId: 'c1',
      source: feed,
      schedule: '0 8 * * *',
    });
    expect(await listSubscriptions(deps, otherGuild)).toEqual([]);
    const attempt = unsubscribeChannel(deps, otherGuild, mine.id);
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(attempt).rejects.toMatchObject({
      userMessage: 'No subscription with that id in this workspace.',
    });
    expect(store.all).toHaveLength(1);
  });

  it('lets a manager remove a subscription and reports an unknown id as not found', async () => {
    const { deps, store } = setup();
    const mine = await subscribeChannel(deps, manager, {
      channelId: 'c1',
      source: feed,
      schedule: '0 8 * * *',
    });
    await expect(unsubscribeChannel(deps, manager, 'nope')).rejects.toBeInstanceOf(NotFoundError);
    const removed = await unsubscribeChannel(deps, manager, mine.id);
    expect(removed.id).toBe(mine.id);
    expect(store.all).toHaveLength(0);
  });

  it('lets a member remove only a subscription they created', async () => {
    const { deps, store } = setup();
    const byManager = await subscribeChannel(deps, manager, {
      channelId: 'c1',
      source: feed,
      schedule: '0 8 * * *',
    });
    await expect(unsubscribeChannel(deps, member, byManager.id)).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    const creator: Actor = { ...member, userId: 'u1' };
    await unsubscribeChannel(deps, creator, byManager.id);
    expect(store.all).toHaveLength(0);
  });

  it('lists one channel when asked', async () => {
    const { deps } = setup();
    await subscribeChannel(deps, manager, { channelId: 'c1', source: feed, schedule: '0 8 * * *' });
    await subscribeChannel(deps, manager, { channelId: 'c2', source: feed, schedule: '0 9 * * *' });
    expect((await listSubscriptions(deps, member, 'c2')).map((s) => s.schedule)).toEqual([
      '0 9 * * *',
    ]);
    expect(await listSubscriptions(deps, member)).toHaveLength(2);
  });
});

describe('nextRuns and describeSchedule', () => {
  it('follows the wall clock of the timezone across the spring DST change', () => {
    const runs = nextRuns({ schedule: '0 8 * * *', timezone: 'Europe/Berlin' }, now, 3);
    expect(runs.map((run) => run.toISOString())).toEqual([
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
    ]);
  });

  it('starts strictly after the given time', () => {
    const [first] = nextRuns(
      { schedule: '0 8 * * *', timezone: 'UTC' },
      new Date('2026-03-28T08:00:00Z'),
      1,
    );
    expect(first?.toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });

  it('names common schedules and falls back to the expression', () => {
    expect(describeSchedule({ schedule: '0 8 * * *', timezone: 'Europe/Berlin' })).toBe(
      'every day at 08:00 (Europe/Berlin)',
    );
    expect(describeSchedule({ schedule: '30 7 * * 1-5', timezone: 'UTC' })).toBe(
      'weekdays at 07:30 (UTC)',
    );
    expect(describeSchedule({ schedule: '0 9 * * 1', timezone: 'UTC' })).toBe(
      'every Monday at 09:00 (UTC)',
    );
    expect(describeSchedule({ schedule: '*/15 * * * *', timezone: 'UTC' })).toBe(
      'every 15 minutes (UTC)',
    );
    expect(describeSchedule({ schedule: '0 8 1 * *', timezone: 'UTC' })).toBe(
      'cron "0 8 1 * *" (UTC)',
    );
  });
});
