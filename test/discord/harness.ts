/**
 * Starts the real bot (createDiscordBot → real discord.js Client) against the loopback fake
 * Discord, with a real SQLite store in a temp folder and a loopback HTTP server for feeds and
 * pages (the guarded fetcher allows loopback only here).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDiscordBot, type DiscordBot } from '../../adapters/discord/client.js';
import type { Logger } from '../../src/logger.js';
import type { Clock } from '../../src/schedule/clock.js';
import { createGuardedFetcher } from '../../src/sources/guarded-fetch.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import type { Store } from '../../src/store/store.js';
import {
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from '../fakes/discord/fake-discord.js';
import type { FakeGuild } from '../fakes/discord/payloads.js';
import { startHttpServer, type FakeHttpServer } from '../fakes/http-server.js';

export const token = 'test-token-do-not-log';
export const guildA: FakeGuild = {
  id: '100000000000000001',
  name: 'Guild A',
  channels: [{ id: '200000000000000001', name: 'news' }],
};
export const guildB: FakeGuild = {
  id: '100000000000000002',
  name: 'Guild B',
  channels: [{ id: '200000000000000002', name: 'news' }],
};
export const alice = { id: '300000000000000001', username: 'alice' };
export const bob = { id: '300000000000000002', username: 'bob' };

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  object: object;
  message: string;
}

export interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  store: Store;
  web: FakeHttpServer;
  logs: LogLine[];
  clock: Clock;
  close(): Promise<void>;
}

export const fixedNow = new Date('2026-11-28T07:30:00Z');

export async function startHarness(
  options: { heartbeatIntervalMs?: number } = {},
): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsdigest-discord-'));
  const store = await openSqliteStore(path.join(dir, 'test.db'));
  const web = await startHttpServer();
  const fake = await startFakeDiscord({
    token,
    guilds: [guildA, guildB],
    ...(options.heartbeatIntervalMs !== undefined && {
      heartbeatIntervalMs: options.heartbeatIntervalMs,
    }),
  });
  const logs: LogLine[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: (object, message) => logs.push({ level: 'info', object, message }),
    warn: (object, message) => logs.push({ level: 'warn', object, message }),
    error: (object, message) => logs.push({ level: 'error', object, message }),
  };
  const clock: Clock = { now: () => new Date(fixedNow) };
  const policy = { allowLoopback: true, allowPrivate: false };
  const fetcher = createGuardedFetcher({ policy, timeoutMs: 5000 });
  const bot = createDiscordBot({
    token,
    store,
    fetcher,
    clock,
    logger,
    restApi: fake.restApi,
    addressPolicy: policy,
    readyTimeoutMs: 10_000,
  });
  await bot.start();
  return {
    fake,
    bot,
    store,
    web,
    logs,
    clock,
    async close() {
      await bot.stop();
      await fake.close();
      await web.close();
      await fetcher.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Requests recorded after `from` (an index into fake.requests), gateway/bot excluded. */
export function callsSince(fake: FakeDiscord, from: number): RecordedRequest[] {
  return fake.requests.slice(from).filter((request) => request.path !== '/gateway/bot');
}

export function isCallback(request: RecordedRequest, interactionId: string): boolean {
  return request.method === 'POST' && request.path.startsWith(`/interactions/${interactionId}/`);
}

export function isOriginalEdit(request: RecordedRequest, interactionToken: string): boolean {
  return (
    request.method === 'PATCH' && request.path.endsWith(`/${interactionToken}/messages/@original`)
  );
}

/** Every string a message body carries (content, embed texts, field names and values). */
export function textsOf(body: unknown): string {
  const message = body as {
    content?: string;
    data?: { content?: string; embeds?: unknown[] };
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  };
  const embeds = (message.embeds ?? message.data?.embeds ?? []) as {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
  }[];
  return [
    message.content ?? message.data?.content ?? '',
    ...embeds.flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ].join('\n');
}
