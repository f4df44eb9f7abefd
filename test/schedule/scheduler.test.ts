import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.js';
import { DestinationGoneError } from '../../src/schedule/delivery.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { NewSubscription, Store } from '../../src/store/store.js';
import { createRecordingDeliveryChannel } from '../fakes/delivery.js';
import { makeArticle, tempStoreFile } from './helpers.js';

const feed = 'https://news.example.org/feed.xml';
const hour = 3600_000;
const day = 24 * hour;

let cleanup: () => void;
let file: string;
let stores: Store[] = [];
let schedulers: Scheduler[] = [];

beforeEach(() => {
  // Date and timers only: SQLite and kysely keep their real microtasks and immediates.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  ({ file, cleanup } = tempStoreFile());
});
afterEach(async () => {
  for (const scheduler of schedulers) await scheduler.stop(1_000);
  for (const store of stores) await store.close();
  schedulers = [];
  stores = [];
  vi.useRealTimers();
  cleanup();
});

async function open(): Promise<Store> {
  const store = await openSqliteStore(file);
  stores.push(store);
  return store;
}

function subscription(overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    platform: 'discord',
    workspaceId: 'g1',
    channelId: 'c1',
    sources: [feed],
    schedule: '0 8 * * *',
    timezone: 'Europe/Berlin',
    options: { sentences: 1, maxStories: 5, keywords: [] },
    createdBy: 'u1',
    ...overrides,
  };
}

function track(scheduler: Scheduler): Scheduler {
  schedulers.push(scheduler);
  return scheduler;
}

/** Advances fake time hour by hour so every timer fires at its own moment, none jumped. */
async function advance(ms: number, scheduler: Scheduler): Promise<void> {
  for (let left = ms; left > 0; left -= hour) {
    await vi.advanceTimersByTimeAsync(Math.min(hour, left));
    await scheduler.idle();
  }
}

