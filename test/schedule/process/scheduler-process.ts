/**
 * A scheduler in its own process, as `newsdigest start` runs it: the real SQLite store, the
 * real Discord delivery (discord.js REST) pointed at the test's fake Discord. The crash and
 * two-process tests start it with `node --import tsx` and SIGKILL it at will.
 *
 * Environment: NEWSDIGEST_DB, DISCORD_API (the fake's REST base), OWNER (claim identity),
 * LEASE_MS (optional claim lease, default 1,000).
 */
import { REST } from 'discord.js';
import { createDiscordDelivery } from '../../../adapters/discord/delivery.js';
import { createScheduler } from '../../../src/schedule/scheduler.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const store = await openSqliteStore(env('NEWSDIGEST_DB'));
const rest = new REST({ api: env('DISCORD_API'), retries: 0 }).setToken('process-token');
const scheduler = createScheduler({
  store,
  channels: [createDiscordDelivery({ rest })],
  owner: env('OWNER'),
  // A short lease so a dead process's claim is recovered within the test.
  options: {
    leaseMs: Number(process.env['LEASE_MS'] ?? 1_000),
    reconcileMs: 500,
    retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 500 },
  },
  logger: {
    debug: () => undefined,
    info: (object, message) => console.log(JSON.stringify({ message, ...object })),
    warn: (object, message) => console.log(JSON.stringify({ message, ...object })),
    error: (object, message) => console.log(JSON.stringify({ message, ...object })),
  },
});
await scheduler.start();
console.log(JSON.stringify({ message: 'started' }));
// The scheduler's timers are unref'd (the bot's connections keep `start` alive); here nothing
// else would, so this process stays up until it is killed or told to stop.
const keepAlive = setInterval(() => undefined, 60_000);

process.on('SIGTERM', () => {
  void scheduler
    .stop(2_000)
    .then(() => store.close())
    .then(() => clearInterval(keepAlive))
    .then(() => process.exit(0));
});
