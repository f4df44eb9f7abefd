import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { SlotClaim, Store } from '../../src/store/store.js';
import { makeArticle, tempStoreFile } from './helpers.js';

const feed = 'https://news.example.org/feed.xml';
let file: string;
let cleanup: () => void;
let store: Store;
let clockNow = new Date('2026-03-28T07:00:00Z');
const clock = { now: () => clockNow };

beforeEach(async () => {
  ({ file, cleanup } = tempStoreFile());
  clockNow = new Date('2026-03-28T07:00:00Z');
  store = await openSqliteStore(file, { clock });
});
afterEach(async () => {
  await store.close();
  cleanup();
});

function claim(overrides: Partial<SlotClaim> = {}): SlotClaim {
  return {
    subscriptionId: 's1',
    slot: '2026-03-28T07:00:00.000Z',
    destination: 'discord:g1:c1',
    owner: 'A',
    now: clockNow.toISOString(),
    leaseMs: 60_000,
    articles: {
      sources: [feed],
      storedSince: '2026-03-27T00:00:00.000Z',
      publishedSince: '2026-03-27T00:00:00.000Z',
      limit: 100,
    },
    ...overrides,
  };
}

describe('claiming slots', () => {
  it('claims a slot once, also through a second connection to the same file', async () => {
    await store.saveArticles([makeArticle(1), makeArticle(2)], feed);
    const first = await store.claimSlot(claim());
    expect(first?.status).toBe('claimed');
    expect(first?.articleIds).toHaveLength(2);
    const other = await openSqliteStore(file, { clock });
    try {
      expect(await other.claimSlot(claim({ owner: 'B' }))).toBeUndefined();
    } finally {
      await other.close();
    }
    expect(await store.claimSlot(claim({ owner: 'C' }))).toBeUndefined();
  });

  it('reserves each article once per destination, but not across destinations', async () => {
    await store.saveArticles([makeArticle(1)], feed);
    const first = await store.claimSlot(claim());
    await store.saveArticles([makeArticle(2)], feed);
    const second = await store.claimSlot(claim({ slot: '2026-03-29T06:00:00.000Z' }));
    const elsewhere = await store.claimSlot(
      claim({ subscriptionId: 's2', destination: 'slack:t1:c9' }),
    );
    expect(first?.articleIds).toEqual([makeArticle(1).id]);
    expect(second?.articleIds).toEqual([makeArticle(2).id]);
    expect(elsewhere?.articleIds.sort()).toEqual([makeArticle(1).id, makeArticle(2).id].sort());
  });

  it('only takes articles of its sources that arrived or were published in its window', async () => {
    await store.saveArticles([makeArticle(1)], 'https://other.example/rss');
    await store.saveArticles([makeArticle(2, { publishedAt: '2026-01-01T00:00:00.000Z' })], feed);
    const record = await store.claimSlot(
      claim({
        articles: {
          sources: [feed],
          storedSince: '2026-03-28T08:00:00.000Z',
          publishedSince: '2026-03-27T00:00:00.000Z',
          limit: 10,
        },
      }),
    );
    expect(record?.articleIds).toEqual([]);
  });

  it('releases the articles of a failed slot for the next one', async () => {
    await store.saveArticles([makeArticle(1)], feed);
    const key = { subscriptionId: 's1', slot: '2026-03-28T07:00:00.000Z' };
    await store.claimSlot(claim());
    expect(await store.failSlot(key, 'A', clockNow.toISOString(), 'boom')).toBe(true);
    const next = await store.claimSlot(claim({ slot: '2026-03-29T06:00:00.000Z' }));
    expect(next?.articleIds).toEqual([makeArticle(1).id]);
    expect((await store.getDelivery(key))?.status).toBe('failed');
  });
});

describe('leases', () => {
  it('lets another owner take over only after the lease expired, with the same articles', async () => {
    await store.saveArticles([makeArticle(1), makeArticle(2)], feed);
    const key = { subscriptionId: 's1', slot: '2026-03-28T07:00:00.000Z' };
    const original = await store.claimSlot(claim());
    expect(await store.takeOverSlot(key, 'B', '2026-03-28T07:00:59.000Z', 60_000)).toBeUndefined();
    expect(await store.listExpiredClaims('2026-03-28T07:00:59.000Z', 10)).toEqual([]);
    const expired = await store.listExpiredClaims('2026-03-28T07:01:00.000Z', 10);
    expect(expired.map((record) => record.owner)).toEqual(['A']);
    const taken = await store.takeOverSlot(key, 'B', '2026-03-28T07:01:00.000Z', 60_000);
    expect(taken?.owner).toBe('B');
    expect(taken?.articleIds).toEqual(original?.articleIds);
    // The old owner can no longer finish or extend it.
    expect(await store.completeSlot(key, 'A', '2026-03-28T07:01:01.000Z')).toBe(false);
    expect(await store.renewLease(key, 'A', '2026-03-28T08:00:00.000Z')).toBe(false);
    expect(await store.completeSlot(key, 'B', '2026-03-28T07:01:01.000Z')).toBe(true);
    expect((await store.getDelivery(key))?.status).toBe('delivered');
    expect(await store.takeOverSlot(key, 'C', '2026-03-29T00:00:00.000Z', 60_000)).toBeUndefined();
  });

  it('counts attempts and keeps the last error', async () => {
    const key = { subscriptionId: 's1', slot: '2026-03-28T07:00:00.000Z' };
    await store.claimSlot(claim());
    await store.recordAttempt(key, 'A', 'first');
    await store.recordAttempt(key, 'A', 'second');
    expect(await store.getDelivery(key)).toMatchObject({ attempts: 2, lastError: 'second' });
    expect((await store.latestDelivery('s1'))?.slot).toBe(key.slot);
  });
});

describe('notices', () => {
  it('records a notice once and remembers when a key was first seen', async () => {
    expect(await store.claimNotice('feed-paused:x', '2026-03-28T07:00:00.000Z')).toBe(true);
    expect(await store.claimNotice('feed-paused:x', '2026-03-28T08:00:00.000Z')).toBe(false);
    expect(await store.rememberFirstSeen('job:a', '2026-03-28T07:00:00.000Z')).toBe(
      '2026-03-28T07:00:00.000Z',
    );
    expect(await store.rememberFirstSeen('job:a', '2026-03-29T07:00:00.000Z')).toBe(
      '2026-03-28T07:00:00.000Z',
    );
  });
});
