import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteKysely, openSqliteStore } from '../../src/store/sqlite/open.js';
import type { NewSubscription, Store } from '../../src/store/store.js';
import { tempDbPath } from './temp-db.js';

let store: Store;
let file: string;
let cleanup: () => void;

const input = (workspaceId: string, channelId = 'c1'): NewSubscription => ({
  platform: 'discord',
  workspaceId,
  channelId,
  sources: ['https://example.com/feed.xml'],
  schedule: '0 8 * * *',
  timezone: 'Europe/Berlin',
  options: { sentences: 2, maxStories: 5, keywords: ['climate'] },
  createdBy: 'u1',
});

beforeAll(async () => {
  const temp = tempDbPath();
  cleanup = temp.cleanup;
  file = temp.file;
  store = await openSqliteStore(file, { clock: { now: () => new Date('2026-11-28T10:00:00Z') } });
});
afterAll(async () => {
  await store.close();
  cleanup();
});

describe('subscriptions', () => {
  it('creates short random ids and reads the subscription back', async () => {
    const created = await store.createSubscription(input('guild-1'));
    expect(created.id).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
    expect(created.status).toBe('active');
    expect(created.createdAt).toBe('2026-11-28T10:00:00.000Z');
    expect(
      await store.getSubscription({ platform: 'discord', workspaceId: 'guild-1' }, created.id),
    ).toEqual(created);
    const ids = new Set<string>();
    for (let index = 0; index < 20; index += 1)
      ids.add((await store.createSubscription(input('guild-ids'))).id);
    expect(ids.size).toBe(20);
  });

  it('hides a subscription from another workspace or platform, even by id', async () => {
    const created = await store.createSubscription(input('guild-2'));
    expect(
      await store.getSubscription({ platform: 'discord', workspaceId: 'guild-3' }, created.id),
    ).toBeUndefined();
    expect(
      await store.getSubscription({ platform: 'slack', workspaceId: 'guild-2' }, created.id),
    ).toBeUndefined();
    expect(await store.listSubscriptions({ platform: 'discord', workspaceId: 'guild-3' })).toEqual(
      [],
    );
    expect(
      await store.deleteSubscription({ platform: 'discord', workspaceId: 'guild-3' }, created.id),
    ).toBe(false);
    expect(
      await store.getSubscription({ platform: 'discord', workspaceId: 'guild-2' }, created.id),
    ).toBeDefined();
  });

  it('lists by workspace and channel, and deletes within the workspace', async () => {
    const a = await store.createSubscription(input('guild-4', 'news'));
    const b = await store.createSubscription(input('guild-4', 'sports'));
    const scope = { platform: 'discord' as const, workspaceId: 'guild-4' };
    expect((await store.listSubscriptions(scope)).map((s) => s.id).sort()).toEqual(
      [a.id, b.id].sort(),
    );
    expect(
      (await store.listSubscriptions({ ...scope, channelId: 'sports' })).map((s) => s.id),
    ).toEqual([b.id]);
    expect(await store.deleteSubscription(scope, a.id)).toBe(true);
    expect(await store.deleteSubscription(scope, a.id)).toBe(false);
    expect((await store.listSubscriptions(scope)).map((s) => s.id)).toEqual([b.id]);
    expect((await store.listAllSubscriptions()).some((s) => s.id === b.id)).toBe(true);
  });

  it('records a status with its reason and clears the reason on reactivation', async () => {
    const created = await store.createSubscription(input('guild-5'));
    const scope = { platform: 'discord' as const, workspaceId: 'guild-5' };
    await store.setSubscriptionStatus(created.id, 'paused', 'channel deleted');
    expect(await store.getSubscription(scope, created.id)).toMatchObject({
      status: 'paused',
      statusReason: 'channel deleted',
    });
    await store.setSubscriptionStatus(created.id, 'active');
    const active = await store.getSubscription(scope, created.id);
    expect(active?.status).toBe('active');
    expect(active).not.toHaveProperty('statusReason');
  });

  it('fails clearly when stored options are damaged', async () => {
    const created = await store.createSubscription(input('guild-6'));
    const db = openSqliteKysely(file);
    await sql`update subscriptions set options = '{"sentences":"many"}' where id = ${created.id}`.execute(
      db,
    );
    await db.destroy();
    await expect(
      store.getSubscription({ platform: 'discord', workspaceId: 'guild-6' }, created.id),
    ).rejects.toMatchObject({ code: 'CORRUPT_RECORD' });
  });
});

describe('feed states', () => {
  it('inserts, updates and lists feed states', async () => {
    expect(await store.getFeedState('https://example.com/feed.xml')).toBeUndefined();
    await store.saveFeedState({
      url: 'https://example.com/feed.xml',
      etag: '"abc"',
      lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT',
      lastSuccessAt: '2026-11-28T10:00:00.000Z',
      consecutiveFailures: 0,
    });
    await store.saveFeedState({
      url: 'https://example.com/feed.xml',
      etag: '"abc"',
      lastAttemptAt: '2026-11-28T11:00:00.000Z',
      consecutiveFailures: 2,
      lastError: 'timeout',
    });
    expect(await store.getFeedState('https://example.com/feed.xml')).toEqual({
      url: 'https://example.com/feed.xml',
      etag: '"abc"',
      lastAttemptAt: '2026-11-28T11:00:00.000Z',
      consecutiveFailures: 2,
      lastError: 'timeout',
    });
    expect((await store.listFeedStates()).map((state) => state.url)).toEqual([
      'https://example.com/feed.xml',
    ]);
  });
});
