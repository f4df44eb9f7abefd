import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { runCli } from './run-cli.js';

const feed = 'https://news.example.org/feed.xml';
const db = path.join(mkdtempSync(path.join(tmpdir(), 'newsdigest-status-')), 'news.db');
let subscriptionId: string;

beforeAll(async () => {
  const store = await openSqliteStore(db);
  const subscription = await store.createSubscription({
    platform: 'slack',
    workspaceId: 'T1',
    channelId: 'C1',
    sources: [feed],
    schedule: '0 8 * * 1-5',
    timezone: 'Europe/Berlin',
    options: { sentences: 2, maxStories: 5, keywords: [] },
    createdBy: 'U1',
  });
  subscriptionId = subscription.id;
  await store.setSubscriptionStatus(subscription.id, 'paused', 'channel_not_found');
  await store.saveFeedState({
    url: feed,
    consecutiveFailures: 5,
    lastError: 'The feed answered HTTP 503.',
    pausedAt: '2026-11-27T10:00:00.000Z',
  });
  await store.close();
});

describe('newsdigest status and resume', () => {
  it('shows subscriptions with their schedule and paused feeds with the reason', async () => {
    const result = await runCli(['status', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(subscriptionId);
    expect(result.stdout).toContain('slack:T1/C1');
    expect(result.stdout).toContain('[paused]');
    expect(result.stdout).toMatch(
      /paused since 2026-11-27T10:00:00.000Z\s+5 failures in a row: The feed answered HTTP 503\./,
    );
  });

  it('resumes the paused feed and the paused subscription', async () => {
    const feedResult = await runCli(['resume', feed, '--db', db]);
    expect(feedResult.code).toBe(0);
    expect(feedResult.stdout).toContain(`Resumed feed ${feed}`);
    const subscriptionResult = await runCli(['resume', subscriptionId, '--db', db]);
    expect(subscriptionResult.stdout).toContain('was paused');

    const status = await runCli(['status', '--db', db, '--json']);
    const parsed = JSON.parse(status.stdout) as {
      subscriptions: { subscription: { status: string }; nextRun?: string }[];
      failingFeeds: unknown[];
    };
    expect(parsed.failingFeeds).toEqual([]);
    expect(parsed.subscriptions[0]?.subscription.status).toBe('active');
    expect(parsed.subscriptions[0]?.nextRun).toMatch(/T0[67]:00:00.000Z$/);
  });

  it('refuses an unknown target with one line on stderr', async () => {
    const result = await runCli(['resume', 'no-such-thing', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Nothing to resume');
  });
});
