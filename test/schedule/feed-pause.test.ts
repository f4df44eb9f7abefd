import { afterEach, beforeEach, expect, it } from 'vitest';
import { createScheduler } from '../../src/schedule/scheduler.js';
import { createPollFeed } from '../../adapters/runtime/poll-feed.js';
import { resumePaused } from '../../src/schedule/resume.js';
import { createGuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';
import { createRecordingDeliveryChannel } from '../fakes/delivery.js';
import { startHttpServer, type FakeHttpServer } from '../fakes/http-server.js';
import { tempStoreFile } from './helpers.js';

let server: FakeHttpServer;
let store: Store;
let cleanup: () => void;

beforeEach(async () => {
  server = await startHttpServer();
  const temp = tempStoreFile();
  cleanup = temp.cleanup;
  store = await openSqliteStore(temp.file);
});
afterEach(async () => {
  await store.close();
  await server.close();
  cleanup();
});

it('pauses a feed after 5 failures in a row and tells each subscribed channel once', async () => {
  server.serve('/feed.xml', { status: 503, body: 'down' });
  const feed = `${server.url}/feed.xml`;
  for (const channelId of ['c1', 'c2']) {
    await store.createSubscription({
      platform: 'discord',
      workspaceId: 'g1',
      channelId,
      sources: [feed],
      schedule: '0 8 * * *',
      timezone: 'UTC',
      options: { sentences: 1, maxStories: 5, keywords: [] },
      createdBy: 'u1',
    });
  }
  const channel = createRecordingDeliveryChannel('discord');
  // The production feed port: the guarded fetcher (loopback allowed for the test) and fetchSource.
  const fetcher = createGuardedFetcher({
    policy: { allowLoopback: true, allowPrivate: false },
    timeoutMs: 5_000,
  });
  const pollFeed = createPollFeed(fetcher);
  const scheduler = createScheduler({
    store,
    channels: [channel],
    pollFeed,
    options: { feeds: { intervalMs: 0, tickMs: 3_600_000 } },
  });
  await scheduler.reconcile();
  for (let n = 0; n < 8; n++) await scheduler.pollDueFeeds();
  expect(server.requests.filter((request) => request.path === '/feed.xml')).toHaveLength(5);
  expect(channel.notices.map((notice) => notice.destination.channelId).sort()).toEqual([
    'c1',
    'c2',
  ]);
  expect(channel.notices[0]?.text).toContain('after 5 failed attempts');
  const state = await store.getFeedState(feed);
  expect(state?.pausedAt).toBeDefined();
  expect(state?.consecutiveFailures).toBe(5);
  expect(state?.lastError).toMatch(/503/);

  // The feed is back; an operator resumes it and the running scheduler polls it again.
  server.serve('/feed.xml', {
    status: 200,
    headers: { 'content-type': 'application/rss+xml' },
    body: `<rss version="2.0"><channel><title>Back</title><item><title>Back online</title><link>https://news.example.org/back</link><description>${'The feed works again after the outage. '.repeat(15)}</description></item></channel></rss>`,
  });
  await scheduler.pollDueFeeds();
  expect(server.requests.filter((request) => request.path === '/feed.xml')).toHaveLength(5);
  expect(await resumePaused(store, feed)).toMatchObject({ kind: 'feed', failures: 5 });
  await scheduler.reconcile();
  await scheduler.pollDueFeeds();
  await scheduler.stop(1_000);
  await fetcher.close();
  expect(server.requests.filter((request) => request.path === '/feed.xml')).toHaveLength(6);
  const healthy = await store.getFeedState(feed);
  expect(healthy).toMatchObject({ consecutiveFailures: 0 });
  expect(healthy?.pausedAt).toBeUndefined();
  expect((await store.listArticles()).map((article) => article.title)).toEqual(['Back online']);
});

it('says clearly when there is nothing to resume', async () => {
  await expect(resumePaused(store, 'https://nowhere.example/feed')).rejects.toThrow(
    /Nothing to resume/,
  );
});