describe('the scheduler over a real SQLite store', () => {
  it('delivers 08:00 Europe/Berlin exactly once a day across the spring DST change', async () => {
    vi.setSystemTime(new Date('2026-03-27T12:00:00Z'));
    const store = await open();
    const created = await store.createSubscription(subscription());
    const channel = createRecordingDeliveryChannel('discord');
    const scheduler = track(
      createScheduler({ store, channels: [channel], options: { reconcileMs: 6 * hour } }),
    );
    await scheduler.start();
    for (let n = 0; n < 4; n++) {
      await store.saveArticles([makeArticle(n)], feed);
      await advance(day, scheduler);
    }
    const slots = [
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
      '2026-03-31T06:00:00.000Z',
    ];
    expect(channel.deliveries.map((delivery) => delivery.digest.generatedAt)).toEqual(slots);
    const rows = await store.listDeliveries({ subscriptionId: created.id });
    expect(rows.map((row) => row.slot).sort()).toEqual(slots);
    expect(rows.every((row) => row.status === 'delivered')).toBe(true);
    // Each day's article went out once, in the digest after it arrived.
    expect(rows.sort((a, b) => a.slot.localeCompare(b.slot)).map((row) => row.articleIds)).toEqual(
      [0, 1, 2, 3].map((n) => [makeArticle(n).id]),
    );
  });

  it('delivers each slot once when two scheduler instances share the store', async () => {
    vi.setSystemTime(new Date('2026-03-27T12:00:00Z'));
    const store = await open();
    await store.createSubscription(subscription({ channelId: 'c1' }));
    await store.createSubscription(subscription({ channelId: 'c2', schedule: '30 */6 * * *' }));
    const channel = createRecordingDeliveryChannel('discord');
    const options = { reconcileMs: 6 * hour };
    const first = track(createScheduler({ store, channels: [channel], owner: 'one', options }));
    const second = track(createScheduler({ store, channels: [channel], owner: 'two', options }));
    await first.start();
    await second.start();
    for (let n = 0; n < 2; n++) {
      await store.saveArticles([makeArticle(n)], feed);
      for (let h = 0; h < 24; h++) {
        await vi.advanceTimersByTimeAsync(hour);
        await Promise.all([first.idle(), second.idle()]);
      }
    }
    const posted = channel.deliveries.map(
      (delivery) => `${delivery.destination.channelId}@${delivery.digest.generatedAt}`,
    );
    expect(new Set(posted).size).toBe(posted.length);
    const rows = await store.listDeliveries({ limit: 1000 });
    expect(rows.filter((row) => row.destination.endsWith(':c1'))).toHaveLength(2);
    expect(rows.filter((row) => row.destination.endsWith(':c2'))).toHaveLength(8);
    // Slots without new articles are settled without posting an empty digest.
    expect(posted.filter((key) => key.startsWith('c1@'))).toEqual([
      'c1@2026-03-28T07:00:00.000Z',
      'c1@2026-03-29T06:00:00.000Z',
    ]);
  });

  it('catches up only the latest missed slot after downtime, with everything since', async () => {
    vi.setSystemTime(new Date('2026-03-27T12:00:00Z'));
    const store = await open();
    const created = await store.createSubscription(subscription({ timezone: 'UTC' }));
    await store.saveArticles([makeArticle(1), makeArticle(2)], feed);
    // Three days pass with no scheduler running.
    vi.setSystemTime(new Date('2026-03-30T12:00:00Z'));
    await store.saveArticles([makeArticle(3)], feed);
    const channel = createRecordingDeliveryChannel('discord');
    const scheduler = track(createScheduler({ store, channels: [channel] }));
    await scheduler.start();
    await scheduler.idle();
    expect(channel.deliveries.map((delivery) => delivery.digest.generatedAt)).toEqual([
      '2026-03-30T08:00:00.000Z',
    ]);
    const [row] = await store.listDeliveries({ subscriptionId: created.id });
    expect(row?.articleIds.sort()).toEqual([1, 2, 3].map((n) => makeArticle(n).id).sort());
  });

  it('delivers a burst of 1,000 subscriptions due in the same minute, none twice', async () => {
    vi.setSystemTime(new Date('2026-03-28T07:58:00Z'));
    const store = await open();
    for (let n = 0; n < 1000; n++) {
      await store.createSubscription(
        subscription({ workspaceId: `g${n % 40}`, channelId: `c${n}`, timezone: 'UTC' }),
      );
    }
    await store.saveArticles([makeArticle(7)], feed);
    const channel = createRecordingDeliveryChannel('discord');
    const scheduler = track(
      createScheduler({ store, channels: [channel], options: { concurrency: 8 } }),
    );
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    await scheduler.idle();
    const channels = channel.deliveries.map((delivery) => delivery.destination.channelId);
    expect(channels).toHaveLength(1000);
    expect(new Set(channels).size).toBe(1000);
    const rows = await store.listDeliveries({ limit: 5000 });
    expect(rows).toHaveLength(1000);
    expect(
      rows.every((row) => row.status === 'delivered' && row.slot === '2026-03-28T08:00:00.000Z'),
    ).toBe(true);
  }, 180_000);

  it('retries a failing delivery with backoff and then posts it once', async () => {
    vi.setSystemTime(new Date('2026-03-28T07:59:00Z'));
    const store = await open();
    const created = await store.createSubscription(subscription({ timezone: 'UTC' }));
    await store.saveArticles([makeArticle(1)], feed);
    const channel = createRecordingDeliveryChannel('discord');
    channel.beforeDeliver = (_destination, attempt) => {
      if (attempt < 3) throw new Error('HTTP 502 from the platform');
    };
    const scheduler = track(createScheduler({ store, channels: [channel] }));
    await scheduler.start();
    await advance(hour, scheduler);
    expect(channel.attempts).toBe(3);
    expect(channel.deliveries).toHaveLength(1);
    expect(await store.listDeliveries({ subscriptionId: created.id })).toMatchObject([
      { status: 'delivered', attempts: 2 },
    ]);
  });

  it('pauses the subscription when the destination is gone, and keeps its articles', async () => {
    vi.setSystemTime(new Date('2026-03-28T07:59:00Z'));
    const store = await open();
    const created = await store.createSubscription(subscription({ timezone: 'UTC' }));
    await store.saveArticles([makeArticle(1)], feed);
    const channel = createRecordingDeliveryChannel('discord');
    channel.beforeDeliver = () => {
      throw new DestinationGoneError('Unknown Channel (10003)');
    };
    const scheduler = track(
      createScheduler({ store, channels: [channel], options: { reconcileMs: 6 * hour } }),
    );
    await scheduler.start();
    await advance(2 * day, scheduler);
    expect(channel.attempts).toBe(1);
    const scope = { platform: 'discord' as const, workspaceId: 'g1' };
    expect(await store.getSubscription(scope, created.id)).toMatchObject({ status: 'paused' });
    expect(scheduler.jobs()).toEqual([]);
    const rows = await store.listDeliveries({ subscriptionId: created.id });
    expect(rows).toMatchObject([{ status: 'failed' }]);
    // The article was released: another channel's claim is not affected, and a resumed one gets it.
    await store.setSubscriptionStatus(created.id, 'active');
    channel.beforeDeliver = undefined;
    await scheduler.reconcile();
    await advance(day, scheduler);
    expect(channel.deliveries.at(-1)?.digest.stories[0]?.articles[0]?.id).toBe(makeArticle(1).id);
  });

  it('finishes an in-flight delivery on stop and takes no new slots afterwards', async () => {
    vi.setSystemTime(new Date('2026-03-28T07:59:00Z'));
    const store = await open();
    await store.createSubscription(subscription({ timezone: 'UTC', schedule: '*/5 * * * *' }));
    await store.saveArticles([makeArticle(1)], feed);
    const channel = createRecordingDeliveryChannel('discord');
    let release: () => void = () => undefined;
    channel.beforeDeliver = () => new Promise<void>((resolve) => (release = resolve));
    const scheduler = track(createScheduler({ store, channels: [channel] }));
    await scheduler.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(channel.attempts).toBe(1);
    const stopping = scheduler.stop(30_000);
    release();
    expect(await stopping).toEqual({ finished: true });
    expect(channel.deliveries).toHaveLength(1);
    await store.saveArticles([makeArticle(2)], feed);
    await vi.advanceTimersByTimeAsync(hour);
    expect(channel.attempts).toBe(1);
  });
});
