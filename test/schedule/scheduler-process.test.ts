/**
 * The scheduler in real child processes sharing one SQLite file, posting through discord.js
 * to the loopback fake Discord: a process killed with SIGKILL between claiming a slot and
 * posting it, and two processes racing for the same slots.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { NewSubscription, Store } from '../../src/store/store.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/fake-discord.js';
import { makeArticle, tempStoreFile } from './helpers.js';

const script = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'process/scheduler-process.ts',
);
const feed = 'https://news.example.org/feed.xml';

let fake: FakeDiscord;
let store: Store;
let file: string;
let cleanup: () => void;
const children: ChildProcess[] = [];
/**
 * How long to wait for the processes. Idle, each test takes about 15 s; on a loaded CI machine
 * starting two processes through tsx alone can take half a minute. Only a failing run waits
 * this long.
 */
const patience = 120_000;

beforeEach(async () => {
  ({ file, cleanup } = tempStoreFile());
  fake = await startFakeDiscord({ token: 'process-token' });
  store = await openSqliteStore(file);
  await store.saveArticles(
    [0, 1, 2].map((n) => makeArticle(n)),
    feed,
  );
});

afterEach(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(children.map(exited));
  children.length = 0;
  await store.close();
  await fake.close();
  cleanup();
});

/** Starts a scheduler process and resolves once it has started. */
async function startProcess(owner: string, leaseMs = 1_000): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      PATH: process.env['PATH'] ?? '',
      NEWSDIGEST_DB: file,
      DISCORD_API: fake.restApi,
      OWNER: owner,
      LEASE_MS: String(leaseMs),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('"started"')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`scheduler process exited early (${code})`)));
  });
  return child;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

// Every second, so a slot is due as soon as a process starts (the store takes any cron string;
// chat commands refuse schedules this frequent).
function everySecond(channelId: string): NewSubscription {
  return {
    platform: 'discord',
    workspaceId: 'g1',
    channelId,
    sources: [feed],
    schedule: '* * * * * *',
    timezone: 'UTC',
    options: { sentences: 1, maxStories: 5, keywords: [] },
    createdBy: 'u1',
  };
}

const postsTo = (channelId: string) =>
  fake.requests.filter(
    (r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && !r.held,
  );

describe('the scheduler across real processes', () => {
  it(
    'completes the slot of a process killed between claiming and posting, exactly once',
    async () => {
      const subscription = await store.createSubscription(everySecond('500'));
      // The first post never reaches Discord: the process is killed while it is on its way.
      fake.script('POST', /^\/channels\/500\/messages$/, 'hold');
      const first = await startProcess('first');
      const held = await fake.waitForRequest(
        (r) => r.method === 'POST' && r.held === true,
        patience,
      );
      first.kill('SIGKILL');
      await exited(first);

      // The slot with the articles; one job's slots run one at a time, so it is the only claim.
      const claims = await store.listDeliveries({ subscriptionId: subscription.id });
      const claimed = claims.find((row) => row.articleIds.length > 0);
      expect(claims.filter((row) => row.status === 'claimed')).toHaveLength(1);
      expect(claimed).toMatchObject({ owner: 'first', status: 'claimed' });
      expect(claimed?.articleIds.sort()).toEqual([0, 1, 2].map((n) => makeArticle(n).id).sort());
      expect(postsTo('500')).toHaveLength(0);

      await startProcess('second');
      await expect
        .poll(
          async () =>
            (await store.listDeliveries({ subscriptionId: subscription.id })).find(
              (row) => row.slot === claimed?.slot,
            )?.status,
          { timeout: patience, interval: 200 },
        )
        .toBe('delivered');
      // Later slots have nothing new: they settle without posting. Wait for a few of them.
      await expect
        .poll(
          async () => (await store.listDeliveries({ subscriptionId: subscription.id })).length,
          {
            timeout: patience,
            interval: 200,
          },
        )
        .toBeGreaterThan(4);

      const posts = postsTo('500');
      expect(posts).toHaveLength(1);
      // The recovered post is the digest the killed process had claimed, not a new one.
      expect(posts[0]?.body).toEqual(held.body);
      const rows = await store.listDeliveries({ subscriptionId: subscription.id });
      expect(rows.find((row) => row.slot === claimed?.slot)?.owner).toBe('second');
      expect(rows.filter((row) => row.articleIds.length > 0)).toHaveLength(1);
    },
    3 * patience,
  );

  it(
    'posts each channel its digest once when two processes race for the same slots',
    async () => {
      const channels = Array.from({ length: 12 }, (_, n) => String(600 + n));
      for (const channelId of channels) await store.createSubscription(everySecond(channelId));
      // No process dies here, so a lease long enough for the slowest post: on a loaded machine a
      // 1 s lease can run out while a post is on the wire, and the other process would then
      // rightly take the slot over as abandoned. That recovery is the crash test's subject.
      await Promise.all([startProcess('left', 60_000), startProcess('right', 60_000)]);

      await expect
        .poll(
          async () =>
            (await store.listDeliveries({ limit: 10_000 })).filter((r) => r.status === 'delivered')
              .length,
          {
            timeout: patience,
            interval: 250,
          },
        )
        .toBeGreaterThanOrEqual(channels.length);
      // A few more seconds of slots, all empty, for a duplicate to show up if there were one.
      const settled = (await store.listDeliveries({ limit: 10_000 })).length;
      await expect
        .poll(async () => (await store.listDeliveries({ limit: 10_000 })).length, {
          timeout: patience,
          interval: 250,
        })
        .toBeGreaterThan(settled + channels.length * 3);

      for (const channelId of channels) expect(postsTo(channelId)).toHaveLength(1);
      const rows = await store.listDeliveries({ limit: 10_000 });
      const withArticles = rows.filter((row) => row.articleIds.length > 0);
      expect(withArticles).toHaveLength(channels.length);
    },
    3 * patience,
  );
});
