import { afterEach, beforeEach, expect, it } from 'vitest';
import { createScheduler } from '../../src/schedule/scheduler.js';
import { HttpStatusError } from '../../src/sources/errors.js';
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
  // A real request to the loopback feed; a non-2xx answer fails the poll like pollFeed does.
  const pollFeed = async (url: string) => {
    const response = await fetch(url);
    await response.text();
    throw new HttpStatusError(url, response.status);
  };
  const scheduler = createScheduler({
    store,
    channels: [channel],
    pollFeed,
    options: { feeds: { intervalMs: 0, tickMs: 3_600_000 } },
  });
  await scheduler.reconcile();
  for (let n = 0; n < 8; n++) await scheduler.pollDueFeeds();
  await scheduler.stop(1_000);
  expect(server.requests.filter((request) => request.path === '/feed.xml')).toHaveLength(5);
  expect(channel.notices.map((notice) => notice.destination.channelId).sort()).toEqual([
    'c1',
    'c2',
  ]);
  expect(channel.notices[0]?.text).toContain('after 5 failed attempts');
  const state = await store.getFeedState(feed);
  expect(state?.pausedAt).toBeDefined();
  expect(state?.consecutiveFailures).toBe(5);
});
